package io.liaison.interaction.service;

import com.fasterxml.jackson.databind.util.RawValue;
import io.liaison.audit.SensitiveReadLog;
import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.SqlRunner;
import io.liaison.common.security.SensitiveContent;
import io.liaison.election.service.PreElectionWarnings;
import io.liaison.interaction.Classification;
import io.liaison.interaction.FollowUpStatus;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Interaction responses read in one SQL statement: the record with its stakeholders' and attendees' names, its
 * policy areas, the caller's right to read sensitive content, and its follow-ups, one row per follow-up. Through the
 * entities a timeline page took seven statements after its page query (three element collections, names, members,
 * the sensitive check, follow-ups). Writes answer through here too, so a write's response and the next GET agree.
 *
 * <p>The names and policy areas come from interaction_parts, which triggers keep in step with the link tables and with
 * renames (db/derived/20_interaction_parts.sql): gathered here per interaction, they were two thirds of a timeline
 * page's buffers. Stakeholders are listed by last name, first name and id, attendees by name and id (as in the CSV
 * export), policy areas by code, follow-ups by due date and id.
 */
@ApplicationScoped
public class InteractionViews {

    // The parties come back as the JSON interaction_parts stores, written into the response as they are.
    private static final String COLUMNS = """
            select i.id, i.type, i.status, i.starts_at, i.ends_at, i.title, i.location, i.online_meeting_url,
                   q.stakeholders, q.attendees, i.plan_id,
                   coalesce(string_to_array(q.policy_areas, ','), cast('{}' as text[])) as policy_areas,
                   %1$s as hidden,
                   case when %1$s then null else i.summary end as summary,
                   case when %1$s then null else i.outcome end as outcome,
                   case when %1$s then null else i.decisions end as decisions,
                   i.classification, i.briefing_pack_ready, i.version, i.created_at, i.updated_at,
                   f.id as follow_up_id, f.description as follow_up_description, f.assignee_id as follow_up_assignee_id,
                   fm.full_name as follow_up_assignee_name,
                   f.due_date as follow_up_due_date, f.status as follow_up_status, f.done_at as follow_up_done_at,
                   f.version as follow_up_version, f.created_at as follow_up_created_at,
                   f.updated_at as follow_up_updated_at,
                   %2$s as shown_to_non_attendee,
                   w.warnings
            """;
    // The warnings once per interaction, before the follow-ups multiply its row.
    private static final String PARTS_AND_FOLLOW_UPS = " left join interaction_parts q on q.interaction_id = i.id"
            + " cross join lateral (select %3$s as warnings) w"
            + " left join follow_up f on f.interaction_id = i.id"
            + " left join team_member fm on fm.id = f.assignee_id ";

    // As in StakeholderViews: an equality for one id and unnest for a page, so PostgreSQL settles on a generic plan.
    private static final String ONE =
            COLUMNS + " from interaction i" + PARTS_AND_FOLLOW_UPS + "where i.id = :id order by f.due_date, f.id";
    private static final String MANY = COLUMNS
            + " from unnest(:ids) with ordinality k(id, n) join interaction i on i.id = k.id " + PARTS_AND_FOLLOW_UPS
            + " order by k.n, f.due_date, f.id";

    /** One row of the statement: an interaction with one of its follow-ups (the follow-up columns null if none). */
    record Row(
            UUID id,
            InteractionType type,
            InteractionStatus status,
            Instant startsAt,
            Instant endsAt,
            String title,
            String location,
            String onlineMeetingUrl,
            String stakeholders,
            String attendees,
            UUID planId,
            List<String> policyAreas,
            Boolean hidden,
            String summary,
            String outcome,
            String decisions,
            Classification classification,
            Boolean briefingPackReady,
            long version,
            Instant createdAt,
            Instant updatedAt,
            UUID followUpId,
            String followUpDescription,
            UUID followUpAssigneeId,
            String followUpAssigneeName,
            LocalDate followUpDueDate,
            FollowUpStatus followUpStatus,
            Instant followUpDoneAt,
            Long followUpVersion,
            Instant followUpCreatedAt,
            Instant followUpUpdatedAt,
            boolean shownToNonAttendee,
            String warnings) {}

