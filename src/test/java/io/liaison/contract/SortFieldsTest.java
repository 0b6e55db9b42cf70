package io.liaison.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.support.SendsBadInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every sort value the document declares is one the service accepts, and nothing else is: a generated client offers
 * exactly the values that work. (A path's ids are made up: an accepted sort is then answered 404 or 200, a refused one
 * 400 before the record is looked up.)
 */
@QuarkusTest
class SortFieldsTest {

    private static final String MADE_UP_ID = "7d1c7a4e-0000-4000-8000-00000000dead";

    @Test
    @SendsBadInput // the last request of each list sends a field no list declares
    @SuppressWarnings("unchecked")
    void everyDeclaredSortFieldIsAcceptedAndNoOther() {
        JsonPath document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> refused = new ArrayList<>();
        int lists = 0;
        for (var path : paths.entrySet()) {
            Map<String, Object> get = path.getValue().get("get");
            if (get == null || !path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map<String, Object> parameter :
                    (List<Map<String, Object>>) get.getOrDefault("parameters", List.of())) {
                Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
                if (!"sort".equals(parameter.get("name")) || !"array".equals(schema.get("type"))) {
                    continue;
                }
                lists++;
                String url = path.getKey().replaceAll("\\{[^}]+}", MADE_UP_ID);
                Map<String, Object> query = required(get);
                if (path.getKey().endsWith("/stakeholder-map/stakeholders")) {
                    // One cell of the grid: its two ratings are shared with the stakeholder list, where they are
                    // optional.
                    query.put("influence", 3);
                    query.put("interest", 3);
                }
                for (Object value : (List<Object>) ((Map<String, Object>) schema.get("items")).get("enum")) {
                    int status = given().queryParams(query)
                            .queryParam("sort", value)
                            .get(url)
                            .statusCode();
                    if (status == 400) {
                        refused.add(get.get("operationId") + " sort=" + value);
                    }
                }
                int unknown = given().queryParams(query)
                        .queryParam("sort", "noSuchField")
                        .get(url)
                        .statusCode();
                // A list under a made-up record may say 404 first; a list of its own must say 400.
                if (unknown != 400 && !(unknown == 404 && !url.equals(path.getKey()))) {
                    refused.add(get.get("operationId") + " took sort=noSuchField (" + unknown + ")");
                }
            }
        }
        assertThat(lists).as("lists that declare their sort fields").isGreaterThanOrEqualTo(20);
        assertThat(refused)
                .as("declared sort values refused, or undeclared ones taken")
                .isEmpty();
    }

    /** Values for a list's required query parameters (the stakeholder map's cell, a report's period). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> required(Map<String, Object> get) {
        Map<String, Object> query = new java.util.HashMap<>();
        for (Map<String, Object> parameter : (List<Map<String, Object>>) get.get("parameters")) {
            if (Boolean.TRUE.equals(parameter.get("required")) && "query".equals(parameter.get("in"))) {
                String name = (String) parameter.get("name");
                query.put(name, name.equals("influence") || name.equals("interest") ? 3 : "2026-01-01");
            }
        }
        return query;
    }
}
