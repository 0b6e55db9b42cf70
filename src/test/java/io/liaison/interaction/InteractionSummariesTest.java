package io.liaison.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-stakeholder summaries (last contact, last briefing per policy area) that the alert and coverage queries
 * read instead of the log: after every kind of write they must equal a recomputation from the log.
 */
@QuarkusTest
class InteractionSummariesTest {

    /** Rows of the summaries that a recomputation from the log disagrees with, both ways; empty when in step. */
    private static final String DRIFT = """
            with contact as (
                select s.stakeholder_id, max(cast(i.starts_at at time zone 'Europe/London' as date)) as last_day,
                       max(cast(i.starts_at at time zone 'Europe/London' as date))
                           filter (where i.type in ('MEETING', 'VISIT')) as last_meeting_day
                from interaction_stakeholder s join interaction i on i.id = s.interaction_id
                where i.status = 'COMPLETED' group by s.stakeholder_id
            ),
            briefing as (
                select s.stakeholder_id, a.policy_area_code, max(cast(i.starts_at at time zone 'Europe/London' as date)) as last_day
                from interaction_stakeholder s join interaction i on i.id = s.interaction_id
                join interaction_policy_area a on a.interaction_id = i.id
                where i.status = 'COMPLETED' and i.type = 'BRIEFING' group by s.stakeholder_id, a.policy_area_code
            )
            select 'contact', stakeholder_id::text, cast(last_meeting_day as text), last_day from (
                (select * from contact except select * from stakeholder_last_contact)
                union all (select * from stakeholder_last_contact except select * from contact)) c
            union all
            select 'briefing', stakeholder_id::text, policy_area_code, last_day from (
                (select * from briefing except select * from stakeholder_last_briefing)
                union all (select * from stakeholder_last_briefing except select * from briefing)) b
            """;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @AfterEach
    void realTime() {
        clock.setClock(Clock.systemUTC());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> drift() {
        return em.createNativeQuery(DRIFT).getResultList();
    }

    private Map<String, Object> lastSeen(String stakeholder) {
        List<?> contact = em.createNativeQuery(
                        "select cast(last_day as text) from stakeholder_last_contact where stakeholder_id = cast(:id as uuid)")
                .setParameter("id", stakeholder)
                .getResultList();
        List<?> briefings = em.createNativeQuery(
                        "select policy_area_code || '=' || last_day from stakeholder_last_briefing"
                                + " where stakeholder_id = cast(:id as uuid) order by 1")
                .setParameter("id", stakeholder)
                .getResultList();
        return Map.of("contact", contact, "briefings", briefings);
    }

    private static void put(String id, long version, Map<String, Object> body) {
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(body)
                .put("/api/v1/interactions/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void theSummariesFollowEveryWriteToTheLog() {
        // Between the briefing and the meeting scheduled after it (a SCHEDULED one must lie ahead).
        clock.setClock(Fixtures.noonInLondon(LocalDate.of(2026, 7, 1)));
        String first = Fixtures.stakeholder(Fixtures.unique("Summarised"));
        String second = Fixtures.stakeholder(Fixtures.unique("Summarised"));

        Map<String, Object> briefing = Fixtures.meeting(first, second);
        briefing.put("type", "BRIEFING");
        briefing.put("policyAreas", List.of("housing", "transport"));
        // 23:30 UTC on 28 June is 00:30 on 29 June in London: the summary keeps London days.
        briefing.put("startsAt", "2026-06-28T23:30:00Z");
        String id = Fixtures.logInteraction(briefing);
        assertThat(lastSeen(first))
                .isEqualTo(Map.of(
                        "contact", List.of("2026-06-29"),
                        "briefings", List.of("housing=2026-06-29", "transport=2026-06-29")));

        // A scheduled meeting changes nothing until it is completed.
        Map<String, Object> later = Fixtures.meeting(first);
        later.put("status", "SCHEDULED");
        later.put("startsAt", "2026-07-10T10:00:00+01:00");
        String scheduled = Fixtures.logInteraction(later);
        assertThat(lastSeen(first).get("contact")).isEqualTo(List.of("2026-06-29"));
        clock.setClock(Fixtures.noonInLondon(LocalDate.of(2026, 7, 11)));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("outcome", "Agreed next steps"))
                .put("/api/v1/interactions/" + scheduled + "/completion")
                .then()
                .statusCode(200);
        assertThat(lastSeen(first).get("contact")).isEqualTo(List.of("2026-07-10"));

        // Re-dated earlier, re-typed and with one stakeholder and one area removed: the summaries move back.
        briefing.put("stakeholderIds", List.of(first));
        briefing.put("policyAreas", List.of("housing"));
        briefing.put("startsAt", "2026-05-01T10:00:00+01:00");
        put(id, 0, briefing);
        assertThat(lastSeen(first).get("briefings")).isEqualTo(List.of("housing=2026-05-01"));
        assertThat(lastSeen(second)).isEqualTo(Map.of("contact", List.of(), "briefings", List.of()));
        briefing.put("type", "CALL");
        put(id, 1, briefing);
        assertThat(lastSeen(first)).isEqualTo(Map.of("contact", List.of("2026-07-10"), "briefings", List.of()));

        // A scheduled one cancelled never counted, and cancelling leaves the summaries as they were.
        Map<String, Object> toCancel = Fixtures.meeting(second);
        toCancel.put("status", "SCHEDULED");
        toCancel.put("startsAt", "2026-08-01T10:00:00+01:00");
        String cancelled = Fixtures.logInteraction(toCancel);
        given().header("If-Match", "\"0\"")
                .put("/api/v1/interactions/" + cancelled + "/cancellation")
                .then()
                .statusCode(200);
        assertThat(lastSeen(second).get("contact")).isEqualTo(List.of());

        assertThat(drift()).isEmpty();
    }

    private static String logged(String type, String status, String startsAt, List<String> areas, String... who) {
        Map<String, Object> body = Fixtures.meeting(who);
        body.put("type", type);
        body.put("status", status);
        body.put("startsAt", startsAt);
        body.put("policyAreas", areas);
        return Fixtures.logInteraction(body);
    }

    /** Logging moves the summaries by the new interaction alone (V14): never back, and only when it counts. */
    @Test
    void aNewInteractionMovesTheSummariesOnlyForward() {
        clock.setClock(Fixtures.noonInLondon(LocalDate.of(2026, 6, 26)));
        String first = Fixtures.stakeholder(Fixtures.unique("Advanced"));
        String second = Fixtures.stakeholder(Fixtures.unique("Advanced"));

        logged("BRIEFING", "COMPLETED", "2026-06-10T10:00:00+01:00", List.of("housing", "transport"), first, second);
        // Earlier than what is known: nothing moves back, on either summary.
        logged("BRIEFING", "COMPLETED", "2026-06-01T10:00:00+01:00", List.of("housing"), first);
        // Later, on one area and for one stakeholder: that area of that stakeholder moves, the other stays.
        logged("BRIEFING", "COMPLETED", "2026-06-20T10:00:00+01:00", List.of("transport", "health"), first);
        // A later call is contact, not briefing; scheduled and cancelled ones count for neither.
        logged("CALL", "COMPLETED", "2026-06-25T10:00:00+01:00", List.of("housing"), second);
        logged("BRIEFING", "SCHEDULED", "2026-07-01T10:00:00+01:00", List.of("housing"), first, second);
        logged("BRIEFING", "CANCELLED", "2026-06-30T10:00:00+01:00", List.of("housing"), first, second);
        // The same day again changes nothing; 23:30 UTC on 24 June is the 25th in London.
        logged("MEETING", "COMPLETED", "2026-06-24T23:30:00Z", List.of(), second);

        assertThat(lastSeen(first))
                .isEqualTo(Map.of(
                        "contact", List.of("2026-06-20"),
                        "briefings", List.of("health=2026-06-20", "housing=2026-06-10", "transport=2026-06-20")));
        assertThat(lastSeen(second))
                .isEqualTo(Map.of(
                        "contact", List.of("2026-06-25"),
                        "briefings", List.of("housing=2026-06-10", "transport=2026-06-10")));
        assertThat(drift()).isEmpty();
    }
}
