package io.liaison.post;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TenureRepository implements PanacheRepositoryBase<Tenure, UUID> {

    /** The tenures current on {@code day} of the given posts, holders loaded, in one query. */
    public List<Tenure> currentForPosts(Collection<UUID> postIds, LocalDate day) {
        if (postIds.isEmpty()) {
            return List.of();
        }
        return find(
                        "from Tenure t join fetch t.stakeholder where t.post.id in ?1 and t.startDate <= ?2"
                                + " and (t.endDate is null or t.endDate > ?2)",
                        postIds,
                        day)
                .list();
    }

    /** All tenures of the given stakeholders, posts and their organisations loaded, newest first, in one query. */
    public List<Tenure> forStakeholders(Collection<UUID> stakeholderIds) {
        if (stakeholderIds.isEmpty()) {
            return List.of();
        }
        // One id (GET by id, the hottest call) gets an equality: Hibernate caches the SQL of a query whose
        // parameters are single values, but translates an IN-list query afresh on every call.
        if (stakeholderIds.size() == 1) {
            return find(
                            "from Tenure t join fetch t.post p join fetch p.organisation where t.stakeholder.id = ?1"
                                    + " order by t.startDate desc, t.id",
                            stakeholderIds.iterator().next())
                    .list();
        }
        return find(
                        "from Tenure t join fetch t.post p join fetch p.organisation where t.stakeholder.id in ?1"
                                + " order by t.startDate desc, t.id",
                        stakeholderIds)
                .list();
    }

    public List<Tenure> forPost(UUID postId) {
        return find(
                        "from Tenure t join fetch t.stakeholder where t.post.id = ?1 order by t.startDate desc, t.id",
                        postId)
                .list();
    }

    public long countForPost(UUID postId) {
        return count("post.id", postId);
    }

    /** A tenure of the post, other than {@code except}, that shares a day with [start, end) (end null: open). */
    public Optional<Tenure> overlapping(UUID postId, UUID except, LocalDate start, LocalDate end) {
        String overlaps = "from Tenure t join fetch t.stakeholder where t.post.id = ?1 and t.id <> ?2"
                + " and (t.endDate is null or t.endDate > ?3)";
        UUID other = except == null ? new UUID(0, 0) : except;
        return (end == null
                        ? find(overlaps + " order by t.startDate", postId, other, start)
                        : find(overlaps + " and t.startDate < ?4 order by t.startDate", postId, other, start, end))
                .firstResultOptional();
    }
}
