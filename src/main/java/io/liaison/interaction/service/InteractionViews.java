package io.liaison.interaction.service;

import com.fasterxml.jackson.databind.util.RawValue;
import io.liaison.audit.SensitiveReadLog;
import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.JdbcRows;
import io.liaison.common.persistence.SqlQuery;
import io.liaison.common.persistence.SqlValues;
import io.liaison.common.security.SensitiveContent;
import io.liaison.interaction.Classification;
import io.liaison.interaction.FollowUpStatus;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import io.liaison.interaction.rest.FollowUpResponse;
import io.liaison.interaction.rest.InteractionResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
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
 * renames (V17): gathered here per interaction, they were two thirds of a timeline page's buffers. Stakeholders are
 * listed by last name, first name and id, attendees by name and id (as in the CSV export), policy areas by code,
 * follow-ups by due date and id.
 */
@ApplicationScoped
public class InteractionViews {

    // Lists come back as text (SqlValues.commaSeparated, and JSON for the parties), not as array columns.
    private static final String COLUMNS = """
            select i.id, i.type, i.status, i.starts_at, i.ends_at, i.title,
                   q.stakeholders, q.attendees, i.plan_id, q.policy_areas,
                   %1$s as hidden,
                   case when %1$s then null else i.summary end,
                   case when %1$s then null else i.outcome end,
                   case when %1$s then null else i.decisions end,
                   i.classification, i.briefing_pack_ready, i.version, i.created_at, i.updated_at,
                   f.id, f.description, f.assignee_id, f.due_date, f.status, f.done_at, f.version, f.created_at,
                   f.updated_at,
                   %2$s as shown_to_non_attendee
            """;
    private static final String PARTS_AND_FOLLOW_UPS = " left join interaction_parts q on q.interaction_id = i.id"
            + " left join follow_up f on f.interaction_id = i.id ";

    // As in StakeholderViews: an equality for one id and unnest for a page, so PostgreSQL settles on a generic plan.
    private static final String ONE =
            COLUMNS + " from interaction i" + PARTS_AND_FOLLOW_UPS + "where i.id = :id order by f.due_date, f.id";
    private static final String MANY = COLUMNS
            + " from unnest(:ids) with ordinality k(id, n) join interaction i on i.id = k.id " + PARTS_AND_FOLLOW_UPS
            + " order by k.n, f.due_date, f.id";

    private final EntityManager em;
    private final SensitiveContent sensitive;
    private final SensitiveReadLog sensitiveReads;

    InteractionViews(EntityManager em, SensitiveContent sensitive, SensitiveReadLog sensitiveReads) {
        this.em = em;
        this.sensitive = sensitive;
        this.sensitiveReads = sensitiveReads;
    }

    /**
     * Whether the caller may read the stored interaction's sensitive text (always, for an OFFICIAL one): by the same
     * rule as every view, so that what a caller may change and what they are shown never disagree.
     */
    public boolean mayReadSensitive(UUID id) {
        SensitiveContent.ReadRule rule = sensitive.readRule("i");
        List<Object[]> rows = JdbcRows.list(
                em,
                new SqlQuery(
                                "select not " + rule.hiddenCondition() + " from interaction i where i.id = :id",
                                Map.of("id", id))
                        .with(rule.parameters()));
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0)[0]);
    }

    public Optional<InteractionResponse> one(UUID id) {
        return read(List.of(id)).stream().findFirst();
    }

    /** Responses in the order of {@code ids}; unknown ids are left out. */
    public List<InteractionResponse> page(List<UUID> ids) {
        return read(ids);
    }

    private List<InteractionResponse> read(List<UUID> ids) {
        List<InteractionResponse> responses = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return responses;
        }
        SensitiveContent.ReadRule rule = sensitive.readRule("i");
        String hidden = rule.hiddenCondition();
        String shown = rule.shownToNonAttendeeCondition();
        SqlQuery query = ids.size() == 1
                ? new SqlQuery(ONE.formatted(hidden, shown), Map.of("id", ids.get(0)))
                : new SqlQuery(MANY.formatted(hidden, shown), Map.of("ids", Ids.array(ids)));
        List<Object[]> rows = JdbcRows.list(em, query.with(rule.parameters()));
        int from = 0;
        while (from < rows.size()) {
            Object[] first = rows.get(from);
            List<FollowUpResponse> followUps = new ArrayList<>();
            int to = from;
            while (to < rows.size() && first[0].equals(rows.get(to)[0])) {
                Object[] row = rows.get(to++);
                if (row[19] != null) {
                    followUps.add(followUp(row));
                }
            }
            responses.add(response(first, followUps));
            if (Boolean.TRUE.equals(first[28])) {
                sensitiveReads.shown(List.of((UUID) first[0]));
            }
            from = to;
        }
        return responses;
    }

    private InteractionResponse response(Object[] row, List<FollowUpResponse> followUps) {
        return new InteractionResponse(
                (UUID) row[0],
                InteractionType.valueOf((String) row[1]),
                InteractionStatus.valueOf((String) row[2]),
                InteractionResponse.london(SqlValues.instant(row[3])),
                InteractionResponse.london(SqlValues.instant(row[4])),
                (String) row[5],
                parties(row[6]),
                parties(row[7]),
                (UUID) row[8],
                SqlValues.commaSeparated(row[9]),
                (String) row[11],
                (String) row[12],
                (String) row[13],
                Classification.valueOf((String) row[14]),
                (Boolean) row[10],
                (Boolean) row[15],
                List.copyOf(followUps),
                ((Number) row[16]).longValue(),
                SqlValues.instant(row[17]),
                SqlValues.instant(row[18]));
    }

    /** The stored JSON array as it is (an interaction the parts' triggers have not reached yet has none: empty). */
    private static RawValue parties(Object json) {
        return new RawValue(json == null ? "[]" : (String) json);
    }

    private static FollowUpResponse followUp(Object[] row) {
        return new FollowUpResponse(
                (UUID) row[19],
                (UUID) row[0],
                (String) row[20],
                (UUID) row[21],
                SqlValues.date(row[22]),
                FollowUpStatus.valueOf((String) row[23]),
                SqlValues.instant(row[24]),
                ((Number) row[25]).longValue(),
                SqlValues.instant(row[26]),
                SqlValues.instant(row[27]));
    }
}
