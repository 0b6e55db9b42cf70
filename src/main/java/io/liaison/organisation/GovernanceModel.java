package io.liaison.organisation;

/** How a local authority is led; it can change by referendum, so it is editable. */
public enum GovernanceModel {
    LEADER_AND_CABINET,
    DIRECTLY_ELECTED_MAYOR,
    COMMITTEE_SYSTEM
}
