package io.liaison.post;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostResourceTest {

    @Test
    void shipsTheLeadPostOfEveryAuthority() {
        given().queryParam("category", "EXECUTIVE_MAYOR")
                .queryParam("size", 500)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.reference }.title",
                        containsInAnyOrder(
                                "Mayor of Croydon",
                                "Mayor of Hackney",
                                "Mayor of Lewisham",
                                "Mayor of Newham",
                                "Mayor of Tower Hamlets",
                                "Mayor of London"));
        given().queryParam("category", "COUNCIL_LEADER")
                .queryParam("size", 500)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("items.findAll { it.reference }.size()", equalTo(28))
                .body(
                        "items.title",
                        hasItems("Leader of Barnet Council", "Chairman of the Policy and Resources Committee"));
    }

    @Test
    void shipsTheTwentyFiveAssemblySeatsAndTheChairOfLondonCouncils() {
        given().queryParam("category", "ASSEMBLY_MEMBER")
                .queryParam("q", "assembly member")
                .queryParam("size", 500)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("items.findAll { it.reference && it.constituency == 'London-wide' }.size()", equalTo(11))
                .body("items.findAll { it.reference && it.constituency != 'London-wide' }.size()", equalTo(14));
        given().queryParam("q", "Chair of London Councils")
                .get("/api/v1/posts")
                .then()
                .body("items[0].organisation.code", equalTo("london-councils"))
                .body("items[0].currentHolder", nullValue());
    }

    @Test
    void aBoroughsViewCanIncludeItsAssemblyMember() {
        String camden = Fixtures.referenceOrganisationId("camden");
        given().queryParam("organisationId", camden)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("items.title", not(hasItem("Assembly Member for Barnet and Camden")));
        given().queryParam("organisationId", camden)
                .queryParam("includeCovering", true)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("items.title", hasItems("Leader of Camden Council", "Assembly Member for Barnet and Camden"))
                .body(
                        "items.find { it.constituency == 'Barnet and Camden' }.coveredAuthorities.code",
                        containsInAnyOrder("barnet", "camden"));
    }

    @Test
    void createsUpdatesAndDeletesAPost() {
        String org = Fixtures.organisation(Fixtures.unique("Post Test Council"));
        String id = Fixtures.post(org, "Cabinet Member for Housing", "CABINET_MEMBER");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("portfolio", "Housing and regeneration"))
                .patch("/api/v1/posts/" + id)
                .then()
                .statusCode(200)
                .body("portfolio", equalTo("Housing and regeneration"))
                .body("title", equalTo("Cabinet Member for Housing"));
        given().header("If-Match", "\"1\"").delete("/api/v1/posts/" + id).then().statusCode(204);
        given().get("/api/v1/posts/" + id).then().statusCode(404);
    }

    @Test
    void refusesADuplicateTitleInOneOrganisation() {
        String org = Fixtures.organisation(Fixtures.unique("Dup Title Council"));
        Fixtures.post(org, "Deputy Leader", "DEPUTY_LEADER");
        given().contentType(ContentType.JSON)
                .body(Map.of("organisationId", org, "title", "deputy leader", "category", "DEPUTY_LEADER"))
                .post("/api/v1/posts")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("title"));
    }

    @Test
    void unknownOrganisationInTheBodyIs422NamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "organisationId", "7d1c7a4e-0000-4000-8000-000000000001", "title", "X", "category", "OTHER"))
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("organisationId"));
    }

    @Test
    void referencePostsKeepTheirTitle() {
        String id = given().queryParam("q", "Leader of Ealing Council")
                .get("/api/v1/posts")
                .then()
                .extract()
                .path("items[0].id");
        String etag = given().get("/api/v1/posts/" + id).then().extract().header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "Something else"))
                .patch("/api/v1/posts/" + id)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("title"));
    }

    @Test
    void appointsAHolderAndRefusesASecondCurrentHolder() {
        String org = Fixtures.organisation(Fixtures.unique("Tenure Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String first = Fixtures.stakeholder(Fixtures.unique("First"));
        String second = Fixtures.stakeholder(Fixtures.unique("Second"));
        LocalDate start = Fixtures.today().minusYears(1);
        String tenure = Fixtures.appoint(post, first, start);

        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "stakeholderId", second, "startDate", Fixtures.today().toString()))
                .post("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                // The tenure in the way and its holder are named, so the caller knows what to end.
                .body("violations[0].field", equalTo("startDate"))
                .body("detail", containsString("tenure " + tenure))
                .body("detail", containsString("Test First"))
                .body("detail", containsString("from " + start + ", open-ended"));
        given().get("/api/v1/posts/" + post).then().body("currentHolder.stakeholderId", equalTo(first));
    }

    @Test
    @SendsBadInput
    void endingATenureLetsTheSuccessorTakeOverAndKeepsHistory() {
        String org = Fixtures.organisation(Fixtures.unique("Succession Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String outgoing = Fixtures.stakeholder(Fixtures.unique("Outgoing"));
        String incoming = Fixtures.stakeholder(Fixtures.unique("Incoming"));
        LocalDate election = Fixtures.today().minusDays(10);
        String tenure = Fixtures.appoint(post, outgoing, election.minusYears(4));

        given().contentType("application/merge-patch+json")
                .body(Map.of("endDate", election.toString()))
                .patch("/api/v1/posts/" + post + "/tenures/" + tenure)
                .then()
                .statusCode(428);
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("endDate", election.toString()))
                .patch("/api/v1/posts/" + post + "/tenures/" + tenure)
                .then()
                .statusCode(200)
                .body("current", equalTo(false));
        // Half-open ranges: the successor may start on the day the predecessor's tenure ends.
        Fixtures.appoint(post, incoming, election);

        given().get("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].stakeholderId", equalTo(incoming))
                .body("items[0].current", equalTo(true))
                .body("items[1].stakeholderId", equalTo(outgoing));
        given().get("/api/v1/stakeholders/" + outgoing)
                .then()
                .body("currentPosts.size()", equalTo(0))
                .body("pastPosts[0].postId", equalTo(post));
        given().get("/api/v1/stakeholders/" + incoming).then().body("currentPosts[0].postId", equalTo(post));
    }

    @Test
    void theChangeoverDaysMeetingWithTheOutgoingHolderStaysOnThePostsTimeline() {
        String org = Fixtures.organisation(Fixtures.unique("Changeover Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String outgoing = Fixtures.stakeholder(Fixtures.unique("Outgoing"));
        String incoming = Fixtures.stakeholder(Fixtures.unique("Incoming"));
        LocalDate change = Fixtures.today().minusDays(5);
        Fixtures.appoint(post, outgoing, change.minusYears(4), change);
        Fixtures.appoint(post, incoming, change);
        String morning = logOn(outgoing, change, 9);
        String afternoon = logOn(incoming, change, 15);
        String dayBefore = logOn(outgoing, change.minusDays(1), 9);
        logOn(outgoing, change.plusDays(1), 9);
        logOn(incoming, change.minusDays(1), 9);
        given().get("/api/v1/posts/" + post + "/interactions")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(afternoon, morning, dayBefore));
        given().get("/api/v1/organisations/" + org + "/interactions")
                .then()
                .body("items.id", containsInAnyOrder(afternoon, morning, dayBefore));
    }

    private static String logOn(String stakeholder, LocalDate day, int hour) {
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put(
                "startsAt",
                java.time.ZonedDateTime.of(day.atTime(hour, 0), java.time.ZoneId.of("Europe/London"))
                        .toOffsetDateTime()
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        return Fixtures.logInteraction(meeting);
    }

    @Test
    void refusesAnOverlappingPastTenure() {
        String org = Fixtures.organisation(Fixtures.unique("Overlap Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String a = Fixtures.stakeholder(Fixtures.unique("A"));
        String b = Fixtures.stakeholder(Fixtures.unique("B"));
        Fixtures.appoint(post, a, LocalDate.parse("2018-05-01"), LocalDate.parse("2022-05-01"));
        given().contentType(ContentType.JSON)
                .body(Map.of("stakeholderId", b, "startDate", "2021-05-01", "endDate", "2023-05-01"))
                .post("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(409)
                .body("violations[0].field", equalTo("startDate"));
        given().contentType(ContentType.JSON)
                .body(Map.of("stakeholderId", b, "startDate", "2022-05-01", "endDate", "2022-04-01"))
                .post("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("endDate"));
    }

    @Test
    void aPostWithHolderHistoryCannotBeDeleted() {
        String org = Fixtures.organisation(Fixtures.unique("History Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        Fixtures.appoint(post, Fixtures.stakeholder(Fixtures.unique("Holder")), Fixtures.today());
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/posts/" + post)
                .then()
                .statusCode(409);
    }

    @Test
    void filtersVacantPosts() {
        String org = Fixtures.organisation(Fixtures.unique("Vacancy Council"));
        String held = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String vacant = Fixtures.post(org, "Deputy Leader", "DEPUTY_LEADER");
        Fixtures.appoint(
                held,
                Fixtures.stakeholder(Fixtures.unique("Holder")),
                Fixtures.today().minusDays(1));
        given().queryParam("organisationId", org)
                .queryParam("vacant", true)
                .get("/api/v1/posts")
                .then()
                .body("items.id", containsInAnyOrder(vacant));
        given().queryParam("organisationId", org)
                .queryParam("vacant", false)
                .get("/api/v1/posts")
                .then()
                .body("items.id", containsInAnyOrder(held));
    }

    @Test
    void exportsPostsAsCsv() {
        String org = Fixtures.organisation(Fixtures.unique("Csv Council"));
        Fixtures.post(org, "Cabinet Member for Culture, Arts and \"Heritage\"", "CABINET_MEMBER");
        String csv = given().accept("text/csv")
                .queryParam("organisationId", org)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        assertThat(csv)
                .startsWith("id,organisationId,organisation,title,")
                .contains("\"Cabinet Member for Culture, Arts and \"\"Heritage\"\"\"");
    }

    @Test
    @SendsBadInput
    void readsAndDeletesAMistakenTenure() {
        String org = Fixtures.organisation(Fixtures.unique("Mistake Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String holder = Fixtures.stakeholder(Fixtures.unique("Mistaken"));
        String tenure = Fixtures.appoint(post, holder, Fixtures.today());
        given().get("/api/v1/posts/" + post + "/tenures/" + tenure)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("stakeholderId", equalTo(holder))
                .body("current", equalTo(true));
        // A tenure is addressed through its own post only.
        String otherPost = Fixtures.post(org, "Deputy Leader", "DEPUTY_LEADER");
        given().get("/api/v1/posts/" + otherPost + "/tenures/" + tenure).then().statusCode(404);
        given().delete("/api/v1/posts/" + post + "/tenures/" + tenure).then().statusCode(428);
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/posts/" + post + "/tenures/" + tenure)
                .then()
                .statusCode(204);
        given().get("/api/v1/posts/" + post).then().body("currentHolder", nullValue());
    }

    @Test
    @SendsBadInput
    void badTenureInputIs400NamingTheField() {
        String org = Fixtures.organisation(Fixtures.unique("Bad Tenure Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String holder = Fixtures.stakeholder(Fixtures.unique("Holder"));
        given().contentType(ContentType.JSON)
                .body(Map.of("stakeholderId", holder, "startDate", "11/05/2026"))
                .post("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("startDate"));
        given().contentType(ContentType.JSON)
                .body(Map.of("stakeholderId", holder))
                .post("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("startDate"));
        given().contentType(ContentType.JSON)
                .body("{\"stakeholderId\": ")
                .post("/api/v1/posts/" + post + "/tenures")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        String tenure = Fixtures.appoint(post, holder, Fixtures.today());
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("endDate", Fixtures.today().minusDays(1).toString()))
                .patch("/api/v1/posts/" + post + "/tenures/" + tenure)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("endDate"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("stakeholderId", holder))
                .patch("/api/v1/posts/" + post + "/tenures/" + tenure)
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("stakeholderId"));
    }
}
