package io.liaison.diary.rest;

import io.liaison.common.error.ApiProblem;
import io.liaison.common.http.Api;
import io.liaison.common.openapi.StandardProblemResponses;
import io.liaison.common.security.RateLimits;
import io.liaison.diary.service.DiaryFeedService;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The feed itself, for calendar apps. The one operation without bearer authentication (docs/rights.md): calendar apps
 * cannot send headers, so the secret in the URL is the credential, and an unknown or rotated one is a plain 404.
 */
@Path(Api.BASE + "/diary-feeds/{secret}")
@Tag(name = "Diary feed")
@PermitAll
public class DiaryFeedCalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";

    private final DiaryFeedService feeds;
    private final RateLimits limits;

    DiaryFeedCalendarResource(DiaryFeedService feeds, RateLimits limits) {
        this.feeds = feeds;
        this.limits = limits;
    }

    @GET
    @Produces(TEXT_CALENDAR)
    @Operation(
            operationId = "getDiaryFeedCalendar",
            summary = "A team member's diary as iCalendar (subscribe to this URL)",
            description = "Meetings they attend (scheduled ones, and those of the last 30 days) with times and who is"
                    + " in them, never summaries or outcomes; and the due dates of their open alerts as all-day"
                    + " events. No bearer token: the secret in the URL is the credential.")
    @Extension(name = StandardProblemResponses.PUBLIC_EXTENSION, value = "true")
    @APIResponse(
            responseCode = "200",
            description = "The calendar",
            content =
                    @Content(
                            mediaType = TEXT_CALENDAR,
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .STRING)))
    @APIResponse(responseCode = "404", description = "No feed has this secret (never made, rotated or turned off)")
    public Response feed(@PathParam("secret") String secret, @Context HttpServerRequest request) {
        // The secret is this request's credential: an unknown one is a failed authentication of its address, and a
        // known one is a caller, the feed, limited like any other.
        String address = RateLimits.clientAddress(request);
        limits.refuseAddressOverFailureLimit(address);
        UUID member = feeds.memberFor(secret).orElseThrow(() -> {
            limits.countFailedAuthentication(address);
            return ApiProblem.notFound("Diary feed", "with this secret");
        });
        limits.countRequest("diary-feed:" + member);
        Calendar calendar = feeds.calendar(member);
        // A member's diary is small: written whole, so an error is still a clean problem response.
        StringWriter body = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(body.toString(), TEXT_CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"liaison.ics\"")
                .build();
    }
}
