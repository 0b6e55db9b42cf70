package io.liaison.ownership;

public enum OwnershipRole {
    /** The one person who answers for the relationship. */
    LEAD,
    SUPPORT
}
