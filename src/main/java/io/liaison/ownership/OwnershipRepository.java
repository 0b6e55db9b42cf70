package io.liaison.ownership;

import io.liaison.stakeholder.OwnershipRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OwnershipRepository implements PanacheRepositoryBase<Ownership, UUID> {

    public List<Ownership> activeFor(UUID stakeholderId) {
        return find(
                        "from Ownership o join fetch o.teamMember where o.stakeholder.id = ?1 and o.endDate is null"
                                + " order by o.role, o.startDate, o.id",
                        stakeholderId)
                .list();
    }

    public List<Ownership> historyFor(UUID stakeholderId) {
        return find(
                        "from Ownership o join fetch o.teamMember where o.stakeholder.id = ?1"
                                + " order by o.startDate desc, o.endDate desc nulls first, o.id",
                        stakeholderId)
                .list();
    }

    public Optional<Ownership> activeLead(UUID stakeholderId) {
        return find("stakeholder.id = ?1 and role = ?2 and endDate is null", stakeholderId, OwnershipRole.LEAD)
                .firstResultOptional();
    }

    public Optional<Ownership> active(UUID stakeholderId, UUID teamMemberId) {
        return find("stakeholder.id = ?1 and teamMember.id = ?2 and endDate is null", stakeholderId, teamMemberId)
                .firstResultOptional();
    }

    /** A member's active assignments of these stakeholders. */
    public List<Ownership> activeOfMember(UUID teamMemberId, List<UUID> stakeholderIds) {
        if (stakeholderIds.isEmpty()) {
            return List.of();
        }
        return find("teamMember.id = ?1 and stakeholder.id in ?2 and endDate is null", teamMemberId, stakeholderIds)
                .list();
    }

    /** A member's active assignments, stakeholders loaded, locked so a concurrent handover waits its turn. */
    public List<Ownership> activeOfMemberForUpdate(UUID teamMemberId) {
        return find(
                        "from Ownership o join fetch o.stakeholder where o.teamMember.id = ?1 and o.endDate is null"
                                + " order by o.stakeholder.id",
                        teamMemberId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .list();
    }
}
