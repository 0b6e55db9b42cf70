package io.liaison.apitoken;

import io.liaison.common.persistence.TrackedEntity;
import io.liaison.common.security.SecurityRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An API token for scripts. Only its SHA-256 hash is stored; the token is shown once, when created. */
@Entity
@Table(name = "api_token")
public class ApiToken extends TrackedEntity {

    @Id
    @GeneratedValue
    private UUID id;

    @Column(nullable = false)
    private String name;

    /** The first characters of the token, so a person can tell their tokens apart; not enough to use it. */
    @Column(name = "token_prefix", nullable = false, updatable = false)
    private String tokenPrefix;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SecurityRole role;

    @Column(name = "team_member_id", updatable = false)
    private UUID teamMemberId;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ApiToken() {}

    public ApiToken(
            String name,
            String tokenPrefix,
            String tokenHash,
            SecurityRole role,
            UUID teamMemberId,
            Instant expiresAt,
            String createdBy) {
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.role = role;
        this.teamMemberId = teamMemberId;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public SecurityRole getRole() {
        return role;
    }

    public UUID getTeamMemberId() {
        return teamMemberId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void revoke(Instant at, String by) {
        this.revokedAt = at;
        this.revokedBy = by;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
