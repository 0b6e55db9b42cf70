package io.liaison.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.support.SendsBadInput;
import io.liaison.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each role against each kind of endpoint. A permitted call may still fail for other reasons (the ids here do not
 * exist, the bodies are empty), but never with 401 or 403; a forbidden one is always 403.
 */
@QuarkusTest
class AuthorisationTest {

    private static final String ID = "7d1c7a4e-0000-4000-8000-000000000000";
    private static final Set<String> EVERYONE = Set.of("ADMIN", "EDITOR", "APPOINTEE", "REPORTER");
    private static final Set<String> WRITERS = Set.of("ADMIN", "EDITOR");
    private static final Set<String> ADMIN = Set.of("ADMIN");
    /** May reach the interaction log's write endpoints; the service then checks an APPOINTEE's ownership. */
    private static final Set<String> LOGGERS = Set.of("ADMIN", "EDITOR", "APPOINTEE");

    record Endpoint(String method, String path, String accept, Set<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path + (accept == null ? "" : " (" + accept + ")");
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/v1/organisations", null, EVERYONE),
                new Endpoint("GET", "/api/v1/organisations/" + ID, null, EVERYONE),
                new Endpoint("POST", "/api/v1/organisations", null, ADMIN),
                new Endpoint("PATCH", "/api/v1/organisations/" + ID, null, ADMIN),
                new Endpoint("GET", "/api/v1/policy-areas", null, EVERYONE),
                new Endpoint("POST", "/api/v1/policy-areas", null, ADMIN),
                new Endpoint("GET", "/api/v1/team-members", null, EVERYONE),
                new Endpoint("GET", "/api/v1/team-members", "text/csv", EVERYONE),
                new Endpoint("POST", "/api/v1/team-members", null, ADMIN),
                new Endpoint("PUT", "/api/v1/team-members/" + ID, null, ADMIN),
                new Endpoint("DELETE", "/api/v1/team-members/" + ID, null, ADMIN),
                new Endpoint("GET", "/api/v1/posts", null, EVERYONE),
                new Endpoint("GET", "/api/v1/posts", "text/csv", EVERYONE),
                new Endpoint("POST", "/api/v1/posts", null, WRITERS),
                new Endpoint("PUT", "/api/v1/posts/" + ID, null, WRITERS),
                new Endpoint("DELETE", "/api/v1/posts/" + ID, null, WRITERS),
                new Endpoint("GET", "/api/v1/posts/" + ID + "/tenures", null, EVERYONE),
                new Endpoint("POST", "/api/v1/posts/" + ID + "/tenures", null, WRITERS),
                new Endpoint("DELETE", "/api/v1/posts/" + ID + "/tenures/" + ID, null, WRITERS),
                new Endpoint("GET", "/api/v1/stakeholders", null, EVERYONE),
                new Endpoint("GET", "/api/v1/stakeholders", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/stakeholders/" + ID, null, EVERYONE),
                new Endpoint("POST", "/api/v1/stakeholders", null, WRITERS),
                new Endpoint("PATCH", "/api/v1/stakeholders/" + ID, null, WRITERS),
                new Endpoint("POST", "/api/v1/stakeholders/" + ID + "/archive", null, WRITERS),
                new Endpoint("GET", "/api/v1/stakeholders/" + ID + "/history", null, WRITERS),
                new Endpoint("GET", "/api/v1/stakeholders/" + ID + "/owners", null, EVERYONE),
                new Endpoint("GET", "/api/v1/stakeholders/" + ID + "/owners/history", null, EVERYONE),
                new Endpoint("POST", "/api/v1/stakeholders/" + ID + "/owners", null, WRITERS),
                new Endpoint("POST", "/api/v1/stakeholders/" + ID + "/owners/" + ID + "/end", null, WRITERS),
                new Endpoint("POST", "/api/v1/stakeholders/" + ID + "/handover", null, WRITERS),
                new Endpoint("GET", "/api/v1/team-members/" + ID + "/portfolio", null, EVERYONE),
                new Endpoint("POST", "/api/v1/team-members/" + ID + "/handover", null, WRITERS),
                new Endpoint("GET", "/api/v1/plans", null, EVERYONE),
                new Endpoint("GET", "/api/v1/plans", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/plans/" + ID, null, EVERYONE),
                new Endpoint("POST", "/api/v1/plans", null, WRITERS),
                new Endpoint("PATCH", "/api/v1/plans/" + ID, null, WRITERS),
                new Endpoint("PUT", "/api/v1/plans/" + ID + "/status", null, WRITERS),
                new Endpoint("GET", "/api/v1/interactions", null, EVERYONE),
                new Endpoint("GET", "/api/v1/interactions", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/interactions/" + ID, null, EVERYONE),
                new Endpoint("POST", "/api/v1/interactions", null, LOGGERS),
                new Endpoint("PATCH", "/api/v1/interactions/" + ID, null, LOGGERS),
                new Endpoint("PUT", "/api/v1/interactions/" + ID + "/completion", null, LOGGERS),
                new Endpoint("PUT", "/api/v1/interactions/" + ID + "/cancellation", null, LOGGERS),
                new Endpoint("POST", "/api/v1/interactions/" + ID + "/follow-ups", null, LOGGERS),
                new Endpoint("GET", "/api/v1/follow-ups", null, EVERYONE),
                new Endpoint("GET", "/api/v1/follow-ups", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/follow-ups/" + ID, null, EVERYONE),
                new Endpoint("PATCH", "/api/v1/follow-ups/" + ID, null, LOGGERS),
                new Endpoint("GET", "/api/v1/team-members/" + ID + "/follow-ups", null, EVERYONE),
                new Endpoint("GET", "/api/v1/stakeholders/" + ID + "/interactions", null, EVERYONE),
                new Endpoint("GET", "/api/v1/posts/" + ID + "/interactions", null, EVERYONE),
                new Endpoint("GET", "/api/v1/organisations/" + ID + "/interactions", null, EVERYONE),
                new Endpoint("GET", "/api/v1/alerts", null, EVERYONE),
                new Endpoint("GET", "/api/v1/alerts", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/alerts/" + ID, null, EVERYONE),
                new Endpoint("POST", "/api/v1/alerts/" + ID + "/acknowledge", null, LOGGERS),
                new Endpoint("POST", "/api/v1/alerts/" + ID + "/snooze", null, WRITERS),
                new Endpoint("GET", "/api/v1/coverage", null, EVERYONE),
                // Each member's own feed (or an ADMIN's): refused to everyone else whatever their role.
                new Endpoint("GET", "/api/v1/team-members/" + ID + "/diary-feed", null, ADMIN),
                new Endpoint("POST", "/api/v1/team-members/" + ID + "/diary-feed/secret", null, ADMIN),
                new Endpoint("GET", "/api/v1/interactions/" + ID + "/briefing-pack", null, EVERYONE),
                new Endpoint("GET", "/api/v1/coverage", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/stakeholders/" + ID + "/coverage", null, EVERYONE),
                new Endpoint("GET", "/api/v1/team-members/" + ID + "/coverage", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/reports/engagement", null, EVERYONE),
                new Endpoint("GET", "/api/v1/reports/engagement", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/reports/appointees", null, EVERYONE),
                new Endpoint("GET", "/api/v1/reports/stakeholder-map", "text/csv", EVERYONE),
                new Endpoint("GET", "/api/v1/reports/stakeholder-map/stakeholders", null, EVERYONE),
                new Endpoint("POST", "/api/v1/imports/stakeholders", null, WRITERS),
                new Endpoint("GET", "/api/v1/exports/office", "application/x-ndjson", EVERYONE),
                new Endpoint("GET", "/api/v1/exports/office", "application/zip", EVERYONE),
                new Endpoint("GET", "/api/v1/audit", null, ADMIN),
                new Endpoint("GET", "/api/v1/api-tokens", null, ADMIN),
                new Endpoint("POST", "/api/v1/api-tokens", null, ADMIN),
                new Endpoint("POST", "/api/v1/api-tokens/" + ID + "/revoke", null, ADMIN));
    }

    static Stream<Arguments> roles() {
        return EVERYONE.stream().sorted().map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("roles")
    @SendsBadInput
    void eachRoleGetsExactlyItsRights(String role) {
        String token = Tokens.jwt(role.toLowerCase() + "-matrix@example.org", role);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            var request = given().header("Authorization", "Bearer " + token);
            if (endpoint.accept() != null) {
                request.accept(endpoint.accept());
            }
            if (endpoint.path().contains("/imports/")) {
                request.contentType("text/csv").body("firstName,lastName\n");
            } else if (!endpoint.method().equals("GET") && !endpoint.method().equals("DELETE")) {
                request.contentType(
                                endpoint.method().equals("PATCH") ? "application/merge-patch+json" : "application/json")
                        .body("{}");
            }
            Response response = request.request(endpoint.method(), endpoint.path());
            int status = response.statusCode();
            boolean allowed = endpoint.allowed().contains(role);
            if (allowed && (status == 401 || status == 403)) {
                wrong.add(endpoint + " should be allowed but was " + status);
            }
            if (!allowed) {
                if (status != 403) {
                    wrong.add(endpoint + " should be 403 but was " + status);
                } else if (!response.contentType().startsWith("application/problem+json")) {
                    wrong.add(endpoint + " 403 is not problem+json");
                }
            }
        }
        assertThat(wrong).as("rights of " + role).isEmpty();
    }
}
