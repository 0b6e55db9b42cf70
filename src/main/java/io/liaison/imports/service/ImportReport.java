package io.liaison.imports.service;

import io.liaison.common.error.Violation;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or (dry run) would do: every row's outcome, and every problem by line and column. */
@Schema(name = "StakeholderImportReport")
public record ImportReport(
        @Schema(description = "true: nothing was written") boolean dryRun,

        @Schema(description = "Data rows read (the header not counted)")
        int rows,

        @Schema(description = "Rows that create (dry run: would create) a stakeholder")
        int created,

        @Schema(
                description =
                        "Rows matching a stakeholder already there, skipped: sending a file twice creates nothing twice")
        int existing,

        @Schema(description = "Rows with problems; a real import with any writes nothing")
        int invalid,

        List<Row> results,

        @Schema(description = "Every problem found, by line (1 is the header) and column")
        List<Violation> errors) {

    public enum Outcome {
        CREATED,
        EXISTING,
        INVALID
    }

    @Schema(name = "StakeholderImportRow")
    public record Row(
            int line,

            @Schema(description = "CREATED (dry run: would be), EXISTING (skipped) or INVALID")
            Outcome outcome,

            @Schema(nullable = true, description = "The stakeholder created or matched; null in a dry run for new rows")
            UUID stakeholderId,

            String name) {}
}
