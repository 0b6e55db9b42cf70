package io.liaison.apitoken;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    public Optional<ApiToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /**
     * Records use without touching the version (so an admin's If-Match is not invalidated by a script's calls) and
     * at most once a minute per token, so verifying a token is not a database write per request.
     */
    public void markUsed(UUID id, Instant now) {
        getEntityManager()
                .createNativeQuery("update api_token set last_used_at = :now where id = :id"
                        + " and (last_used_at is null or last_used_at < :minuteAgo)")
                .setParameter("now", now)
                .setParameter("id", id)
                .setParameter("minuteAgo", now.minusSeconds(60))
                .executeUpdate();
    }
}
