package io.liaison.election.service;

import io.liaison.common.error.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ElectionReport",
        description = "What an election's results did, row by row; or, in a dry run, what they would do (ids of"
                + " records a dry run would create are not kept)")
public record ElectionReport(
        @Schema(description = "true: nothing was written") boolean dryRun,
        List<ResultOutcome> results,
        List<ControlOutcome> politicalControl,

        @Schema(description = "Every problem, by row (rows[i] or the file's line); none when the results were written")
        List<Violation> problems) {

    @Schema(name = "ElectionResultOutcome")
    public record ResultOutcome(
            @Schema(description = "The row's place: its index in results, or its line in the file (1 is the header)")
            int row,

            @Schema(nullable = true, description = "Null when the row has a problem")
            Outcome outcome,

            @Schema(nullable = true) UUID postId,
            @Schema(nullable = true) String postTitle,

            @Schema(description = "The post was created by this row")
            boolean postCreated,

            @Schema(nullable = true) UUID holderId,
            @Schema(nullable = true) String holderName,

            @Schema(description = "The holder was created by this row")
            boolean holderCreated,

            @Schema(nullable = true, description = "ELECTED: who held the post until the day, if anyone")
            UUID previousHolderId,

            @Schema(nullable = true) String previousHolderName,
            @Schema(nullable = true) LocalDate date) {}

    @Schema(name = "ElectionResultKind")
    public enum Outcome {
        /** A new holder from the day (the previous tenure, if any, ends that day). */
        ELECTED,
        /** The holder already held the post: nothing changes. */
        RE_ELECTED
    }

    @Schema(name = "ElectionControlOutcome")
    public record ControlOutcome(UUID organisationId, String organisationName, String control, LocalDate since) {}
}
