package io.liaison.stakeholder;

/**
 * The kind of post a stakeholder holds: declared beside the stakeholder, whose lists and views are filtered and shown
 * by it, so that posts (which name their holders) build on stakeholders and not the other way round.
 */
public enum PostCategory {
    EXECUTIVE_MAYOR,
    COUNCIL_LEADER,
    DEPUTY_LEADER,
    CABINET_MEMBER,
    COUNCILLOR,
    LONDON_COUNCILS_MEMBER,
    LONDON_COUNCILS_OFFICER,
    ASSEMBLY_MEMBER,
    MEMBER_OF_PARLIAMENT,
    PEER,
    GOVERNMENT_MINISTER,
    COUNCIL_OFFICER,
    ADVISER,
    OTHER
}
