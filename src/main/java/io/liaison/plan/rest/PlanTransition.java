package io.liaison.plan.rest;

import io.liaison.plan.PlanStatus;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanTransition", description = "DRAFT → ACTIVE or CANCELLED; ACTIVE → COMPLETED or CANCELLED")
public record PlanTransition(@NotNull PlanStatus status) {}
