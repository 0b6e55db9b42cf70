package io.liaison.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.liaison.support.Fixtures;
import io.liaison.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTest {

    @Inject
    EntityManager em;

    @Test
    void stakeholderChangesAreRecordedWithOldAndNewValues() {
        String id = Fixtures.stakeholder(Map.of(
                "firstName", "Audit", "lastName", Fixtures.unique("Trail"), "party", "Old Party", "influence", 2));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("party", "New Party", "influence", 4))
                .patch("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200);
        given().post("/api/v1/stakeholders/" + id + "/archive").then().statusCode(200);

        given().get("/api/v1/stakeholders/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.action", contains("ARCHIVE", "UPDATE", "CREATE"))
                .body("items[0].changes.status.from", equalTo("ACTIVE"))
                .body("items[0].changes.status.to", equalTo("ARCHIVED"))
                .body("items[1].changes.party.from", equalTo("Old Party"))
                .body("items[1].changes.party.to", equalTo("New Party"))
                .body("items[1].changes.influence.from", equalTo(2))
                .body("items[1].changes.influence.to", equalTo(4))
                .body("items[1].changes.firstName", nullValue())
                .body("items[2].changes.party.from", nullValue())
                .body("items[2].changes.party.to", equalTo("Old Party"))
                .body("items[2].actor", equalTo("jwt:test-admin@example.org"));
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        String id = Fixtures.stakeholder(Fixtures.unique("Unchanged"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{}")
                .patch("/api/v1/stakeholders/" + id)
                .then()
                .statusCode(200);
        given().get("/api/v1/stakeholders/" + id + "/history").then().body("totalItems", equalTo(1));
    }

    @Test
    void everyKindOfWriteIsAudited() {
        String org = Fixtures.organisation(Fixtures.unique("Audited Council"));
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("politicalControl", "No overall control"))
                .patch("/api/v1/organisations/" + org)
                .then()
                .statusCode(200);
        String post = Fixtures.post(org, "Leader", "COUNCIL_LEADER");
        String tenure = Fixtures.appoint(post, Fixtures.stakeholder(Fixtures.unique("Holder")), Fixtures.today());
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/posts/" + post + "/tenures/" + tenure)
                .then()
                .statusCode(204);
        String code = "audit-" + Long.toString(System.nanoTime(), 36);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Audit area " + code))
                .post("/api/v1/policy-areas")
                .then()
                .statusCode(201);
        String member = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "fullName",
                        "Audited Member",
                        "email",
                        "audited-" + UUID.randomUUID() + "@example.org",
                        "role",
                        "STAFF"))
                .post("/api/v1/team-members")
                .then()
                .extract()
                .path("id");
        given().header("If-Match", "\"0\"")
                .delete("/api/v1/team-members/" + member)
                .then()
                .statusCode(204);

        given().queryParam("entityType", "organisation")
                .queryParam("entityId", org)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].changes.politicalControl.to", equalTo("No overall control"));
        given().queryParam("entityType", "post")
                .queryParam("entityId", post)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("CREATE"));
        given().queryParam("entityType", "tenure")
                .queryParam("entityId", tenure)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("DELETE", "CREATE"))
                .body("items[0].changes.stakeholderName.to", nullValue());
        given().queryParam("entityType", "policy-area")
                .queryParam("entityId", code)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("CREATE"));
        given().queryParam("entityType", "team-member")
                .queryParam("entityId", member)
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("DELETE", "CREATE"))
                .body("items[0].changes.fullName.from", equalTo("Audited Member"));
    }

    @Test
    void theActorIsLinkedToTheirTeamMemberRecordThroughTheTokenEmail() {
        String email = "linked-" + UUID.randomUUID() + "@example.org";
        String member = given().contentType(ContentType.JSON)
                .body(Map.of("fullName", "Linked Editor", "email", email, "role", "STAFF"))
                .post("/api/v1/team-members")
                .then()
                .extract()
                .path("id");
        String stakeholder = given().header("Authorization", "Bearer " + Tokens.jwt(email.toUpperCase(), "EDITOR"))
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", "Linked", "lastName", Fixtures.unique("Write")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().queryParam("actor", "jwt:" + email.toUpperCase())
                .queryParam("entityId", stakeholder)
                .get("/api/v1/audit")
                .then()
                .body("items[0].actorTeamMemberId", equalTo(member));
    }

    @Test
    void aFailedWriteLeavesNoAuditEntry() {
        String lastName = Fixtures.unique("Rejected");
        given().contentType(ContentType.JSON)
                .body(Map.of("firstName", "No", "lastName", lastName, "policyInterests", java.util.List.of("nope")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(422);
        String audit = given().queryParam("entityType", "stakeholder")
                .queryParam("size", 500)
                .get("/api/v1/audit")
                .then()
                .extract()
                .asString();
        assertThat(audit).doesNotContain(lastName);
    }

    @Test
    void auditEntriesCannotBeChangedOrDeleted() {
        Fixtures.stakeholder(Fixtures.unique("Immutable"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("update audit_entry set actor = 'someone else'")
                                .executeUpdate()))
                .hasStackTraceContaining("audit entries cannot be changed");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                        .run(() ->
                                em.createNativeQuery("delete from audit_entry").executeUpdate()))
                .hasStackTraceContaining("audit entries cannot be changed");
        given().delete("/api/v1/audit").then().statusCode(405);
    }

    @Test
    void filtersByTimeRange() {
        java.time.Instant before = java.time.Instant.now();
        String id = Fixtures.stakeholder(Fixtures.unique("Ranged"));
        given().queryParam("entityId", id)
                .queryParam("to", before.toString())
                .get("/api/v1/audit")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("entityId", id)
                .queryParam("from", before.toString())
                .get("/api/v1/audit")
                .then()
                .body("totalItems", equalTo(1));
    }
}
