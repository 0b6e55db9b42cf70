package io.liaison.stakeholder.service;

import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.time.HalfOpenDates;
import io.liaison.organisation.service.OrganisationRef;
import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.Priority;
import io.liaison.stakeholder.Stakeholder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stakeholder responses read in one SQL statement: the record, its policy interests and every tenure with its post
 * and organisation, one row per tenure. GET by id is the hottest call there is, and through the entities it took
 * three round trips (stakeholder, tenures, policy interests) plus Hibernate's bookkeeping for each; a list page took
 * the same three after its page query. Writes answer through here too, once flushed, so a write's answer and the
 * next GET agree.
 */
@ApplicationScoped
public class StakeholderViews {

    // Policy interests sort by code point ("C"), as the entity path's String order does.
    private static final String COLUMNS = "select s.id, s.honorific, s.first_name, s.last_name, s.party, s.email,"
            + " s.phone, s.private_office_contact,"
            + " array(select i.policy_area_code from stakeholder_policy_interest i"
            + " where i.stakeholder_id = s.id order by i.policy_area_code collate \"C\") as policy_interests,"
            + " s.priority, s.influence, s.interest, s.term_end_date, s.notes, s.status, s.version, s.created_at,"
            + " " + StakeholderService.UPDATED_AT
            + " as updated_at, lc.last_day as last_contact_on, lc.last_meeting_day as last_meeting_on,"
            + " " + StakeholderService.LAST_BRIEFING_DAY + " as last_briefing_on,"
            + " t.id as tenure_id, p.id as post_id, p.title as post_title, p.category as post_category,"
            + " o.id as organisation_id, o.code as organisation_code, o.name as organisation_name,"
            + " t.start_date as tenure_start, t.end_date as tenure_end";
    private static final String TENURES = " left join stakeholder_last_contact lc on lc.stakeholder_id = s.id"
            + " left join (tenure t join post p on p.id = t.post_id join organisation o on o.id = p.organisation_id)"
            + " on t.stakeholder_id = s.id";

    // Both forms let PostgreSQL settle on a generic plan and stop planning on every call (0.4 ms, more than running
    // it). "s.id = any(:ids)" would not: its generic plan's estimate is too poor for PostgreSQL ever to switch.
    private static final String ONE =
            COLUMNS + " from stakeholder s" + TENURES + " where s.id = :id order by t.start_date desc, t.id";
    private static final String MANY = COLUMNS
            + " from unnest(:ids) with ordinality k(id, n) join stakeholder s on s.id = k.id" + TENURES
            + " order by k.n, t.start_date desc, t.id";

    /** One row of the statement: a stakeholder with one of their tenures (the tenure columns null if none). */
    record Row(
            UUID id,
            String honorific,
            String firstName,
            String lastName,
            String party,
            String email,
            String phone,
            String privateOfficeContact,
            List<String> policyInterests,
            Priority priority,
            Integer influence,
            Integer interest,
            LocalDate termEndDate,
            String notes,
            RecordStatus status,
            long version,
            Instant createdAt,
            Instant updatedAt,
            LocalDate lastContactOn,
            LocalDate lastMeetingOn,
            LocalDate lastBriefingOn,
            UUID tenureId,
            UUID postId,
            String postTitle,
            PostCategory postCategory,
            UUID organisationId,
            String organisationCode,
            String organisationName,
            LocalDate tenureStart,
            LocalDate tenureEnd) {}

    private final SqlRunner sql;

    StakeholderViews(SqlRunner sql) {
        this.sql = sql;
    }

    /** One stakeholder with current and past posts (as of {@code today}), or empty when there is none. */
    public Optional<StakeholderView> one(UUID id, LocalDate today) {
        return read(List.of(id), today, true).stream().findFirst();
    }

    /** A page of stakeholders, in the order of {@code ids}, with the posts they hold today; unknown ids are left out. */
    public List<StakeholderView> page(List<UUID> ids, LocalDate today) {
        return read(ids, today, false);
    }

    /** The influence/interest grid of the stakeholders {@code filter} matches (on the stakeholder aliased s). */
    List<StakeholderService.GridCount> grid(SqlFilter filter) {
        return sql.list(
                StakeholderService.GridCount.class,
                "select s.influence, s.interest, count(*) as count from stakeholder s" + filter.clause()
                        + " group by s.influence, s.interest",
                filter.parameters());
    }

    /** @param withPast whether to fill pastPosts (single-record responses) or leave it null (lists) */
    private List<StakeholderView> read(List<UUID> ids, LocalDate today, boolean withPast) {
        List<StakeholderView> responses = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return responses;
        }
        List<Row> rows = ids.size() == 1
                ? sql.list(Row.class, ONE, Map.of("id", ids.get(0)))
                : sql.list(Row.class, MANY, Map.of("ids", Ids.array(ids)));
        int from = 0;
        while (from < rows.size()) {
            UUID id = rows.get(from).id();
            int to = from;
            List<PostHeld> current = new ArrayList<>();
            List<PostHeld> past = withPast ? new ArrayList<>() : null;
            while (to < rows.size() && id.equals(rows.get(to).id())) {
                Row row = rows.get(to++);
                if (row.tenureId() != null) {
                    PostHeld post = postHeld(row);
                    if (HalfOpenDates.contain(post.startDate(), post.endDate(), today)) {
                        current.add(post);
                    } else if (withPast) {
                        past.add(post);
                    }
                }
            }
            responses.add(response(rows.get(from), current, past));
            from = to;
        }
        return responses;
    }

    private static PostHeld postHeld(Row row) {
        return new PostHeld(
                row.tenureId(),
                row.postId(),
                row.postTitle(),
                row.postCategory(),
                new OrganisationRef(row.organisationId(), row.organisationCode(), row.organisationName()),
                row.tenureStart(),
                row.tenureEnd());
    }

    private static StakeholderView response(Row row, List<PostHeld> current, List<PostHeld> past) {
        return new StakeholderView(
                row.id(),
                row.honorific(),
                row.firstName(),
                row.lastName(),
                Stakeholder.displayName(row.honorific(), row.firstName(), row.lastName()),
                row.party(),
                row.email(),
                row.phone(),
                row.privateOfficeContact(),
                row.policyInterests(),
                row.priority(),
                row.influence(),
                row.interest(),
                row.termEndDate(),
                row.notes(),
                row.status(),
                List.copyOf(current),
                past == null ? null : List.copyOf(past),
                row.lastContactOn(),
                row.lastMeetingOn(),
                row.lastBriefingOn(),
                row.version(),
                row.createdAt(),
                row.updatedAt());
    }
}
