package io.liaison.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.liaison.support.Fixtures;
import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void listsAllThirtyThreeLondonAuthoritiesWithTheirGssCodes() {
        List<String> codes = given().queryParam("size", 500)
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .extract()
                .path(
                        "items.findAll { it.kind == 'LONDON_BOROUGH' || it.kind == 'CITY_OF_LONDON_CORPORATION' }.gssCode");
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 33; i++) {
            expected.add(String.format("E090000%02d", i));
        }
        org.assertj.core.api.Assertions.assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shipsLondonWideBodiesAsReferenceData() {
        given().queryParam("size", 500)
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .body(
                        "items.code",
                        hasItems("london-councils", "london-assembly", "gla", "tfl", "mopac", "lfb", "opdc", "lldc"))
                .body("items.find { it.code == 'tfl' }.kind", equalTo("FUNCTIONAL_BODY"));
    }

    @Test
    void marksTheFiveBoroughsWithADirectlyElectedMayor() {
        given().queryParam("kind", "LONDON_BOROUGH")
                .queryParam("size", 500)
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(32))
                .body(
                        "items.findAll { it.directlyElectedMayor }.name",
                        containsInAnyOrder("Croydon", "Hackney", "Lewisham", "Newham", "Tower Hamlets"))
                .body(
                        "items.findAll { it.directlyElectedMayor }.governanceModel",
                        everyItem(equalTo("DIRECTLY_ELECTED_MAYOR")));
    }

    @Test
    void getsOneWithAnETag() {
        String id = Fixtures.referenceOrganisationId("hackney");
        given().get("/api/v1/organisations/" + id)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("gssCode", equalTo("E09000012"))
                .body("reference", equalTo(true));
    }

    @Test
    void createsAnotherBodyWithLocationAndDerivedCode() {
        String name = Fixtures.unique("Department for Testing");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "GOVERNMENT_DEPARTMENT"))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("code", startsWith("department-for-testing-"))
                .body("reference", equalTo(false));
    }

    @Test
    void refusesToCreateAReferenceKind() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("Fake Borough"), "kind", "LONDON_BOROUGH"))
                .post("/api/v1/organisations")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("kind"));
    }

    @Test
    void refusesADuplicateName() {
        String name = Fixtures.unique("Duplicate Body");
        Fixtures.organisation(name);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name.toUpperCase(), "kind", "OTHER", "code", "other-code-" + System.nanoTime()))
                .post("/api/v1/organisations")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("name"));
    }

    @Test
    void updatesPoliticalControlAndGovernanceModelWithIfMatch() {
        String id = Fixtures.referenceOrganisationId("sutton");
        String etag =
                given().get("/api/v1/organisations/" + id).then().extract().header("ETag");
        String newEtag = given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("politicalControl", "No overall control", "governanceModel", "COMMITTEE_SYSTEM"))
                .patch("/api/v1/organisations/" + id)
                .then()
                .statusCode(200)
                .body("politicalControl", equalTo("No overall control"))
                .body("governanceModel", equalTo("COMMITTEE_SYSTEM"))
                .body("name", equalTo("Sutton"))
                .extract()
                .header("ETag");
        // A change made by hand joins the control's history, dated today.
        given().get("/api/v1/organisations/" + id + "/political-control")
                .then()
                .statusCode(200)
                .body("items[0].control", equalTo("No overall control"))
                .body("items[0].since", equalTo(Fixtures.today().toString()));
        // The old ETag is stale now: the second writer is told, not silently overwritten.
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("politicalControl", "Someone else's view"))
                .patch("/api/v1/organisations/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().contentType("application/merge-patch+json")
                .header("If-Match", newEtag)
                .body(Map.of("governanceModel", "LEADER_AND_CABINET"))
                .patch("/api/v1/organisations/" + id)
                .then()
                .statusCode(200);
    }

    @Test
    void keepsTheNameAndGssCodeOfReferenceOrganisationsFixed() {
        String id = Fixtures.referenceOrganisationId("barnet");
        String etag =
                given().get("/api/v1/organisations/" + id).then().extract().header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("gssCode", "E09000099"))
                .patch("/api/v1/organisations/" + id)
                .then()
                .statusCode(422)
                .body("violations[0].field", equalTo("gssCode"));
    }

    @Test
    @SendsBadInput
    void putRequiresIfMatch() {
        String id = Fixtures.organisation(Fixtures.unique("Body Needing IfMatch"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Renamed " + id, "status", "ACTIVE"))
                .put("/api/v1/organisations/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void filtersByTextAndHidesArchivedUnlessAsked() {
        String name = Fixtures.unique("Archivable Body");
        String id = Fixtures.organisation(name);
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", name, "status", "ARCHIVED"))
                .put("/api/v1/organisations/" + id)
                .then()
                .statusCode(200);
        given().queryParam("q", name).get("/api/v1/organisations").then().body("totalItems", equalTo(0));
        given().queryParam("q", name)
                .queryParam("includeArchived", true)
                .get("/api/v1/organisations")
                .then()
                .body("items.id", hasItem(id));
    }

    @Test
    void anOrganisationIsAddressedByItsCodeOrGssCodeWhereverItsIdIs() {
        String lambeth = Fixtures.referenceOrganisationId("lambeth");
        given().get("/api/v1/organisations/lambeth").then().statusCode(200).body("id", equalTo(lambeth));
        given().get("/api/v1/organisations/E09000022").then().statusCode(200).body("id", equalTo(lambeth));
        given().get("/api/v1/organisations/LAMBETH/interactions").then().statusCode(200);
        given().get("/api/v1/organisations/atlantis").then().statusCode(404);

        // A filter takes the code as it takes the id, with the same answer.
        String post = Fixtures.post(lambeth, Fixtures.unique("Cabinet Member for Keys"), "CABINET_MEMBER");
        String holder = Fixtures.stakeholder(Fixtures.unique("Keyed"));
        Fixtures.appoint(post, holder, Fixtures.today().minusDays(10));
        for (String key : List.of(lambeth, "lambeth", "E09000022")) {
            given().queryParam("organisationId", key)
                    .queryParam("size", 500)
                    .get("/api/v1/stakeholders")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(holder));
            given().queryParam("organisationId", key)
                    .queryParam("size", 500)
                    .get("/api/v1/posts")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(post));
        }
    }

    @Test
    @SendsBadInput
    void aFilterNamingNoOrganisationIs400() {
        given().queryParam("organisationId", "atlantis")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("organisationId"))
                .body("detail", containsString("atlantis"));
    }

    @Test
    void unknownIdIs404() {
        given().get("/api/v1/organisations/7d1c7a4e-0000-4000-8000-000000000000")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
