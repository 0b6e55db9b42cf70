package io.liaison.alert;

/** In order of urgency: an acknowledged alert comes back when it moves to a later constant. */
public enum AlertSeverity {
    UPCOMING,
    DUE_TODAY,
    OVERDUE
}
