package io.liaison.succession.service;

import io.liaison.stakeholder.service.StakeholderDetails;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of holder on a post: from {@code date} the successor (an existing stakeholder, or a new one given inline)
 * holds it, and what the outgoing holder leaves behind is moved, or kept, as asked.
 */
public record Succession(
        LocalDate date,
        UUID successorId,
        StakeholderDetails newHolder,
        Boolean moveOwners,
        Boolean movePlan,
        OutgoingMeetings outgoingMeetings,
        String note) {

    /** What becomes of the outgoing holder's scheduled meetings after the changeover day. */
    @Schema(name = "SuccessionOutgoingMeetings")
    public enum OutgoingMeetings {
        /** They stay as they are (and are listed as left open). */
        KEEP,
        /** The outgoing holder is taken off meetings with others; meetings with them alone are cancelled. */
        WITHDRAW
    }
}
