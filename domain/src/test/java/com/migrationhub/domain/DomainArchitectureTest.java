package com.migrationhub.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of the domain module, checked on its compiled classes. */
@AnalyzeClasses(packages = "com.migrationhub.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    @ArchTest
    static final ArchRule noUiOrDocumentLibraries = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "javafx..", "org.apache.poi..", "com.lowagie..", "org.openpdf..", "org.jfree..", "software.amazon..",
            "com.azure..", "com.google.cloud..", "picocli..")
            .because("the domain is the same for the workbench, the command line and the tests: "
                    + "UI, documents and clouds live in app, reports and connectors");

    @ArchTest
    static final ArchRule persistenceOnlyInTheStore = noClasses()
            .that().resideOutsideOfPackage("com.migrationhub.domain.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..", "java.sql..")
            .because("only the project-file store touches H2, Flyway and jOOQ");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.migrationhub.domain.(*)..")
            .should().beFreeOfCycles()
            .because("cycles make the engines impossible to reuse one without the other");
}
