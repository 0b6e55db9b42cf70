package io.liaison.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each feature keeps to its rooms: a service takes its own commands (the resource does the HTTP and maps the request),
 * and no two features lean on each other, directly or around a circle, so that each can be read and changed from the
 * features below it.
 */
class FeatureRoomsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.liaison");

    /**
     * The answer records that reads still build in their services, until each has a view type of its service's own:
     * this list only ever shrinks. Requests are never on it.
     */
    private static final Set<String> ANSWERS_BUILT_BY_READS = Set.of(
            "io.liaison.alert.rest.AlertResponse",
            "io.liaison.apitoken.rest.ApiTokenResponse",
            "io.liaison.audit.rest.AuditEntryResponse",
            "io.liaison.briefingpack.rest.BriefingPack",
            "io.liaison.coverage.rest.CoverageCell",
            "io.liaison.diary.rest.DiaryFeedStatus",
            "io.liaison.imports.rest.ImportReport",
            "io.liaison.interaction.rest.FollowUpResponse",
            "io.liaison.interaction.rest.InteractionResponse",
            "io.liaison.organisation.rest.OrganisationRef",
            "io.liaison.organisation.rest.OrganisationResponse",
            "io.liaison.ownership.rest.BulkHandoverResponse",
            "io.liaison.ownership.rest.OwnershipResponse",
            "io.liaison.plan.rest.PlanRequest$MilestoneBody", // a plan's milestones as PlanResponse lists them
            "io.liaison.plan.rest.PlanResponse",
            "io.liaison.policyarea.rest.PolicyAreaResponse",
            "io.liaison.post.rest.HolderRef",
            "io.liaison.post.rest.PostResponse",
            "io.liaison.post.rest.TenureResponse",
            "io.liaison.report.rest.AppointeeReport",
            "io.liaison.report.rest.AppointeeRow",
            "io.liaison.report.rest.EngagementReport",
            "io.liaison.report.rest.EngagementRow",
            "io.liaison.stakeholder.rest.PostHeld",
            "io.liaison.stakeholder.rest.StakeholderResponse",
            "io.liaison.team.rest.TeamMemberResponse");

    private static final DescribedPredicate<JavaClass> ANSWER_BUILT_BY_A_READ = DescribedPredicate.describe(
            "an answer record that a read still builds",
            type -> ANSWERS_BUILT_BY_READS.stream()
                    .anyMatch(answer ->
                            type.getName().equals(answer) || type.getName().startsWith(answer + "$")));

    @Test
    void servicesNeverUseRestClasses() {
        noClasses()
                .that()
                .resideInAPackage("io.liaison.*.service..")
                .should()
                .dependOnClassesThat(resideInAPackage("io.liaison.*.rest..").and(not(ANSWER_BUILT_BY_A_READ)))
                .check(MAIN);
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("io.liaison.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
