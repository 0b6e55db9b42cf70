package io.liaison.team.service;

import io.liaison.common.security.Caller;
import io.liaison.team.TeamMemberRepository;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Links a JWT caller to their team member record through the token's email (or upn) claim, so every feature
 * knows whose relationships and alerts are "mine". API-token callers are linked when the token is issued.
 */
@ApplicationScoped
public class TeamMemberIdentityLink implements SecurityIdentityAugmentor {

    /** Email → team member id, for 10 s (LIAISON_TOKEN_CACHE_TTL); emptied at once by any team member change here. */
    static final String CACHE = "team-member-links";

    private final TeamMemberRepository members;
    private final Cache links;

    TeamMemberIdentityLink(TeamMemberRepository members, @CacheName(CACHE) Cache links) {
        this.members = members;
        this.links = links;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || identity.getAttribute(Caller.TEAM_MEMBER_ID) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String email = jwt.getClaim("email") != null ? jwt.getClaim("email").toString() : jwt.getClaim("upn");
        if (email == null || email.isBlank()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> link(identity, email));
    }

    @ActivateRequestContext
    SecurityIdentity link(SecurityIdentity identity, String email) {
        String key = email.trim().toLowerCase(java.util.Locale.ROOT);
        UUID memberId =
                links.get(key, members::activeIdByEmail).await().indefinitely().orElse(null);
        if (memberId == null) {
            // Only links are remembered: a member added a moment later must be found at once.
            links.invalidate(key).await().indefinitely();
            return identity;
        }
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(Caller.TEAM_MEMBER_ID, memberId)
                .build();
    }
}
