package io.liaison.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pre-election periods as data, and the warning an engagement inside one carries. */
@QuarkusTest
class PreElectionPeriodTest {

    private static final LocalDate TODAY = Fixtures.today();

    private static String at(OffsetDateTime time) {
        return time.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static ValidatableResponse createPeriod(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/pre-election-periods")
                .then();
    }

    /** A council whose every post is up for election in a period from {@code start} to {@code polling}. */
    private record Council(String org, String post, String holder, String period) {}

    private static Council councilInPeriod(LocalDate start, LocalDate polling) {
        String org = Fixtures.organisation(Fixtures.unique("Electing Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String holder = Fixtures.stakeholder(Fixtures.unique("Standing"));
        Fixtures.appoint(post, holder, TODAY.minusYears(3));
        String period = createPeriod(Map.of(
                        "name", Fixtures.unique("By-election"),
                        "startsOn", start.toString(),
                        "pollingDay", polling.toString(),
                        "organisationIds", List.of(org)))
                .statusCode(201)
                .extract()
                .path("id");
        return new Council(org, post, holder, period);
    }

    @Test
    void theNextLondonElectionsShipWithTheirPeriods() {
        ValidatableResponse list = given().queryParam("size", 500)
                .get("/api/v1/pre-election-periods")
                .then()
                .statusCode(200);
        String gla = "items.find { it.name == 'Mayor of London and London Assembly election 2028' }";
        String boroughs = "items.find { it.name == 'London borough council elections 2030' }";
        list.body(gla + ".pollingDay", equalTo("2028-05-04"))
                .body(gla + ".startsOn", equalTo("2028-03-27"))
                .body(gla + ".posts", hasSize(26))
                .body(gla + ".posts.title", hasItem("Mayor of London"))
                .body(gla + ".organisations", empty())
                .body(boroughs + ".pollingDay", equalTo("2030-05-02"))
                .body(boroughs + ".startsOn", equalTo("2030-03-26"))
                .body(boroughs + ".organisations", hasSize(32))
                .body(boroughs + ".organisations.code", not(hasItem("city-of-london")));
    }

    @Test
    void aPeriodStartsOnTheLastDayForTheNoticeOfElectionUnlessToldOtherwise() {
        // 25 working days before Thursday 2 May 2030, Good Friday and Easter Monday not counted.
        createPeriod(Map.of(
                        "name", Fixtures.unique("Computed"),
                        "pollingDay", "2030-05-02",
                        "organisationIds", List.of(Fixtures.organisation(Fixtures.unique("Computed Council")))))
                .statusCode(201)
                .body("startsOn", equalTo("2030-03-26"));
        // And before Thursday 4 May 2028, the early May bank holiday not counted either.
        createPeriod(Map.of(
                        "name", Fixtures.unique("Computed"),
                        "pollingDay", "2028-05-04",
                        "organisationIds", List.of(Fixtures.organisation(Fixtures.unique("Computed Council")))))
                .statusCode(201)
                .body("startsOn", equalTo("2028-03-27"));
    }

    @Test
    void onlyAdminKeepsPeriodsAndEveryBadFieldIsNamedAtOnce() {
        Person editor = Fixtures.person("EDITOR");
        String org = Fixtures.organisation(Fixtures.unique("Kept Council"));
        Map<String, Object> body =
                Map.of("name", Fixtures.unique("Kept"), "pollingDay", "2031-05-01", "organisationIds", List.of(org));
        given().header("Authorization", "Bearer " + editor.token())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/pre-election-periods")
                .then()
                .statusCode(403);

        String unknown = "00000000-0000-0000-0000-000000000001";
        createPeriod(Map.of(
                        "name", Fixtures.unique("Bad"),
                        "startsOn", "2031-05-02",
                        "pollingDay", "2031-05-01",
                        "organisationIds", List.of(unknown),
                        "postIds", List.of(unknown)))
                .statusCode(422)
                .body("violations.field", containsInAnyOrder("startsOn", "organisationIds[0]", "postIds[0]"));

        ValidatableResponse created = createPeriod(body).statusCode(201);
        String id = created.extract().path("id");
        String etag = created.extract().header("ETag");
        createPeriod(body).statusCode(409).body("violations[0].field", equalTo("name"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("startsOn", "2031-04-01"))
                .patch("/api/v1/pre-election-periods/" + id)
                .then()
                .statusCode(200)
                .body("startsOn", equalTo("2031-04-01"))
                .body("organisations.id", contains(org));
        given().header("If-Match", "\"1\"")
                .delete("/api/v1/pre-election-periods/" + id)
                .then()
                .statusCode(204);
        given().get("/api/v1/pre-election-periods/" + id).then().statusCode(404);
    }

    @Test
    void anEngagementInsideAPeriodThatStartsTodayCarriesAWarningNeverARefusal() {
        Council council = councilInPeriod(TODAY, TODAY.plusDays(20));
        String bystander = Fixtures.stakeholder(Fixtures.unique("Bystander"));

        String meeting = given().contentType(ContentType.JSON)
                .body(Fixtures.scheduledMeeting(1, council.holder(), bystander))
                .post("/api/v1/interactions")
                .then()
                .statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].kind", equalTo("PRE_ELECTION_PERIOD"))
                .body("warnings[0].periodId", equalTo(council.period()))
                .body("warnings[0].stakeholderIds", contains(council.holder()))
                .body("warnings[0].message", containsString("Test Standing"))
                .extract()
                .path("id");
        // Someone who holds no post up for election: no warning.
        given().contentType(ContentType.JSON)
                .body(Fixtures.scheduledMeeting(1, bystander))
                .post("/api/v1/interactions")
                .then()
                .statusCode(201)
                .body("warnings", empty());
        // The day before the period starts: no warning.
        given().contentType(ContentType.JSON)
                .body(Fixtures.meeting(council.holder()))
                .post("/api/v1/interactions")
                .then()
                .statusCode(201)
                .body("warnings", empty());

        // The pack, the timeline and the agenda show it too.
        given().get("/api/v1/interactions/" + meeting + "/briefing-pack")
                .then()
                .statusCode(200)
                .body("meeting.warnings[0].periodId", equalTo(council.period()));
        given().get("/api/v1/stakeholders/" + council.holder() + "/interactions")
                .then()
                .body("items.find { it.id == '" + meeting + "' }.warnings[0].periodId", equalTo(council.period()));
        Person appointee = Fixtures.person("APPOINTEE");
        given().header("Authorization", "Bearer " + appointee.token())
                .queryParam("from", TODAY.toString())
                .queryParam("to", TODAY.plusDays(6).toString())
                .get("/api/v1/me/agenda")
                .then()
                .statusCode(200)
                .body("preElectionPeriods.id", hasItem(council.period()));
    }

    @Test
    void aPeriodThatEndsTodayStillWarnsAndListsWhoIsUpForElection() {
        Council council = councilInPeriod(TODAY.minusDays(20), TODAY);
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "type",
                        "CALL",
                        "status",
                        "COMPLETED",
                        "startsAt",
                        at(OffsetDateTime.now(AppClock.LONDON).minusMinutes(1)),
                        "stakeholderIds",
                        List.of(council.holder())))
                .post("/api/v1/interactions")
                .then()
                .statusCode(201)
                .body("warnings[0].pollingDay", equalTo(TODAY.toString()));

        given().get("/api/v1/pre-election-periods/" + council.period() + "/stakeholders")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(council.holder()));
        given().queryParam("on", TODAY.toString())
                .get("/api/v1/pre-election-periods")
                .then()
                .body("items.id", hasItem(council.period()));
        given().queryParam("on", TODAY.plusDays(1).toString())
                .get("/api/v1/pre-election-periods")
                .then()
                .body("items.id", not(hasItem(council.period())));
    }
}
