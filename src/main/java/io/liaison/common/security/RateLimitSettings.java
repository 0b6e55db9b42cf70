package io.liaison.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * Rate limits: liaison.rate-limits.* (environment LIAISON_RATE_LIMITS_*). Each instance counts on its own, so behind a
 * load balancer a caller gets up to the limit from each instance it reaches.
 */
@ConfigMapping(prefix = "liaison.rate-limits")
public interface RateLimitSettings {

    /** The period every limit counts over; a caller's allowance comes back evenly across it. */
    @WithDefault("1M")
    Duration window();

    /** Requests one caller (an API token, a JWT subject, a diary feed) may make in a window. */
    @WithDefault("600")
    @Min(1)
    int requestsPerCaller();

    /**
     * Failed authentications (a bearer token that is not valid, an unknown diary-feed secret) one client address may
     * make in a window; over it, nothing more from that address is checked until its allowance comes back.
     */
    @WithDefault("60")
    @Min(1)
    int failedAuthenticationsPerAddress();

    /**
     * Most callers, and most client addresses, whose counts are kept at once; beyond it the least recently seen are
     * forgotten, so a flood of new addresses cannot fill the memory.
     */
    @WithDefault("20000")
    @Min(1)
    int trackedKeys();
}
