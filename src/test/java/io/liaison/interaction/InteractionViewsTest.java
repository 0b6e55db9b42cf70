package io.liaison.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every interaction response, whether a write's, a GET's or a timeline item, is read by one SQL statement
 * (InteractionViews); these hold them to the same JSON, field for field, and to the documented order of the parts.
 */
@QuarkusTest
class InteractionViewsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWriteGetAndTimelineItemAgreeFieldForField() {
        String stem = "Views" + Long.toString(System.nanoTime(), 36);
        String zed = Fixtures.stakeholder(Map.of("honorific", "Cllr", "firstName", "Zed", "lastName", stem + " Z"));
        String abe = Fixtures.stakeholder(Map.of("firstName", "Abe", "lastName", stem + " A"));
        String zoe = Fixtures.teamMember("Zoe " + stem, "STAFF");
        String adam = Fixtures.teamMember("Adam " + stem, "STAFF");
        LocalDate today = Fixtures.today();
        Map<String, Object> body = new HashMap<>();
        body.put("type", "MEETING");
        body.put("status", "SCHEDULED");
        body.put(
                "startsAt",
                OffsetDateTime.now()
                        .plusDays(3)
                        .withNano(0)
                        .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        body.put("title", "Joint housing meeting");
        body.put("stakeholderIds", List.of(zed, abe));
        body.put("attendeeIds", List.of(zoe, adam));
        body.put("policyAreas", List.of("transport", "housing"));
        body.put("briefingPackReady", false);
        body.put(
                "followUps",
                List.of(
                        Map.of(
                                "description",
                                "Later",
                                "assigneeId",
                                zoe,
                                "dueDate",
                                today.plusDays(10).toString()),
                        Map.of(
                                "description",
                                "Sooner",
                                "assigneeId",
                                adam,
                                "dueDate",
                                today.plusDays(3).toString())));
        Map<String, Object> written = Fixtures.loggedInteraction(body);

        // Stakeholders by last name, attendees by name, areas by code, follow-ups by due date: not request order.
        assertThat(written.get("stakeholders"))
                .isEqualTo(List.of(
                        Map.of("id", abe, "name", "Abe " + stem + " A"),
                        Map.of("id", zed, "name", "Cllr Zed " + stem + " Z")));
        assertThat(written.get("attendees"))
                .isEqualTo(
                        List.of(Map.of("id", adam, "name", "Adam " + stem), Map.of("id", zoe, "name", "Zoe " + stem)));
        assertThat(written.get("policyAreas")).isEqualTo(List.of("housing", "transport"));
        assertThat((List<Map<String, Object>>) written.get("followUps"))
                .extracting(f -> f.get("description"))
                .containsExactly("Sooner", "Later");

        String id = (String) written.get("id");
        assertThat(get(id)).isEqualTo(written);
        assertThat(timelineItem(zed, id)).isEqualTo(written);
        assertThat(timelineItem(abe, id)).isEqualTo(written);

        Map<String, Object> patched = given().contentType("application/merge-patch+json")
                .header("If-Match", "\"" + written.get("version") + "\"")
                .body(Map.of("title", "Renamed", "attendeeIds", List.of(adam)))
                .patch("/api/v1/interactions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(patched.get("title")).isEqualTo("Renamed");
        assertThat(patched.get("attendees")).isEqualTo(List.of(Map.of("id", adam, "name", "Adam " + stem)));
        assertThat(get(id)).isEqualTo(patched);
    }

    /**
     * The names and areas are stored with each interaction (interaction_parts, kept by triggers): a new name shows in
     * every interaction the person is part of, in its new place in the order, and what is stored after every write
     * of the suite so far is what a recomputation from the link tables gives.
     */
    @Test
    void aNewNameShowsInEveryInteractionInItsNewPlace() throws SQLException {
        String stem = "Renamed" + Long.toString(System.nanoTime(), 36);
        String abe = Fixtures.stakeholder(Map.of("firstName", "Abe", "lastName", stem + " A"));
        String bea = Fixtures.stakeholder(Map.of("firstName", "Bea", "lastName", stem + " B"));
        String adam = Fixtures.teamMember("Adam " + stem, "STAFF");
        String bob = Fixtures.teamMember("Bob " + stem, "STAFF");
        Map<String, Object> joint = Fixtures.meeting(abe, bea);
        joint.put("attendeeIds", List.of(adam, bob));
        joint.put("policyAreas", List.of("housing"));
        String first = Fixtures.logInteraction(joint);
        String second = Fixtures.logInteraction(Fixtures.meeting(abe));
        assertThat(get(first).get("stakeholders"))
                .isEqualTo(List.of(
                        Map.of("id", abe, "name", "Abe " + stem + " A"),
                        Map.of("id", bea, "name", "Bea " + stem + " B")));

        patch("/api/v1/stakeholders/" + abe, Map.of("honorific", "Dr", "lastName", stem + " C"));
        patch("/api/v1/team-members/" + adam, Map.of("fullName", "Cy " + stem));

        Map<String, Object> renamed = get(first);
        assertThat(renamed.get("stakeholders"))
                .isEqualTo(List.of(
                        Map.of("id", bea, "name", "Bea " + stem + " B"),
                        Map.of("id", abe, "name", "Dr Abe " + stem + " C")));
        assertThat(renamed.get("attendees"))
                .isEqualTo(List.of(Map.of("id", bob, "name", "Bob " + stem), Map.of("id", adam, "name", "Cy " + stem)));
        assertThat(renamed.get("policyAreas")).isEqualTo(List.of("housing"));
        assertThat(get(second).get("stakeholders"))
                .isEqualTo(List.of(Map.of("id", abe, "name", "Dr Abe " + stem + " C")));
        assertThat(timelineItem(bea, first)).isEqualTo(renamed);

        assertThat(storedPartsUnlikeARecomputation()).isZero();
    }

    /** Rows of interaction_parts that differ from a recomputation of every interaction (in a transaction undone). */
    private long storedPartsUnlikeARecomputation() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                statement.execute("create temp table stored_parts on commit drop as select * from interaction_parts");
                statement.execute("delete from interaction_parts");
                statement.execute("select refresh_interaction_parts(null, null)");
                try (ResultSet differences = statement.executeQuery("select count(*) from ("
                        + "(select * from stored_parts except all select * from interaction_parts)"
                        + " union all (select * from interaction_parts except all select * from stored_parts)) d")) {
                    differences.next();
                    long count = differences.getLong(1);
                    // A recomputation that found nothing would agree with an empty table: make sure it did not.
                    try (ResultSet rows = statement.executeQuery("select count(*) from interaction_parts")) {
                        rows.next();
                        assertThat(rows.getLong(1)).isPositive();
                    }
                    return count;
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static void patch(String path, Map<String, Object> fields) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(fields)
                .patch(path)
                .then()
                .statusCode(200);
    }

    @Test
    void anInteractionWithNoAttendeesAreasOrFollowUpsHasEmptyLists() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Bare"));
        Map<String, Object> written = Fixtures.loggedInteraction(Fixtures.meeting(stakeholder));
        assertThat(written.get("attendees")).isEqualTo(List.of());
        assertThat(written.get("policyAreas")).isEqualTo(List.of());
        assertThat(written.get("followUps")).isEqualTo(List.of());
        assertThat(get((String) written.get("id"))).isEqualTo(written);
    }

