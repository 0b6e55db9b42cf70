package io.liaison.election.rest;

import io.liaison.common.error.ApiProblem;
import io.liaison.common.error.Violation;
import io.liaison.common.http.Api;
import io.liaison.common.http.IdempotentPost;
import io.liaison.common.http.RecordWrites;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.election.service.ElectionReport;
import io.liaison.election.service.ElectionResults.Control;
import io.liaison.election.service.ElectionResults.Result;
import io.liaison.election.service.ElectionResultsCsv;
import io.liaison.election.service.ElectionResultsService;
import io.liaison.election.service.ElectionResultsService.Row;
import io.liaison.stakeholder.rest.StakeholderRequest;
import io.liaison.stakeholder.service.StakeholderDetails;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(ElectionResultsResource.PATH)
@Tag(name = "Elections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class ElectionResultsResource {

    static final String PATH = Api.BASE + "/elections/results";
    static final int MAX_ROWS = 5000;
    private static final String WHAT_IT_DOES = "An election's results in one request, as JSON (ElectionResults) or as"
            + " a UTF-8 CSV file (text/csv) with a header row naming some of these columns (any order; case, spaces, _"
            + " and - ignored): postId, or organisation (id, code or GSS code) and postTitle, with postCategory and"
            + " ward for a post to create; holderId, or holderEmail, or honorific, firstName, lastName and email for a"
            + " new person; party; date; politicalControl (a party, or No overall control), which sets the row's"
            + " organisation's control from its date (a row with only organisation, politicalControl and date sets"
            + " nothing else). A row without a date takes the body's date, else the date parameter. Political control"
            + " is ADMIN's to set, and never dated after today. Every row is checked first and every problem named"
            + " (by results[i] or politicalControl[i], or by the file's line and column); with dryRun=true nothing is"
            + " written and the answer shows each row's outcome. Without it, results with any problem are refused"
            + " (422, the same problems) and nothing is written; otherwise every row is written in one transaction:"
            + " the post's current tenure ends on the day and the holder's begins (re-elected holders keep theirs), a"
            + " post or person the row describes is created, the holder's party is set, and each organisation's"
            + " political control is recorded with the day it took effect.";
    private static final String DATE =
            "The day for every row and control that gives none (a JSON body's own date comes first)";

    private final ElectionResultsService service;
    private final IdempotentPost idempotent;
    private final RecordWrites writes;
    private final Caller caller;
    private final Validator validator;

    ElectionResultsResource(
            ElectionResultsService service,
            IdempotentPost idempotent,
            RecordWrites writes,
            Caller caller,
            Validator validator) {
        this.service = service;
        this.idempotent = idempotent;
        this.writes = writes;
        this.caller = caller;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "recordElectionResults",
            summary = "Record an election's results in one request",
            description = WHAT_IT_DOES)
    @APIResponseSchema(
            value = ElectionReport.class,
            responseCode = "200",
            responseDescription = "What was (or would be) done")
    @APIResponse(responseCode = "403", description = "Political control given by a caller who is not ADMIN")
    @APIResponse(
            responseCode = "422",
            description = "Rows with problems (each named); nothing was recorded. Or an Idempotency-Key reused with"
                    + " another body")
    public Response record(
            @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = "Check only, write nothing")
                    boolean dryRun,
            @QueryParam("date") @Parameter(description = DATE) LocalDate date,
            @HeaderParam(IdempotentPost.HEADER)
                    @Parameter(description = "Makes a retry safe (ignored by a dry run, which writes nothing)")
                    String idempotencyKey,
            @Valid @NotNull ElectionResultsRequest body) {
        LocalDate day = body.date() == null ? date : body.date();
        List<Row<Result>> results = new ArrayList<>();
        List<ElectionResultsRequest.Result> given = body.results() == null ? List.of() : body.results();
        for (int i = 0; i < given.size(); i++) {
            ElectionResultsRequest.Result r = given.get(i);
            results.add(new Row<>(
                    i,
                    null,
                    new Result(
                            r.postId(),
                            r.organisation(),
                            r.postTitle(),
                            r.postCategory(),
                            r.ward(),
                            r.holderId(),
                            r.holderEmail(),
                            r.newHolder() == null ? null : writes.command(r.newHolder(), StakeholderDetails.class),
                            r.party(),
                            r.date() == null ? day : r.date())));
        }
        List<Row<Control>> controls = new ArrayList<>();
        List<ElectionResultsRequest.Control> control =
                body.politicalControl() == null ? List.of() : body.politicalControl();
        for (int i = 0; i < control.size(); i++) {
            ElectionResultsRequest.Control c = control.get(i);
            controls.add(new Row<>(
                    i, null, new Control(c.organisation(), c.control(), c.since() == null ? day : c.since())));
        }
        requireMaySetControl(controls);
        return run(dryRun, idempotencyKey, body, () -> service.record(results, controls, dryRun));
    }

    @POST
    @Consumes("text/csv")
    @Operation(
            operationId = "recordElectionResultsCsv",
            summary = "Record an election's results in one request",
            description = WHAT_IT_DOES)
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponseSchema(
            value = ElectionReport.class,
            responseCode = "200",
            responseDescription = "What was (or would be) done")
    @APIResponse(
            responseCode = "400",
            description =
                    "Not readable as CSV, an unknown column, a cell that cannot be read or breaks the rules a JSON row keeps")
    @APIResponse(
            responseCode = "422",
            description = "Rows with problems (each named by line and column); nothing was recorded. Or an"
                    + " Idempotency-Key reused with another file")
    public Response recordCsv(
            @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = "Check only, write nothing")
                    boolean dryRun,
            @QueryParam("date") @Parameter(description = DATE) LocalDate date,
            @HeaderParam(IdempotentPost.HEADER)
                    @Parameter(description = "Makes a retry safe (ignored by a dry run, which writes nothing)")
                    String idempotencyKey,
            String csv) {
        ElectionResultsCsv.Parsed parsed = ElectionResultsCsv.parse(csv == null ? "" : csv, date, MAX_ROWS);
        requireValidCells(parsed.results());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("file", csv);
        request.put("date", date == null ? null : date.toString());
        requireMaySetControl(parsed.controls());
        return run(dryRun, idempotencyKey, request, () -> service.record(parsed.results(), parsed.controls(), dryRun));
    }

    /**
     * A file's rows held to the rules a JSON body's rows are (sizes, an email's form, a new person's names), each
     * problem named by its column and line, all at once.
     */
    private void requireValidCells(List<Row<Result>> rows) {
        List<Violation> problems = new ArrayList<>();
        for (Row<Result> row : rows) {
            Result r = row.value();
            ElectionResultsRequest.Result asSent = new ElectionResultsRequest.Result(
                    r.postId(),
                    r.organisation(),
                    r.postTitle(),
                    r.postCategory(),
                    r.ward(),
                    r.holderId(),
                    r.holderEmail(),
                    r.newHolder() == null ? null : writes.command(r.newHolder(), StakeholderRequest.class),
                    r.party(),
                    r.date());
            for (ConstraintViolation<ElectionResultsRequest.Result> v : validator.validate(asSent)) {
                String path = v.getPropertyPath().toString();
                problems.add(new Violation(path.substring(path.lastIndexOf('.') + 1), v.getMessage(), row.line()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(Violation::line).thenComparing(Violation::field));
            throw ApiProblem.invalid(problems.size() + " cell(s) are not valid", problems);
        }
    }

    /** An organisation's political control is ADMIN's to change, here as on the organisation itself. */
    private void requireMaySetControl(List<Row<Control>> controls) {
        if (!controls.isEmpty() && !caller.hasRole(Roles.ADMIN)) {
            throw ApiProblem.forbidden(
                    "only ADMIN may set an organisation's political control",
                    List.of(new Violation("politicalControl", "only ADMIN may set it; send the results without it")));
        }
    }

    private Response run(boolean dryRun, String idempotencyKey, Object request, Supplier<ElectionReport> record) {
        if (dryRun) {
            return Response.ok(record.get()).build();
        }
        return idempotent.run(idempotencyKey, PATH, request, () -> RestResponse.ok(record.get()));
    }
}
