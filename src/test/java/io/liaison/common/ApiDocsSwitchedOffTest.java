package io.liaison.common;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OpenAPI document and Swagger UI, on by default, are switched off at run time by LIAISON_API_DOCS_ENABLED. */
@QuarkusTest
@TestProfile(ApiDocsSwitchedOffTest.DocsOff.class)
class ApiDocsSwitchedOffTest {

    /** No database is needed to see what is served, so none is started (as in DatabaseDownTest). */
    public static class DocsOff extends DatabaseDownTest.UnreachableDatabase {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("LIAISON_API_DOCS_ENABLED", "false");
            return overrides;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/swagger-ui/"})
    void theDocumentAndSwaggerUiAreNotServed(String path) {
        given().get(path).then().statusCode(404);
    }
}
