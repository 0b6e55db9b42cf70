package io.liaison.common.security;

import io.liaison.common.error.ApiProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * One bearer header, two kinds of token: an API token for scripts (prefixed {@code lia_}, checked against our
 * table) or a JWT from the office's identity provider (verified by smallrye-jwt: issuer, audience, expiry, age,
 * signature). Also where the rate limits meet a bearer token, on the I/O thread before the request takes one of the
 * few request threads: a token from an address over its limit of failed authentications is refused unchecked, one
 * that fails counts against its address, and one that succeeds counts against its caller.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final JWTAuthMechanism jwt;
    private final RateLimits limits;

    BearerAuthenticationMechanism(JWTAuthMechanism jwt, RateLimits limits) {
        this.jwt = jwt;
        this.limits = limits;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // No bearer token: an anonymous request, which the endpoint refuses or serves; nothing to count.
            return jwt.authenticate(context, identities);
        }
        String address = RateLimits.clientAddress(context.request());
        try {
            limits.refuseAddressOverFailureLimit(address);
        } catch (ApiProblem tooMany) {
            return Uni.createFrom().failure(tooMany);
        }
        String token = header.substring(BEARER.length()).trim();
        Uni<SecurityIdentity> attempt = token.startsWith(ApiTokenCredential.PREFIX)
                ? identities.authenticate(
                        HttpSecurityUtils.setRoutingContextAttribute(new ApiTokenCredential(token), context))
                : jwt.authenticate(context, identities);
        return attempt.onFailure(AuthenticationFailedException.class)
                .invoke(() -> limits.countFailedAuthentication(address))
                .onItem()
                .ifNotNull()
                .invoke(identity -> limits.countRequest(callerKey(identity)));
    }

    /** The key a caller is limited by: its API token, or its JWT's subject. */
    private static String callerKey(SecurityIdentity identity) {
        Object tokenId = identity.getAttribute(Caller.API_TOKEN_ID);
        if (tokenId != null) {
            return "token:" + tokenId;
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
            return "jwt:" + token.getSubject();
        }
        return "jwt:" + identity.getPrincipal().getName();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        Set<Class<? extends AuthenticationRequest>> types = new HashSet<>(jwt.getCredentialTypes());
        types.add(ApiTokenCredential.class);
        return types;
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return jwt.getCredentialTransport(context);
    }
}
