package io.liaison.common.devtoken;

import io.liaison.common.security.SecurityRole;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.jwt.build.Jwt;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Mints a JWT signed with the committed dev key, so that dev mode can be explored without an identity provider.
 * Built only where liaison.dev-tokens=true (the dev and test profiles); the production build has no such
 * endpoint, and production never trusts the dev key.
 */
@Path("/dev/token")
@IfBuildProperty(name = "liaison.dev-tokens", stringValue = "true")
public class DevTokenResource {

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String token(
            @QueryParam("email") @NotBlank @Email String email,
            @QueryParam("role") @DefaultValue("EDITOR") SecurityRole role) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .upn(email)
                .claim("email", email)
                .groups(role.name())
                .expiresIn(Duration.ofHours(12))
                .sign();
    }
}
