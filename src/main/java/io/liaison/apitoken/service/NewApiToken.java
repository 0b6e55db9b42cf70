package io.liaison.apitoken.service;

import io.liaison.apitoken.ApiToken;
import io.liaison.common.security.SecurityRole;
import java.time.Instant;
import java.util.UUID;

/** A token to issue, for a team member or (with none) a reporting service; default lifetime when no expiry. */
public record NewApiToken(String name, SecurityRole role, UUID teamMemberId, Instant expiresAt) {

    /** The token as stored, and its secret, which is shown this once and never kept. */
    public record Issued(ApiToken token, String secret) {}
}
