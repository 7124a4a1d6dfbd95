package com.migrationhub.app.cli;

import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.ImportReport;
import com.migrationhub.domain.inventory.ImportService;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import inventory exports into the project.", "",
            "Each file's format is detected from its content. Each file is one transaction: a file that fails "
                + "leaves the project exactly as it was. Re-importing the same or a newer export merges by identity "
                + "(VM UUID, SMBIOS UUID, MoRef, instance id, then unambiguous name, host name or IP); a less "
                + "detailed export fills gaps but never overwrites what a more detailed one gave."},
        footer = {"", "Formats: rvtools (RVTools .xlsx, 3.x to 4.7), azure-migrate (import CSV), aws-mhub (Migration "
                + "Hub import CSV), gcp-mc (Migration Center vmInfo/diskInfo/perfInfo/tagInfo CSVs), vrops (Aria "
                + "Operations CSV), csv (any CSV, with --mapping or --map)."})
final class ImportCommand implements Callable<Integer> {
    private static final int SHOWN_ISSUES = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force a format instead of detecting it: rvtools, azure-migrate, aws-mhub, gcp-mc, vrops, csv.")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "For --format csv: a .properties file mapping fields to columns (e.g. name=hostname).")
    Path mappingFile;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "For --format csv: map one field to a column; may be repeated.")
    Map<String, String> map = new LinkedHashMap<>();

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "The files to import.")
    List<Path> sources;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportService service = ImportService.withInstalledImporters();
        if (format != null && service.importer(format).isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format '" + format + "'; the formats are: " + service.formats());
        }
        ImportOptions options = new ImportOptions(map, mappingFile);
        try (ProjectFile p = project.open()) {
            List<ImportService.Plan> plans = service.plan(sources, format);
            for (ImportService.Plan plan : plans) {
                Progress progress = Progress.forTerminal(err);
                long start = System.nanoTime();
                ImportReport report;
                try {
                    report = service.importFile(plan, options, p, progress);
                } finally {
                    progress.finish();
                }
                print(out, report, (System.nanoTime() - start) / 1e9, p.path());
            }
        }
        return 0;
    }

    static void print(PrintWriter out, ImportReport r, double seconds, Path project) {
        var run = r.run();
        String tool = run.tool() == null ? run.format() : run.tool() + (run.toolVersion() == null ? "" : " " + run.toolVersion());
        out.printf("Imported %s (%s) as import #%d in %.1f s%n", run.fileName(), tool, run.id(), seconds);
        out.printf("  added %,d, updated %,d, unchanged %,d, skipped %,d, templates %,d, warnings %,d%n",
                r.added(), r.updated(), r.unchanged(), r.skipped(), r.templates(), r.warnings());
        int shown = 0;
        for (ImportReport.Issue issue : r.issues()) {
            if (shown++ == SHOWN_ISSUES) {
                break;
            }
            out.println("  " + issue.describe());
        }
        if (r.issueCount() > SHOWN_ISSUES) {
            out.printf("  ... %,d more: mhub imports -p %s show %d%n", r.issueCount() - SHOWN_ISSUES,
                    project.getFileName(), run.id());
        }
        out.flush();
    }
}
