package io.liaison.apitoken.service;

import io.liaison.apitoken.ApiToken;
import io.liaison.apitoken.ApiTokenRepository;
import io.liaison.audit.AuditAction;
import io.liaison.audit.AuditLog;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.paging.PageParams;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.SortOrder;
import io.liaison.common.persistence.ListQueries;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.security.ApiTokenCredential;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Secrets;
import io.liaison.common.security.SecurityRole;
import io.liaison.common.time.AppClock;
import io.liaison.team.TeamMember;
import io.liaison.team.TeamMemberRepository;
import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenService {

    /** Last-used is written at most this often per token. */
    static final Duration LAST_USED_PRECISION = Duration.ofSeconds(60);

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
    static final Duration MAX_LIFETIME = Duration.ofDays(366);

    static final Map<String, String> SORTS = new LinkedHashMap<>();

    static {
        SORTS.put("createdAt", "t.created_at");
        SORTS.put("name", "lower(t.name)");
        SORTS.put("expiresAt", "t.expires_at");
        SORTS.put("lastUsedAt", "t.last_used_at");
    }

    /** What an API token authenticates as. */
    public record Verified(
            UUID tokenId, String name, SecurityRole role, UUID teamMemberId, Instant expiresAt, Instant verifiedAt) {}

    private final ApiTokenRepository tokens;
    private final TeamMemberRepository members;
    private final ListQueries lists;
    private final AuditLog audit;
    private final Caller caller;
    private final AppClock clock;

    ApiTokenService(
            ApiTokenRepository tokens,
            TeamMemberRepository members,
            ListQueries lists,
            AuditLog audit,
            Caller caller,
            AppClock clock) {
        this.tokens = tokens;
        this.members = members;
        this.lists = lists;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * The identity behind a presented token, given its SHA-256 hash, or empty when it is unknown, revoked or
     * expired. Callers go through ApiTokenVerifier, which caches the answer.
     */
    @Transactional
    public Optional<Verified> verifyHash(String tokenHash) {
        Instant now = clock.now();
        Optional<ApiToken> found = tokens.findByHash(tokenHash).filter(t -> t.isUsableAt(now));
        found.ifPresent(t -> {
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
                tokens.markUsed(t.getId(), now);
            }
        });
        return found.map(
                t -> new Verified(t.getId(), t.getName(), t.getRole(), t.getTeamMemberId(), t.getExpiresAt(), now));
    }

    public PageResponse<ApiTokenView> list(UUID teamMemberId, PageParams params) {
        SqlFilter filter = new SqlFilter().standard(params, "t.revoked_at is null", "t.updated_at");
        if (teamMemberId != null) {
            filter.where("t.team_member_id = :teamMemberId", "teamMemberId", teamMemberId);
        }
        String orderBy = SortOrder.toSql(params, SORTS, "-createdAt", "t.id", "t.updated_at");
        return lists.page(
                ApiToken.class,
                "api_token t",
                "t",
                filter,
                orderBy,
                params,
                rows -> rows.stream().map(t -> ApiTokenView.from(t, null)).toList());
    }

    public ApiToken get(UUID id) {
        return tokens.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("API token", id));
    }

    @Transactional
    public NewApiToken.Issued create(NewApiToken request) {
        Instant now = clock.now();
        if (request.teamMemberId() == null && request.role() != SecurityRole.REPORTER) {
            throw ApiProblem.invalid(
                    "role", "a token without a team member is a reporting service: it must be" + " REPORTER");
        }
        if (request.teamMemberId() != null) {
            TeamMember member = members.findByIdOptional(request.teamMemberId())
                    .orElseThrow(() -> ApiProblem.unprocessable(
                            "teamMemberId", "team member " + request.teamMemberId() + " does not exist"));
            if (!member.isActive()) {
                throw ApiProblem.unprocessable("teamMemberId", "team member " + member.getId() + " is inactive");
            }
        }
        Instant expiresAt = request.expiresAt() == null ? now.plus(DEFAULT_LIFETIME) : request.expiresAt();
        if (!expiresAt.isAfter(now)) {
            throw ApiProblem.invalid("expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw ApiProblem.invalid("expiresAt", "must be at most 366 days from now");
        }
        String token = newToken();
        ApiToken entity = new ApiToken(
                request.name().trim(),
                token.substring(0, 8),
                hash(token),
                request.role(),
                request.teamMemberId(),
                expiresAt,
                caller.name());
        entity.touch(now);
        tokens.persist(entity);
        tokens.flush();
        // Never the token or its hash.
        audit.record(
                "api-token",
                entity.getId(),
                AuditAction.CREATE,
                null,
                Map.of(
                        "name", entity.getName(),
                        "role", entity.getRole(),
                        "teamMemberId", String.valueOf(entity.getTeamMemberId()),
                        "expiresAt", entity.getExpiresAt().toString()));
        return new NewApiToken.Issued(entity, token);
    }

    /** Revoking twice changes nothing. The verification cache of this instance forgets every token at once. */
    @Transactional
    @CacheInvalidateAll(cacheName = ApiTokenVerifier.CACHE)
    public ApiToken revoke(UUID id) {
        ApiToken token = get(id);
        if (token.getRevokedAt() == null) {
            Instant now = clock.now();
            token.revoke(now, caller.name());
            token.touch(now);
            tokens.flush();
            audit.record("api-token", id, AuditAction.REVOKE, Map.of("revoked", false), Map.of("revoked", true));
        }
        return token;
    }

    static String newToken() {
        return Secrets.newSecret(ApiTokenCredential.PREFIX);
    }

    public static String hash(String token) {
        return Secrets.sha256Hex(token);
    }
}
