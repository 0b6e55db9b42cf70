package io.liaison.report.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The influence/interest grid: every one of the 25 cells, with how many stakeholders sit in it. */
@Schema(name = "StakeholderMap")
public record StakeholderMap(
        @Schema(description = "All 25 cells, influence 5 to 1 then interest 1 to 5 (as the grid is drawn)")
        List<Cell> cells,

        @Schema(description = "Matching stakeholders without an influence or an interest rating")
        long unrated,

        @Schema(description = "All matching stakeholders, rated or not")
        long total) {

    @Schema(name = "StakeholderMapCell")
    public record Cell(int influence, int interest, long count) {}
}
