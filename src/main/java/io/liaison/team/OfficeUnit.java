package io.liaison.team;

public enum OfficeUnit {
    COMMUNICATIONS,
    MAYORAL_OPERATIONS,
    POLICY_AND_DELIVERY,
    POLITICAL_AND_PUBLIC_AFFAIRS
}
