package io.liaison.interaction;

public enum InteractionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED
}
