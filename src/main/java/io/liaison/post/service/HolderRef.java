package io.liaison.post.service;

import io.liaison.post.Tenure;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who holds a post, through which tenure. */
@Schema(name = "Holder")
public record HolderRef(
        UUID tenureId,
        UUID stakeholderId,
        @Schema(example = "Cllr Sam Example") String name,
        LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate) {

    public static HolderRef from(Tenure t) {
        return new HolderRef(
                t.getId(),
                t.getStakeholder().getId(),
                t.getStakeholder().getDisplayName(),
                t.getStartDate(),
                t.getEndDate());
    }
}
