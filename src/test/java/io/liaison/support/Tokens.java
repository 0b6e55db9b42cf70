package io.liaison.support;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;

/** Real JWTs for tests, signed with the dev/test key the service trusts (or deliberately not). */
public final class Tokens {

    public static final String ISSUER = "https://liaison.invalid/dev-issuer";
    public static final String AUDIENCE = "liaison";

    private Tokens() {}

    public static String jwt(String email, String role) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(email)
                .claim("email", email)
                .groups(role)
                .sign();
    }

    public static String admin() {
        return jwt("test-admin@example.org", "ADMIN");
    }

    public static String expired(String email, String role) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(email)
                .groups(role)
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign();
    }

    public static String withIssuer(String issuer, String role) {
        return Jwt.issuer(issuer)
                .audience(AUDIENCE)
                .upn("someone@example.org")
                .groups(role)
                .sign();
    }

    public static String withAudience(String audience, String role) {
        return Jwt.issuer(ISSUER)
                .audience(audience)
                .upn("someone@example.org")
                .groups(role)
                .sign();
    }

    /** Well-formed and unexpired, but signed by a key the service has never seen. */
    public static String signedByStranger(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey stranger = generator.generateKeyPair().getPrivate();
            return Jwt.issuer(ISSUER)
                    .audience(AUDIENCE)
                    .upn("intruder@example.org")
                    .groups(role)
                    .sign(stranger);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
