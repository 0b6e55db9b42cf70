package io.liaison.stakeholder.service;

import io.liaison.common.persistence.Ids;
import io.liaison.common.persistence.JdbcRows;
import io.liaison.common.persistence.RecordStatus;
import io.liaison.common.persistence.SqlQuery;
import io.liaison.common.persistence.SqlValues;
import io.liaison.organisation.rest.OrganisationRef;
import io.liaison.post.PostCategory;
import io.liaison.post.Tenure;
import io.liaison.stakeholder.Priority;
import io.liaison.stakeholder.Stakeholder;
import io.liaison.stakeholder.rest.PostHeld;
import io.liaison.stakeholder.rest.StakeholderResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
 * the same three after its page query. Writes still answer through the entities
 * (StakeholderService.response); StakeholderViewsTest holds both to the same JSON.
 */
@ApplicationScoped
public class StakeholderViews {

    // Policy interests sort by code point ("C"), as the entity path's String order does.
    private static final String COLUMNS = "select s.id, s.honorific, s.first_name, s.last_name, s.party, s.email,"
            + " s.phone, s.private_office_contact,"
            + " array_to_string(array(select i.policy_area_code from stakeholder_policy_interest i"
            + " where i.stakeholder_id = s.id order by i.policy_area_code collate \"C\"), ','),"
            + " s.priority, s.influence, s.interest, s.term_end_date, s.notes, s.status, s.version, s.created_at,"
            + " s.updated_at,"
            + " t.id, p.id, p.title, p.category, o.id, o.code, o.name, t.start_date, t.end_date";
    private static final String TENURES =
            " left join (tenure t join post p on p.id = t.post_id join organisation o on o.id = p.organisation_id)"
                    + " on t.stakeholder_id = s.id";

    // Both forms let PostgreSQL settle on a generic plan and stop planning on every call (0.4 ms, more than running
    // it). "s.id = any(:ids)" would not: its generic plan's estimate is too poor for PostgreSQL ever to switch.
    private static final String ONE =
            COLUMNS + " from stakeholder s" + TENURES + " where s.id = :id order by t.start_date desc, t.id";
    private static final String MANY = COLUMNS
            + " from unnest(:ids) with ordinality k(id, n) join stakeholder s on s.id = k.id" + TENURES
            + " order by k.n, t.start_date desc, t.id";

    private final EntityManager em;

    StakeholderViews(EntityManager em) {
        this.em = em;
    }

    /** One stakeholder with current and past posts (as of {@code today}), or empty when there is none. */
    public Optional<StakeholderResponse> one(UUID id, LocalDate today) {
        return read(List.of(id), today, true).stream().findFirst();
    }

    /** A page of stakeholders, in the order of {@code ids}, with the posts they hold today; unknown ids are left out. */
    public List<StakeholderResponse> page(List<UUID> ids, LocalDate today) {
        return read(ids, today, false);
    }

    /** @param withPast whether to fill pastPosts (single-record responses) or leave it null (lists) */
    private List<StakeholderResponse> read(List<UUID> ids, LocalDate today, boolean withPast) {
        List<StakeholderResponse> responses = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return responses;
        }
        List<Object[]> rows = ids.size() == 1
                ? JdbcRows.list(em, new SqlQuery(ONE, Map.of("id", ids.get(0))))
                : JdbcRows.list(em, new SqlQuery(MANY, Map.of("ids", Ids.array(ids))));
        int from = 0;
        while (from < rows.size()) {
            UUID id = (UUID) rows.get(from)[0];
            int to = from;
            List<PostHeld> current = new ArrayList<>();
            List<PostHeld> past = withPast ? new ArrayList<>() : null;
            while (to < rows.size() && id.equals(rows.get(to)[0])) {
                Object[] row = rows.get(to++);
                if (row[18] != null) {
                    PostHeld post = postHeld(row);
                    if (Tenure.isCurrentOn(post.startDate(), post.endDate(), today)) {
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

    private static PostHeld postHeld(Object[] row) {
        return new PostHeld(
                (UUID) row[18],
                (UUID) row[19],
                (String) row[20],
                PostCategory.valueOf((String) row[21]),
                new OrganisationRef((UUID) row[22], (String) row[23], (String) row[24]),
                SqlValues.date(row[25]),
                SqlValues.date(row[26]));
    }

    private static StakeholderResponse response(Object[] row, List<PostHeld> current, List<PostHeld> past) {
        return new StakeholderResponse(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                Stakeholder.displayName((String) row[1], (String) row[2], (String) row[3]),
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                SqlValues.commaSeparated(row[8]),
                Priority.valueOf((String) row[9]),
                row[10] == null ? null : ((Number) row[10]).intValue(),
                row[11] == null ? null : ((Number) row[11]).intValue(),
                SqlValues.date(row[12]),
                (String) row[13],
                RecordStatus.valueOf((String) row[14]),
                List.copyOf(current),
                past == null ? null : List.copyOf(past),
                ((Number) row[15]).longValue(),
                SqlValues.instant(row[16]),
                SqlValues.instant(row[17]));
    }
}
