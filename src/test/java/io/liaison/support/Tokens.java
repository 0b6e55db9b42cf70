package io.liaison.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

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

    /** Signed by the trusted key and unexpired, but issued at the given moment. */
    public static String issuedAt(Instant issuedAt, String email, String role) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .upn(email)
                .claim("email", email)
                .groups(role)
                .issuedAt(issuedAt)
                .expiresAt(Instant.now().plusSeconds(3600))
                .sign();
    }

    /**
     * Signed by the trusted key and unexpired, but with no {@code iat} claim: signed with jose4j directly, because
     * smallrye-jwt's builder always adds one.
     */
    public static String withoutIssuedAt(String email, String role) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setClaim("upn", email);
        claims.setClaim("email", email);
        claims.setStringListClaim("groups", role);
        claims.setExpirationTime(
                NumericDate.fromSeconds(Instant.now().plusSeconds(3600).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            jws.setKey(KeyUtils.readPrivateKey("dev/jwt-private.pem"));
            return jws.getCompactSerialization();
        } catch (IOException | GeneralSecurityException | JoseException e) {
            throw new IllegalStateException(e);
        }
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
