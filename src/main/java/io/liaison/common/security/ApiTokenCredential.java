package io.liaison.common.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer credential that is one of our API tokens (prefixed lia_) rather than a JWT. */
public class ApiTokenCredential extends BaseAuthenticationRequest {

    public static final String PREFIX = "lia_";

    private final String token;

    public ApiTokenCredential(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
