package io.liaison.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.liaison.support.Fixtures;
import io.liaison.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens, secrets and contact details never reach the log, whatever the caller does. */
@QuarkusTest
class LogSecrecyTest {

    private final List<String> logged = new CopyOnWriteArrayList<>();

    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder text = new StringBuilder(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    text.append(' ').append(parameter);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                text.append(' ').append(t);
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLogs() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void noTokenSecretOrContactDetailIsLogged() {
        String apiToken = given().contentType(ContentType.JSON)
                .body(Map.of("name", Fixtures.unique("secret"), "role", "REPORTER"))
                .post("/api/v1/api-tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().header("Authorization", "Bearer " + apiToken)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + apiToken + "x")
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(401);
        String expired = Tokens.expired("expired@example.org", "ADMIN");
        given().header("Authorization", "Bearer " + expired)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(401);
        String stranger = Tokens.signedByStranger("ADMIN");
        given().header("Authorization", "Bearer " + stranger)
                .get("/api/v1/stakeholders")
                .then()
                .statusCode(401);

        String email = "private-" + UUID.randomUUID() + "@example.org";
        String phone = "020 7946 " + (1000 + (int) (Math.random() * 8999));
        Fixtures.stakeholder(Map.of("firstName", "Private", "lastName", "Person", "email", email, "phone", phone));
        Map<String, Object> member = Map.of("fullName", "Dup", "email", email, "role", "STAFF");
        given().contentType(ContentType.JSON)
                .body(member)
                .post("/api/v1/team-members")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(member)
                .post("/api/v1/team-members")
                .then()
                .statusCode(409);

        // The capture sees what the application logs (so the checks below can fail).
        io.quarkus.logging.Log.info("log capture canary");
        assertThat(logged).anyMatch(line -> line.contains("log capture canary"));
        assertThat(logged)
                .as("log lines")
                .noneMatch(line -> line.contains(apiToken.substring(4, 20)))
                .noneMatch(line -> line.contains(expired.substring(expired.lastIndexOf('.') + 1)))
                .noneMatch(line -> line.contains(stranger.substring(stranger.lastIndexOf('.') + 1)))
                .noneMatch(line -> line.contains(email))
                .noneMatch(line -> line.contains(phone));
    }
}
