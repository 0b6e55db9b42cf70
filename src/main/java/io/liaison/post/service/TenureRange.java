package io.liaison.post.service;

import io.liaison.post.Tenure;
import java.time.LocalDate;

/** A tenure's writable dates, the end exclusive; a patch is merged into them first. */
public record TenureRange(LocalDate startDate, LocalDate endDate) {

    public static TenureRange of(Tenure t) {
        return new TenureRange(t.getStartDate(), t.getEndDate());
    }
}
