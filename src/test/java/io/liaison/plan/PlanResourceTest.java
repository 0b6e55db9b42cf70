package io.liaison.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class PlanResourceTest {

    @Test
    void createsAPlanAsDraftWithMilestones() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Planned"));
        String owner = Fixtures.teamMember("DEPUTY_MAYOR");
        Map<String, Object> body = Fixtures.plan(stakeholder, owner);
        body.put("objectives", "Secure support for the housing programme");
        body.put(
                "milestones",
                List.of(
                        Map.of("title", "Intro meeting", "dueDate", "2026-12-15"),
                        Map.of("title", "Site visit", "dueDate", "2027-01-20", "done", true)));
        String id = Fixtures.createPlan(body);
        given().get("/api/v1/plans/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("policyAreas", contains("housing", "transport"))
                .body("milestones.title", contains("Intro meeting", "Site visit"))
                .body("milestones.done", contains(false, true))
                .body("ownerId", equalTo(owner));
    }

    @Test
    void followsOnlyTheSensibleTransitions() {
        String id = Fixtures.createPlan(
                Fixtures.plan(Fixtures.stakeholder(Fixtures.unique("Flow")), Fixtures.teamMember("STAFF")));
        Fixtures.moveTo(id, "COMPLETED").statusCode(409).body("detail", containsString("DRAFT"));
        Fixtures.moveTo(id, "ACTIVE").statusCode(200).body("status", equalTo("ACTIVE"));
        Fixtures.moveTo(id, "DRAFT").statusCode(409);
        Fixtures.moveTo(id, "COMPLETED").statusCode(200);
        Fixtures.moveTo(id, "ACTIVE").statusCode(409).body("detail", containsString("final"));
        String etag = given().get("/api/v1/plans/" + id).then().extract().header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "Too late"))
                .patch("/api/v1/plans/" + id)
                .then()
                .statusCode(409);
    }

    @Test
    void aStakeholderHasAtMostOneActivePlan() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("OnePlan"));
        String owner = Fixtures.teamMember("STAFF");
        String first = Fixtures.createPlan(Fixtures.plan(stakeholder, owner));
        String second = Fixtures.createPlan(Fixtures.plan(stakeholder, owner));
        Fixtures.moveTo(first, "ACTIVE").statusCode(200);
        Fixtures.moveTo(second, "ACTIVE").statusCode(409).contentType("application/problem+json");
        Fixtures.moveTo(first, "CANCELLED").statusCode(200);
        Fixtures.moveTo(second, "ACTIVE").statusCode(200);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "contactCadenceDays|0|400",
                "briefingCadenceDays|731|400",
                "contactCadenceDays|-5|400",
                "ownerId|7d1c7a4e-0000-4000-8000-000000000099|422",
                "stakeholderId|7d1c7a4e-0000-4000-8000-000000000098|422",
                "policyAreas|[\"astrology\"]|422",
                "endDate|2020-01-01|400",
                "title||400",
            })
    @SendsBadInput
    void rejectsBadPlans(String field, String value, int status) {
        Map<String, Object> body =
                Fixtures.plan(Fixtures.stakeholder(Fixtures.unique("Bad")), Fixtures.teamMember("STAFF"));
        if (value == null) {
            body.remove(field);
        } else if (value.startsWith("[")) {
            body.put(field, List.of(value.substring(2, value.length() - 2)));
        } else {
            body.put(field, value);
        }
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void anUnknownAreaIsAnsweredWithTheKnownOnes() {
        Map<String, Object> body =
                Fixtures.plan(Fixtures.stakeholder(Fixtures.unique("Areas")), Fixtures.teamMember("STAFF"));
        body.put("policyAreas", List.of("housing", "astrology"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("policyAreas"))
                .body(
                        "detail",
                        org.hamcrest.Matchers.containsString("unknown policy area codes: astrology; known codes: "))
                .body("detail", org.hamcrest.Matchers.matchesRegex(".*known codes: .*\\bhousing\\b.*"));
    }

    @Test
    void anInactiveOwnerIsRefused() {
        String owner = Fixtures.teamMember("STAFF");
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("active", false))
                .patch("/api/v1/team-members/" + owner)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Fixtures.plan(Fixtures.stakeholder(Fixtures.unique("Inactive")), owner))
                .post("/api/v1/plans")
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("ownerId"));
    }

    @Test
    @SendsBadInput // among what it checks, that a bad request is refused
    void listsWithFiltersAndCsv() {
        String owner = Fixtures.teamMember("STAFF");
        String org = Fixtures.organisation(Fixtures.unique("Plan Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Listed"));
        Fixtures.appoint(post, stakeholder, Fixtures.today().minusYears(1));
        Map<String, Object> body = Fixtures.plan(stakeholder, owner);
        body.put("policyAreas", List.of("culture"));
        String active = Fixtures.createPlan(body);
        Fixtures.moveTo(active, "ACTIVE").statusCode(200);
        String cancelled = Fixtures.createPlan(Fixtures.plan(Fixtures.stakeholder(Fixtures.unique("Other")), owner));
        Fixtures.moveTo(cancelled, "CANCELLED").statusCode(200);

        given().queryParam("ownerId", owner).get("/api/v1/plans").then().body("items.id", contains(active));
        given().queryParam("ownerId", owner)
                .queryParam("includeArchived", true)
                .get("/api/v1/plans")
                .then()
                .body("totalItems", equalTo(2));
        given().queryParam("ownerId", owner)
                .queryParam("status", "CANCELLED")
                .get("/api/v1/plans")
                .then()
                .body("items.id", contains(cancelled));
        given().queryParam("organisationId", org).get("/api/v1/plans").then().body("items.id", contains(active));
        given().queryParam("policyArea", "culture")
                .queryParam("ownerId", owner)
                .get("/api/v1/plans")
                .then()
                .body("items.id", contains(active));
        given().queryParam("stakeholderId", stakeholder)
                .get("/api/v1/plans")
                .then()
                .body("items.id", contains(active));
        given().accept("text/csv")
                .queryParam("ownerId", owner)
                .get("/api/v1/plans")
                .then()
                .statusCode(200)
                .body(containsString(active))
                .body(not(containsString(cancelled)));
        given().queryParam("sort", "owner").get("/api/v1/plans").then().statusCode(400);
    }

    @Test
    @SendsBadInput
    void putAndPatchNeedIfMatchAndAreAudited() {
        String id = Fixtures.createPlan(
                Fixtures.plan(Fixtures.stakeholder(Fixtures.unique("Edited")), Fixtures.teamMember("STAFF")));
        given().contentType("application/merge-patch+json")
                .body(Map.of("briefingCadenceDays", 60))
                .patch("/api/v1/plans/" + id)
                .then()
                .statusCode(428);
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("briefingCadenceDays", 60))
                .patch("/api/v1/plans/" + id)
                .then()
                .statusCode(200)
                .body("briefingCadenceDays", equalTo(60))
                .body("contactCadenceDays", equalTo(30));
        given().queryParam("entityType", "plan")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].changes.briefingCadenceDays.from", equalTo(90))
                .body("items[0].changes.briefingCadenceDays.to", equalTo(60));
    }

    @Test
    void aPlanStaysWithItsStakeholder() {
        String id = Fixtures.createPlan(
                Fixtures.plan(Fixtures.stakeholder(Fixtures.unique("Fixed")), Fixtures.teamMember("STAFF")));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("stakeholderId", Fixtures.stakeholder(Fixtures.unique("Elsewhere"))))
                .patch("/api/v1/plans/" + id)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("stakeholderId"));
    }

    @Test
    @SendsBadInput
    void appointeesAndReportersMayReadButNotWritePlans() {
        String id = Fixtures.createPlan(
                Fixtures.plan(Fixtures.stakeholder(Fixtures.unique("Rights")), Fixtures.teamMember("STAFF")));
        for (String role : List.of("APPOINTEE", "REPORTER")) {
            String token = io.liaison.support.Tokens.jwt(role.toLowerCase() + "@example.org", role);
            given().header("Authorization", "Bearer " + token)
                    .get("/api/v1/plans/" + id)
                    .then()
                    .statusCode(200);
            given().header("Authorization", "Bearer " + token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("status", "ACTIVE"))
                    .put("/api/v1/plans/" + id + "/status")
                    .then()
                    .statusCode(403);
        }
        given().header("Authorization", "Bearer " + io.liaison.support.Tokens.jwt("ed@example.org", "EDITOR"))
                .get("/api/v1/plans")
                .then()
                .body("items.id", hasItem(id));
    }
}
