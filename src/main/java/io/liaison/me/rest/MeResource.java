package io.liaison.me.rest;

import io.liaison.common.csv.CsvEscape;
import io.liaison.common.csv.CsvExport;
import io.liaison.common.error.ApiProblem;
import io.liaison.common.http.Api;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.security.Caller;
import io.liaison.common.security.Roles;
import io.liaison.me.service.Agenda;
import io.liaison.me.service.AgendaQuery;
import io.liaison.me.service.MeView;
import io.liaison.me.service.Permission;
import io.liaison.team.TeamMemberRepository;
import io.liaison.team.service.TeamMemberView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/me")
@Tag(name = "Me", description = "The caller: who they are, what they may do, and what is due for them")
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER})
public class MeResource {

    /** The roles from the most to the least: a caller holding several is shown the widest. */
    private static final List<String> ROLES = List.of(Roles.ADMIN, Roles.EDITOR, Roles.APPOINTEE, Roles.REPORTER);

    private final Caller caller;
    private final TeamMemberRepository members;
    private final AgendaQuery agendas;
    private final CsvExport csv;

    MeResource(Caller caller, TeamMemberRepository members, AgendaQuery agendas, CsvExport csv) {
        this.caller = caller;
        this.members = members;
        this.agendas = agendas;
        this.csv = csv;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(
            operationId = "getMe",
            summary = "Who I am: my team member record, my security role and what it lets me do")
    public MeView me() {
        String role = ROLES.stream().filter(caller::hasRole).findFirst().orElse(Roles.REPORTER);
        TeamMemberView member = caller.teamMemberId()
                .flatMap(members::findByIdOptional)
                .map(TeamMemberView::from)
                .orElse(null);
        return new MeView(caller.name(), role, member, permissions(role));
    }

    private static List<Permission> permissions(String role) {
        List<Permission> may = new ArrayList<>(List.of(Permission.READ));
        if (role.equals(Roles.ADMIN) || role.equals(Roles.EDITOR)) {
            may.add(Permission.WRITE_RECORDS);
        }
        if (!role.equals(Roles.REPORTER)) {
            may.add(Permission.LOG_OWN_ENGAGEMENT);
            may.add(Permission.HANDLE_OWN_ALERTS);
        }
        if (role.equals(Roles.ADMIN)) {
            may.add(Permission.ADMINISTER);
        }
        return may;
    }

    @GET
    @Path("/agenda")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "getMyAgenda",
            summary = "What is due for me, in one call: my interactions, open follow-ups and alerts",
            description = "For the London days from..to (default: this week, Monday to Sunday; at most 93 days): the"
                    + " interactions I attend (not cancelled) with their time and each stakeholder's posts and party;"
                    + " my OPEN follow-ups with their text and the interaction they came from; my alerts (as"
                    + " /alerts/mine lists them; a follow-up's own alert shows as the follow-up). When the range holds"
                    + " today, anything overdue is shown on today. Ordered by day, then start time (untimed items"
                    + " last), kind and title. Also answers Accept: text/csv.")
    @Extension(name = StandardProblemResponses.CSV_EXTENSION, value = "true")
    public Agenda agenda(
            @QueryParam("from") @Parameter(description = "First London day (default: this week's Monday)")
                    LocalDate from,
            @QueryParam("to")
                    @Parameter(
                            description =
                                    "Last London day, included (default: six days after from, or this week's Sunday)")
                    LocalDate to) {
        return read(from, to);
    }

    @GET
    @Path("/agenda")
    @Produces(CsvExport.MEDIA_TYPE + ";qs=0.5")
    @Operation(hidden = true) // documented on the JSON agenda, which shares its path
    public Response agendaCsv(
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam(CsvEscape.PARAMETER) CsvEscape csvEscape) {
        Agenda agenda = read(from, to);
        return csv.stream(
                "agenda-" + agenda.from() + "-" + agenda.to() + ".csv",
                AgendaQuery.CSV_HEADER,
                () -> Stream.of(agenda.items()),
                AgendaQuery::csvRow,
                csvEscape);
    }

    private Agenda read(LocalDate from, LocalDate to) {
        UUID me = caller.teamMemberId()
                .orElseThrow(() -> ApiProblem.forbidden(
                        "your login is not linked to a team member (no team member has your email)"));
        LocalDate[] week = agendas.thisWeek();
        LocalDate first = from != null ? from : (to != null ? to.minusDays(6) : week[0]);
        LocalDate last = to != null ? to : (from != null ? from.plusDays(6) : week[1]);
        return agendas.agenda(me, first, last);
    }
}
