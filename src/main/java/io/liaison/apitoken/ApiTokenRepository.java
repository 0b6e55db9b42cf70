package io.liaison.apitoken;

import io.liaison.common.persistence.SqlRunner;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    private final SqlRunner sql;

    ApiTokenRepository(SqlRunner sql) {
        this.sql = sql;
    }

    public Optional<ApiToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /**
     * Records use without touching the version (so an admin's If-Match is not invalidated by a script's calls) and
     * at most once a minute per token, so verifying a token is not a database write per request.
     */
    public void markUsed(UUID id, Instant now) {
        sql.update(
                "update api_token set last_used_at = :now where id = :id"
                        + " and (last_used_at is null or last_used_at < :minuteAgo)",
                Map.of("now", now, "id", id, "minuteAgo", now.minusSeconds(60)));
    }
}
