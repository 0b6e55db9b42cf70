package io.liaison.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Each feature keeps to its rooms: a service takes its own commands and returns its own views, the resource does the
 * HTTP and maps the request, and no two features lean on each other, directly or around a circle, so that each can be
 * read and changed from the features below it.
 */
class FeatureRoomsTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.liaison");

    @Test
    void servicesNeverUseRestClasses() {
        noClasses()
                .that()
                .resideInAPackage("io.liaison.*.service..")
                .should()
                .dependOnClassesThat(resideInAPackage("io.liaison.*.rest.."))
                .check(MAIN);
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("io.liaison.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
