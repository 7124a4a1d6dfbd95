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
    static final ArchRule noCyclesBetweenPackages = slices().matching("com.migrationhub.(*).(*)..")
            .should().beFreeOfCycles()
            .because("no package cycles, across every module");
}
