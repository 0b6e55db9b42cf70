package io.liaison.ownership.service;

import io.liaison.stakeholder.OwnershipRole;
import io.liaison.stakeholder.service.StakeholderView;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PortfolioItem",
        description = "A stakeholder in a team member's portfolio, and how the member owns them")
public record PortfolioItem(
        @Schema(description = "LEAD or SUPPORT") OwnershipRole role,

        @Schema(description = "The first day of the assignment")
        LocalDate since,

        StakeholderView stakeholder) {}
