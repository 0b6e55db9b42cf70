package io.liaison.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.liaison.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Many callers at once on the same records: exactly one of the competing writes wins, the rest are told why, and
 * nothing is lost, doubled or deadlocked. (Parallel retries with one Idempotency-Key are in IdempotencyTest.)
 */
@QuarkusTest
class ConcurrencyTest {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /** Runs the calls together (released at once from a latch) and returns their status codes. */
    private static List<Integer> together(int count, IntFunction<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 16));
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                calls.add(() -> {
                    start.await();
                    return call.apply(n).statusCode();
                });
            }
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> c : calls) {
                futures.add(pool.submit(c));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Long> counted(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    @Test
    void fiftyPatchesWithOneETagMakeOneChange() throws Exception {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Contended"));
        List<Integer> statuses = together(
                50,
                n -> given().contentType("application/merge-patch+json")
                        .header("If-Match", "\"0\"")
                        .body(Map.of("party", "Party " + n))
                        .patch("/api/v1/stakeholders/" + stakeholder));
        assertThat(counted(statuses)).isEqualTo(Map.of(200, 1L, 412, 49L));
        given().get("/api/v1/stakeholders/" + stakeholder).then().header("ETag", "\"1\"");
    }

    @Test
    void parallelLeadAssignmentsLeaveExactlyOneLead() throws Exception {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Wanted"));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(Fixtures.teamMember("STAFF"));
        }
        List<Integer> statuses = together(
                12,
                n -> given().contentType(ContentType.JSON)
                        .body(Map.of("teamMemberId", members.get(n), "role", "LEAD"))
                        .post("/api/v1/stakeholders/" + stakeholder + "/owners"));
        assertThat(counted(statuses)).isEqualTo(Map.of(201, 1L, 409, 11L));
        Number leads = (Number) em.createNativeQuery("select count(*) from ownership where stakeholder_id = cast(:s as"
                        + " uuid) and role = 'LEAD' and end_date is null")
                .setParameter("s", stakeholder)
                .getSingleResult();
        assertThat(leads.intValue()).isEqualTo(1);
    }

    @Test
    void parallelBulkHandoversOfOneLeaverMoveEachRelationshipOnce() throws Exception {
        String leaver = Fixtures.teamMember("MAYORAL_APPOINTEE");
        List<String> stakeholders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String s = Fixtures.stakeholder(Fixtures.unique("Handed"));
            Fixtures.assign(s, leaver, i % 2 == 0 ? "LEAD" : "SUPPORT");
            stakeholders.add(s);
        }
        List<String> successors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            successors.add(Fixtures.teamMember("MAYORAL_APPOINTEE"));
        }
        List<Integer> statuses = together(
                6,
                n -> given().contentType(ContentType.JSON)
                        .body(Map.of("successorId", successors.get(n), "handoverNote", "Left"))
                        .post("/api/v1/team-members/" + leaver + "/handover"));
        assertThat(statuses).allMatch(s -> s == 200 || s == 409 || s == 422, "200, or told the leaver owns nothing");
        // Every relationship moved exactly once, all of it to one successor (the handover is all or nothing).
        @SuppressWarnings("unchecked")
        List<Object[]> owners = em.createNativeQuery("select cast(stakeholder_id as text), cast(team_member_id as"
                        + " text), role from ownership where end_date is null and stakeholder_id in (:ids)")
                .setParameter(
                        "ids",
                        stakeholders.stream().map(java.util.UUID::fromString).toList())
                .getResultList();
        assertThat(owners).hasSize(8);
        assertThat(owners.stream().map(r -> (String) r[1]).distinct().toList())
                .hasSize(1)
                .allMatch(successors::contains);
        assertThat(owners.stream().filter(r -> r[2].equals("LEAD")).count()).isEqualTo(4);
    }

    /**
     * Interactions logged at once for overlapping sets of stakeholders, named in different orders: the per-stakeholder
     * summary refresh queues the writers in one global order, so none deadlocks and the summaries end right.
     */
    @Test
    void parallelInteractionsWithOverlappingStakeholdersNeitherDeadlockNorDrift() throws Exception {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(Fixtures.stakeholder(Fixtures.unique("Busy")));
        }
        List<Integer> statuses = together(24, n -> {
            List<String> some = new ArrayList<>(people);
            java.util.Collections.rotate(some, n);
            if (n % 2 == 1) {
                java.util.Collections.reverse(some);
            }
            Map<String, Object> body = Fixtures.meeting(some.subList(0, 3).toArray(String[]::new));
            body.put("type", "BRIEFING");
            body.put("policyAreas", List.of("housing", "transport"));
            body.put(
                    "startsAt",
                    java.time.OffsetDateTime.now()
                            .minusDays(1 + n)
                            .withNano(0)
                            .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            return given().contentType(ContentType.JSON).body(body).post("/api/v1/interactions");
        });
        assertThat(counted(statuses)).isEqualTo(Map.of(201, 24L));
        @SuppressWarnings("unchecked")
        List<Object[]> lastDays = em.createNativeQuery("""
                        select cast(c.stakeholder_id as text), c.last_day = max(cast(i.starts_at at time zone 'Europe/London' as date))
                        from stakeholder_last_contact c
                        join interaction_stakeholder s on s.stakeholder_id = c.stakeholder_id
                        join interaction i on i.id = s.interaction_id and i.status = 'COMPLETED'
                        where c.stakeholder_id in (:ids)
                        group by c.stakeholder_id, c.last_day
                        """)
                .setParameter(
                        "ids", people.stream().map(java.util.UUID::fromString).toList())
                .getResultList();
        assertThat(lastDays).hasSize(4).allMatch(r -> Boolean.TRUE.equals(r[1]));
    }

    /**
     * Interactions store their parties' names (interaction_parts, V17). Renames racing interactions logged with the
     * same people: neither side deadlocks, and every interaction shows the names as they ended up, whichever
     * committed first.
     */
    @Test
    void renamesRacingNewInteractionsLeaveEveryInteractionWithTheNewNames() throws Exception {
        List<String> people = new ArrayList<>();
        List<String> etags = new ArrayList<>();
        String stem = Fixtures.unique("Racing");
        for (int i = 0; i < 4; i++) {
            String id = Fixtures.stakeholder(Map.of("firstName", "Old", "lastName", stem + " " + i));
            people.add(id);
            etags.add(given().get("/api/v1/stakeholders/" + id).then().extract().header("ETag"));
        }
        List<Integer> statuses = together(24, n -> {
            if (n < 4) {
                return given().contentType("application/merge-patch+json")
                        .header("If-Match", etags.get(n))
                        .body(Map.of("firstName", "New"))
                        .patch("/api/v1/stakeholders/" + people.get(n));
            }
            List<String> some = new ArrayList<>(people);
            java.util.Collections.rotate(some, n);
            if (n % 2 == 1) {
                java.util.Collections.reverse(some);
            }
            return given().contentType(ContentType.JSON)
                    .body(Fixtures.meeting(some.subList(0, 3).toArray(String[]::new)))
                    .post("/api/v1/interactions");
        });
        assertThat(counted(statuses)).isEqualTo(Map.of(200, 4L, 201, 20L));
        for (String person : people) {
            List<String> names = given().queryParam("size", 100)
                    .get("/api/v1/stakeholders/" + person + "/interactions")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.stakeholders.flatten().name");
            assertThat(names).hasSizeGreaterThanOrEqualTo(15).allMatch(name -> name.startsWith("New " + stem));
        }
    }

    /**
     * A real deadlock between the service and another session: PostgreSQL rolls the service's transaction back, and
     * the caller is told to send it again (503 with Retry-After), not handed a 500. The other session holds the
     * lock a rename takes after updating its row (V17), then wants that row: the service waited first, so its
     * deadlock check runs first and it is the one rolled back.
     */
    @Test
    void aDeadlockedRequestIsAnsweredRetryableAndSavesNothing() throws Exception {
        String stakeholder = Fixtures.stakeholder(Fixtures.unique("Deadlocked"));
        Response answer;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("select pg_advisory_xact_lock(lock_class('renames'), 0)");
                CompletableFuture<Response> rename =
                        CompletableFuture.supplyAsync(() -> given().contentType("application/merge-patch+json")
                                .header("If-Match", "\"0\"")
                                .body(Map.of("lastName", "Renamed"))
                                .patch("/api/v1/stakeholders/" + stakeholder));
                for (int i = 0; i < 100 && !renameWaitsForTheLock(); i++) {
                    Thread.sleep(50);
                }
                assertThat(renameWaitsForTheLock())
                        .as("the rename waits for the lock")
                        .isTrue();
                s.executeUpdate("update stakeholder set party = 'Other' where id = '" + stakeholder + "'");
                answer = rename.get(30, TimeUnit.SECONDS);
            } finally {
                other.rollback();
            }
        }
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("1");
        assertThat(answer.jsonPath().getString("type")).endsWith("concurrent-transaction");
        given().get("/api/v1/stakeholders/" + stakeholder)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("lastName", startsWith("Deadlocked"));
        // Sent again, it goes through.
        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("lastName", "Renamed"))
                .patch("/api/v1/stakeholders/" + stakeholder)
                .then()
                .statusCode(200)
                .body("lastName", equalTo("Renamed"));
    }

    private boolean renameWaitsForTheLock() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from pg_locks where locktype = 'advisory'"
                        + " and classid = lock_class('renames') and objid = 0 and not granted")) {
            r.next();
            return r.getInt(1) > 0;
        }
    }
}