    /** The names go into the response as the JSON PostgreSQL stored: what JSON must escape has to come out intact. */
    @Test
    void namesWithQuotesBackslashesAndAccentsComeOutIntact() {
        String last = "O'Brien \\ \"Quoted\" " + Long.toString(System.nanoTime(), 36);
        String stakeholder = Fixtures.stakeholder(Map.of("firstName", "Zoë", "lastName", last));
        String memberName = "Łukasz \"Luke\" \\ Wiśniewski 🏛 " + Long.toString(System.nanoTime(), 36);
        String member = Fixtures.teamMember(memberName, "STAFF");
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("attendeeIds", List.of(member));
        String id = Fixtures.logInteraction(body);
        given().get("/api/v1/interactions/" + id)
                .then()
                .statusCode(200)
                .body("stakeholders[0].id", equalTo(stakeholder))
                .body("stakeholders[0].name", equalTo("Zoë " + last))
                .body("attendees[0].id", equalTo(member))
                .body("attendees[0].name", equalTo(memberName));
    }

    @Test
    void aTimelineCountsEveryInteractionWhicheverPageIsAsked() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Counted"));
        String post = Fixtures.post(
                Fixtures.organisation(Fixtures.unique("Timeline Org")), Fixtures.unique("Post"), "COUNCILLOR");
        Fixtures.appoint(post, stakeholder, Fixtures.today().minusYears(1));
        List<String> newestFirst = new java.util.ArrayList<>();
        for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
            Map<String, Object> body = Fixtures.meeting(stakeholder);
            body.put(
                    "startsAt",
                    OffsetDateTime.now()
                            .minusDays(daysAgo)
                            .withNano(0)
                            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            newestFirst.add(Fixtures.logInteraction(body));
        }
        // Timelines count with the page (count(*) over ()); a page past the end is counted on its own.
        for (String timeline : List.of("/api/v1/stakeholders/" + stakeholder, "/api/v1/posts/" + post)) {
            for (int page = 0; page <= 3; page++) {
                List<String> ids = given().queryParam("size", 2)
                        .queryParam("page", page)
                        .get(timeline + "/interactions")
                        .then()
                        .statusCode(200)
                        .body("totalItems", equalTo(3))
                        .body("totalPages", equalTo(2))
                        .extract()
                        .path("items.id");
                assertThat(ids).isEqualTo(newestFirst.subList(Math.min(2 * page, 3), Math.min(2 * page + 2, 3)));
            }
        }
        given().get("/api/v1/stakeholders/" + Fixtures.stakeholder(Fixtures.unique("Quiet")) + "/interactions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items.size()", equalTo(0));
    }

    /**
     * A stakeholder's timeline in its own order is read off the link table's copy of each start (V18): a reschedule
     * moves the interaction there, and the page agrees with the general list's, which sorts the interactions.
     */
    @Test
    void aRescheduledInteractionMovesInTheTimeline() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Moved"));
        String other = Fixtures.stakeholder(Fixtures.unique("Alongside"));
        List<String> oldestFirst = new java.util.ArrayList<>();
        for (int daysAgo = 3; daysAgo >= 1; daysAgo--) {
            Map<String, Object> body = Fixtures.meeting(stakeholder, other);
            body.put(
                    "startsAt",
                    OffsetDateTime.now()
                            .minusDays(daysAgo)
                            .withNano(0)
                            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            oldestFirst.add(Fixtures.logInteraction(body));
        }
        String moved = oldestFirst.get(0);
        patch(
                "/api/v1/interactions/" + moved,
                Map.of(
                        "startsAt",
                        OffsetDateTime.now()
                                .minusHours(2)
                                .withNano(0)
                                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME)));

        List<String> expected = List.of(moved, oldestFirst.get(2), oldestFirst.get(1));
        for (String timeline : List.of(
                "/api/v1/stakeholders/" + stakeholder + "/interactions",
                "/api/v1/stakeholders/" + other + "/interactions?sort=-startsAt",
                "/api/v1/interactions?stakeholderId=" + stakeholder + "&type=MEETING")) {
            assertThat(given().get(timeline)
                            .then()
                            .statusCode(200)
                            .body("totalItems", equalTo(3))
                            .extract()
                            .<List<String>>path("items.id"))
                    .as(timeline)
                    .isEqualTo(expected);
        }
    }

    @Test
    void anUnknownInteractionIsNotFound() {
        given().get("/api/v1/interactions/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static Map<String, Object> get(String id) {
        return given().get("/api/v1/interactions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private static Map<String, Object> timelineItem(String stakeholder, String id) {
        List<Map<String, Object>> items = given().get("/api/v1/stakeholders/" + stakeholder + "/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> id.equals(item.get("id")))
                .findFirst()
                .orElseThrow();
    }
}
