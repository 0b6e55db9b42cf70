package io.liaison.stakeholder.rest;

import io.liaison.stakeholder.Priority;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a stakeholder: a POST or PUT sends them all; a PATCH merges into them. */
@Schema(name = "StakeholderWrite")
public record StakeholderRequest(
        @Size(max = 50) @Schema(example = "Cllr") String honorific,
        @NotBlank @Size(max = 100) @Schema(example = "Sam") String firstName,

        @NotBlank @Size(max = 100) @Schema(example = "Example")
        String lastName,

        @Size(max = 100) @Schema(example = "Independent") String party,
        @Email @Size(max = 254) String email,
        @Size(max = 50) String phone,

        @Size(max = 500) @Schema(description = "Who in the stakeholder's private office to contact")
        String privateOfficeContact,

        @Size(max = 50) @Schema(description = "Policy area codes", example = "[\"housing\", \"transport\"]")
        List<@NotBlank String> policyInterests,

        @Schema(description = "MEDIUM when omitted") Priority priority,

        @Min(1) @Max(5) @Schema(description = "1 to 5, for the influence/interest grid")
        Integer influence,

        @Min(1) @Max(5) @Schema(description = "1 to 5, for the influence/interest grid")
        Integer interest,

        @Schema(description = "End of the current term (next election)")
        LocalDate termEndDate,

        @Size(max = 10_000) String notes) {}
