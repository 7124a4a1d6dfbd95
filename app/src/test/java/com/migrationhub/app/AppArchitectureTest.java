package com.migrationhub.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app only wires: it never reaches past the store's API into SQL, nor into a connector's internals. */
@AnalyzeClasses(packages = "com.migrationhub", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule noSqlOutsideTheStore = noClasses()
            .that().resideOutsideOfPackage("com.migrationhub.domain.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..")
            .because("only the project-file store touches H2, Flyway and jOOQ");

    @ArchTest
    static final ArchRule appUsesConnectorsThroughTheirInterfaces = noClasses()
            .that().resideInAPackage("com.migrationhub.app..")
            .should().dependOnClassesThat().resideInAPackage("com.migrationhub.connectors..")
            .because("connectors are found through ServiceLoader behind domain ports: a new source is a new class, "
                    + "not an edit of the app");

    @ArchTest
    static final ArchRule javaFxOnlyInTheWorkbench = noClasses()
            .that().resideOutsideOfPackage("com.migrationhub.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp..")
            .because("domain, connectors, reports and the command line know nothing of JavaFX: the engines take "
                    + "a progress/cancel callback and the workbench bridges it to the FX thread");

    @ArchTest
    static final ArchRule viewsOnlyBindToViewModels = noClasses()
            .that().resideInAPackage("com.migrationhub.app.ui..").and().haveNameMatching(".*View(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("com.migrationhub.domain.store..",
                    "com.migrationhub.app.deps..", "com.migrationhub.app.cli..", "com.migrationhub.app.ui.project..",
                    "com.migrationhub.reports.pdf..", "com.migrationhub.reports.excel..",
                    "com.migrationhub.reports.csv..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Workflow")
            .because("views bind to view models and forward events to them; only view models call the "
                    + "domain's services (docs/decisions/0007-workbench-views-and-view-models.md)");

    @ArchTest
    static final ArchRule viewsAreIndependentOfEachOther = slices()
            .matching("com.migrationhub.app.ui.(dashboard|importer|inventory|assessment|dependencies|waves|reports)..")
            .should().notDependOnEachOther()
            .because("each view stands alone; what two views share lives in a shared package");

    @ArchTest
    static final ArchRule noCyclesInTheWorkbench = slices().matching("com.migrationhub.app.ui.(*)..")
            .should().beFreeOfCycles()
            .because("the shell knows the views; the views know only the shared parts");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("com.migrationhub.(*).(*)..")
            .should().beFreeOfCycles()
            .because("no package cycles, across every module");
}
