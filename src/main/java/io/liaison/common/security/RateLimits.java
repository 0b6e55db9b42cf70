package io.liaison.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.liaison.common.error.ApiProblem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;

/**
 * Limits per caller (every request an API token, a JWT subject or a diary feed makes) and per client address (only
 * failed authentications: a bearer token that is not valid, an unknown diary-feed secret), each a Bucket4j token
 * bucket per key whose allowance refills evenly over the window. What succeeds never counts against an address, so a
 * calendar service fetching many members' feeds from one address is limited per feed only. Over a limit the answer
 * is 429 problem+json with Retry-After and the RateLimit-Policy and RateLimit fields of the IETF httpapi draft.
 *
 * <p>Buckets live in bounded Caffeine caches that forget a key once it has been idle for a whole window: by then its
 * bucket is full again, so forgetting it loses nothing. Counts are per instance.
 */
@ApplicationScoped
public class RateLimits {

    /** The policy names clients see in RateLimit-Policy and RateLimit. */
    public static final String CALLER_POLICY = "caller";

    public static final String FAILED_AUTHENTICATIONS_POLICY = "failed-authentications";

    private final Policy callers;
    private final Policy failedAuthentications;

    RateLimits(RateLimitSettings settings) {
        this.callers = new Policy(
                CALLER_POLICY,
                "This caller has made its %d requests in %d seconds",
                settings.requestsPerCaller(),
                settings.window(),
                settings.trackedKeys());
        this.failedAuthentications = new Policy(
                FAILED_AUTHENTICATIONS_POLICY,
                "This client address has failed to authenticate %d times in %d seconds",
                settings.failedAuthenticationsPerAddress(),
                settings.window(),
                settings.trackedKeys());
    }

    /** Counts a request by an authenticated caller, or refuses it with 429 when the caller is over its limit. */
    public void countRequest(String caller) {
        callers.take(caller);
    }

    /**
     * Refuses with 429, before any credential it sent is checked, a client address that is over its limit of failed
     * authentications: while it is, a guess cannot tell a right credential from a wrong one.
     */
    public void refuseAddressOverFailureLimit(String address) {
        failedAuthentications.refuseWhenEmpty(address);
    }

    /** Counts a failed authentication against the client address it came from. */
    public void countFailedAuthentication(String address) {
        failedAuthentications.count(address);
    }

    /**
     * The client's address: the connection's peer, or, when quarkus.http.proxy settings say to trust a proxy's
     * forwarding headers, the address the proxy names (Quarkus puts it in place of the peer's).
     */
    public static String clientAddress(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }

    private static final class Policy {

        private final String name;
        private final String refusal;
        private final int quota;
        private final long windowSeconds;
        private final Bandwidth bandwidth;
        private final Cache<String, Bucket> buckets;

        Policy(String name, String refusal, int quota, Duration window, int trackedKeys) {
            this.name = name;
            this.refusal = refusal;
            this.quota = quota;
            this.windowSeconds = Math.max(1, window.toSeconds());
            this.bandwidth = Bandwidth.builder()
                    .capacity(quota)
                    .refillGreedy(quota, window)
                    .build();
            this.buckets = Caffeine.newBuilder()
                    .maximumSize(trackedKeys)
                    .expireAfterAccess(window)
                    .build();
        }

        private Bucket bucket(String key) {
            return buckets.get(key, k -> Bucket.builder().addLimit(bandwidth).build());
        }

        void take(String key) {
            ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                throw tooMany(probe.getNanosToWaitForRefill());
            }
        }

        void refuseWhenEmpty(String key) {
            Bucket bucket = buckets.getIfPresent(key);
            if (bucket == null) {
                return;
            }
            EstimationProbe probe = bucket.estimateAbilityToConsume(1);
            if (!probe.canBeConsumed()) {
                throw tooMany(probe.getNanosToWaitForRefill());
            }
        }

        void count(String key) {
            bucket(key).tryConsume(1);
        }

        private ApiProblem tooMany(long nanosToWait) {
            long retryAfter = Math.max(1, (nanosToWait + 999_999_999) / 1_000_000_000);
            return new ApiProblem(
                    429,
                    "rate-limited",
                    "Too many requests",
                    refusal.formatted(quota, windowSeconds) + "; retry after " + retryAfter + " seconds",
                    null,
                    Map.of(
                            "Retry-After",
                            Long.toString(retryAfter),
                            "RateLimit-Policy",
                            "\"%s\";q=%d;w=%d".formatted(name, quota, windowSeconds),
                            "RateLimit",
                            "\"%s\";r=0;t=%d".formatted(name, retryAfter)));
        }
    }
}
