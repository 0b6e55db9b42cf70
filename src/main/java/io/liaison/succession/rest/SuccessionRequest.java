package io.liaison.succession.rest;

import io.liaison.stakeholder.rest.StakeholderRequest;
import io.liaison.succession.service.Succession.OutgoingMeetings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuccessionCreate", description = "A new holder for the post from a date")
public record SuccessionRequest(
        @NotNull
        @Schema(
                example = "2026-05-11",
                description = "The changeover day: the outgoing tenure ends on it (exclusive) and the successor's"
                        + " begins on it. Interactions dated that day still count for the outgoing holder too.")
        LocalDate date,

        @Schema(description = "The successor, an existing stakeholder; or give newHolder instead")
        UUID successorId,

        @Valid @Schema(description = "The successor as a new stakeholder, created by this request; or give successorId")
        StakeholderRequest newHolder,

        @Schema(
                description =
                        "Move the outgoing holder's relationship owners to the successor (default false). An owner"
                                + " who already owns the successor, and the outgoing LEAD when the successor has a LEAD, are not"
                                + " moved and are listed in leftOpen.")
        Boolean moveOwners,

        @Schema(
                description = "Complete the outgoing holder's active plan and start a copy for the successor (default"
                        + " false); not when the successor has an active plan (listed in leftOpen)")
        Boolean movePlan,

        @Schema(
                description = "The outgoing holder's scheduled meetings after the changeover day: KEEP (default) leaves"
                        + " them and lists them in leftOpen; WITHDRAW takes the outgoing holder off meetings with others"
                        + " and cancels those with them alone")
        OutgoingMeetings outgoingMeetings,

        @Size(max = 2000) @Schema(description = "Kept as the handover note of every moved assignment")
        String note) {}
