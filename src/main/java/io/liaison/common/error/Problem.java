package io.liaison.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "urn:liaison:problem:validation") String type,
        @Schema(example = "Invalid request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "2 fields are invalid") String detail,

        @Schema(description = "The request path", example = "/api/v1/stakeholders")
        String instance,

        @Schema(description = "Field errors, for validation failures")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
