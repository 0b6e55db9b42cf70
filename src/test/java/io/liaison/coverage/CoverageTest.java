package io.liaison.coverage;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.ListsAsCsv;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The briefing coverage matrix: its cells, statuses and filters, for the office, a stakeholder and an owner. */
@QuarkusTest
class CoverageTest {

    private static final LocalDate START = LocalDate.of(2026, 2, 2);

    @Inject
    AppClock clock;

    @Inject
    DataSource dataSource;

    private String owner;
    private String organisation;
    private String stakeholder;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.setClock(Fixtures.noonInLondon(day));
    }

    /**
     * A council leader with a LEAD owner and an ACTIVE plan from START asking for housing and transport every 7
     * days; briefed on housing and (outside the plan) culture on START + 3.
     */
    @BeforeEach
    void briefedLeader() {
        owner = Fixtures.teamMember("DEPUTY_MAYOR");
        organisation = Fixtures.organisation(Fixtures.unique("Coverage Council"));
        stakeholder = Fixtures.stakeholder(Fixtures.unique("Covered"));
        Fixtures.appoint(Fixtures.post(organisation, "Leader", "COUNCIL_LEADER"), stakeholder, START.minusYears(1));
        Fixtures.assign(stakeholder, owner, "LEAD");
        Map<String, Object> plan = Fixtures.plan(stakeholder, owner);
        plan.put("policyAreas", List.of("housing", "transport"));
        plan.put("briefingCadenceDays", 7);
        plan.put("startDate", START.toString());
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);
        today(START.plusDays(4));
        Fixtures.logInteraction(briefing(stakeholder, START.plusDays(3), "housing", "culture"));
    }

    /** A COMPLETED briefing of one stakeholder on these areas, on the given day. */
    private static Map<String, Object> briefing(String stakeholderId, LocalDate day, String... areas) {
        Map<String, Object> briefing = Fixtures.meeting(stakeholderId);
        briefing.put("type", "BRIEFING");
        briefing.put("policyAreas", List.of(areas));
        briefing.put("startsAt", day + "T10:00:00Z");
        return briefing;
    }

    private ValidatableResponse coverage(String path, Map<String, ?> query) {
        return given().queryParams(query).get(path).then().statusCode(200);
    }

    @Test
    void oneCellPerPlannedAreaAndOnePerAreaBriefedOutsideThePlan() {
        today(START.plusDays(12));
        coverage("/api/v1/stakeholders/" + stakeholder + "/coverage", Map.of())
                .body("totalItems", equalTo(3))
                .body("items.policyArea", contains("culture", "housing", "transport"))
                .body("items.status", contains("NOT_PLANNED", "OVERDUE", "OVERDUE"))
                .body("items[0].nextDue", nullValue())
                .body("items[0].planId", nullValue())
                .body("items[0].lastBriefed", equalTo(START.plusDays(3).toString()))
                .body("items[1].lastBriefed", equalTo(START.plusDays(3).toString()))
                .body("items[1].daysSinceBriefed", equalTo(9))
                .body("items[1].nextDue", equalTo(START.plusDays(10).toString()))
                .body("items[1].briefingCadenceDays", equalTo(7))
                .body("items[1].ownerId", equalTo(owner))
                .body("items[1].policyAreaName", equalTo("Housing"))
                // Never briefed on transport: due a cadence after the plan's start.
                .body("items[2].lastBriefed", nullValue())
                .body("items[2].daysSinceBriefed", nullValue())
                .body("items[2].nextDue", equalTo(START.plusDays(7).toString()));
    }

    @Test
    void theStatusFollowsTheNextDueDate() {
        String path = "/api/v1/stakeholders/" + stakeholder + "/coverage";
        Map<String, String> housing = Map.of("policyArea", "housing");
        today(START.plusDays(9));
        coverage(path, housing).body("items[0].status", equalTo("UPCOMING"));
        today(START.plusDays(10));
        coverage(path, housing).body("items[0].status", equalTo("DUE_TODAY"));
        today(START.plusDays(11));
        coverage(path, housing).body("items[0].status", equalTo("OVERDUE"));
        // A plan with a 60-day cadence is on track well before the 14-day horizon.
        String relaxed = Fixtures.stakeholder(Fixtures.unique("Relaxed"));
        Map<String, Object> plan = Fixtures.plan(relaxed, owner);
        plan.put("policyAreas", List.of("housing"));
        plan.put("briefingCadenceDays", 60);
        plan.put("startDate", START.toString());
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);
        coverage("/api/v1/stakeholders/" + relaxed + "/coverage", Map.of()).body("items.status", contains("ON_TRACK"));
        // The owner's portfolio is the relationships they own (here SUPPORT), as on /portfolio.
        Fixtures.assign(relaxed, owner, "SUPPORT");
        coverage("/api/v1/coverage", Map.of("ownerId", owner, "status", "ON_TRACK"))
                .body("items.stakeholderId", contains(relaxed));
        coverage("/api/v1/coverage", Map.of("ownerId", owner, "ownerRole", "LEAD", "status", "ON_TRACK"))
                .body("totalItems", equalTo(0));
    }

    @Test
    @SendsBadInput
    void notBriefedOnAnAreaForSomeDays() {
        today(START.plusDays(12));
        Map<String, Object> query = Map.of("organisationId", organisation, "policyArea", "housing");
        coverage("/api/v1/coverage", withDays(query, 10)).body("totalItems", equalTo(0));
        coverage("/api/v1/coverage", withDays(query, 9))
                .body("items.stakeholderId", contains(stakeholder))
                .body("items[0].daysSinceBriefed", equalTo(9));
        // Never briefed counts as not briefed for any number of days.
        coverage(
                        "/api/v1/coverage",
                        Map.of("organisationId", organisation, "policyArea", "transport", "notBriefedForDays", 3650))
                .body("items.policyArea", contains("transport"));
        given().queryParam("notBriefedForDays", -1)
                .get("/api/v1/coverage")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("notBriefedForDays"));
    }

    private static Map<String, Object> withDays(Map<String, Object> query, int days) {
        Map<String, Object> all = new java.util.HashMap<>(query);
        all.put("notBriefedForDays", days);
        return all;
    }

    @Test
    @SendsBadInput // among what it checks, that a bad request is refused
    void anOwnersPortfolioAndTheOfficeFilters() {
        today(START.plusDays(12));
        coverage("/api/v1/team-members/" + owner + "/coverage", Map.of())
                .body("items.policyArea", contains("culture", "housing", "transport"));
        coverage("/api/v1/team-members/" + owner + "/coverage", Map.of("role", "SUPPORT"))
                .body("totalItems", equalTo(0));
        coverage("/api/v1/coverage", Map.of("organisationId", organisation, "category", "COUNCIL_LEADER"))
                .body("totalItems", equalTo(3));
        coverage("/api/v1/coverage", Map.of("organisationId", organisation, "category", "ASSEMBLY_MEMBER"))
                .body("totalItems", equalTo(0));
        coverage("/api/v1/coverage", Map.of("organisationId", organisation, "sort", "-nextDue"))
                .body("items.policyArea", contains("housing", "transport", "culture"));
        coverage("/api/v1/coverage", Map.of("organisationId", organisation, "size", 1, "page", 2))
                .body("items.policyArea", contains("transport"))
                .body("totalPages", equalTo(3));
        given().queryParam("sort", "colour").get("/api/v1/coverage").then().statusCode(400);
        given().queryParam("updatedSince", "2026-01-01T00:00:00Z")
                .get("/api/v1/coverage")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("updatedSince"));
        given().get("/api/v1/team-members/" + java.util.UUID.randomUUID() + "/coverage")
                .then()
                .statusCode(404);
        given().get("/api/v1/stakeholders/" + java.util.UUID.randomUUID() + "/coverage")
                .then()
                .statusCode(404);
    }

    @Test
    void aPlanThatEndsOrIsCompletedLeavesItsBriefedAreasAsNotPlanned() {
        String ending = Fixtures.stakeholder(Fixtures.unique("Ending"));
        Map<String, Object> plan = Fixtures.plan(ending, owner);
        plan.put("policyAreas", List.of("housing", "transport"));
        plan.put("briefingCadenceDays", 7);
        plan.put("startDate", START.toString());
        plan.put("endDate", START.plusDays(8).toString());
        String planId = Fixtures.createPlan(plan);
        Fixtures.moveTo(planId, "ACTIVE").statusCode(200);
        Fixtures.logInteraction(briefing(ending, START.plusDays(3), "housing"));
        String path = "/api/v1/stakeholders/" + ending + "/coverage";
        today(START.plusDays(8));
        coverage(path, Map.of())
                .body("items.policyArea", contains("housing", "transport"))
                .body("items.planId", contains(planId, planId));
        // The day after its end date the plan asks for nothing: what was briefed stays, as outside any plan.
        today(START.plusDays(9));
        coverage(path, Map.of())
                .body("items.policyArea", contains("housing"))
                .body("items.status", contains("NOT_PLANNED"))
                .body("items[0].planId", nullValue())
                .body("items[0].ownerId", nullValue())
                .body("items[0].briefingCadenceDays", nullValue())
                .body("items[0].nextDue", nullValue())
                .body("items[0].lastBriefed", equalTo(START.plusDays(3).toString()));
        // Completed before its end date, likewise.
        today(START.plusDays(5));
        coverage(path, Map.of()).body("totalItems", equalTo(2));
        Fixtures.moveTo(planId, "COMPLETED").statusCode(200);
        coverage(path, Map.of())
                .body("items.policyArea", contains("housing"))
                .body("items.status", contains("NOT_PLANNED"));
        assertStoredCellsMatchTheirSources();
    }

    @Test
    void storedCellsFollowPlansAndBriefings() {
        String path = "/api/v1/stakeholders/" + stakeholder + "/coverage";
        today(START.plusDays(12));
        // Another plan's areas, a briefing on a new area, a cancelled briefing: each write commits its cells.
        String other = Fixtures.stakeholder(Fixtures.unique("Replanned"));
        Map<String, Object> plan = Fixtures.plan(other, owner);
        plan.put("policyAreas", List.of("digital", "health"));
        plan.put("startDate", START.toString());
        String planId = Fixtures.createPlan(plan);
        coverage("/api/v1/stakeholders/" + other + "/coverage", Map.of()).body("totalItems", equalTo(0));
        Fixtures.moveTo(planId, "ACTIVE").statusCode(200);
        coverage("/api/v1/stakeholders/" + other + "/coverage", Map.of())
                .body("items.policyArea", contains("digital", "health"));
        Map<String, Object> logged = Fixtures.loggedInteraction(briefing(stakeholder, START.plusDays(5), "digital"));
        coverage(path, Map.of()).body("items.policyArea", contains("culture", "digital", "housing", "transport"));
        assertStoredCellsMatchTheirSources();
        // The briefing was on another area after all.
        String etag = given().get("/api/v1/interactions/" + logged.get("id"))
                .then()
                .extract()
                .header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("policyAreas", List.of("health")))
                .patch("/api/v1/interactions/" + logged.get("id"))
                .then()
                .statusCode(200);
        coverage(path, Map.of()).body("items.policyArea", contains("culture", "health", "housing", "transport"));
        assertStoredCellsMatchTheirSources();
    }

    /**
     * "Who has not been briefed on housing in 90 days?" finds everyone with housing among their interests, planned or
     * not: an interest that no ACTIVE plan covers has a cell at the office's default cadence (90 days here), counted
     * from the day they were added until they are briefed on it, and raises no alert.
     */
    @Test
    void interestsThatNoPlanCoversAreCoveredAtTheDefaultCadenceWithoutAnAlert() {
        today(START);
        String interestOwner = Fixtures.teamMember("DEPUTY_MAYOR");
        String council = Fixtures.organisation(Fixtures.unique("Interested Council"));
        String keen = interestedStakeholder(council, "Keen", "housing", "culture");
        String quiet = interestedStakeholder(council, "Quiet", "housing");
        Fixtures.assign(keen, interestOwner, "LEAD");
        Fixtures.assign(quiet, interestOwner, "SUPPORT");
        today(START.plusDays(100));
        Map<String, Object> housingNotBriefed = Map.of("policyArea", "housing", "notBriefedForDays", 90);
        for (String path : List.of("/api/v1/coverage", "/api/v1/team-members/" + interestOwner + "/coverage")) {
            Map<String, Object> query = new java.util.HashMap<>(housingNotBriefed);
            if (path.equals("/api/v1/coverage")) {
                query.put("organisationId", council);
            }
            coverage(path, query)
                    .body("items.stakeholderId", org.hamcrest.Matchers.containsInAnyOrder(keen, quiet))
                    .body("items.basis", contains("INTEREST", "INTEREST"))
                    .body("items.planId", contains(nullValue(), nullValue()))
                    .body("items.ownerId", contains(nullValue(), nullValue()))
                    .body("items.briefingCadenceDays", contains(90, 90))
                    .body(
                            "items.nextDue",
                            contains(
                                    START.plusDays(90).toString(),
                                    START.plusDays(90).toString()))
                    .body("items.status", contains("OVERDUE", "OVERDUE"));
        }
        given().queryParam("stakeholderId", keen)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("BRIEFING_DUE")));

        // Briefed on housing: due again a default cadence later, and no longer "not briefed in 90 days".
        Fixtures.logInteraction(briefing(keen, START.plusDays(95), "housing"));
        coverage("/api/v1/stakeholders/" + keen + "/coverage", Map.of("policyArea", "housing"))
                .body("items.basis", contains("INTEREST"))
                .body("items.lastBriefed", contains(START.plusDays(95).toString()))
                .body("items.nextDue", contains(START.plusDays(185).toString()))
                .body("items.status", contains("ON_TRACK"));
        Map<String, Object> query = new java.util.HashMap<>(housingNotBriefed);
        query.put("organisationId", council);
        coverage("/api/v1/coverage", query).body("items.stakeholderId", contains(quiet));

        // A plan that covers the interest dates it by the plan; the plan's end hands it back to the default cadence.
        Map<String, Object> plan = Fixtures.plan(quiet, interestOwner);
        plan.put("policyAreas", List.of("housing"));
        plan.put("briefingCadenceDays", 7);
        plan.put("startDate", START.plusDays(96).toString());
        plan.put("endDate", START.plusDays(110).toString());
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);
        coverage("/api/v1/stakeholders/" + quiet + "/coverage", Map.of())
                .body("items.basis", contains("PLAN"))
                .body("items.briefingCadenceDays", contains(7))
                .body("items.nextDue", contains(START.plusDays(103).toString()));
        today(START.plusDays(111));
        coverage("/api/v1/stakeholders/" + quiet + "/coverage", Map.of())
                .body("items.basis", contains("INTEREST"))
                .body("items.nextDue", contains(START.plusDays(90).toString()));

        // An interest dropped: its never-briefed cell goes, the briefed one stays as NOT_PLANNED.
        String etag =
                given().get("/api/v1/stakeholders/" + keen).then().extract().header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("policyInterests", List.of()))
                .patch("/api/v1/stakeholders/" + keen)
                .then()
                .statusCode(200);
        coverage("/api/v1/stakeholders/" + keen + "/coverage", Map.of())
                .body("items.policyArea", contains("housing"))
                .body("items.basis", contains("BRIEFED"))
                .body("items.status", contains("NOT_PLANNED"))
                .body("items.briefingCadenceDays", contains(nullValue()));
        assertStoredCellsMatchTheirSources();
    }

    private String interestedStakeholder(String council, String firstName, String... interests) {
        String id = Fixtures.stakeholder(Map.of(
                "firstName",
                firstName,
                "lastName",
                Fixtures.unique("Interested"),
                "policyInterests",
                List.of(interests)));
        Fixtures.appoint(Fixtures.post(council, Fixtures.unique("Cabinet"), "CABINET_MEMBER"), id, START);
        return id;
    }

    /**
     * Every stored cell, compared with the cells computed afresh from the plans, the policy interests and the
     * last-briefing summary.
     */
    private void assertStoredCellsMatchTheirSources() {
        String recomputed = """
                select k.stakeholder_id, k.policy_area_code, p.id, p.owner_id, p.briefing_cadence_days, p.start_date,
                       p.end_date, b.last_day, i.stakeholder_id is not null
                from (select p.stakeholder_id, a.policy_area_code from engagement_plan p
                      join engagement_plan_policy_area a on a.plan_id = p.id where p.status = 'ACTIVE'
                      union select stakeholder_id, policy_area_code from stakeholder_last_briefing
                      union select stakeholder_id, policy_area_code from stakeholder_policy_interest) k
                left join (select p.*, a.policy_area_code from engagement_plan p
                           join engagement_plan_policy_area a on a.plan_id = p.id where p.status = 'ACTIVE') p
                    on p.stakeholder_id = k.stakeholder_id and p.policy_area_code = k.policy_area_code
                left join stakeholder_last_briefing b
                    on b.stakeholder_id = k.stakeholder_id and b.policy_area_code = k.policy_area_code
                left join stakeholder_policy_interest i
                    on i.stakeholder_id = k.stakeholder_id and i.policy_area_code = k.policy_area_code
                """;
        String stored = "select stakeholder_id, policy_area_code, plan_id, owner_id, briefing_cadence_days,"
                + " plan_start, plan_end, last_day, interest from coverage_cell";
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet differences = statement.executeQuery("select count(*) from ((" + recomputed + " except "
                        + stored + ") union all (" + stored + " except " + recomputed + ")) d")) {
            differences.next();
            assertThat(differences.getInt(1))
                    .as("cells stored differently from their sources")
                    .isZero();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stakeholder in the fixture's organisation, briefed on START + 3 on the given areas. */
    private String briefedStakeholder(String firstName, String lastName, String... areas) {
        String id = Fixtures.stakeholder(Map.of("firstName", firstName, "lastName", lastName));
        Fixtures.appoint(Fixtures.post(organisation, Fixtures.unique("Cabinet"), "CABINET_MEMBER"), id, START);
        Fixtures.logInteraction(briefing(id, START.plusDays(3), areas));
        return id;
    }

    @Test
    void cellsSortByStakeholderNameEitherWayWithNamesakesInterleavedByArea() {
        today(START.plusDays(12));
        String last = Fixtures.unique("Ordered");
        String ann = briefedStakeholder("Ann", last, "health", "culture");
        String zed = briefedStakeholder("Zed", last, "digital");
        String bea = briefedStakeholder("Bea", last + "b", "economy-and-skills");
        String beaToo = briefedStakeholder("Bea", last + "b", "digital", "health");
        // The fixture's "Covered…" leader sorts first: by last name, then first name; namesakes' cells by area.
        coverage("/api/v1/coverage", Map.of("organisationId", organisation))
                .body(
                        "items.stakeholderId",
                        contains(stakeholder, stakeholder, stakeholder, ann, ann, zed, beaToo, bea, beaToo))
                .body(
                        "items.policyArea",
                        contains(
                                "culture",
                                "housing",
                                "transport",
                                "culture",
                                "health",
                                "digital",
                                "digital",
                                "economy-and-skills",
                                "health"));
        // Descending reverses the names, last and first alike, not only the first name.
        coverage("/api/v1/coverage", Map.of("organisationId", organisation, "sort", "-stakeholder,policyArea"))
                .body(
                        "items.stakeholderId",
                        contains(beaToo, bea, beaToo, zed, ann, ann, stakeholder, stakeholder, stakeholder))
                .body(
                        "items.policyArea",
                        contains(
                                "digital",
                                "economy-and-skills",
                                "health",
                                "digital",
                                "culture",
                                "health",
                                "culture",
                                "housing",
                                "transport"));
        coverage("/api/v1/coverage", Map.of("organisationId", organisation, "size", 2, "page", 3))
                .body("items.stakeholderId", contains(beaToo, bea))
                .body("totalItems", equalTo(9));
    }

    @Test
    void archivedStakeholdersLeaveTheOfficeMatrixButNotTheirOwn() {
        today(START.plusDays(12));
        given().post("/api/v1/stakeholders/" + stakeholder + "/archive").then().statusCode(200);
        coverage("/api/v1/coverage", Map.of("organisationId", organisation)).body("totalItems", equalTo(0));
        // Coverage is computed for today from active stakeholders: an archived one's cells are on their own page.
        given().queryParam("includeArchived", true)
                .get("/api/v1/coverage")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("includeArchived"));
        coverage("/api/v1/stakeholders/" + stakeholder + "/coverage", Map.of()).body("totalItems", equalTo(3));
    }

    @Test
    void theMatrixAsCsv() {
        today(START.plusDays(12));
        given().accept("text/csv")
                .queryParam("organisationId", organisation)
                .get("/api/v1/coverage")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("stakeholderId,stakeholderName,policyArea,policyAreaName,status,lastBriefed"))
                .body(containsString(
                        ",housing,Housing,OVERDUE," + START.plusDays(3) + ",9,7," + START.plusDays(10) + ","));
        given().accept("text/csv")
                .get("/api/v1/team-members/" + owner + "/coverage")
                .then()
                .statusCode(200)
                .body(containsString(",culture,Culture,NOT_PLANNED,"));
    }

    @Test
    void theCsvHoldsTheSameCellsAsTheJsonInTheSameOrder() {
        today(START.plusDays(12));
        String second = Fixtures.stakeholder(Fixtures.unique("Also covered"));
        Fixtures.assign(second, owner, "SUPPORT");
        for (Map<String, ?> query : List.of(
                Map.of("ownerId", owner),
                Map.of("ownerId", owner, "status", "OVERDUE"),
                Map.of("organisationId", organisation, "sort", "-status,policyArea"),
                Map.of("ownerId", owner, "notBriefedForDays", 5, "policyArea", "housing"))) {
            ListsAsCsv.assertCsvMatchesJson("/api/v1/coverage", query, item -> {
                Map<String, String> expected = new java.util.HashMap<>();
                item.forEach((field, value) -> expected.put(field, ListsAsCsv.cell(value)));
                return expected;
            });
        }
    }
}
