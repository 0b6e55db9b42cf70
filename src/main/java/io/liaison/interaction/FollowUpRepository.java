package io.liaison.interaction;

import io.liaison.common.persistence.Ids;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

    @SuppressWarnings("unchecked")
    public List<FollowUp> forInteractions(Collection<UUID> interactionIds) {
        if (interactionIds.isEmpty()) {
            return List.of();
        }
        // Native, so the ids bind as one array: an HQL IN-list is translated afresh on every call (a timeline page
        // asks this for its 50 interactions).
        return getEntityManager()
                .createNativeQuery(
                        "select * from follow_up where interaction_id = any(:ids) order by due_date, id",
                        FollowUp.class)
                .setParameter("ids", Ids.array(interactionIds))
                .getResultList();
    }

    /** A member's OPEN follow-ups, locked: the ones a handover moves. */
    public List<FollowUp> openOfAssigneeForUpdate(UUID assigneeId) {
        return find(
                        "from FollowUp f join fetch f.interaction where f.assigneeId = ?1 and f.status = ?2",
                        assigneeId,
                        FollowUpStatus.OPEN)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
