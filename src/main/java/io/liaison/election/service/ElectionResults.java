package io.liaison.election.service;

import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.service.StakeholderDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An election's results: who holds which post from which day, and which party controls which organisation. */
public record ElectionResults(List<Result> results, List<Control> politicalControl) {

    /**
     * One post's result. The post by id, or by organisation and title (created when missing and a category is given);
     * the holder by id, by email, or as a new person; the party they stood for; the first day they hold the post.
     */
    public record Result(
            UUID postId,
            String organisation,
            String postTitle,
            PostCategory postCategory,
            String ward,
            UUID holderId,
            String holderEmail,
            StakeholderDetails newHolder,
            String party,
            LocalDate date) {}

    /** An organisation's political control from a day: a party, or "No overall control". */
    public record Control(String organisation, String control, LocalDate since) {}
}