    private final SqlRunner sql;
    private final SensitiveContent sensitive;
    private final SensitiveReadLog sensitiveReads;

    InteractionViews(SqlRunner sql, SensitiveContent sensitive, SensitiveReadLog sensitiveReads) {
        this.sql = sql;
        this.sensitive = sensitive;
        this.sensitiveReads = sensitiveReads;
    }

    /**
     * Whether the caller may read the stored interaction's sensitive text (always, for an OFFICIAL one): by the same
     * rule as every view, so that what a caller may change and what they are shown never disagree.
     */
    public boolean mayReadSensitive(UUID id) {
        SensitiveContent.ReadRule rule = sensitive.readRule("i");
        Map<String, Object> parameters = new HashMap<>(rule.parameters());
        parameters.put("id", id);
        return sql.first(
                        Boolean.class,
                        "select not " + rule.hiddenCondition() + " from interaction i where i.id = :id",
                        parameters)
                .orElse(false);
    }

    public Optional<InteractionView> one(UUID id) {
        return read(List.of(id)).stream().findFirst();
    }

    /** Responses in the order of {@code ids}; unknown ids are left out. */
    public List<InteractionView> page(List<UUID> ids) {
        return read(ids);
    }

    private List<InteractionView> read(List<UUID> ids) {
        List<InteractionView> responses = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return responses;
        }
        SensitiveContent.ReadRule rule = sensitive.readRule("i");
        String hidden = rule.hiddenCondition();
        String shown = rule.shownToNonAttendeeCondition();
        Map<String, Object> parameters = new HashMap<>(rule.parameters());
        String statement;
        if (ids.size() == 1) {
            statement = ONE.formatted(hidden, shown, PreElectionWarnings.JSON);
            parameters.put("id", ids.get(0));
        } else {
            statement = MANY.formatted(hidden, shown, PreElectionWarnings.JSON);
            parameters.put("ids", Ids.array(ids));
        }
        List<Row> rows = sql.list(Row.class, statement, parameters);
        int from = 0;
        while (from < rows.size()) {
            Row first = rows.get(from);
            List<FollowUpView> followUps = new ArrayList<>();
            int to = from;
            while (to < rows.size() && first.id().equals(rows.get(to).id())) {
                Row row = rows.get(to++);
                if (row.followUpId() != null) {
                    followUps.add(followUp(row));
                }
            }
            responses.add(response(first, followUps));
            if (first.shownToNonAttendee()) {
                sensitiveReads.shown(List.of(first.id()));
            }
            from = to;
        }
        return responses;
    }

    private static InteractionView response(Row row, List<FollowUpView> followUps) {
        return new InteractionView(
                row.id(),
                row.type(),
                row.status(),
                InteractionView.london(row.startsAt()),
                InteractionView.london(row.endsAt()),
                row.title(),
                row.location(),
                row.onlineMeetingUrl(),
                jsonArray(row.stakeholders()),
                jsonArray(row.attendees()),
                row.planId(),
                row.policyAreas(),
                row.summary(),
                row.outcome(),
                row.decisions(),
                row.classification(),
                row.hidden(),
                row.briefingPackReady(),
                List.copyOf(followUps),
                jsonArray(row.warnings()),
                row.version(),
                row.createdAt(),
                row.updatedAt());
    }

    /** The stored JSON array as it is (an interaction the parts' triggers have not reached yet has none: empty). */
    private static RawValue jsonArray(String json) {
        return new RawValue(json == null ? "[]" : json);
    }

    private static FollowUpView followUp(Row row) {
        return new FollowUpView(
                row.followUpId(),
                row.id(),
                row.followUpDescription(),
                row.followUpAssigneeId(),
                row.followUpAssigneeName(),
                row.followUpDueDate(),
                row.followUpStatus(),
                row.followUpDoneAt(),
                row.followUpVersion(),
                row.followUpCreatedAt(),
                row.followUpUpdatedAt());
    }
}
