package com.migrationhub.connectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Connectors read the outside world and hand records to domain ports; they never store or draw. */
@AnalyzeClasses(packages = "com.migrationhub.connectors", importOptions = ImportOption.DoNotIncludeTests.class)
class ConnectorsArchitectureTest {

    @ArchTest
    static final ArchRule noUi = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..")
            .because("the same importers serve the workbench and the command line");

    @ArchTest
    static final ArchRule noStore = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.migrationhub.domain.store..", "org.jooq..", "org.h2..", "org.flywaydb..", "java.sql..")
            .because("importers stream into an InventorySink; only the store decides how records are kept");
}
