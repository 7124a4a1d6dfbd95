package com.migrationhub.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The reports print; they do not reach into the project or the user interface. Only the loader
 * (package {@code data}) reads the project file; the writers see nothing but the report's model,
 * so the PDF, the workbook and the CSV files cannot disagree.
 */
@AnalyzeClasses(packages = "com.migrationhub.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportsArchitectureTest {

    @ArchTest
    static final ArchRule writersPrintFromTheModelOnly = noClasses()
            .that().resideInAnyPackage("com.migrationhub.reports.pdf..", "com.migrationhub.reports.excel..",
                    "com.migrationhub.reports.csv..", "com.migrationhub.reports.table..")
            .should().dependOnClassesThat().resideInAnyPackage("com.migrationhub.domain.store..",
                    "com.migrationhub.domain.assessment..", "com.migrationhub.domain.dependency..")
            .because("the figures are gathered once, by the loader; a writer that computed its own could disagree");

    @ArchTest
    static final ArchRule noUserInterfaceOrCommandLine = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..", "com.migrationhub.app..",
                    "com.migrationhub.connectors..")
            .because("the workbench and the command line both call the reports; the reports call neither");

    @ArchTest
    static final ArchRule theTablesAreNotTiedToAFormat = noClasses()
            .that().resideInAPackage("com.migrationhub.reports.table..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.migrationhub.reports.excel..",
                    "com.migrationhub.reports.csv..")
            .because("one definition of each table, rendered by the workbook and by the CSV writer");

    @ArchTest
    static final ArchRule thePdfIsNotAWorkbook = noClasses()
            .that().resideInAPackage("com.migrationhub.reports.pdf..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("each writer keeps to its own library");

    @ArchTest
    static final ArchRule theWorkbookIsNotAPdf = noClasses()
            .that().resideInAnyPackage("com.migrationhub.reports.excel..", "com.migrationhub.reports.csv..",
                    "com.migrationhub.reports.table..")
            .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.jfree..")
            .because("each writer keeps to its own library");
}
