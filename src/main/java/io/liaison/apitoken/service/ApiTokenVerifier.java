package io.liaison.apitoken.service;

import io.liaison.common.time.AppClock;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Remembers, for a few seconds (liaison's "api-tokens" cache, 10 s by default), what a token hash verified as, so
 * a script's burst of requests costs one database lookup rather than one each. Revoking a token empties this
 * instance's cache at once; other instances stop accepting it within the cache's lifetime. Expiry is checked on
 * every request (ApiTokenIdentityProvider), never cached.
 */
@ApplicationScoped
public class ApiTokenVerifier {

    static final String CACHE = "api-tokens";

    private final ApiTokenService tokens;
    private final Cache cache;
    private final AppClock clock;

    ApiTokenVerifier(ApiTokenService tokens, @CacheName(CACHE) Cache cache, AppClock clock) {
        this.tokens = tokens;
        this.cache = cache;
        this.clock = clock;
    }

    /** The cached verification, unless it is older (by the application's clock) than last-used's precision. */
    public Optional<ApiTokenService.Verified> verify(String tokenHash) {
        Optional<ApiTokenService.Verified> verified = cached(tokenHash);
        if (verified.isPresent() && !isFresh(verified.get())) {
            cache.invalidate(tokenHash).await().indefinitely();
            verified = cached(tokenHash);
        }
        return verified;
    }

    /**
     * A successful verification this instance already holds and that is still fresh, found without blocking or
     * touching the database; empty otherwise (then {@link #verify} decides, on a worker thread). Lets the common
     * case, a client's next request, skip the hop to a worker thread and back.
     */
    @SuppressWarnings("unchecked")
    public Optional<ApiTokenService.Verified> heldAndFresh(String tokenHash) {
        CompletableFuture<Object> held = cache.as(CaffeineCache.class).getIfPresent(tokenHash);
        if (held == null || !held.isDone() || held.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return ((Optional<ApiTokenService.Verified>) held.join()).filter(this::isFresh);
    }

    /** Verified within last-used's precision (by the application's clock). */
    private boolean isFresh(ApiTokenService.Verified verified) {
        return !verified.verifiedAt().isBefore(clock.now().minus(ApiTokenService.LAST_USED_PRECISION));
    }

    private Optional<ApiTokenService.Verified> cached(String tokenHash) {
        return cache.get(tokenHash, tokens::verifyHash).await().indefinitely();
    }
}
