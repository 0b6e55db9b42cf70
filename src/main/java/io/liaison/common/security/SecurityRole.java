package io.liaison.common.security;

/** The security roles as a type, for request bodies and stored tokens. */
public enum SecurityRole {
    ADMIN,
    EDITOR,
    APPOINTEE,
    REPORTER
}
