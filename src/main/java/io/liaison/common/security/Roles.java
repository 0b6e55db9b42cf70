package io.liaison.common.security;

/** Security roles (separate from a team member's office role), carried in a JWT's groups claim or an API token. */
public final class Roles {

    /** Everything: reference data, organisations, policy areas, team members, tokens, audit. */
    public static final String ADMIN = "ADMIN";
    /** Reads all; writes stakeholders, posts and tenures (and later ownership, plans, interactions). */
    public static final String EDITOR = "EDITOR";
    /** Reads all; later logs interactions for the stakeholders they own. */
    public static final String APPOINTEE = "APPOINTEE";
    /** Read-only, for reports and exports. */
    public static final String REPORTER = "REPORTER";

    private Roles() {}
}
