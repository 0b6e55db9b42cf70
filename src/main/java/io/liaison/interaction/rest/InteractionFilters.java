package io.liaison.interaction.rest;

import io.liaison.common.http.DateOrInstant;
import io.liaison.interaction.Classification;
import io.liaison.interaction.InteractionStatus;
import io.liaison.interaction.InteractionType;
import io.liaison.interaction.service.InteractionQueries;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters shared by the office-wide list and every timeline. */
public class InteractionFilters {

    @QueryParam("type")
    public InteractionType type;

    @QueryParam("status")
    public InteractionStatus status;

    @QueryParam("attendeeId")
    @Parameter(description = "An office attendee")
    public UUID attendeeId;

    @QueryParam("policyArea")
    @Size(max = 40)
    public String policyArea;

    @QueryParam("classification")
    public Classification classification;

    @QueryParam("from")
    @Parameter(
            description = "Starting at or after this moment." + DateOrInstant.ACCEPTS,
            schema = @Schema(type = SchemaType.STRING, example = "2026-10-01"))
    public Instant from;

    @QueryParam("to")
    @Parameter(
            description = "Starting before this moment." + DateOrInstant.ACCEPTS_AS_UPPER_BOUND,
            schema = @Schema(type = SchemaType.STRING, example = "2026-10-31"))
    public Instant to;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(
            description = "Full-text search over title, summary, outcome and decisions (web-search syntax:"
                    + " words, \"phrases\", -exclusions, or)")
    public String q;

    public InteractionQueries.Filter toFilter(UUID stakeholderId, UUID organisationId, UUID postId) {
        return new InteractionQueries.Filter(
                type,
                status,
                stakeholderId,
                organisationId,
                postId,
                attendeeId,
                policyArea,
                classification,
                from,
                to,
                q);
    }
}
