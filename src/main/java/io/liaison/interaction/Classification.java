package io.liaison.interaction;

/** Government security classification; OFFICIAL_SENSITIVE content is shown only to those entitled. */
public enum Classification {
    OFFICIAL,
    OFFICIAL_SENSITIVE
}
