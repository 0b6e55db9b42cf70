package io.liaison.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.liaison.alert.service.AlertSubjectSettings;
import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stored alert subjects (V10): kept in step by the database whatever writes the data, recomputed once at commit,
 * and shown on the right days although they are written only when the data changes.
 */
@QuarkusTest
class AlertSubjectTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Inject
    AppClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AlertSubjectSettings subjectSettings;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void today(LocalDate day) {
        clock.setClock(Fixtures.noonInLondon(day));
    }

    private static ValidatableResponse alerts(String stakeholder) {
        return given().queryParam("stakeholderId", stakeholder)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200);
    }

    /** A statement with its parameters bound in order. */
    private static PreparedStatement prepare(Connection connection, String statement, Object... parameters)
            throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement);
        for (int i = 0; i < parameters.length; i++) {
            prepared.setObject(i + 1, parameters[i]);
        }
        return prepared;
    }

    private void sql(String statement, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = prepare(connection, statement, parameters)) {
            prepared.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aChangeWrittenOutsideTheApiIsReflectedOnceCommitted() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Scripted"));
        today(START);
        alerts(stakeholder).body("totalItems", equalTo(0));
        sql("update stakeholder set term_end_date = ? where id = ?", START.plusDays(40), UUID.fromString(stakeholder));
        alerts(stakeholder)
                .body("items.kind", contains("TERM_ENDING"))
                .body("items[0].dueDate", equalTo(START.plusDays(40).toString()));
        sql("update stakeholder set status = 'ARCHIVED' where id = ?", UUID.fromString(stakeholder));
        alerts(stakeholder).body("totalItems", equalTo(0));
    }

    @Test
    void aHolderBecomesUncoveredTheDayAfterTheirPlanEnds() {
        String holder = Fixtures.stakeholder(Fixtures.unique("Holder"));
        String org = Fixtures.organisation(Fixtures.unique("Planned Council"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        Fixtures.appoint(post, holder, START.minusDays(10));
        Fixtures.assign(holder, Fixtures.teamMember("STAFF"), "LEAD");
        Map<String, Object> plan = Fixtures.plan(holder, Fixtures.teamMember("STAFF"));
        plan.put("startDate", START.minusDays(10).toString());
        plan.put("endDate", START.plusDays(30).toString());
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);

        ValidatableResponse organisationAlerts;
        today(START.plusDays(30));
        organisationAlerts = given().queryParam("organisationId", org)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200);
        organisationAlerts.body("items.kind", not(hasItem("POST_UNCOVERED")));
        today(START.plusDays(31));
        given().queryParam("organisationId", org)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200)
                .body("items.kind", contains("POST_UNCOVERED"))
                .body("items[0].dueDate", equalTo(START.minusDays(10).toString()));
        // The tenure ends: the post is no longer this holder's to cover.
        sql("update tenure set end_date = ? where post_id = ?", START.plusDays(35), UUID.fromString(post));
        // Their owner will have a former holder to tie up, from the day the tenure ends (and not before: until then
        // they hold the post).
        today(START.plusDays(34));
        given().queryParam("organisationId", org)
                .get("/api/v1/alerts")
                .then()
                .body("items.kind", contains("POST_UNCOVERED"));
        today(START.plusDays(35));
        given().queryParam("organisationId", org)
                .get("/api/v1/alerts")
                .then()
                .body("items.kind", contains("FORMER_HOLDER"))
                .body("items[0].severity", equalTo("DUE_TODAY"));
    }

    @Test
    void aMeetingWithTwoStakeholdersIsOneAlertListedForEach() {
        String first = Fixtures.stakeholder(Fixtures.unique("Joint"));
        String second = Fixtures.stakeholder(Fixtures.unique("Joint"));
        String attendee = Fixtures.teamMember("STAFF");
        Map<String, Object> meeting = Fixtures.meeting(first, second);
        meeting.put("status", "SCHEDULED");
        meeting.put("startsAt", START.plusDays(5) + "T10:00:00Z");
        meeting.put("attendeeIds", List.of(attendee));
        today(START);
        String meetingId = Fixtures.logInteraction(meeting);
        String id = alerts(first)
                .body("items.kind", contains("MEETING_PREP_DUE"))
                .extract()
                .path("items[0].id");
        alerts(second).body("items.id", contains(id));
        given().queryParam("ownerId", attendee)
                .get("/api/v1/alerts")
                .then()
                .body("items.id", contains(id))
                .body("totalItems", equalTo(1));

        // One of them leaves the meeting: the alert stays with the other only.
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("stakeholderIds", List.of(second)))
                .patch("/api/v1/interactions/" + meetingId)
                .then()
                .statusCode(200);
        alerts(first).body("totalItems", equalTo(0));
        alerts(second).body("items.id", contains(id));
    }

    @Test
    void aNewPrepLeadTimeRecomputesTheStoredDates() {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Prepared"));
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put("status", "SCHEDULED");
        meeting.put("startsAt", START.plusDays(10) + "T10:00:00Z");
        today(START);
        Fixtures.logInteraction(meeting);
        alerts(stakeholder).body("items[0].dueDate", equalTo(START.plusDays(8).toString()));
        try {
            // As if the rows had been computed by a service configured with 5 days.
            sql("update alert_config set prep_lead_days = 5");
            sql("select refresh_alert_subjects(null)");
            alerts(stakeholder)
                    .body("items[0].dueDate", equalTo(START.plusDays(5).toString()));
        } finally {
            assertThat(subjectSettings.applyPrepLeadTime()).isTrue();
        }
        alerts(stakeholder).body("items[0].dueDate", equalTo(START.plusDays(8).toString()));
        assertThat(subjectSettings.applyPrepLeadTime()).isFalse();
    }

    @Test
    void anOwnersPageReadFromTheOwnerIndexAgreesWithTheSubjects() {
        today(START); // the meetings below are scheduled from then on, in its future
        String owner = Fixtures.teamMember("STAFF");
        String other = Fixtures.teamMember("STAFF");
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Owned"));
        activePlan(stakeholder, owner, 10);
        // A meeting both attend (prep alert owned by two) with a follow-up for the other only.
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put("status", "SCHEDULED");
        meeting.put("startsAt", START.plusDays(9) + "T10:00:00Z");
        meeting.put("attendeeIds", List.of(owner, other));
        meeting.put(
                "followUps",
                List.of(Map.of(
                        "description",
                        "Send the note",
                        "assigneeId",
                        other,
                        "dueDate",
                        START.plusDays(6).toString())));
        Fixtures.logInteraction(meeting);
        today(START.plusDays(7));

        // The stakeholder's list reads alert_subject itself: the owner's page must be its rows that name the owner.
        List<Map<String, Object>> all = alerts(stakeholder).extract().path("items");
        for (String member : List.of(owner, other)) {
            List<Object> expected = all.stream()
                    .filter(a -> ((List<?>) a.get("ownerIds")).contains(member))
                    .map(a -> a.get("id"))
                    .toList();
            assertThat(expected).isNotEmpty();
            given().queryParam("ownerId", member)
                    .get("/api/v1/alerts")
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(expected))
                    .body("totalItems", equalTo(expected.size()));
        }
        // Narrowed by severity, a page at a time, and with an acknowledged alert hidden and then included.
        List<String> owned = given().queryParam("ownerId", owner)
                .get("/api/v1/alerts")
                .then()
                .extract()
                .path("items.id");
        assertThat(owned).hasSizeGreaterThanOrEqualTo(3);
        given().queryParam("ownerId", owner)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/api/v1/alerts")
                .then()
                .body("items.id", contains(owned.get(1)))
                .body("totalItems", equalTo(owned.size()));
        given().queryParam("ownerId", owner)
                .queryParam("severity", "UPCOMING")
                .get("/api/v1/alerts")
                .then()
                .body("items.severity", org.hamcrest.Matchers.everyItem(equalTo("UPCOMING")));
        given().contentType("application/json")
                .body(Map.of("note", "seen"))
                .post("/api/v1/alerts/" + owned.get(0) + "/acknowledge")
                .then()
                .statusCode(200);
        given().queryParam("ownerId", owner)
                .get("/api/v1/alerts")
                .then()
                .body("items.id", not(hasItem(owned.get(0))))
                .body("totalItems", equalTo(owned.size() - 1));
        given().queryParam("ownerId", owner)
                .queryParam("includeAcknowledged", true)
                .get("/api/v1/alerts")
                .then()
                .body("items.id", equalTo(owned))
                .body("totalItems", equalTo(owned.size()));

        // Whatever wrote the subjects, the owner rows are exactly their owners: none missing, none left over.
        sql(
                "update engagement_plan set contact_cadence_days = 12 where stakeholder_id = ?",
                UUID.fromString(stakeholder));
        assertThat(number("""
                        select count(*) from (
                            (select o.owner_id, s.id, s.due_date, s.kind from alert_subject s, unnest(s.owner_ids) o(owner_id)
                             except select owner_id, id, due_date, kind from alert_subject_owner)
                            union all
                            (select owner_id, id, due_date, kind from alert_subject_owner
                             except select o.owner_id, s.id, s.due_date, s.kind from alert_subject s, unnest(s.owner_ids) o(owner_id))
                        ) differences""")).isZero();
    }

    /** The first column of every row, in order, read through JDBC with the parameters bound in order. */
    private static List<String> column(Connection connection, String query, Object... parameters) throws SQLException {
        try (PreparedStatement prepared = prepare(connection, query, parameters);
                java.sql.ResultSet result = prepared.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }

    /** Each stored subject of the stakeholder as "kind policy area id row version (xmin)", in that order. */
    private List<String> storedRows(UUID stakeholder) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return column(
                    connection,
                    "select concat_ws(' ', kind, policy_area, id, xmin) from alert_subject"
                            + " where home_stakeholder_id = ? order by kind, policy_area, id",
                    stakeholder);
        }
    }

    @Test
    void aWriteRewritesOnlyTheSubjectsItChanged() throws SQLException {
        String owner = Fixtures.teamMember("STAFF");
        UUID stakeholder = UUID.fromString(Fixtures.stakeholder(Fixtures.unique("Rewritten")));
        activePlan(stakeholder.toString(), owner, 10);
        List<String> before = storedRows(stakeholder);
        assertThat(before).hasSize(3).allMatch(row -> row.startsWith("BRIEFING_DUE") || row.startsWith("CONTACT_DUE"));

        // A completed call moves the contact due date (a new id) and leaves both briefing subjects as they were.
        Map<String, Object> call = Fixtures.meeting(stakeholder.toString());
        call.put("type", "CALL");
        call.put("startsAt", START.plusDays(2) + "T10:00:00Z");
        Fixtures.logInteraction(call);
        List<String> after = storedRows(stakeholder);
        assertThat(after.subList(0, 2)).isEqualTo(before.subList(0, 2));
        assertThat(after.get(2)).startsWith("CONTACT_DUE").isNotEqualTo(before.get(2));
        assertThat(after.get(2).split(" ")[1]).isNotEqualTo(before.get(2).split(" ")[1]);

        // And what is stored is what a rewrite from nothing gives, column for column (rolled back).
        String everyColumn = "select a::text from alert_subject a where home_stakeholder_id = ? order by id";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<String> stored = column(connection, everyColumn, stakeholder);
            column(
                    connection,
                    "with d as (delete from alert_subject where home_stakeholder_id = ? returning 1) select count(*) from d",
                    stakeholder);
            column(connection, "select cast(refresh_alert_subjects(array[?]) as text)", stakeholder);
            assertThat(column(connection, everyColumn, stakeholder)).isEqualTo(stored);
            connection.rollback();
        }
    }

    /** An ACTIVE plan from START: housing and transport briefed every 7 days, contact every contactDays. */
    private static void activePlan(String stakeholder, String owner, int contactDays) {
        Map<String, Object> plan = Fixtures.plan(stakeholder, owner);
        plan.put("policyAreas", List.of("housing", "transport"));
        plan.put("briefingCadenceDays", 7);
        plan.put("contactCadenceDays", contactDays);
        plan.put("startDate", START.toString());
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);
    }

    private long number(String query) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement prepared = connection.prepareStatement(query);
                java.sql.ResultSet result = prepared.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void officeWideTotalsAgreeWithTheAlertsListed() {
        today(START); // the meetings below are scheduled from then on, in its future
        String owner = Fixtures.teamMember("STAFF");
        String stakeholder = Fixtures.stakeholder(Map.of(
                "firstName",
                "Counted",
                "lastName",
                Fixtures.unique("Office"),
                "termEndDate",
                START.plusDays(50).toString()));
        activePlan(stakeholder, owner, 30);
        Map<String, Object> meeting = Fixtures.meeting(stakeholder);
        meeting.put("status", "SCHEDULED");
        meeting.put("startsAt", START.plusDays(12) + "T10:00:00Z");
        Fixtures.logInteraction(meeting);
        today(START.plusDays(9));
        List<String> ids = alerts(stakeholder).extract().path("items.id");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        given().contentType("application/json")
                .body(Map.of("note", "counted"))
                .post("/api/v1/alerts/" + ids.get(0) + "/acknowledge")
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body(Map.of("until", START.plusDays(11).toString()))
                .post("/api/v1/alerts/" + ids.get(1) + "/snooze")
                .then()
                .statusCode(200);

        List<Map<String, Object>> filters = List.of(
                Map.of(),
                Map.of("kind", "BRIEFING_DUE"),
                Map.of("severity", "OVERDUE"),
                Map.of("severity", "UPCOMING", "kind", "TERM_ENDING"),
                Map.of("dueBefore", START.plusDays(10).toString()),
                Map.of("includeAcknowledged", true));
        for (LocalDate day : List.of(START.plusDays(9), START.plusDays(10), START.plusDays(13), START.plusDays(45))) {
            today(day);
            for (Map<String, Object> filter : filters) {
                int total = given().queryParams(filter)
                        .queryParam("size", 1)
                        .get("/api/v1/alerts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("totalItems");
                String csv = given().queryParams(filter)
                        .accept("text/csv")
                        .get("/api/v1/alerts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
                long listed = csv.lines().count() - 1;
                assertThat(total).as("%s on %s", filter, day).isEqualTo((int) listed);
            }
        }
    }
}
