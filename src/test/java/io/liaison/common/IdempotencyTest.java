package io.liaison.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.liaison.common.http.IdempotencyCleanup;
import io.liaison.common.time.AppClock;
import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Inject
    AppClock clock;

    @Inject
    IdempotencyCleanup cleanup;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aKeyExpiresAfterTwentyFourHoursAndIsCleanedUp() {
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("firstName", "Old", "lastName", Fixtures.unique("Expiry")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        clock.setClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(25)));
        // A day later the key is free again: the same key with a new body creates a new record.
        String second = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("firstName", "New", "lastName", Fixtures.unique("Expiry")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(second).isNotEqualTo(first);
        clock.setClock(Clock.offset(Clock.systemUTC(), Duration.ofHours(50)));
        assertThat(cleanup.deleteExpired()).isGreaterThan(0);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResponseAndCreatesNothingTwice() {
        String key = UUID.randomUUID().toString();
        String lastName = Fixtures.unique("Retry");
        Map<String, Object> body = Map.of("firstName", "Idem", "lastName", lastName);
        Response first = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/stakeholders");
        Response retry = given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/stakeholders");
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        given().queryParam("q", lastName).get("/api/v1/stakeholders").then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("firstName", "One", "lastName", Fixtures.unique("Key")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("firstName", "Two", "lastName", Fixtures.unique("Key")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aKeyIsScopedToItsPath() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("firstName", "Scoped", "lastName", Fixtures.unique("Key")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("name", Fixtures.unique("Scoped Body"), "kind", "OTHER"))
                .post("/api/v1/organisations")
                .then()
                .statusCode(201);
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("firstName", "F", "lastName", "G", "policyInterests", List.of("no-such-area")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(422);
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("firstName", "F", "lastName", Fixtures.unique("Fixed")))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(201);
    }

    @Test
    void concurrentRetriesCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        String lastName = Fixtures.unique("Concurrent");
        Map<String, Object> body = Map.of("firstName", "C", "lastName", lastName);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> given().contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(body)
                        .post("/api/v1/stakeholders"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                assertThat(f.get().statusCode()).isEqualTo(201);
                ids.add(f.get().jsonPath().getString("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("q", lastName).get("/api/v1/stakeholders").then().body("totalItems", equalTo(1));
    }

    @Test
    void anOverlongKeyIs400() {
        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", "k".repeat(300))
                .body(Map.of("firstName", "L", "lastName", "K"))
                .post("/api/v1/stakeholders")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }
}
