package io.liaison.election.service;

import io.liaison.common.persistence.SqlRunner;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation's political control over time, as election results recorded it. */
@ApplicationScoped
public class PoliticalControlHistory {

    @Schema(name = "PoliticalControlChange")
    public record Change(
            @Schema(example = "No overall control") String control,
            @Schema(description = "The day it took effect") LocalDate since,
            @Schema(description = "When it was recorded") Instant recordedAt) {}

    private final SqlRunner sql;

    PoliticalControlHistory(SqlRunner sql) {
        this.sql = sql;
    }

    /** Newest first. */
    public List<Change> of(UUID organisationId) {
        return sql.list(Change.class, """
                        select control, since, recorded_at from organisation_political_control
                        where organisation_id = :organisation order by since desc
                        """, Map.of("organisation", organisationId));
    }
}
