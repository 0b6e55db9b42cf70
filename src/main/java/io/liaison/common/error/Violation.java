package io.liaison.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field that failed validation: {@code field} is the JSON path or parameter name the client sent. */
@Schema(description = "A field that failed validation")
public record Violation(
        @Schema(description = "JSON property path or query/path/header parameter name", example = "email")
        String field,

        @Schema(example = "must be a well-formed email address")
        String message) {}
