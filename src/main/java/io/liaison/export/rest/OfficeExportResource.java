package io.liaison.export.rest;

import io.liaison.audit.SensitiveReadLog;
import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.ExportLimiter;
import io.liaison.common.csv.SentBytes;
import io.liaison.common.http.Api;
import io.liaison.common.persistence.SqlFilter;
import io.liaison.common.security.Roles;
import io.liaison.common.security.SensitiveContent;
import io.liaison.export.service.OfficeExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/exports/office")
@Tag(name = "Exports", description = "Everything the caller may see, in one streamed download")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class OfficeExportResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String ZIP = "application/zip";

    private final OfficeExport export;
    private final SensitiveContent sensitive;
    private final ExportLimiter limiter;
    private final SensitiveReadLog sensitiveReads;

    OfficeExportResource(
            OfficeExport export, SensitiveContent sensitive, ExportLimiter limiter, SensitiveReadLog sensitiveReads) {
        this.export = export;
        this.sensitive = sensitive;
        this.limiter = limiter;
        this.sensitiveReads = sensitiveReads;
    }

    @GET
    @Produces(NDJSON)
    @Operation(
            operationId = "exportOffice",
            summary = "Export the whole office",
            description = "Organisations, team members, stakeholders, posts, tenures, ownerships (with history),"
                    + " plans and their milestones, interactions and follow-ups, archived records included, as one"
                    + " consistent snapshot. Accept: application/x-ndjson gives one JSON object a line, each with"
                    + " `record` naming its kind (organisation, teamMember, stakeholder, post, tenure, ownership,"
                    + " plan, planMilestone, interaction, followUp) and the fields of the matching CSV file;"
                    + " Accept: application/zip gives a ZIP of one CSV file per kind (lists joined with ;)."
                    + " OFFICIAL_SENSITIVE summaries, outcomes and decisions the caller may not read are empty,"
                    + " with redacted: true. Streamed: memory on the server stays flat however large the office.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = {
                @Content(
                        mediaType = NDJSON,
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                @Content(
                        mediaType = ZIP,
                        schema =
                                @Schema(
                                        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                        format = "binary"))
            })
    @APIResponse(
            responseCode = "429",
            description = "Too many exports at once, or over a rate limit (named in RateLimit-Policy and RateLimit);"
                    + " retry after Retry-After seconds")
    // Read by the ZIP form (hidden below), which shares this operation.
    @Parameter(
            name = CsvEscape.PARAMETER,
            in = ParameterIn.QUERY,
            description = "For the ZIP's CSV files. " + CsvEscape.PARAMETER_DESCRIPTION,
            schema =
                    @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            enumeration = {"FORMULAS", "NONE"},
                            defaultValue = "FORMULAS"))
    public Response ndjson() {
        return download(export::writeNdjson, NDJSON + "; charset=UTF-8", "liaison-office.ndjson");
    }

    @GET
    @Produces(ZIP + ";qs=0.5")
    @Operation(hidden = true) // documented on the NDJSON form, which shares its path
    public Response zip(@QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        return download((output, rule) -> export.writeZip(output, rule, csvEscape), ZIP, "liaison-office.zip");
    }

    /** One form of the export, written as the client reads it, counted against the concurrent-export limit. */
    private Response download(Writer writer, String mediaType, String filename) {
        SensitiveContent.ReadRule rule = sensitive.readRule("i");
        // Every interaction is exported: those whose text this caller read without having attended are recorded.
        Runnable recordReads = sensitiveReads.exported(new SqlFilter(), rule);
        StreamingOutput body = limiter.guarded(output -> {
            SentBytes sent = new SentBytes(output);
            try {
                writer.write(sent, rule);
            } finally {
                // Whatever reached the client was shown, even if it left before the end.
                if (sent.any()) {
                    recordReads.run();
                }
            }
        });
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }

    @FunctionalInterface
    private interface Writer {
        void write(java.io.OutputStream output, SensitiveContent.ReadRule rule) throws java.io.IOException;
    }
}
