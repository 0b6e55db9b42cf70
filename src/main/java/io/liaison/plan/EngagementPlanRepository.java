package io.liaison.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
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

    /** The stakeholder's ACTIVE plan: there is at most one (a partial unique index). */
    public Optional<EngagementPlan> activeFor(UUID stakeholderId) {
        return find("stakeholder.id = ?1 and status = ?2", stakeholderId, PlanStatus.ACTIVE)
                .firstResultOptional();
    }
}
