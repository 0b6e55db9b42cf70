package io.liaison.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One field that failed validation: {@code field} is the JSON path or parameter name the client sent, or for a file
 * the client uploaded (a CSV import), the column, with the file's {@code line}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A field that failed validation")
public record Violation(
        @Schema(
                description = "JSON property path, query/path/header parameter name, or a file's column",
                example = "email")
        String field,

        @Schema(example = "must be a well-formed email address")
        String message,

        @Schema(description = "For an uploaded file: the line (1 is the header) the problem is on", example = "3")
        Integer line) {

    public Violation(String field, String message) {
        this(field, message, null);
    }
}
