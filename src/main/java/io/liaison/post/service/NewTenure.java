package io.liaison.post.service;

import java.time.LocalDate;
import java.util.UUID;

/** A holder appointed to a post from a date, to an exclusive end date or open-ended. */
public record NewTenure(UUID stakeholderId, LocalDate startDate, LocalDate endDate) {}
