package io.liaison.apitoken.service;

import io.liaison.common.security.ApiTokenCredential;
import io.liaison.common.security.Caller;
import io.liaison.common.time.AppClock;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Optional;

/** Turns a valid API token into a caller with its role, acting for its team member (if any). */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<ApiTokenCredential> {

    private final ApiTokenVerifier verifier;
    private final AppClock clock;

    ApiTokenIdentityProvider(ApiTokenVerifier verifier, AppClock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Class<ApiTokenCredential> getRequestType() {
        return ApiTokenCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenCredential request, AuthenticationRequestContext context) {
        String hash = ApiTokenService.hash(request.token());
        Optional<ApiTokenService.Verified> held = verifier.heldAndFresh(hash);
        if (held.isPresent()) {
            return Uni.createFrom().item(() -> identity(held));
        }
        return context.runBlocking(() -> identityFor(hash));
    }

    @ActivateRequestContext
    SecurityIdentity identityFor(String tokenHash) {
        return identity(verifier.verify(tokenHash));
    }

    private SecurityIdentity identity(Optional<ApiTokenService.Verified> found) {
        ApiTokenService.Verified verified = found.filter(v -> v.expiresAt().isAfter(clock.now()))
                .orElseThrow(() -> new AuthenticationFailedException("Unknown, revoked or expired API token"));
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("token:" + verified.name()))
                .addRole(verified.role().name())
                .addAttribute(Caller.API_TOKEN_ID, verified.tokenId());
        if (verified.teamMemberId() != null) {
            identity.addAttribute(Caller.TEAM_MEMBER_ID, verified.teamMemberId());
        }
        return identity.build();
    }
}
