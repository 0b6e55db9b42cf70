package io.liaison.stakeholder;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
