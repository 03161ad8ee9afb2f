package dev.profilelens.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** style.md rule 1: core touches no UI, no connector, no app; its packages form no cycle. */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.profilelens.core");

    @Test
    void coreHasNoJavaFxConnectorOrAppDependencies() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.profilelens.connectors..",
                "dev.profilelens.app..", "java.sql..", "java.net.http..").check(CORE);
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().matching("dev.profilelens.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
