package io.liaison.election.rest;

import io.liaison.stakeholder.PostCategory;
import io.liaison.stakeholder.rest.StakeholderRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ElectionResults", description = "An election's results: who holds which post from which day")
public record ElectionResultsRequest(
        @Schema(description = "The day the results take effect, for every row and control that gives none")
        LocalDate date,

        @Size(max = 5000) List<@Valid @NotNull Result> results,
        @Size(max = 100) List<@Valid @NotNull Control> politicalControl) {

    @Schema(
            name = "ElectionResult",
            description = "One post's result: the post by postId, or by organisation and postTitle (created when the"
                    + " organisation has no such post and postCategory is given); the holder by holderId, by"
                    + " holderEmail, or as a new person (newHolder)")
    public record Result(
            UUID postId,

            @Size(max = 100) @Schema(description = "Id, code or GSS code", example = "barnet")
            String organisation,

            @Size(max = 300) @Schema(example = "Councillor for Underhill ward")
            String postTitle,

            @Schema(description = "For a post to create") PostCategory postCategory,

            @Size(max = 200) @Schema(description = "For a post to create")
            String ward,

            UUID holderId,
            @Email @Size(max = 254) String holderEmail,
            @Valid StakeholderRequest newHolder,

            @Size(max = 100) @Schema(description = "The party the holder stood for; set on them")
            String party,

            @Schema(description = "The first day the holder holds the post; the request's date when omitted")
            LocalDate date) {}

    @Schema(name = "ElectionControl", description = "An organisation's political control from a day")
    public record Control(
            @Size(max = 100) @Schema(description = "Id, code or GSS code", example = "barnet")
            String organisation,

            @Size(max = 100) @Schema(description = "A party, or No overall control", example = "Labour")
            String control,

            @Schema(description = "The day it took effect; the request's date when omitted")
            LocalDate since) {}
}
