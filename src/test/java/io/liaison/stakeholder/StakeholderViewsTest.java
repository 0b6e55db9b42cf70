package io.liaison.stakeholder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET by id reads a stakeholder in one SQL statement (StakeholderViews); writes answer through the entities. Both
 * must give the same JSON, field for field, whatever the record holds.
 */
@QuarkusTest
class StakeholderViewsTest {

    @Test
    void getByIdAnswersExactlyWhatAWriteAnswers() {
        // Codes that sort differently by code point ("-" before "b") and by a linguistic collation (which skips "-").
        String stem = "v" + Long.toString(System.nanoTime(), 36);
        String hyphenated = policyArea(stem + "-c");
        String plain = policyArea(stem + "b");
        String id = Fixtures.stakeholder(Map.ofEntries(
                Map.entry("honorific", "Cllr"),
                Map.entry("firstName", "Views"),
                Map.entry("lastName", Fixtures.unique("Same")),
                Map.entry("party", "Party One"),
                Map.entry("email", "views@example.org"),
                Map.entry("phone", "020 7000 0000"),
                Map.entry("privateOfficeContact", "Private office"),
                Map.entry("policyInterests", List.of(plain, hyphenated, "housing")),
                Map.entry("priority", "HIGH"),
                Map.entry("influence", 4),
                Map.entry("termEndDate", "2030-05-02"),
                Map.entry("notes", "Prefers mornings")));
        String organisation = Fixtures.organisation(Fixtures.unique("Views Org"));
        LocalDate today = Fixtures.today();
        // One post held today, one held before (ended), one appointment not started yet.
        Fixtures.appoint(
                Fixtures.post(organisation, Fixtures.unique("Current post"), "CABINET_MEMBER"),
                id,
                today.minusYears(1));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "stakeholderId",
                        id,
                        "startDate",
                        today.minusYears(3).toString(),
                        "endDate",
                        today.minusYears(2).toString()))
                .post("/api/v1/posts/" + Fixtures.post(organisation, Fixtures.unique("Past post"), "COUNCILLOR")
                        + "/tenures")
                .then()
                .statusCode(201);
        Fixtures.appoint(
                Fixtures.post(organisation, Fixtures.unique("Future post"), "DEPUTY_LEADER"), id, today.plusDays(30));

        // Appointments touch the stakeholder: its version has moved on.
        String etag = given().get("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        Map<String, Object> written = given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("interest", 2))
                .patch("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        Map<String, Object> read = given().get("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");

        assertThat(read).isEqualTo(written);
        assertThat(read.get("policyInterests")).isEqualTo(List.of("housing", stem + "-c", stem + "b"));
        assertThat((List<?>) read.get("currentPosts")).hasSize(1);
        assertThat((List<?>) read.get("pastPosts")).hasSize(2);
    }

    @Test
    void getByIdOfAStakeholderWithNothingButANameMatchesItsCreation() {
        Map<String, Object> created = given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "Bare", "lastName", Fixtures.unique("Bare")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getMap("");
        Map<String, Object> read = given().get("/api/v1/stakeholders/" + created.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(read).isEqualTo(created);
    }

    @Test
    void aListPageShowsEachStakeholderAsGetByIdDoesInTheListsOrder() {
        String stem = "Order" + Long.toString(System.nanoTime(), 36);
        String organisation = Fixtures.organisation(Fixtures.unique("Views Org"));
        List<String> ids = new java.util.ArrayList<>();
        for (String last : List.of(stem + " C", stem + " A", stem + " B")) {
            String id = Fixtures.stakeholder(Map.of(
                    "firstName", "Listed", "lastName", last, "policyInterests", List.of("transport", "housing")));
            Fixtures.appoint(
                    Fixtures.post(organisation, Fixtures.unique("Post"), "COUNCILLOR"),
                    id,
                    Fixtures.today().minusDays(1));
            ids.add(id);
        }
        List<Map<String, Object>> items = given().queryParam("q", stem)
                .queryParam("sort", "lastName")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        assertThat(items).extracting(item -> item.get("id")).containsExactly(ids.get(1), ids.get(2), ids.get(0));
        for (Map<String, Object> item : items) {
            Map<String, Object> one = new java.util.HashMap<>(given().get("/api/v1/stakeholders/" + item.get("id"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap(""));
            // A list leaves past posts to the single record: null there, every other field the same.
            assertThat(one.put("pastPosts", null)).isEqualTo(List.of());
            assertThat(item).isEqualTo(one);
        }
    }

    @Test
    void aFilteredListCountsEveryMatchWhicheverPageIsAsked() {
        String stem = "Count" + Long.toString(System.nanoTime(), 36);
        for (String last : List.of(stem + " A", stem + " B", stem + " C")) {
            Fixtures.stakeholder(Map.of("firstName", "Counted", "lastName", last));
        }
        // q is counted with the page (count(*) over ()); a page past the end is counted on its own.
        for (int page = 0; page <= 3; page++) {
            given().queryParam("q", stem)
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/stakeholders")
                    .then()
                    .statusCode(200)
                    .body("totalItems", org.hamcrest.Matchers.equalTo(3))
                    .body("totalPages", org.hamcrest.Matchers.equalTo(2))
                    .body("items.size()", org.hamcrest.Matchers.equalTo(page == 0 ? 2 : page == 1 ? 1 : 0));
        }
        given().queryParam("q", stem + "-nobody")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(0))
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    private static String policyArea(String code) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Views area " + code))
                .post("/api/v1/policy-areas")
                .then()
                .statusCode(201);
        return code;
    }
}
