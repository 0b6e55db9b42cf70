package io.liaison.alert;

public enum AlertKind {
    BRIEFING_DUE,
    CONTACT_DUE,
    MEETING_PREP_DUE,
    FOLLOW_UP_DUE,
    TERM_ENDING,
    POST_UNCOVERED,
    FORMER_HOLDER
}
