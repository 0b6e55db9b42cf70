package io.liaison.interaction;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FollowUpRepository implements PanacheRepositoryBase<FollowUp, UUID> {

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
