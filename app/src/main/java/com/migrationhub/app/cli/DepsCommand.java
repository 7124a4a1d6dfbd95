package com.migrationhub.app.cli;

import com.migrationhub.connectors.dependency.IpamReader;
import com.migrationhub.domain.dependency.DependencyImportService;
import com.migrationhub.domain.dependency.DependencyImporter;
import com.migrationhub.domain.dependency.DependencyOptions;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "deps", mixinStandardHelpOptions = true,
        description = {"Dependency data: import connection exports and captures, list the imports, show the "
            + "dependency graph, mark dependencies hard or soft."},
        subcommands = {DepsCommand.Import.class, DepsCommand.Imports.class, DepsCommand.Delete.class})
final class DepsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import dependency data into the project.", "",
                "Each file's format is detected from its content. Each file is one transaction: a file that fails "
                    + "leaves the project exactly as it was; the same file imported again replaces its earlier "
                    + "import. Rows describing the same traffic (endpoints, processes, port, protocol) are summed: "
                    + "connections and time slots add up, first and last seen widen. Endpoints are matched to "
                    + "inventory servers when the graph is built (by name, then by any IP the inventory or the "
                    + "IP address plan knows); the rest are kept as external endpoints."},
            footer = {"", "Formats: azure-migrate-deps (Azure Migrate dependency export CSV), aws-ads (AWS Application "
                + "Discovery network connections CSV), deps-csv (any CSV with source, destination, port...), ss "
                + "(Linux `ss -tanp` capture), netstat (Windows `netstat -ano` capture)."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", paramLabel = "FORMAT", description = "Force a format instead of detecting it.")
        String format;

        @Option(names = "--host", paramLabel = "NAME",
                description = "For a capture (ss, netstat): the server it was taken on (default: the file name up to its first dot).")
        String host;

        @Option(names = "--ipam", paramLabel = "FILE",
                description = "An IP address plan CSV (ip, hostname) that resolves connections seen only by IP; may be repeated.")
        List<Path> ipam = new ArrayList<>();

        @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "The files to import.")
        List<Path> sources = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (sources.isEmpty() && ipam.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "name at least one SOURCE file or an --ipam file");
            }
            DependencyImportService service = DependencyImportService.withInstalledImporters();
            if (format != null && service.importer(format).isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown --format '" + format + "'; the dependency formats are: " + service.formats());
            }
            try (ProjectFile p = project.open()) {
                DependencyStore store = p.dependencies();
                for (Path file : ipam) {
                    List<IpamEntry> entries = new ArrayList<>();
                    long[] skipped = {0};
                    new IpamReader().read(file, entries::add, s -> skipped[0]++, ProgressMonitor.NONE);
                    store.saveIpam(file.getFileName().toString(), entries);
                    out.printf("%s: IP address plan, %,d addresses, %,d rows skipped%n", file.getFileName(),
                            entries.size(), skipped[0]);
                }
                for (Path file : sources) {
                    Progress progress = Progress.forTerminal(err);
                    long start = System.nanoTime();
                    DependencyImportService.Read read;
                    try {
                        read = service.read(file, format, new DependencyOptions(host), progress);
                    } finally {
                        progress.finish();
                    }
                    List<DependencyStore.Skip> skips = new ArrayList<>();
                    for (DependencyImporter.Skipped s : read.skipped()) {
                        skips.add(new DependencyStore.Skip(s.row(), s.reason()));
                    }
                    List<DependencyStore.ImportInfo> replaced = new ArrayList<>();
                    DependencyStore.ImportInfo saved = store.saveImport(new DependencyStore.ImportInfo(0,
                            file.getFileName().toString(), file.toAbsolutePath().normalize().toString(), read.sha256(),
                            read.importer().format(), read.captureHost(), OffsetDateTime.now(), read.rows(), read.skips(),
                            0), read.connections(), skips, replaced::add);
                    out.printf("%s: %s%s, %,d rows -> %,d distinct connections, %,d skipped (%.1f s)%n",
                            file.getFileName(), read.importer().displayName(),
                            read.captureHost() == null ? "" : " taken on " + read.captureHost(), read.rows(),
                            saved.connections(), read.skips(), (System.nanoTime() - start) / 1e9);
                    for (DependencyStore.ImportInfo r : replaced) {
                        out.printf("  replaces import %d of the same file (%s)%n", r.id(),
                                ImportsCommand.WHEN.format(r.importedAt()));
                    }
                    for (DependencyImporter.Skipped s : read.skipped().subList(0, Math.min(5, read.skipped().size()))) {
                        out.printf("  skipped row %d: %s%n", s.row(), s.reason());
                    }
                    if (read.skips() > 5) {
                        out.printf("  ... %,d more skipped rows: mhub deps imports show %d%n", read.skips() - 5,
                                saved.id());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "imports", mixinStandardHelpOptions = true,
            description = "The dependency imports: each file, its format, SHA-256, rows and connections.",
            subcommands = DepsCommand.ImportShow.class)
    static final class Imports implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                Table t = new Table(List.of("ID", "WHEN", "FILE", "FORMAT", "HOST", "ROWS", "CONNECTIONS", "SKIPPED"),
                        true, false, false, false, false, true, true, true);
                for (DependencyStore.ImportInfo i : p.dependencies().imports()) {
                    t.add(i.id(), ImportsCommand.WHEN.format(i.importedAt()), i.fileName(), i.format(),
                            i.captureHost() == null ? "" : i.captureHost(), i.rowsRead(), i.connections(), i.rowsSkipped());
                }
                t.print(out);
                out.printf("IP address plan: %,d addresses%n", p.dependencies().ipam().size());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One dependency import and the rows it skipped.")
    static final class ImportShow implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "ID", description = "The import's id (see mhub deps imports).")
        long id;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                DependencyStore.ImportInfo i = p.dependencies().importRun(id).orElseThrow(
                        () -> new IllegalArgumentException("the project has no dependency import " + id));
                out.printf("import %d: %s (%s)%n  path: %s%n  sha256: %s%n  rows: %,d, distinct connections: %,d, "
                        + "skipped: %,d%n", i.id(), i.fileName(), i.format(), i.path(), i.sha256(), i.rowsRead(),
                        i.connections(), i.rowsSkipped());
                for (DependencyStore.Skip s : p.dependencies().skips(id)) {
                    out.printf("  skipped row %d: %s%n", s.row(), s.reason());
                }
            }
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a dependency import and its connections.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "ID", description = "The import's id (see mhub deps imports).")
        long id;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                if (!p.dependencies().deleteImport(id)) {
                    throw new IllegalArgumentException("the project has no dependency import " + id);
                }
                spec.commandLine().getOut().printf("deleted dependency import %d%n", id);
            }
            return 0;
        }
    }
}
