package dev.profilelens.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.profilelens.testsupport.arch.ModuleBoundaries;
import org.junit.jupiter.api.Test;

/**
 * style.md rule 1: app reaches connectors only through core's SPI (ServiceLoader). Only the CLI's server commands
 * ({@code sandbox}, {@code emulator}) may start the connector's own server entry points (ADR 0001); every other
 * command, like every window, goes through the SPI.
 */
class AppArchitectureTest {
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.profilelens.app");

    @Test
    void appUsesConnectorsOnlyThroughTheSpi() {
        noClasses().that().haveNameNotMatching(
                        "dev\\.profilelens\\.app\\.cli\\.(SandboxCommand|SandboxServers|EmulatorCommand)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("dev.profilelens.connectors..")
                .allowEmptyShould(true)
                .check(APP);
    }

    /** The shared rules (test-support), here also over core, whose own tests cannot use test-support. */
    @Test
    void sharedModuleBoundariesHold() {
        ModuleBoundaries.check("dev.profilelens.app");
        ModuleBoundaries.check("dev.profilelens.core");
    }

    @Test
    void coreNeverDependsOnApp() {
        JavaClasses core = new ClassFileImporter().importPackages("dev.profilelens.core");
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.profilelens.app..").check(core);
    }

    @Test
    void appPackagesAreFreeOfCycles() {
        slices().matching("dev.profilelens.app.(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(APP);
    }

    /** ADR 0284: UI tests take TestFX's robot from {@code FxThreadLookups}, whose lookups run on the FX thread. */
    @Test
    void uiTestsUseTheExtensionThatLooksUpOnTheFxThread() {
        JavaClasses tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("dev.profilelens.app");
        noClasses().that().doNotHaveFullyQualifiedName("dev.profilelens.app.testfx.FxThreadLookups")
                .should().dependOnClassesThat()
                .haveFullyQualifiedName("org.testfx.framework.junit5.ApplicationExtension")
                .check(tests);
    }
}
