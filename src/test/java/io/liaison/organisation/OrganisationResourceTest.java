package io.liaison.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

    @Test
    void listsAllThirtyThreeLondonAuthoritiesWithGssCodes() {
        given().queryParam("kind", "LONDON_BOROUGH")
                .queryParam("size", 500)
                .when()
                .get("/api/v1/organisations")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(32))
                .body("items.gssCode", hasItems("E09000002", "E09000033"));
    }
}
