package io.liaison.common.http;

/** Paths and media types every resource shares. */
public final class Api {

    public static final String BASE = "/api/v1";

    private Api() {}
}
