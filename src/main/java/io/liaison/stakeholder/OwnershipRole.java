package io.liaison.stakeholder;

/**
 * A team member's part in a stakeholder relationship: declared beside the stakeholder, whose lists are filtered by
 * it, so that ownership (which names the stakeholder) builds on stakeholders and not the other way round.
 */
public enum OwnershipRole {
    /** The one person who answers for the relationship. */
    LEAD,
    SUPPORT
}
