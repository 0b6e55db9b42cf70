package io.liaison.alert;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.liaison.support.Fixtures;
import io.liaison.support.Fixtures.Person;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a post changes hands, the loose ends reach a person: FORMER_HOLDER and POST_UNCOVERED (docs/alerts.md). */
@QuarkusTest
class HolderChangeAlertTest {

    private static final LocalDate TODAY = Fixtures.today();

    private static ValidatableResponse alertsOf(String stakeholderId) {
        return given().queryParam("stakeholderId", stakeholderId)
                .get("/api/v1/alerts")
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse mine(Person person) {
        return given().header("Authorization", "Bearer " + person.token())
                .queryParam("size", 200)
                .get("/api/v1/alerts/mine")
                .then()
                .statusCode(200);
    }

    /** Gives the post a new holder from today, moving nothing; answers the new holder's id. */
    private static String succeed(String post) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "date",
                        TODAY.toString(),
                        "newHolder",
                        Map.of("firstName", "New", "lastName", Fixtures.unique("Holder"))))
                .post("/api/v1/posts/" + post + "/successions")
                .then()
                .statusCode(201)
                .extract()
                .path("successor.id");
    }

    private static String scheduledIn(int days, String stakeholder) {
        Map<String, Object> body = Fixtures.scheduledMeeting(days, stakeholder);
        body.put("briefingPackReady", true);
        return Fixtures.logInteraction(body);
    }

    @Test
    void aFormerHolderWithLooseEndsIsRaisedToTheirLeadUntilTheyAreTied() {
        Person lead = Fixtures.person("EDITOR");
        String org = Fixtures.organisation(Fixtures.unique("Changing Borough"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String outgoing = Fixtures.stakeholder(Fixtures.unique("Leaving"));
        Fixtures.appoint(post, outgoing, TODAY.minusYears(2));
        String assignment = Fixtures.assign(outgoing, lead.id(), "LEAD");
        String plan = Fixtures.createPlan(Fixtures.plan(outgoing, lead.id()));
        Fixtures.moveTo(plan, "ACTIVE").statusCode(200);
        String meeting = scheduledIn(3, outgoing);
        alertsOf(outgoing).body("items.kind", not(hasItem("FORMER_HOLDER")));

        String successor = succeed(post);

        // Due on the changeover day, to the LEAD owner, in their own list.
        alertsOf(outgoing)
                .body("items.find { it.kind == 'FORMER_HOLDER' }.dueDate", equalTo(TODAY.toString()))
                .body("items.find { it.kind == 'FORMER_HOLDER' }.severity", equalTo("DUE_TODAY"))
                .body("items.find { it.kind == 'FORMER_HOLDER' }.postId", equalTo(post))
                .body("items.find { it.kind == 'FORMER_HOLDER' }.ownerIds", contains(lead.id()));
        mine(lead).body("items.findAll { it.kind == 'FORMER_HOLDER' }.stakeholderIds.flatten()", hasItem(outgoing));
        // The new holder's uncovered post goes to the person who led the relationship with the previous holder.
        alertsOf(successor).body("items.find { it.kind == 'POST_UNCOVERED' }.ownerIds", contains(lead.id()));
        mine(lead).body("items.findAll { it.kind == 'POST_UNCOVERED' }.stakeholderIds.flatten()", hasItem(successor));

        // Tying the loose ends one by one: the alert stays while any is left.
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .post("/api/v1/stakeholders/" + outgoing + "/owners/" + assignment + "/end")
                .then()
                .statusCode(200);
        Fixtures.moveTo(plan, "COMPLETED").statusCode(200);
        alertsOf(outgoing)
                .body("items.find { it.kind == 'FORMER_HOLDER' }.ownerIds", empty())
                .body("items.kind", hasItem("FORMER_HOLDER"));
        String etag =
                given().get("/api/v1/interactions/" + meeting).then().extract().header("ETag");
        given().header("If-Match", etag)
                .put("/api/v1/interactions/" + meeting + "/cancellation")
                .then()
                .statusCode(200);
        alertsOf(outgoing).body("items.kind", not(hasItem("FORMER_HOLDER")));
    }

    @Test
    void aHolderOfAnotherPostIsNoFormerHolder() {
        String org = Fixtures.organisation(Fixtures.unique("Two Posts Borough"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String other = Fixtures.post(org, "Cabinet Member for Housing", "CABINET_MEMBER");
        String holder = Fixtures.stakeholder(Fixtures.unique("Twice"));
        Fixtures.appoint(post, holder, TODAY.minusYears(1));
        Fixtures.appoint(other, holder, TODAY.minusMonths(1));
        Fixtures.assign(holder, Fixtures.teamMember("DEPUTY_MAYOR"), "LEAD");

        succeed(post);

        alertsOf(holder).body("items.kind", not(hasItem("FORMER_HOLDER")));
    }

    @Test
    void anUncoveredPostIsOfficeWideWhenThePreviousHolderHadNoLeadAndFollowsTheirOwnershipLater() {
        String org = Fixtures.organisation(Fixtures.unique("Unowned Borough"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String outgoing = Fixtures.stakeholder(Fixtures.unique("Unowned"));
        Fixtures.appoint(post, outgoing, TODAY.minusYears(2));

        String successor = succeed(post);
        alertsOf(successor).body("items.find { it.kind == 'POST_UNCOVERED' }.ownerIds", empty());

        // The previous holder's LEAD, recorded afterwards, is found: the alert moves to them.
        String member = Fixtures.teamMember("DEPUTY_MAYOR");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "teamMemberId",
                        member,
                        "role",
                        "LEAD",
                        "startDate",
                        TODAY.minusYears(1).toString()))
                .post("/api/v1/stakeholders/" + outgoing + "/owners")
                .then()
                .statusCode(201);
        alertsOf(successor).body("items.find { it.kind == 'POST_UNCOVERED' }.ownerIds", contains(member));
    }

    @Test
    void someoneLeavingAPostLaterIsNoFormerHolderYet() {
        String org = Fixtures.organisation(Fixtures.unique("Later Borough"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String outgoing = Fixtures.stakeholder(Fixtures.unique("Staying"));
        Fixtures.appoint(post, outgoing, TODAY.minusYears(2));
        Fixtures.assign(outgoing, Fixtures.teamMember("DEPUTY_MAYOR"), "LEAD");
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "date",
                        TODAY.plusDays(5).toString(),
                        "newHolder",
                        Map.of("firstName", "Future", "lastName", Fixtures.unique("Holder"))))
                .post("/api/v1/posts/" + post + "/successions")
                .then()
                .statusCode(201);

        // Until the changeover day they still hold the post: no alert, not even an upcoming one.
        alertsOf(outgoing).body("items.kind", not(hasItem("FORMER_HOLDER")));
    }

    @Test
    void whenThePreviousHoldersLeadLeavesTheOfficeTheAlertGoesToEveryone() {
        Person lead = Fixtures.person("EDITOR");
        String org = Fixtures.organisation(Fixtures.unique("Leaving Lead Borough"));
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String outgoing = Fixtures.stakeholder(Fixtures.unique("Led"));
        Fixtures.appoint(post, outgoing, TODAY.minusYears(2));
        Fixtures.assign(outgoing, lead.id(), "LEAD");
        String successor = succeed(post);
        alertsOf(successor).body("items.find { it.kind == 'POST_UNCOVERED' }.ownerIds", contains(lead.id()));
        alertsOf(outgoing).body("items.find { it.kind == 'FORMER_HOLDER' }.ownerIds", contains(lead.id()));

        setActive(lead.id(), false);

        // An inactive member sees no alerts: both now reach the whole office.
        alertsOf(successor).body("items.find { it.kind == 'POST_UNCOVERED' }.ownerIds", empty());
        alertsOf(outgoing).body("items.find { it.kind == 'FORMER_HOLDER' }.ownerIds", empty());
    }

    /**
     * A member who leaves sees no alerts, so none may stay with them: the plans they own, the follow-ups assigned to
     * them and the meetings they alone attend reach the whole office; a meeting another attendee keeps goes to them.
     */
    @Test
    void whatALeaverWasDueToDoReachesTheOfficeAndComesBackWithThem() {
        Person leaver = Fixtures.person("EDITOR");
        String colleague = Fixtures.teamMember("STAFF");
        String planned = Fixtures.stakeholder(Fixtures.unique("Planned"));
        String metAlone = Fixtures.stakeholder(Fixtures.unique("Met alone"));
        Map<String, Object> plan = Fixtures.plan(planned, leaver.id());
        // Contact every 30 days from 40 days ago, with none since: CONTACT_DUE is overdue.
        plan.put("startDate", TODAY.minusDays(40).toString());
        Fixtures.moveTo(Fixtures.createPlan(plan), "ACTIVE").statusCode(200);
        Map<String, Object> shared = Fixtures.scheduledMeeting(1, planned);
        shared.put("attendeeIds", List.of(leaver.id(), colleague));
        Fixtures.logInteraction(shared);
        Map<String, Object> alone = Fixtures.scheduledMeeting(1, metAlone);
        alone.put("attendeeIds", List.of(leaver.id()));
        Fixtures.logInteraction(alone);
        Map<String, Object> met = Fixtures.meeting(metAlone);
        met.put(
                "followUps",
                List.of(Map.of(
                        "description",
                        "Send the minutes",
                        "assigneeId",
                        leaver.id(),
                        "dueDate",
                        TODAY.plusDays(3).toString())));
        Fixtures.logInteraction(met);

        alertsOf(planned).body("items.find { it.kind == 'CONTACT_DUE' }.ownerIds", contains(leaver.id()));
        alertsOf(planned)
                .body(
                        "items.find { it.kind == 'MEETING_PREP_DUE' }.ownerIds",
                        containsInAnyOrder(leaver.id(), colleague));
        alertsOf(metAlone).body("items.find { it.kind == 'MEETING_PREP_DUE' }.ownerIds", contains(leaver.id()));
        alertsOf(metAlone).body("items.find { it.kind == 'FOLLOW_UP_DUE' }.ownerIds", contains(leaver.id()));

        setActive(leaver.id(), false);
        alertsOf(planned).body("items.find { it.kind == 'CONTACT_DUE' }.ownerIds", empty());
        alertsOf(planned).body("items.find { it.kind == 'MEETING_PREP_DUE' }.ownerIds", contains(colleague));
        alertsOf(metAlone).body("items.find { it.kind == 'MEETING_PREP_DUE' }.ownerIds", empty());
        alertsOf(metAlone).body("items.find { it.kind == 'FOLLOW_UP_DUE' }.ownerIds", empty());

        setActive(leaver.id(), true);
        alertsOf(planned).body("items.find { it.kind == 'CONTACT_DUE' }.ownerIds", contains(leaver.id()));
        alertsOf(metAlone).body("items.find { it.kind == 'FOLLOW_UP_DUE' }.ownerIds", contains(leaver.id()));
    }

    private static void setActive(String member, boolean active) {
        given().contentType("application/merge-patch+json")
                .header(
                        "If-Match",
                        given().get("/api/v1/team-members/" + member)
                                .then()
                                .extract()
                                .header("ETag"))
                .queryParam("deactivateAnyway", true)
                .body(Map.of("active", active))
                .patch("/api/v1/team-members/" + member)
                .then()
                .statusCode(200);
    }
}
