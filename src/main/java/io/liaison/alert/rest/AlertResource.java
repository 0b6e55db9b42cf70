package io.liaison.alert.rest;

import io.liaison.alert.AlertKind;
import io.liaison.alert.AlertSeverity;
import io.liaison.alert.service.AlertQuery;
import io.liaison.alert.service.AlertService;
import io.liaison.alert.service.AlertView;
import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.http.Api;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.paging.ComputedForToday;
import io.liaison.common.paging.PageResponse;
import io.liaison.common.paging.Paging;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.organisation.OrganisationKey;
import io.liaison.organisation.OrganisationRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/alerts")
@Tag(
        name = "Alerts",
        description =
                "What is due: briefings, contacts, meeting preparation, follow-ups, term ends," + " uncovered posts")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class AlertResource {

    private static final String ORDER =
            "Ordered by due date, severity (OVERDUE first), kind and id; the order cannot" + " be changed.";

    private final OrganisationRepository organisations;
    private final AlertQuery alerts;
    private final AlertService service;
    private final Caller caller;
    private final CsvExport csv;

    AlertResource(
            OrganisationRepository organisations,
            AlertQuery alerts,
            AlertService service,
            Caller caller,
            CsvExport csv) {
        this.organisations = organisations;
        this.alerts = alerts;
        this.service = service;
        this.caller = caller;
        this.csv = csv;
    }

    /** Alerts come in one order too: by due date, severity, kind and id. */
    public static class FixedOrder extends ComputedForToday {
        @QueryParam("sort")
        @Parameter(hidden = true)
        public String sort;

        @Override
        public void check() {
            if (sort != null) {
                throw ApiProblem.invalid("sort", "alerts are always ordered by due date, severity, kind and id");
            }
            super.check();
        }
    }

    /** The filters of the office-wide list: whose alerts, and the rest. */
    public static class Filters extends MyFilters {
        @QueryParam("ownerId")
        @Parameter(description = "Alerts this team member must act on")
        public UUID ownerId;
    }

    /** The filters of one's own alerts, whose owner is the caller. */
    public static class MyFilters {
        @QueryParam("kind")
        public AlertKind kind;

        @QueryParam("severity")
        public AlertSeverity severity;

        @QueryParam("stakeholderId")
        public UUID stakeholderId;

        @QueryParam("organisationId")
        @Parameter(description = "About a stakeholder holding a post in this organisation today, or one of its posts")
        public OrganisationKey organisationId;

        @QueryParam("policyArea")
        @Size(max = 40)
        public String policyArea;

        @QueryParam("dueBefore")
        @Parameter(description = "Due before this date")
        public LocalDate dueBefore;

        @QueryParam("includeAcknowledged")
        @DefaultValue("false")
        @Parameter(description = "Also acknowledged and snoozed alerts")
        public boolean includeAcknowledged;

        AlertQuery.Filter toFilter(UUID owner, OrganisationRepository organisations) {
            return new AlertQuery.Filter(
                    owner,
                    kind,
                    severity,
                    stakeholderId,
                    organisations.filter("organisationId", organisationId),
                    policyArea,
                    dueBefore,
                    includeAcknowledged,
                    null);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listAlerts",
            summary = "The office's alerts for today",
            description = ORDER + " Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<AlertView> list(
            @Valid @BeanParam Filters filters, @Valid @BeanParam Paging page, @BeanParam FixedOrder order) {
        order.check();
        return alerts.list(filters.toFilter(filters.ownerId, organisations), page.asPageParams());
    }

    @GET
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response export(
            @Valid @BeanParam Filters filters,
            @Valid @BeanParam Paging page,
            @BeanParam FixedOrder order,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        order.check();
        return asCsv("alerts.csv", filters.toFilter(filters.ownerId, organisations), csvEscape);
    }

    /** The alerts of a list as CSV, in the list's order, with every matching row. */
    private Response asCsv(String filename, AlertQuery.Filter filter, CsvEscape csvEscape) {
        return csv.stream(
                filename,
                List.of(
                        "id",
                        "kind",
                        "severity",
                        "dueDate",
                        "title",
                        "stakeholderIds",
                        "policyArea",
                        "ownerIds",
                        "lastDone",
                        "acknowledgedAt",
                        "snoozedUntil"),
                alerts.batches(filter),
                a -> java.util.Arrays.asList(
                        a.id(),
                        a.kind(),
                        a.severity(),
                        a.dueDate(),
                        a.title(),
                        a.stakeholderIds(),
                        a.policyArea(),
                        a.ownerIds(),
                        a.lastDone(),
                        a.acknowledged() == null ? null : a.acknowledged().at(),
                        a.snoozedUntil()),
                csvEscape);
    }

    @GET
    @Path("/mine")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "listMyAlerts",
            summary = "My alerts: my plans' briefings and contacts, my meetings to prepare, my follow-ups, my"
                    + " stakeholders' term ends",
            description = ORDER + " Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public PageResponse<AlertView> mine(
            @Valid @BeanParam MyFilters filters, @Valid @BeanParam Paging page, @BeanParam FixedOrder order) {
        order.check();
        return alerts.list(filters.toFilter(me(), organisations), page.asPageParams());
    }

    @GET
    @Path("/mine")
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON list, which shares its path
    public Response mineCsv(
            @Valid @BeanParam MyFilters filters,
            @Valid @BeanParam Paging page,
            @BeanParam FixedOrder order,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        order.check();
        return asCsv("my-alerts.csv", filters.toFilter(me(), organisations), csvEscape);
    }

    private UUID me() {
        return caller.teamMemberId()
                .orElseThrow(() -> ApiProblem.forbidden(
                        "your login is not linked to a team member (no team member has your email)"));
    }

    @GET
    @Path("/{alertId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAlert", summary = "One alert, while it is due")
    public AlertView get(@PathParam("alertId") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{alertId}/acknowledge")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "acknowledgeAlert",
            summary = "Acknowledge an alert for the whole office, with a note",
            description = "Hidden until it gets worse (UPCOMING → DUE_TODAY → OVERDUE). An APPOINTEE may acknowledge"
                    + " only their own alerts.")
    public AlertView acknowledge(@PathParam("alertId") UUID id, @Valid @NotNull Acknowledge body) {
        return service.acknowledge(id, body.note());
    }

    @POST
    @Path("/{alertId}/snooze")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "snoozeAlert", summary = "Snooze an alert until a date (hidden while today is before it)")
    public AlertView snooze(@PathParam("alertId") UUID id, @Valid @NotNull Snooze body) {
        return service.snooze(id, body.until());
    }

    @Schema(name = "AlertAcknowledge")
    public record Acknowledge(@Size(max = 2000) String note) {}

    @Schema(name = "AlertSnooze")
    public record Snooze(@NotNull LocalDate until) {}
}
