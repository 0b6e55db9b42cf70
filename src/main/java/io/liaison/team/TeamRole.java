package io.liaison.team;

/** A team member's role in the office (not their security role). */
public enum TeamRole {
    MAYOR,
    DEPUTY_MAYOR,
    MAYORAL_ADVISER,
    MAYORAL_APPOINTEE,
    STAFF
}
