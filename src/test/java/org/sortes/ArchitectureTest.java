package org.sortes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md, kept by a test rather than by hope. */
@AnalyzeClasses(packages = "org.sortes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("session").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "cli", "session")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("app", "ui", "cli", "session")
            .whereLayer("documents").mayOnlyBeAccessedByLayers("app", "ui", "cli", "session")
            .whereLayer("imports").mayOnlyBeAccessedByLayers("app", "ui", "cli", "session")
            .whereLayer("draw").mayOnlyBeAccessedByLayers("app", "ui", "cli", "session", "store", "audit", "documents", "imports")
            .whereLayer("directory").mayOnlyBeAccessedByLayers("app", "ui", "cli", "session", "store", "audit", "documents", "imports", "draw");

    @ArchTest
    static final ArchRule pureCore = noClasses().that().resideInAnyPackage("org.sortes.draw..", "org.sortes.directory..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.itextpdf..",
                    "com.fasterxml..", "org.sqlite..", "org.flywaydb..", "org.apache.poi..", "picocli..",
                    "de.siegmar..", "org.slf4j..", "org.controlsfx..");

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
    static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackages("org.sortes.cli..", "org.sortes.app..")
            .should().accessField(System.class, "out")
            .because("only the command line writes to standard output");
}
