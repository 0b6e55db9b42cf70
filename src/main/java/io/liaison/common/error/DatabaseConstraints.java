package io.liaison.common.error;

import io.liaison.common.persistence.DatabaseCircuit;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Turns a database constraint violation into the answer a client understands. The database is the final
 * guard (two requests racing past a service check); the names here are the constraints in db/migration.
 */
final class DatabaseConstraints {

    private record Answer(int status, String field, String message) {}

    private static final Map<String, Answer> BY_CONSTRAINT = Map.ofEntries(
            Map.entry(
                    "team_member_email_key", new Answer(409, "email", "a team member with this email already exists")),
            Map.entry(
                    "organisation_code_key", new Answer(409, "code", "an organisation with this code already exists")),
            Map.entry(
                    "organisation_name_key", new Answer(409, "name", "an organisation with this name already exists")),
            Map.entry(
                    "organisation_gss_code_key",
                    new Answer(409, "gssCode", "an organisation with this GSS code already exists")),
            Map.entry("policy_area_pkey", new Answer(409, "code", "a policy area with this code already exists")),
            Map.entry("policy_area_name_key", new Answer(409, "name", "a policy area with this name already exists")),
            Map.entry(
                    "pre_election_period_name_key",
                    new Answer(409, "name", "a pre-election period with this name already exists")),
            Map.entry(
                    "post_title_key", new Answer(409, "title", "this organisation already has a post with this title")),
            Map.entry(
                    "tenure_no_overlap",
                    new Answer(
                            409,
                            "startDate",
                            "the post already has a holder in this period: tenures of one post never overlap")),
            Map.entry(
                    "ownership_one_active_lead",
                    new Answer(409, "role", "the stakeholder already has an active LEAD owner: hand over instead")),
            Map.entry(
                    "ownership_one_active_per_member",
                    new Answer(409, "teamMemberId", "this team member already owns this stakeholder relationship")),
            Map.entry(
                    "engagement_plan_one_active",
                    new Answer(409, "status", "the stakeholder already has an ACTIVE plan")),
            Map.entry("tenure_dates_in_order", new Answer(400, "endDate", "must be after startDate")));

    private DatabaseConstraints() {}

    /** The answer for a constraint violation or an unstorable value, or null when {@code e} is neither. */
    static ApiProblem problemFor(SQLException e) {
        String state = e.getSQLState();
        if ("22021".equals(state) || "22P05".equals(state)) {
            // A text value PostgreSQL cannot store: in practice a NUL character (U+0000), which JSON and URLs can
            // carry but a PostgreSQL text value cannot.
            return new ApiProblem(
                    400,
                    "validation",
                    "Invalid request",
                    "A text value contains a character that cannot be stored (a NUL character, U+0000)",
                    null);
        }
        if (state == null || !state.startsWith("23")) {
            return null;
        }
        String constraint = constraintName(e);
        Answer answer = constraint == null ? null : BY_CONSTRAINT.get(constraint);
        if (answer != null) {
            return answer.status() == 409
                    ? ApiProblem.conflict(answer.field(), answer.message())
                    : ApiProblem.invalid(answer.field(), answer.message());
        }
        return switch (state) {
            case "23505", "23P01" -> ApiProblem.conflict(null, "This conflicts with an existing record");
            case "23503" ->
                new ApiProblem(
                        409,
                        "conflict",
                        "Conflict",
                        "The record is referenced by, or refers to, a record that does not allow this change",
                        null);
            default ->
                new ApiProblem(
                        422, "unprocessable", "Cannot be processed", "The values break a rule of the data model", null);
        };
    }

    /** Connection failures (SQL state class 08, 57P0x) and pool acquisition timeouts mean: try again later. */
    static boolean isUnavailable(SQLException e) {
        return DatabaseCircuit.isConnectionFailure(e);
    }

    /**
     * A transaction PostgreSQL rolled back because it collided with a concurrent one (SQL state class 40: a deadlock,
     * 40P01, or a serialization failure, 40001): nothing was saved, and the same request sent again will most likely
     * go through.
     */
    static boolean isTransientConflict(SQLException e) {
        return anyCause(e, t -> t instanceof SQLException sql && stateStartsWith(sql, "40"));
    }

    /** Whether e or any exception it wraps passes the test: layers wrap the driver's exception in their own. */
    private static boolean anyCause(SQLException e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean stateStartsWith(SQLException e, String... classes) {
        String state = e.getSQLState();
        return state != null && Arrays.stream(classes).anyMatch(state::startsWith);
    }

    private static String constraintName(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
                return psql.getServerErrorMessage().getConstraint();
            }
        }
        return null;
    }
}
