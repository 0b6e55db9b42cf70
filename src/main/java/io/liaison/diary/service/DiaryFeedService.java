package io.liaison.diary.service;

import io.liaison.alert.service.AlertQuery;
import io.liaison.alert.service.AlertView;
import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.common.security.Secrets;
import io.liaison.common.time.AppClock;
import io.liaison.team.service.TeamMemberService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A team member's diary as iCalendar: the meetings they attend (scheduled, and those of the last 30 days) and the
 * due dates of their alerts as all-day events. The feed is read without a bearer token, through a secret in its URL,
 * so it carries no interaction content: titles, times and who is in the meeting, never summaries or outcomes.
 */
@ApplicationScoped
public class DiaryFeedService {

    public static final String SECRET_PREFIX = "cal_";
    static final Duration PAST_MEETINGS = Duration.ofDays(30);

    private final SqlRunner sql;
    private final TeamMemberService members;
    private final AlertQuery alerts;
    private final Caller caller;
    private final AuditLog audit;
    private final AppClock clock;

    DiaryFeedService(
            SqlRunner sql,
            TeamMemberService members,
            AlertQuery alerts,
            Caller caller,
            AuditLog audit,
            AppClock clock) {
        this.sql = sql;
        this.members = members;
        this.alerts = alerts;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** When and by whom a member's feed secret was last made. */
    record Rotation(Instant rotatedAt, String rotatedBy) {}

    public DiaryFeedStatus status(UUID memberId) {
        requireSelfOrAdmin(memberId);
        members.get(memberId);
        return sql.first(
                        Rotation.class,
                        "select rotated_at, rotated_by from diary_feed where team_member_id = :id",
                        Map.of("id", memberId))
                .map(r -> new DiaryFeedStatus(true, r.rotatedAt(), r.rotatedBy(), null))
                .orElseGet(() -> new DiaryFeedStatus(false, null, null, null));
    }

    /** Makes a new secret (the old URL stops working at once) and returns the feed's URL, this once. */
    @Transactional
    public DiaryFeedStatus rotate(UUID memberId, String baseUrl) {
        requireSelfOrAdmin(memberId);
        if (!members.get(memberId).isActive()) {
            throw ApiProblem.conflict("teamMemberId", "an inactive team member has no diary feed");
        }
        String secret = Secrets.newSecret(SECRET_PREFIX);
        Instant now = clock.now();
        sql.withHandle(handle -> handle.createUpdate("""
                        insert into diary_feed (team_member_id, secret_hash, rotated_at, rotated_by)
                        values (:id, :hash, :now, :by)
                        on conflict (team_member_id) do update
                        set secret_hash = excluded.secret_hash, rotated_at = excluded.rotated_at,
                            rotated_by = excluded.rotated_by
                        """)
                .bind("id", memberId)
                .bind("hash", Secrets.sha256Hex(secret))
                .bind("now", now)
                .bind("by", caller.name())
                .execute());
        // Never the secret or its hash.
        audit.record("diary_feed", memberId, AuditAction.UPDATE, null, Map.of("rotatedAt", now.toString()));
        return new DiaryFeedStatus(true, now, caller.name(), baseUrl + "/" + secret);
    }

    @Transactional
    public void turnOff(UUID memberId) {
        requireSelfOrAdmin(memberId);
        members.get(memberId);
        int removed = sql.update("delete from diary_feed where team_member_id = :id", Map.of("id", memberId));
        if (removed > 0) {
            audit.record("diary_feed", memberId, AuditAction.DELETE, Map.of("enabled", true), null);
        }
    }

    /** The member whose feed this secret opens, if it is current and they are still active. */
    public Optional<UUID> memberFor(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return sql.first(
                UUID.class,
                "select f.team_member_id from diary_feed f join team_member m on m.id = f.team_member_id"
                        + " where f.secret_hash = :hash and m.active",
                Map.of("hash", Secrets.sha256Hex(secret)));
    }

    /** A meeting the member attends, as the feed shows it. */
    record Meeting(
            UUID id,
            String type,
            String title,
            Instant startsAt,
            Instant endsAt,
            Boolean briefingPackReady,
            String stakeholders) {}

    /** The member's diary as an iCalendar calendar. */
    public Calendar calendar(UUID memberId) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Liaison//Diary feed//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        List<Meeting> meetings = sql.list(
                Meeting.class,
                """
                select i.id, i.type, i.title, i.starts_at, i.ends_at, i.briefing_pack_ready,
                       (select string_agg(concat_ws(' ', s.honorific, s.first_name, s.last_name), ', '
                                          order by s.last_name, s.first_name)
                        from interaction_stakeholder x join stakeholder s on s.id = x.stakeholder_id
                        where x.interaction_id = i.id) as stakeholders
                from interaction i
                join interaction_attendee a on a.interaction_id = i.id and a.team_member_id = :member
                where i.status in ('SCHEDULED', 'COMPLETED') and i.starts_at >= :since
                order by i.starts_at, i.id
                """,
                Map.of("member", memberId, "since", clock.now().minus(PAST_MEETINGS)));
        for (Meeting m : meetings) {
            Instant start = m.startsAt();
            Instant end = m.endsAt() == null ? start.plus(Duration.ofHours(1)) : m.endsAt();
            String type = m.type();
            String with = m.stakeholders() == null ? "" : m.stakeholders();
            String title = m.title() != null && !m.title().isBlank()
                    ? m.title()
                    : capitalised(type) + (with.isEmpty() ? "" : " with " + with);
            VEvent event = new VEvent(start, end, title)
                    .add(new Uid(m.id() + "@interaction.liaison"))
                    .add(new Status(Status.VALUE_CONFIRMED))
                    .add(new Categories(type))
                    .add(new Description("With: " + with + "\nBriefing pack ready: "
                            + (Boolean.TRUE.equals(m.briefingPackReady()) ? "yes" : "no") + "\nInteraction "
                            + m.id()));
            calendar.add(event);
        }
        LocalDate today = clock.today();
        for (AlertView alert : alerts.allWithoutFreeText(
                new AlertQuery.Filter(memberId, null, null, null, null, null, null, false, null))) {
            // Overdue work is shown on today, where it still needs doing: on its due day a calendar buries it.
            LocalDate shownOn = alert.dueDate().isBefore(today) ? today : alert.dueDate();
            VEvent event = new VEvent(shownOn, "[" + alert.severity() + "] " + alert.title())
                    .add(new Uid(alert.id() + "@alert.liaison"))
                    .add(new Categories("ALERT," + alert.kind().name()))
                    .add(new Description("Alert " + alert.id() + " (" + alert.kind() + "), due " + alert.dueDate()));
            calendar.add(event);
        }
        return calendar;
    }

    private void requireSelfOrAdmin(UUID memberId) {
        if (!caller.hasRole(Roles.ADMIN)
                && !caller.teamMemberId().map(memberId::equals).orElse(false)) {
            throw ApiProblem.forbidden(
                    "only the team member themselves or an ADMIN may see or change their diary feed");
        }
    }

    private static String capitalised(String type) {
        return type.charAt(0) + type.substring(1).toLowerCase();
    }
}
