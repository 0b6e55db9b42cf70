package io.liaison.common.http;

/** Paths, media types and response wording every resource shares. */
public final class Api {

    public static final String BASE = "/api/v1";

    /** How the document describes the 200 a write answers with: the record it wrote. */
    public static final String AS_IT_IS_NOW = "The record as it is now";

    private Api() {}
}
