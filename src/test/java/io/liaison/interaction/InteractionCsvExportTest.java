package io.liaison.interaction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.support.Fixtures;
import io.liaison.support.ListsAsCsv;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The interactions' CSV is written by PostgreSQL (COPY) from its own query, apart from the JSON list's: these hold the
 * two to the same rows, in the same order, with the same text in every field.
 */
@QuarkusTest
class InteractionCsvExportTest {

    private static final String HEADER = "id,type,status,startsAt,endsAt,title,stakeholders,attendees,policyAreas,"
            + "classification,redacted,summary,outcome,decisions,openFollowUps,updatedAt,location,onlineMeetingUrl";

    @Test
    void everyFieldReadsAsInTheJsonList() {
        String stem = "Csv" + Long.toString(System.nanoTime(), 36);
        String zed = Fixtures.stakeholder(Map.of("honorific", "Cllr", "firstName", "Zed", "lastName", stem + " Z"));
        String abe = Fixtures.stakeholder(Map.of("firstName", "Abe", "lastName", stem + " A"));
        String zoe = Fixtures.teamMember("Zoe " + stem, "STAFF");
        String adam = Fixtures.teamMember("Adam " + stem, "STAFF");
        Map<String, Object> summer = new HashMap<>();
        summer.put("type", "MEETING");
        summer.put("status", "COMPLETED");
        summer.put("startsAt", "2025-07-01T09:30:15.5+01:00");
        summer.put("endsAt", "2025-07-01T10:45:00+01:00");
        summer.put("title", "Housing, \"first\" look");
        summer.put("location", "City Hall, Room 4");
        summer.put("onlineMeetingUrl", "https://meet.example.org/j/123?pwd=a,b");
        summer.put("stakeholderIds", List.of(zed, abe));
        summer.put("attendeeIds", List.of(zoe, adam));
        summer.put("policyAreas", List.of("transport", "housing"));
        summer.put("summary", "Café, \"quoted\"\nsecond line");
        summer.put("outcome", " leading space");
        summer.put("decisions", "");
        summer.put(
                "followUps",
                List.of(
                        Map.of("description", "One", "assigneeId", zoe, "dueDate", "2025-07-10"),
                        Map.of("description", "Two", "assigneeId", adam, "dueDate", "2025-07-11")));
        Fixtures.logInteraction(summer);
        Map<String, Object> winter = Fixtures.meeting(abe);
        winter.put("type", "CALL");
        winter.put("startsAt", "2025-01-15T14:00:00Z");
        Fixtures.logInteraction(winter);

        String csv = csv(given().queryParam("stakeholderId", abe));
        assertThat(csv).startsWith(HEADER + "\r\n").contains("Café, \"\"quoted\"\"\nsecond line");
        List<Map<String, Object>> json = jsonItems(given().queryParam("stakeholderId", abe));
        List<CSVRecord> rows = ListsAsCsv.parse(csv);
        assertThat(rows).hasSize(2);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).toMap()).isEqualTo(expectedRow(json.get(i)));
        }
        assertThat(rows.get(0).get("stakeholders")).isEqualTo("Abe " + stem + " A;Cllr Zed " + stem + " Z");
        assertThat(rows.get(0).get("startsAt")).isEqualTo("2025-07-01T09:30:15.5+01:00");
        assertThat(rows.get(0).get("openFollowUps")).isEqualTo("2");
        assertThat(rows.get(1).get("startsAt")).isEqualTo("2025-01-15T14:00:00Z");
    }

    @Test
    void sensitiveContentIsShownOnlyToWhoMayReadIt() {
        String secret = "secret-" + UUID.randomUUID().toString().substring(0, 8);
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Sensitive"));
        Fixtures.Person attendee = Fixtures.person("EDITOR");
        Fixtures.Person outsider = Fixtures.person("EDITOR");
        Map<String, Object> body = Fixtures.meeting(stakeholder);
        body.put("classification", "OFFICIAL_SENSITIVE");
        body.put("summary", "Summary " + secret);
        body.put("attendeeIds", List.of(attendee.id()));
        Fixtures.logInteraction(body);

        for (Fixtures.Person reader : List.of(attendee, outsider)) {
            RequestSpecification asReader = given().header("Authorization", "Bearer " + reader.token())
                    .queryParam("stakeholderId", stakeholder);
            CSVRecord row = ListsAsCsv.parse(csv(asReader)).get(0);
            boolean entitled = reader == attendee;
            assertThat(row.get("redacted")).isEqualTo(String.valueOf(!entitled));
            assertThat(row.get("summary")).isEqualTo(entitled ? "Summary " + secret : "");
            assertThat(row.toMap())
                    .isEqualTo(expectedRow(jsonItems(given().header("Authorization", "Bearer " + reader.token())
                                    .queryParam("stakeholderId", stakeholder))
                            .get(0)));
        }
    }

    @Test
    void everyFilterChoosesTheSameInteractionsAsTheJsonList() {
        String word = "filterword" + Long.toString(System.nanoTime(), 36);
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Filtered"));
        String attendee = Fixtures.teamMember(Fixtures.unique("Attendee"), "STAFF");
        for (String type : List.of("MEETING", "BRIEFING", "CALL")) {
            Map<String, Object> body = Fixtures.meeting(stakeholder);
            body.put("type", type);
            body.put("summary", type.equals("CALL") ? "nothing to see" : "About " + word);
            body.put("attendeeIds", type.equals("MEETING") ? List.of(attendee) : List.of());
            body.put("policyAreas", type.equals("BRIEFING") ? List.of("housing") : List.of());
            Fixtures.logInteraction(body);
        }
        List<Map<String, Object>> filters = List.of(
                Map.of("stakeholderId", stakeholder),
                Map.of("stakeholderId", stakeholder, "type", "BRIEFING"),
                Map.of("attendeeId", attendee),
                Map.of("stakeholderId", stakeholder, "policyArea", "housing"),
                Map.of("q", word),
                // Quotes, a backslash and SQL in the search text reach COPY as one literal, and match as in JSON.
                Map.of("q", word + " or \"it's\\\\ '; drop table interaction; --\""),
                Map.of("stakeholderId", stakeholder, "sort", "startsAt"),
                Map.of("stakeholderId", stakeholder, "from", "2000-01-01T00:00:00Z", "to", "2100-01-01T00:00:00Z"));
        for (Map<String, Object> filter : filters) {
            List<Object> jsonIds = jsonItems(given().queryParams(filter)).stream()
                    .map(item -> item.get("id"))
                    .toList();
            List<Object> csvIds = ListsAsCsv.parse(csv(given().queryParams(filter))).stream()
                    .map(row -> (Object) row.get("id"))
                    .toList();
            assertThat(csvIds).as(filter.toString()).isNotEmpty().isEqualTo(jsonIds);
        }
    }

    /** A JSON list item as its CSV row reads: lists joined by ";", nulls empty, instants as written in the JSON. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> expectedRow(Map<String, Object> item) {
        Map<String, String> row = new HashMap<>();
        for (String field : List.of(
                "id",
                "type",
                "status",
                "startsAt",
                "endsAt",
                "title",
                "classification",
                "redacted",
                "summary",
                "outcome",
                "decisions",
                "updatedAt",
                "location",
                "onlineMeetingUrl")) {
            row.put(field, ListsAsCsv.cell(item.get(field)));
        }
        row.put("stakeholders", names(item.get("stakeholders")));
        row.put("attendees", names(item.get("attendees")));
        row.put("policyAreas", String.join(";", (List<String>) item.get("policyAreas")));
        long open = ((List<Map<String, Object>>) item.get("followUps"))
                .stream().filter(f -> "OPEN".equals(f.get("status"))).count();
        row.put("openFollowUps", Long.toString(open));
        return row;
    }

    @SuppressWarnings("unchecked")
    private static String names(Object parties) {
        return ((List<Map<String, Object>>) parties)
                .stream().map(p -> (String) p.get("name")).collect(Collectors.joining(";"));
    }

    private static String csv(RequestSpecification request) {
        return request.accept("text/csv")
                .get("/api/v1/interactions")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
    }

    private static List<Map<String, Object>> jsonItems(RequestSpecification request) {
        return request.queryParam("size", 500)
                .get("/api/v1/interactions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }
}
