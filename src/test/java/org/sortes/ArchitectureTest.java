package org.sortes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, kept by a test rather than by hope. The rules are checked on the
 * application's classes and, to show that they bite, on probe classes in the test sources
 * (org.sortes.*.probe) that break them on purpose.
 */
@AnalyzeClasses(packages = "org.sortes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] UI_AND_CLI = {"org.sortes.ui..", "org.sortes.cli.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("app").definedBy("org.sortes.app..")
            .layer("ui").definedBy("org.sortes.ui..")
            .layer("cli").definedBy("org.sortes.cli..")
            .layer("session").definedBy("org.sortes.session..")
            .layer("store").definedBy("org.sortes.store..")
            .layer("audit").definedBy("org.sortes.audit..")
            .layer("documents").definedBy("org.sortes.documents..")
            .layer("imports").definedBy("org.sortes.imports..")
            .layer("draw").definedBy("org.sortes.draw..")
            .layer("directory").definedBy("org.sortes.directory..")
            .layer("i18n").definedBy("org.sortes.i18n..")
            .layer("progress").definedBy("org.sortes.progress..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("session").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "session")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("app", "session", "store")
            .whereLayer("documents").mayOnlyBeAccessedByLayers("app", "session")
            .whereLayer("imports").mayOnlyBeAccessedByLayers("app", "session", "store")
            .whereLayer("draw").mayOnlyBeAccessedByLayers("app", "session", "store", "audit", "documents", "imports")
            .whereLayer("directory").mayOnlyBeAccessedByLayers("app", "ui", "cli", "session", "store", "audit",
                    "documents", "imports", "draw");

    @ArchTest
    static final ArchRule progressStandsAlone = noClasses().that().resideInAPackage("org.sortes.progress..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.sortes.progress..", "java..")
            .because("how far a long job got is plain Java that every layer may report through");

    @ArchTest
    static final ArchRule i18nStandsAlone = noClasses().that().resideInAPackage("org.sortes.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sortes.app..", "org.sortes.ui..",
                    "org.sortes.cli..", "org.sortes.session..", "org.sortes.store..", "org.sortes.audit..",
                    "org.sortes.documents..", "org.sortes.imports..", "org.sortes.draw..", "org.sortes.directory..")
            .because("i18n is a layer of its own that everything may use");

    @ArchTest
    static final ArchRule pureCore = noClasses().that().resideInAnyPackage("org.sortes.draw..", "org.sortes.directory..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.itextpdf..",
                    "com.fasterxml..", "org.sqlite..", "org.flywaydb..", "org.apache.poi..", "picocli..",
                    "de.siegmar..", "org.slf4j..", "org.controlsfx..", "org.sortes.i18n..")
            .because("the protocol core and the domain records are plain JDK: no framework, no user's language");

    @ArchTest
    static final ArchRule javaFxOnlyInUi = noClasses().that().resideOutsideOfPackages("org.sortes.ui..", "org.sortes.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("only the windows know JavaFX; the session model is plain Java that both windows follow");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses()
            .that().resideOutsideOfPackages("org.sortes.store..", "org.sortes.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
            .because("SQL stays in the store (and the audit log, written in the store's transactions); session has none");

    @ArchTest
    static final ArchRule iTextOnlyInDocuments = noClasses().that().resideOutsideOfPackage("org.sortes.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("com.itextpdf..")
            .because("documents are the only place that writes or reads PDF");

    @ArchTest
    static final ArchRule picocliOnlyInCli = noClasses().that().resideOutsideOfPackage("org.sortes.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..");

    @ArchTest
    static final ArchRule viewModelsHoldNoNodes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
            .because("view models own state and flows; views build the nodes and bind");

    @ArchTest
    static final ArchRule noRandomInDraw = noClasses().that().resideInAnyPackage("org.sortes.draw..", "org.sortes.directory..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Math")
            .because("the draw and the demo must be reproducible: SHA-256 and integers only");

    @ArchTest
    static final ArchRule noFloatingPointFieldsInDraw = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
            .that().areDeclaredInClassesThat().resideInAPackage("org.sortes.draw..")
            .should().haveRawType(double.class).orShould().haveRawType(float.class)
            .orShould().haveRawType(Double.class).orShould().haveRawType(Float.class)
            .because("the draw is integer arithmetic: no floating point anywhere in its state");

    @ArchTest
    static final ArchRule noFloatingPointResultsInDraw = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.sortes.draw..")
            .should().haveRawReturnType(double.class).orShould().haveRawReturnType(float.class)
            .because("the draw is integer arithmetic");

    @ArchTest
    static final ArchRule onlyCliUsesTheStandardStreams = noClasses()
            .that().resideOutsideOfPackages("org.sortes.cli..")
            .and().doNotHaveFullyQualifiedName("org.sortes.app.Launcher")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
            .orShould().accessField(System.class, "in")
            .because("only the command line (and the launcher's last-resort message) talks to the terminal");

    /** The probes break every rule above that concerns them; each rule must see it. */
    @Test
    void rules_rejectTheProbes() {
        // the application's classes (which pass every rule) with the probes among them
        ImportOption mainOnly = new ImportOption.DoNotIncludeTests();
        JavaClasses probes = new ClassFileImporter()
                .withImportOption(location -> mainOnly.includes(location) || location.contains("/probe/"))
                .importPackages("org.sortes");
        assertTrue(probes.contain("org.sortes.ui.probe.ProbeViewModel") && probes.contain("org.sortes.draw.probe.ProbeDraw")
                && probes.contain("org.sortes.session.probe.ProbeSession"), "the probes are there");
        for (ArchRule rule : List.of(layers, pureCore, javaFxOnlyInUi, sqlOnlyInStore, iTextOnlyInDocuments,
                viewModelsHoldNoNodes, onlyCliUsesTheStandardStreams)) {
            assertThrows(AssertionError.class, () -> rule.check(probes), "the rule let the probes pass: " + rule);
        }
    }
}
