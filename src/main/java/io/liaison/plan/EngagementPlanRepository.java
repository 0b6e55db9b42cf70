package io.liaison.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EngagementPlanRepository implements PanacheRepositoryBase<EngagementPlan, UUID> {

    /** A member's ACTIVE and DRAFT plans: the ones a handover moves. */
    public List<EngagementPlan> openPlansOf(UUID ownerId) {
        return find(
                        "from EngagementPlan p join fetch p.stakeholder where p.owner.id = ?1 and p.status in ?2",
                        ownerId,
                        List.of(PlanStatus.ACTIVE, PlanStatus.DRAFT))
                .list();
    }
}
