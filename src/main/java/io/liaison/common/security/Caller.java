package io.liaison.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling: a stable name for audit and idempotency scoping, and their team member record when they have
 * one, so features can answer "my relationships" and "my alerts".
 */
@RequestScoped
public class Caller {

    /** Identity attribute: the caller's team member id (UUID), when linked. */
    public static final String TEAM_MEMBER_ID = "liaison.teamMemberId";

    /** Identity attribute: the id (UUID) of the API token the caller authenticated with. */
    public static final String API_TOKEN_ID = "liaison.apiTokenId";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** "jwt:alex@example.org", "token:weekly-report", or "anonymous". */
    public String name() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String name = identity.getPrincipal().getName();
        return identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken ? "jwt:" + name : name;
    }

    public Optional<UUID> teamMemberId() {
        Object id = identity.getAttribute(TEAM_MEMBER_ID);
        return id instanceof UUID uuid ? Optional.of(uuid) : Optional.empty();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
