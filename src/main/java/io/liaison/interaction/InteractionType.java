package io.liaison.interaction;

public enum InteractionType {
    MEETING,
    CALL,
    EMAIL,
    LETTER,
    EVENT,
    BRIEFING,
    VISIT,
    OTHER;

    /** Meetings and visits are the ones that need an internal briefing pack. */
    public boolean needsBriefingPack() {
        return this == MEETING || this == VISIT;
    }
}
