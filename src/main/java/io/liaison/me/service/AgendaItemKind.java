package io.liaison.me.service;

/** What an agenda item is. */
public enum AgendaItemKind {
    /** An interaction the caller attends (a meeting, a call, a visit…), not cancelled. */
    INTERACTION,
    /** A follow-up assigned to the caller and still open. */
    FOLLOW_UP,
    /** One of the caller's alerts (a follow-up's own alert shows as the follow-up). */
    ALERT
}
