package io.liaison.plan.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dated step of a plan, as a plan is written and as it is read. */
@Schema(name = "Milestone")
public record PlanMilestone(
        @NotBlank @Size(max = 200) String title, @NotNull LocalDate dueDate, Boolean done) {}
