package dev.profilelens.testsupport.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The module boundaries of style.md rule 1 and design.md §2, as one set of rules every module's architecture test
 * runs on its own main classes (issue #18 item 7, in place of {@code module-info}):
 * <ul>
 *   <li>dependencies point one way, app → connectors → core: a connector never reaches the app or another
 *   connector (the emulator alone serves from the SQLite store, ADR 0030); nothing reaches test code;</li>
 *   <li>JavaFX only in the app;</li>
 *   <li>core's test doubles ({@code InMemory*}) are not part of anyone's production code;</li>
 *   <li>the packages of a module form no cycle.</li>
 * </ul>
 */
public final class ModuleBoundaries {
    private static final String ROOT = "dev.profilelens";
    private static final String CONNECTORS = ROOT + ".connectors";

    private ModuleBoundaries() {
    }

    /** Checks the main classes under {@code modulePackage} (e.g. {@code dev.profilelens.connectors.sqlite}). */
    public static void check(String modulePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no main classes found under " + modulePackage + ": nothing would be checked");
        }
        noClasses().should().dependOnClassesThat().resideInAnyPackage(forbidden(modulePackage).toArray(String[]::new))
                .because("dependencies point one way: app -> connectors -> core (style.md rule 1)")
                .allowEmptyShould(true).check(classes);
        if (!modulePackage.equals(ROOT + ".app")) {
            noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                    .because("only the app has a user interface").allowEmptyShould(true).check(classes);
        }
        noClasses().that().haveNameNotMatching(".*\\.InMemory[^.]*")
                .should().dependOnClassesThat().haveSimpleNameStartingWith("InMemory")
                .because("core's in-memory stores are test doubles, not production parts")
                .allowEmptyShould(true).check(classes);
        slices().matching(modulePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    static List<String> forbidden(String modulePackage) {
        List<String> out = new ArrayList<>(List.of(ROOT + ".testsupport.."));
        if (modulePackage.startsWith(CONNECTORS + ".")) {
            out.add(ROOT + ".app..");
            String own = modulePackage.substring(CONNECTORS.length() + 1);
            for (String other : List.of("sqlite", "opencloud", "emulator", "postgres")) {
                if (!other.equals(own) && !(own.equals("emulator") && other.equals("sqlite"))) {
                    out.add(CONNECTORS + "." + other + "..");
                }
            }
        } else if (modulePackage.startsWith(ROOT + ".core")) {
            out.add(ROOT + ".app..");
            out.add(CONNECTORS + "..");
        }
        return out;
    }
}
