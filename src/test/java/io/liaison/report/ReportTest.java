package io.liaison.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reports over a small office whose every figure is known (see {@link #office()}): each test restricts the
 * report to this office's own organisations, parties, owners or stakeholders, so data other tests leave behind
 * cannot change the numbers.
 */
@QuarkusTest
class ReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate FROM = TODAY.minusDays(90);
    private static final LocalDate TO = TODAY.minusDays(1);

    @Inject
    AppClock clock;

    private String ownerA;
    private String ownerB;
    private String o1;
    private String o2;
    private String s1;
    private String s2;
    private String s3;
    private String s4;
    private String partyX;
    private String partyY;
    private String areaH;
    private String areaT;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * Owner A (DEPUTY_MAYOR, Policy and Delivery): LEAD of S1 and S2, SUPPORT of S4. Owner B (MAYORAL_APPOINTEE):
     * LEAD of S3, SUPPORT of S1. S1 (party X, post in O1, CABINET_MEMBER, interest H, rated 5/4) has an ACTIVE plan
     * owned by A (areas H, contact every 5 days, briefing every 10); S2 (party X, O1, DEPUTY_LEADER, interest T,
     * 5/4); S3 (party Y, O2); S5 (O2, no party, no owner); S4 (nothing). In the period: I2 BRIEFING S1 on H and T
     * (A attends), I1 MEETING S1+S2 on H (A) with follow-ups for A due 3 days ago and in 30 days, I3 CALL S3 (B),
     * I7 CALL S3 at 00:30 on the period's first day (B). Not counted: a CANCELLED meeting, a call at 23:30 the day
     * before the period, a meeting 200 days ago, a scheduled meeting. Overdue alerts now: BRIEFING_DUE S1/H,
     * CONTACT_DUE S1, FOLLOW_UP_DUE (S1, S2), POST_UNCOVERED for S2, S3 (acknowledged) and S5.
     */
    @BeforeEach
    void office() {
        clock.setClock(Clock.fixed(
                ZonedDateTime.of(TODAY.atTime(12, 0), AppClock.LONDON).toInstant(), AppClock.LONDON));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        areaH = policyArea("rh-" + suffix);
        areaT = policyArea("rt-" + suffix);
        partyX = "Party X " + suffix;
        partyY = "Party Y " + suffix;
        ownerA = member("DEPUTY_MAYOR", "POLICY_AND_DELIVERY");
        ownerB = member("MAYORAL_APPOINTEE", "COMMUNICATIONS");
        o1 = Fixtures.organisation(Fixtures.unique("Report Borough One"));
        o2 = Fixtures.organisation(Fixtures.unique("Report Borough Two"));
        LocalDate appointed = TODAY.minusDays(365);
        s1 = stakeholder("One", partyX, List.of(areaH), 5, 4);
        s2 = stakeholder("Two", partyX, List.of(areaT), 5, 4);
        s3 = stakeholder("Three", partyY, List.of(), 2, 2);
        String s5 = stakeholder("Five", null, List.of(), null, null);
        s4 = stakeholder("Four", null, List.of(), null, null);
        Fixtures.appoint(Fixtures.post(o1, "Cabinet Member for Housing", "CABINET_MEMBER"), s1, appointed);
        Fixtures.appoint(Fixtures.post(o1, "Deputy Leader", "DEPUTY_LEADER"), s2, appointed);
        Fixtures.appoint(Fixtures.post(o2, "Leader", "COUNCIL_LEADER"), s3, appointed);
        Fixtures.appoint(Fixtures.post(o2, "Cabinet Member for Transport", "CABINET_MEMBER"), s5, appointed);
        Fixtures.assign(s1, ownerA, "LEAD");
        Fixtures.assign(s2, ownerA, "LEAD");
        Fixtures.assign(s4, ownerA, "SUPPORT");
        Fixtures.assign(s3, ownerB, "LEAD");
        Fixtures.assign(s1, ownerB, "SUPPORT");
        Map<String, Object> plan = Fixtures.plan(s1, ownerA);
        plan.put("policyAreas", List.of(areaH));
        plan.put("contactCadenceDays", 5);
        plan.put("briefingCadenceDays", 10);
        plan.put("startDate", TODAY.minusDays(100).toString());
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);

        log(
                "BRIEFING",
                "COMPLETED",
                at(TODAY.minusDays(20), 10, 0),
                List.of(s1),
                List.of(ownerA),
                List.of(areaH, areaT));
        Map<String, Object> meeting =
                interaction("MEETING", "COMPLETED", at(TODAY.minusDays(10), 10, 0), List.of(s1, s2), List.of(ownerA));
        meeting.put("policyAreas", List.of(areaH));
        meeting.put(
                "followUps",
                List.of(
                        Map.of(
                                "description",
                                "Send the note",
                                "assigneeId",
                                ownerA,
                                "dueDate",
                                TODAY.minusDays(3).toString()),
                        Map.of(
                                "description",
                                "Book a visit",
                                "assigneeId",
                                ownerA,
                                "dueDate",
                                TODAY.plusDays(30).toString())));
        Fixtures.logInteraction(meeting);
        log("CALL", "COMPLETED", at(TODAY.minusDays(5), 9, 0), List.of(s3), List.of(ownerB), List.of());
        log("CALL", "COMPLETED", at(FROM, 0, 30), List.of(s3), List.of(ownerB), List.of());
        log("CALL", "COMPLETED", at(FROM.minusDays(1), 23, 30), List.of(s3), List.of(ownerB), List.of());
        log("MEETING", "CANCELLED", at(TODAY.minusDays(8), 10, 0), List.of(s1), List.of(ownerA), List.of());
        log("MEETING", "COMPLETED", at(TODAY.minusDays(200), 10, 0), List.of(s2), List.of(ownerB), List.of());
        log("MEETING", "SCHEDULED", at(TODAY.plusDays(3), 10, 0), List.of(s3), List.of(ownerB), List.of());

        String uncoveredS3 = given().queryParam("stakeholderId", s3)
                .queryParam("kind", "POST_UNCOVERED")
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("items[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("note", "Plan being drafted"))
                .post("/api/v1/alerts/" + uncoveredS3 + "/acknowledge")
                .then()
                .statusCode(200);
    }

    @Test
    void engagementByOrganisationCountsEachInteractionOnceInEachGroupOfItsStakeholders() {
        JsonPath report = engagement(Map.of("groupBy", "organisation"));
        assertThat(report.getString("groupBy")).isEqualTo("organisation");
        assertThat(report.getString("asOf")).isEqualTo(TODAY.toString());
        Map<String, Object> one = row(report, o1);
        assertFigures(one, 2, Map.of("MEETING", 1, "BRIEFING", 1), 2, 2, 2, 1.0, 4);
        Map<String, Object> two = row(report, o2);
        // The call at 00:30 on the first day counts; the one at 23:30 the evening before does not.
        assertFigures(two, 2, Map.of("CALL", 2), 1, 2, 1, 0.5, 1);
        assertThat(two.get("label")).asString().startsWith("Report Borough Two");
    }

    /**
     * A change of Leader in the period: each holder's interactions stay with the organisation and category of the post
     * they held on the day, as on the post's timeline, and both holders are among its members, so coverage stays 1.
     */
    @Test
    void engagementByOrganisationAndCategoryFollowsThePostsHeldOnTheDay() {
        String o3 = Fixtures.organisation(Fixtures.unique("Report Borough Three"));
        String leader = Fixtures.post(o3, "Leader", "COUNCIL_LEADER");
        String outgoing = stakeholder("Outgoing", partyX, List.of(), null, null);
        String incoming = stakeholder("Incoming", partyY, List.of(), null, null);
        LocalDate change = TODAY.minusDays(30);
        Fixtures.appoint(leader, outgoing, TODAY.minusDays(400), change);
        Fixtures.appoint(leader, incoming, change);
        log("MEETING", "COMPLETED", at(change.minusDays(1), 10, 0), List.of(outgoing), List.of(ownerA), List.of());
        log("CALL", "COMPLETED", at(change, 9, 0), List.of(incoming), List.of(ownerB), List.of());
        // The changeover day counts for the outgoing leader too: that morning's meeting is the borough's.
        log("MEETING", "COMPLETED", at(change, 8, 0), List.of(outgoing), List.of(ownerA), List.of());
        log("CALL", "COMPLETED", at(change.plusDays(5), 9, 0), List.of(incoming), List.of(ownerB), List.of());
        // The outgoing leader, after the change, holds no post: that call is theirs, not the borough's.
        log("CALL", "COMPLETED", at(change.plusDays(2), 9, 0), List.of(outgoing), List.of(ownerB), List.of());

        JsonPath byOrganisation = engagement(Map.of("groupBy", "organisation", "organisationId", o3));
        // The incoming leader has no LEAD owner yet: POST_UNCOVERED, overdue, counts where they hold the post today.
        assertFigures(row(byOrganisation, o3), 4, Map.of("MEETING", 2, "CALL", 2), 2, 2, 2, 1.0, 1);
        Map<String, Object> none = byOrganisation.getList("rows", Map.class).stream()
                .filter(r -> r.get("key") == null)
                .findFirst()
                .map(ReportTest::typed)
                .orElseThrow();
        assertFigures(none, 1, Map.of("CALL", 1), 1, 0, 0, null, 0);

        JsonPath byCategory = engagement(Map.of("groupBy", "category", "organisationId", o3));
        assertFigures(row(byCategory, "COUNCIL_LEADER"), 4, Map.of("MEETING", 2, "CALL", 2), 2, 2, 2, 1.0, 1);
    }

    /**
     * An interaction corrected after it was logged (a call re-filed as a meeting, a visit re-dated to before the period)
     * moves the report at once: the report reads the period's contacts off the links, which follow their interaction.
     */
    @Test
    void engagementFollowsAnInteractionCorrectedAfterItWasLogged() {
        String o3 = Fixtures.organisation(Fixtures.unique("Report Borough Corrected"));
        String holder = stakeholder("Corrected", partyX, List.of(), null, null);
        Fixtures.appoint(Fixtures.post(o3, "Leader", "COUNCIL_LEADER"), holder, TODAY.minusDays(365));
        String call = Fixtures.logInteraction(
                interaction("CALL", "COMPLETED", at(TODAY.minusDays(4), 9, 0), List.of(holder), List.of(ownerA)));
        String visit = Fixtures.logInteraction(
                interaction("VISIT", "COMPLETED", at(TODAY.minusDays(3), 9, 0), List.of(holder), List.of(ownerA)));
        Map<String, String> scope = Map.of("groupBy", "organisation", "organisationId", o3);
        // The leader has no LEAD owner: POST_UNCOVERED, overdue throughout.
        assertFigures(row(engagement(scope), o3), 2, Map.of("CALL", 1, "VISIT", 1), 1, 1, 1, 1.0, 1);

        correct(call, Map.of("type", "MEETING"));
        correct(visit, Map.of("startsAt", at(FROM.minusDays(2), 9, 0)));

        assertFigures(row(engagement(scope), o3), 1, Map.of("MEETING", 1), 1, 1, 1, 1.0, 1);
        correct(call, Map.of("startsAt", at(FROM.minusDays(1), 9, 0)));
        assertFigures(row(engagement(scope), o3), 0, Map.of(), 0, 1, 0, 0.0, 1);
    }

    private static void correct(String interaction, Map<String, Object> patch) {
        String version = given().get("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", version)
                .body(patch)
                .patch("/api/v1/interactions/" + interaction)
                .then()
                .statusCode(200);
    }

    /**
     * The CSV a manager opens: what it is and its period on top, readable headings, and a Total row counted once over
     * the report (the meeting with S1 and S2 is one interaction in the total, as in their borough's row).
     */
    @Test
    @SendsBadInput // among what it checks, that an unknown layout is refused
    void engagementAsAReportForPeopleWithItsPeriodAndATotal() throws IOException {
        String text = given().queryParams(period())
                .queryParams(Map.of("groupBy", "organisation", "ownerId", ownerA, "layout", "report"))
                .accept("text/csv")
                .get("/api/v1/reports/engagement")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<CSVRecord> lines = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(lines.get(0).get(0)).isEqualTo("Engagement by organisation");
        assertThat(lines.get(1).toList()).containsExactly("Period", "17 March 2026 to 14 June 2026");
        assertThat(lines.get(2).toList()).containsExactly("Figures of today as of", "15 June 2026");
        CSVRecord headings = lines.stream()
                .filter(r -> r.get(0).equals("Organisation"))
                .findFirst()
                .orElseThrow();
        assertThat(headings.toList())
                .startsWith("Organisation", "Interactions", "Meetings", "Calls")
                .endsWith(
                        "Briefings delivered",
                        "Stakeholders engaged",
                        "Active stakeholders",
                        "Active stakeholders engaged",
                        "Coverage",
                        "Overdue alerts");
        CSVRecord total = lines.get(lines.size() - 1);
        assertThat(total.get(0)).isEqualTo("Total");
        assertThat(total.get(1)).isEqualTo("2"); // the meeting and the briefing, once each
        int n = total.size();
        assertThat(List.of(total.get(n - 5), total.get(n - 4), total.get(n - 3), total.get(n - 2), total.get(n - 1)))
                .containsExactly("2", "3", "2", "0.6667", "4");
        given().queryParams(period())
                .queryParams(Map.of("groupBy", "organisation", "layout", "landscape"))
                .accept("text/csv")
                .get("/api/v1/reports/engagement")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("layout"));
    }

    /** Kept to the 33 London authorities: a borough's stakeholders only, and only the authorities' rows. */
    @Test
    void engagementKeptToTheLondonAuthorities() {
        String ownerC = member("DEPUTY_MAYOR", "POLICY_AND_DELIVERY");
        String camden = Fixtures.referenceOrganisationId("camden");
        String camdenMember = stakeholder("Camden", partyX, List.of(), null, null);
        Fixtures.appoint(
                Fixtures.post(camden, Fixtures.unique("Cabinet Member for Reports"), "CABINET_MEMBER"),
                camdenMember,
                TODAY.minusDays(400));
        Fixtures.assign(camdenMember, ownerC, "LEAD");
        Fixtures.assign(s1, ownerC, "SUPPORT"); // S1's post is in O1, not a London authority
        log("CALL", "COMPLETED", at(TODAY.minusDays(4), 9, 0), List.of(camdenMember), List.of(ownerC), List.of());
        JsonPath report = engagement(Map.of("groupBy", "organisation", "ownerId", ownerC, "londonAuthorities", true));
        assertThat(report.getList("rows")).hasSize(33);
        assertThat(report.getList("rows.key")).doesNotContain(o1);
        assertFigures(row(report, camden), 1, Map.of("CALL", 1), 1, 1, 1, 1.0, 1);
    }

    @Test
    void engagementByPartyGroupsStakeholdersByTheirParty() {
        JsonPath report = engagement(Map.of("groupBy", "party"));
        assertFigures(row(report, partyX), 2, Map.of("MEETING", 1, "BRIEFING", 1), 2, 2, 2, 1.0, 4);
        assertFigures(row(report, partyY), 2, Map.of("CALL", 2), 1, 1, 1, 1.0, 0);
    }

    @Test
    void engagementByOwnerUnitAndRoleFollowsTheCurrentLeadOwner() {
        for (var grouping : Map.of("owner", ownerA, "unit", "POLICY_AND_DELIVERY", "ownerRole", "DEPUTY_MAYOR")
                .entrySet()) {
            JsonPath report = engagement(Map.of("groupBy", grouping.getKey(), "ownerId", ownerA));
            assertFigures(row(report, grouping.getValue()), 2, Map.of("MEETING", 1, "BRIEFING", 1), 2, 2, 2, 1.0, 4);
            // S4 has no LEAD owner: the "none" group, listed last, with its key null.
            List<Map<String, Object>> rows = report.getList("rows");
            Map<String, Object> none = rows.get(rows.size() - 1);
            assertThat(none.get("key")).isNull();
            assertFigures(none, 0, Map.of(), 0, 1, 0, 0.0, 0);
        }
        // Owner B is listed, but none of A's stakeholders are B's LEAD relationships.
        JsonPath byOwner = engagement(Map.of("groupBy", "owner", "ownerId", ownerA));
        assertFigures(row(byOwner, ownerB), 0, Map.of(), 0, 0, 0, null, 0);
    }

    @Test
    void engagementByPolicyAreaCountsAnInteractionOnceInEachOfItsAreas() {
        JsonPath report = engagement(Map.of("groupBy", "policyArea", "ownerId", ownerA));
        assertFigures(row(report, areaH), 2, Map.of("MEETING", 1, "BRIEFING", 1), 2, 1, 1, 1.0, 1);
        // S2 is interested in T but was never engaged on it.
        assertFigures(row(report, areaT), 1, Map.of("BRIEFING", 1), 1, 1, 0, 0.0, 0);
        Map<String, Object> none = report.getList("rows", Map.class).stream()
                .filter(r -> r.get("key") == null)
                .findFirst()
                .orElseThrow();
        assertFigures(none, 0, Map.of(), 0, 0, 0, null, 3);
    }

    @Test
    void engagementByCategoryGoesThroughThePostsHeldToday() {
        JsonPath report = engagement(Map.of("groupBy", "category", "organisationId", o1));
        assertFigures(row(report, "CABINET_MEMBER"), 2, Map.of("MEETING", 1, "BRIEFING", 1), 1, 1, 1, 1.0, 3);
        assertFigures(row(report, "DEPUTY_LEADER"), 1, Map.of("MEETING", 1), 1, 1, 1, 1.0, 2);
        assertFigures(row(report, "COUNCIL_LEADER"), 0, Map.of(), 0, 0, 0, null, 0);
    }

    @Test
    void engagementByMonthListsEveryMonthOfThePeriod() {
        JsonPath report = engagement(Map.of("groupBy", "month", "ownerId", ownerA));
        assertThat(report.getList("rows.key")).containsExactly("2026-03", "2026-04", "2026-05", "2026-06");
        assertThat(report.getList("rows.label")).containsExactly("March 2026", "April 2026", "May 2026", "June 2026");
        assertFigures(row(report, "2026-05"), 1, Map.of("BRIEFING", 1), 1, 3, 1, 0.3333, 0);
        assertFigures(row(report, "2026-06"), 1, Map.of("MEETING", 1), 2, 3, 2, 0.6667, 3);
        assertFigures(row(report, "2026-03"), 0, Map.of(), 0, 3, 0, 0.0, 0);
    }

    @Test
    void engagementAnswersCsvWithTheSameFigures() throws IOException {
        String body = given().accept("text/csv")
                .queryParams(period())
                .queryParam("groupBy", "organisation")
                .get("/api/v1/reports/engagement")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        Map<String, CSVRecord> rows = csvByFirstColumn(body);
        CSVRecord one = rows.get(o1);
        assertThat(one.get("interactions")).isEqualTo("2");
        assertThat(one.get("MEETING")).isEqualTo("1");
        assertThat(one.get("BRIEFING")).isEqualTo("1");
        assertThat(one.get("CALL")).isEqualTo("0");
        assertThat(one.get("briefingsDelivered")).isEqualTo("1");
        assertThat(one.get("stakeholdersEngaged")).isEqualTo("2");
        assertThat(one.get("activeStakeholders")).isEqualTo("2");
        assertThat(one.get("coverage")).isEqualTo("1.0000");
        assertThat(one.get("overdueAlerts")).isEqualTo("4");
        assertThat(rows.get(o2).get("coverage")).isEqualTo("0.5000");
    }

    @Test
    void appointeeTrackingCountsWhatEachMemberOwnsDidAndOwes() {
        JsonPath report = given().queryParams(period())
                .queryParam("teamMemberId", ownerA)
                .queryParam("teamMemberId", ownerB)
                .get("/api/v1/reports/appointees")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("rows")).hasSize(2);
        Map<String, Object> a = memberRow(report, ownerA);
        assertThat(a)
                .containsEntry("role", "DEPUTY_MAYOR")
                .containsEntry("unit", "POLICY_AND_DELIVERY")
                .containsEntry("leadRelationships", 2)
                .containsEntry("supportRelationships", 1)
                .containsEntry("interactionsAttended", 2)
                .containsEntry("briefingsDelivered", 1)
                .containsEntry("followUpsOpen", 2)
                .containsEntry("followUpsOverdue", 1)
                .containsEntry("alertsOverdue", 3)
                .containsEntry("lastEngagement", TODAY.minusDays(10).toString())
                .containsEntry("stakeholdersPastContactCadence", 1);
        Map<String, Object> b = memberRow(report, ownerB);
        assertThat(b)
                .containsEntry("leadRelationships", 1)
                .containsEntry("supportRelationships", 1)
                .containsEntry("interactionsAttended", 2)
                .containsEntry("briefingsDelivered", 0)
                .containsEntry("followUpsOpen", 0)
                .containsEntry("followUpsOverdue", 0)
                .containsEntry("alertsOverdue", 0)
                .containsEntry("lastEngagement", TODAY.minusDays(5).toString())
                .containsEntry("stakeholdersPastContactCadence", 1);
    }

    @Test
    void appointeeTrackingDefaultsToDeputyMayorsAppointeesAndAdvisers() throws IOException {
        String staff = member("STAFF", null);
        JsonPath report = given().queryParams(period())
                .get("/api/v1/reports/appointees")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("rows.teamMemberId")).contains(ownerA, ownerB).doesNotContain(staff);
        String csv = given().accept("text/csv")
                .queryParams(period())
                .queryParam("teamMemberId", ownerA)
                .get("/api/v1/reports/appointees")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        CSVRecord a = csvByFirstColumn(csv).get(ownerA);
        assertThat(a.get("alertsOverdue")).isEqualTo("3");
        assertThat(a.get("lastEngagement")).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(a.get("followUpsOverdue")).isEqualTo("1");
    }

    @Test
    void stakeholderMapCountsEachCellAndListsTheStakeholdersInOne() throws IOException {
        JsonPath map = given().queryParam("ownerId", ownerA)
                .get("/api/v1/reports/stakeholder-map")
                .then()
                .statusCode(200)
                .body("cells", hasSize(25))
                .extract()
                .jsonPath();
        assertThat(map.getInt("total")).isEqualTo(3);
        assertThat(map.getInt("unrated")).isEqualTo(1);
        assertThat(map.getInt("cells.find { it.influence == 5 && it.interest == 4 }.count"))
                .isEqualTo(2);
        assertThat(map.getInt("cells.findAll { it.count > 0 }.size()")).isEqualTo(1);
        given().queryParam("ownerId", ownerA)
                .queryParam("influence", 5)
                .queryParam("interest", 4)
                .get("/api/v1/reports/stakeholder-map/stakeholders")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", hasItem(s1))
                .body("items.id", hasItem(s2));
        String csv = given().accept("text/csv")
                .queryParam("ownerId", ownerA)
                .get("/api/v1/reports/stakeholder-map")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv).contains("5,4,2").contains(",,1");
    }

    @Test
    @SendsBadInput
    void badPeriodsAndUnknownGroupingsAreRejectedNamingTheField() {
        rejects("/api/v1/reports/engagement", Map.of("to", TO.toString(), "groupBy", "party"), "from");
        rejects("/api/v1/reports/engagement", Map.of("from", FROM.toString(), "groupBy", "party"), "to");
        rejects(
                "/api/v1/reports/engagement",
                Map.of("from", TO.toString(), "to", FROM.toString(), "groupBy", "party"),
                "to");
        rejects(
                "/api/v1/reports/engagement",
                Map.of("from", "2020-01-01", "to", "2025-01-01", "groupBy", "party"),
                "to");
        rejects(
                "/api/v1/reports/engagement",
                Map.of("from", FROM.toString(), "to", TO.toString(), "groupBy", "weather"),
                "groupBy");
        rejects("/api/v1/reports/engagement", Map.of("from", FROM.toString(), "to", TO.toString()), "groupBy");
        rejects(
                "/api/v1/reports/engagement",
                Map.of("from", "2026-13-01", "to", TO.toString(), "groupBy", "party"),
                "from");
        rejects("/api/v1/reports/appointees", Map.of("from", TO.toString(), "to", FROM.toString()), "to");
        rejects(
                "/api/v1/reports/appointees",
                Map.of("from", FROM.toString(), "to", TO.toString(), "role", "CHANCELLOR"),
                "role");
        rejects("/api/v1/reports/stakeholder-map/stakeholders", Map.of("influence", 3), "interest");
        rejects("/api/v1/reports/stakeholder-map", Map.of("influence", 6), "influence");
    }

    @Test
    void aFiveYearPeriodLessOneDayIsAccepted() {
        given().queryParam("from", "2021-06-15")
                .queryParam("to", "2026-06-14")
                .queryParam("groupBy", "month")
                .queryParam("ownerId", ownerA)
                .get("/api/v1/reports/engagement")
                .then()
                .statusCode(200)
                .body("rows", hasSize(61));
    }

    private static void rejects(String path, Map<String, ?> query, String field) {
        given().queryParams(query)
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static void assertFigures(
            Map<String, Object> row,
            int interactions,
            Map<String, Integer> byType,
            int engaged,
            int active,
            int activeEngaged,
            Double coverage,
            int overdue) {
        assertThat(row).containsEntry("interactions", interactions);
        @SuppressWarnings("unchecked")
        Map<String, Object> types = (Map<String, Object>) row.get("interactionsByType");
        assertThat(types).hasSize(8);
        types.forEach((type, count) -> assertThat(count).as(type).isEqualTo(byType.getOrDefault(type, 0)));
        assertThat(row).containsEntry("briefingsDelivered", byType.getOrDefault("BRIEFING", 0));
        assertThat(row).containsEntry("stakeholdersEngaged", engaged);
        assertThat(row).containsEntry("activeStakeholders", active);
        assertThat(row).containsEntry("activeStakeholdersEngaged", activeEngaged);
        if (coverage == null) {
            assertThat(row.get("coverage")).isNull();
        } else {
            assertThat(((Number) row.get("coverage")).doubleValue()).isEqualTo(coverage);
        }
        assertThat(row).containsEntry("overdueAlerts", overdue);
    }

    private static Map<String, Object> row(JsonPath report, String key) {
        return report.getList("rows", Map.class).stream()
                .filter(r -> key.equals(r.get("key")))
                .findFirst()
                .map(ReportTest::typed)
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + report.prettify()));
    }

    private static Map<String, Object> memberRow(JsonPath report, String id) {
        return report.getList("rows", Map.class).stream()
                .filter(r -> id.equals(r.get("teamMemberId")))
                .findFirst()
                .map(ReportTest::typed)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> typed(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static JsonPath engagement(Map<String, ?> query) {
        return given().queryParams(period())
                .queryParams(query)
                .get("/api/v1/reports/engagement")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath()
                .using(io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                        .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static Map<String, String> period() {
        return Map.of("from", FROM.toString(), "to", TO.toString());
    }

    private static Map<String, CSVRecord> csvByFirstColumn(String csv) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            rows.put(r.get(0), r);
        }
        return rows;
    }

    private static String at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), AppClock.LONDON)
                .toOffsetDateTime()
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Map<String, Object> interaction(
            String type, String status, String startsAt, List<String> stakeholders, List<String> attendees) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("status", status);
        body.put("startsAt", startsAt);
        body.put("stakeholderIds", stakeholders);
        body.put("attendeeIds", attendees);
        return body;
    }

    private static void log(
            String type,
            String status,
            String startsAt,
            List<String> stakeholders,
            List<String> attendees,
            List<String> areas) {
        Map<String, Object> body = interaction(type, status, startsAt, stakeholders, attendees);
        body.put("policyAreas", areas);
        Fixtures.logInteraction(body);
    }

    private static String policyArea(String code) {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Area " + code))
                .post("/api/v1/policy-areas")
                .then()
                .statusCode(201);
        return code;
    }

    private static String member(String role, String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", Fixtures.unique("Member"));
        body.put("email", "r-" + UUID.randomUUID() + "@example.org");
        body.put("role", role);
        body.put("unit", unit);
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/team-members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String stakeholder(
            String lastName, String party, List<String> interests, Integer influence, Integer interest) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Report");
        body.put("lastName", lastName);
        body.put("party", party);
        body.put("policyInterests", interests);
        body.put("influence", influence);
        body.put("interest", interest);
        return Fixtures.stakeholder(body);
    }
}
