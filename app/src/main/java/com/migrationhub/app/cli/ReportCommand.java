package com.migrationhub.app.cli;

import com.migrationhub.app.report.ReportExport;
import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.Alongside;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.domain.store.ProjectSettings;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.data.ReportData;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the client-ready report of an assessment scenario: a PDF, an Excel workbook and/or CSV "
                + "files of the same tables.", "",
            "The PDF has a cover (client, engagement, firm, logo, consultant: see mhub settings), a table of "
                + "contents, the executive summary, the inventory profile, readiness, 7R strategies, right-sizing, "
                + "costs per cloud and purchase option, the business case, risk, dependencies and move groups, the "
                + "wave timeline, the assumptions and sources, and the per-server appendix. Figures use the "
                + "scenario's currency and the locale's number and date formats. Files are written whole or not at "
                + "all."},
        footer = {"", "Sections: summary, scope, readiness, strategy, sizing, cost, tco, risk, dependencies, waves, "
                + "assumptions, appendix."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "The assessment scenario.")
    String scenario;

    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "Write the PDF report here.")
    Path pdf;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "Write the Excel workbook here.")
    Path xlsx;

    @Option(names = "--csv", paramLabel = "DIR", description = "Write the tables as CSV files into this folder.")
    Path csv;

    @Option(names = "--locale", paramLabel = "TAG",
            description = "Number and date formats (en-US, de-DE, ...; default: the project's locale setting, else en-US).")
    String locale;

    @Option(names = "--paper", paramLabel = "SIZE", description = "a4 (default) or letter.")
    String paper = "a4";

    @Option(names = "--sections", paramLabel = "LIST",
            description = "Only these sections, comma-separated (default: all); the workbook and the CSV files keep "
                    + "the tables of the sections chosen.")
    String sections;

    @Override
    public Integer call() throws Exception {
        if (pdf == null && xlsx == null && csv == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "name at least one output: --pdf FILE, --xlsx FILE or --csv DIR");
        }
        ReportOptions.Paper size = ReportOptions.Paper.parse(paper);
        java.util.Set<Section> chosen = sections == null ? null : Section.parse(sections);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // the shipped catalog is read on a second core while the project opens and is checked, and
        // while the report reads the inventory: the report waits for it only when it reads the results
        Alongside<AssessmentService> engines = new Alongside<>("catalog", ProgressMonitor.NONE,
                m -> AssessmentService.withShippedRules(CatalogFiles.readShipped()));
        try (ProjectFile p = project.open()) {
            Locale reportLocale = locale != null ? ReportExport.locale(locale) : ReportExport.locale(
                    p.settings().get(ProjectSettings.LOCALE).orElse("en-US"));
            ReportOptions options = new ReportOptions(reportLocale, size, chosen);
            ReportExport.Request request = new ReportExport.Request(scenario, options, pdf, xlsx, csv);
            ReportExport.check(p, request);
            long start = System.nanoTime();
            Progress progress = Progress.forTerminal(err);
            ReportData data;
            try {
                // what the report says of its data, said here too
                data = ReportExport.export(p, engines::result, request,
                        ReportExport.version(), progress,
                        caveats -> caveats.forEach(c -> err.println("mhub: note: " + c))).data();
            } finally {
                progress.finish();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (pdf != null) {
                out.printf(Locale.ROOT, "Wrote %s (%s)%n", pdf, Units.bytes(Files.size(pdf)));
            }
            if (xlsx != null) {
                out.printf(Locale.ROOT, "Wrote %s (%s)%n", xlsx, Units.bytes(Files.size(xlsx)));
            }
            if (csv != null) {
                out.printf(Locale.ROOT, "Wrote the tables as CSV into %s%n", csv);
            }
            out.printf(Locale.ROOT, "Scenario '%s', %s, %s, %s in %.1f s%n", scenario, data.scenario().currency(),
                    options.locale().toLanguageTag(), size.name().toLowerCase(Locale.ROOT), seconds);
            out.flush();
        }
        return 0;
    }
}
