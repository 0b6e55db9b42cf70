package io.liaison.stakeholder;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StakeholderResourceTest {

    @Test
    void createsAndReadsAStakeholderWithETagAndLocation() {
        String lastName = Fixtures.unique("Created");
        String location = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "honorific",
                        "Cllr",
                        "firstName",
                        "Robin",
                        "lastName",
                        lastName,
                        "policyInterests",
                        List.of("transport", "housing"),
                        "priority",
                        "HIGH",
                        "influence",
                        4,
                        "interest",
                        5,
                        "termEndDate",
                        "2030-05-02"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("displayName", equalTo("Cllr Robin " + lastName))
                .body("policyInterests", contains("housing", "transport"))
                .extract()
                .header("Location");
        given().get(location)
                .then()
                .statusCode(200)
                .body("priority", equalTo("HIGH"))
                .body("termEndDate", equalTo("2030-05-02"))
                .body("currentPosts.size()", equalTo(0))
                .body("pastPosts.size()", equalTo(0));
    }

    @Test
    void putReplacesAndPatchChangesOnlyWhatWasSent() {
        String id = Fixtures.stakeholder(Map.of(
                "firstName",
                "Pat",
                "lastName",
                Fixtures.unique("Patch"),
                "party",
                "Party One",
                "email",
                "pat@example.org",
                "influence",
                2));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("influence", 5))
                .patch("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("influence", equalTo(5))
                .body("party", equalTo("Party One"))
                .body("email", equalTo("pat@example.org"));
        // A JSON null clears the field; fields not sent stay as they were.
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"email\": null}")
                .patch("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200)
                .body("email", nullValue())
                .body("influence", equalTo(5));
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Map.of("firstName", "Pat", "lastName", "Replaced"))
                .put("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200)
                .body("lastName", equalTo("Replaced"))
                .body("party", nullValue())
                .body("influence", nullValue());
    }

    @Test
    void aStaleETagIsRefusedAndNothingIsOverwritten() {
        String id = Fixtures.stakeholder(Fixtures.unique("Stale"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("party", "First writer"))
                .patch("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200);
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("party", "Second writer"))
                .patch("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(412);
        given().get("/api/v1/stakeholders/" + id).then().body("party", equalTo("First writer"));
    }

    @Test
    void unknownPolicyAreaIs422NamingTheField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "A", "lastName", "B", "policyInterests", List.of("housing", "astrology")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("policyInterests"))
                // the unknown code, and the codes there are, so the caller can correct the request at once
                .body("detail", org.hamcrest.Matchers.containsString("unknown policy area codes: astrology;"))
                .body("detail", org.hamcrest.Matchers.matchesRegex(".*known codes: .*\\bhousing\\b.*"));
    }

    @Test
    void archivingHidesFromTheListButKeepsTheRecord() {
        String lastName = Fixtures.unique("Archived");
        String id = Fixtures.stakeholder(lastName);
        given().post("/api/v1/stakeholders/" + id + "/archive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        given().queryParam("q", lastName).get("/api/v1/stakeholders").then().body("totalItems", equalTo(0));
        given().queryParam("q", lastName)
                .queryParam("includeArchived", true)
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(id));
        given().queryParam("q", lastName)
                .queryParam("status", "ARCHIVED")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(id));
        given().post("/api/v1/stakeholders/" + id + "/unarchive")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        given().queryParam("q", lastName).get("/api/v1/stakeholders").then().body("items.id", contains(id));
    }

    @Test
    void filtersByCategoryAndOrganisationThroughCurrentPostsOnly() {
        String org = Fixtures.organisation(Fixtures.unique("Filter Council"));
        String leaderPost = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String cabinetPost = Fixtures.post(org, "Cabinet Member for Transport", "CABINET_MEMBER");
        String leader = Fixtures.stakeholder(Fixtures.unique("Leader"));
        String former = Fixtures.stakeholder(Fixtures.unique("Former"));
        String cabinet = Fixtures.stakeholder(Fixtures.unique("Cabinet"));
        Fixtures.appoint(leaderPost, former, LocalDate.parse("2018-05-01"), LocalDate.parse("2022-05-01"));
        Fixtures.appoint(leaderPost, leader, Fixtures.today().minusYears(1));
        Fixtures.appoint(cabinetPost, cabinet, Fixtures.today().minusYears(1));

        given().queryParam("organisationId", org)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(leader, cabinet));
        given().queryParam("organisationId", org)
                .queryParam("category", "COUNCIL_LEADER")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(leader))
                .body("items[0].currentPosts[0].title", equalTo("Leader"));
    }

    @Test
    void searchesByNameOrCurrentPostTitle() {
        String org = Fixtures.organisation(Fixtures.unique("Search Council"));
        String distinctiveTitle = Fixtures.unique("Cabinet Member for Zebra Crossings");
        String post = Fixtures.post(org, distinctiveTitle, "CABINET_MEMBER");
        String former = Fixtures.stakeholder(Fixtures.unique("Former"));
        Fixtures.appoint(post, former, LocalDate.parse("2018-05-01"), LocalDate.parse("2022-05-01"));
        // Named like the post too: matched by name and by title, listed and counted once.
        String holder = Fixtures.stakeholder(Map.of("firstName", "Zebra", "lastName", distinctiveTitle));
        Fixtures.appoint(post, holder, Fixtures.today());
        given().queryParam("q", distinctiveTitle.toLowerCase())
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(holder))
                .body("totalItems", equalTo(1));
        given().queryParam("q", "zebra " + distinctiveTitle.substring(0, 12))
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(holder));
        // A past holder is not found by the post's title.
        given().queryParam("q", distinctiveTitle)
                .queryParam("includeArchived", true)
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", not(hasItem(former)));
        // LIKE wildcards in the search text are literal.
        given().queryParam("q", "%").get("/api/v1/stakeholders").then().body("items.id", not(hasItem(holder)));
    }

    @Test
    void filtersByPartyPriorityAndPolicyInterest() {
        String party = Fixtures.unique("Party");
        String high = Fixtures.stakeholder(Map.of(
                "firstName",
                "H",
                "lastName",
                Fixtures.unique("High"),
                "party",
                party,
                "priority",
                "HIGH",
                "policyInterests",
                List.of("culture")));
        String low = Fixtures.stakeholder(
                Map.of("firstName", "L", "lastName", Fixtures.unique("Low"), "party", party, "priority", "LOW"));
        String medium =
                Fixtures.stakeholder(Map.of("firstName", "M", "lastName", Fixtures.unique("Medium"), "party", party));
        given().queryParam("party", party.toUpperCase())
                .queryParam("sort", "priority")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(high, medium, low));
        given().queryParam("party", party)
                .queryParam("sort", "-priority")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(low, medium, high));
        given().queryParam("party", party)
                .queryParam("priority", "LOW")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(low));
        given().queryParam("party", party)
                .queryParam("policyArea", "culture")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(high));
    }

    @Test
    void sortsByLastThenFirstNameEitherWay() {
        String party = Fixtures.unique("Sorting");
        String annAble = Fixtures.stakeholder(Map.of("firstName", "Ann", "lastName", "Able", "party", party));
        String zedAble = Fixtures.stakeholder(Map.of("firstName", "Zed", "lastName", "Able", "party", party));
        String bobBaker = Fixtures.stakeholder(Map.of("firstName", "Bob", "lastName", "Baker", "party", party));
        given().queryParam("party", party)
                .queryParam("sort", "lastName")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(annAble, zedAble, bobBaker));
        given().queryParam("party", party)
                .queryParam("sort", "-lastName")
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(bobBaker, zedAble, annAble));
    }

    @Test
    void pagesWithAStableOrderAndEnvelope() {
        String party = Fixtures.unique("Paging");
        for (int i = 0; i < 5; i++) {
            Fixtures.stakeholder(Map.of("firstName", "P", "lastName", "Same", "party", party));
        }
        given().queryParam("party", party)
                .queryParam("size", 2)
                .queryParam("page", 2)
                .get("/api/v1/stakeholders")
                .then()
                .body("items.size()", equalTo(1))
                .body("page", equalTo(2))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3));
        List<String> first = given().queryParam("party", party)
                .queryParam("size", 5)
                .get("/api/v1/stakeholders")
                .then()
                .extract()
                .path("items.id");
        List<String> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(given().queryParam("party", party)
                    .queryParam("size", 2)
                    .queryParam("page", page)
                    .get("/api/v1/stakeholders")
                    .then()
                    .extract()
                    .path("items.id"));
        }
        assertThat(paged).containsExactlyElementsOf(first);
    }

    @Test
    void updatedSinceReturnsOnlyLaterChangesInUpdateOrder() {
        String party = Fixtures.unique("Sync");
        String before = Fixtures.stakeholder(Map.of("firstName", "B", "lastName", "Before", "party", party));
        Instant mark = Instant.now();
        String after = Fixtures.stakeholder(Map.of("firstName", "A", "lastName", "After", "party", party));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("notes", "touched"))
                .patch("/api/v1/stakeholders/" + before)
                .then()
                .statusCode(200);
        given().queryParam("party", party)
                .queryParam("updatedSince", mark.toString())
                .get("/api/v1/stakeholders")
                .then()
                .body("items.id", contains(after, before));
        given().queryParam("updatedSince", mark.toString())
                .queryParam("sort", "lastName")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    @Test
    void exportsTheFilteredListAsCsvBeyondThePageCap() {
        String party = Fixtures.unique("Export, \"Quoted\" Party");
        for (int i = 0; i < 3; i++) {
            Fixtures.stakeholder(Map.of("firstName", "Zoë", "lastName", "Ünïcode-" + i, "party", party));
        }
        String csv = given().accept("text/csv")
                .queryParam("party", party)
                .queryParam("size", 1)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("id,honorific,firstName,lastName,party,");
        assertThat(lines.get(1))
                .contains("Zoë")
                .contains("Ünïcode-0")
                .contains("\"" + party.replace("\"", "\"\"") + "\"");
    }

    @Test
    @SendsBadInput
    void csvWithABadSortIsA400BeforeAnyRowIsSent() {
        given().accept("text/csv")
                .queryParam("sort", "email")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void jsonIsTheDefaultRepresentation() {
        given().accept("*/*").get("/api/v1/stakeholders").then().statusCode(200).contentType(ContentType.JSON);
    }
}
