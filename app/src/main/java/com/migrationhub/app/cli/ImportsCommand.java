package com.migrationhub.app.cli;

import com.migrationhub.domain.inventory.ImportReport;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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

@Command(name = "imports", mixinStandardHelpOptions = true,
        description = "The import history: every file imported, its SHA-256, tool and version, and what it did.",
        subcommands = ImportsCommand.Show.class)
final class ImportsCommand implements Callable<Integer> {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.table;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = project.open()) {
            List<ImportRun> runs = p.inventory().imports();
            if (format == OutputFormat.json) {
                List<Object> list = new ArrayList<>();
                for (ImportRun r : runs) {
                    list.add(json(r));
                }
                out.print(Json.write(list));
            } else if (format == OutputFormat.csv) {
                Table.csv(out, "id", "file", "format", "tool", "version", "sha256", "bytes", "started", "added",
                        "updated", "unchanged", "skipped", "templates", "warnings", "path");
                for (ImportRun r : runs) {
                    Table.csv(out, r.id(), r.fileName(), r.format(), r.tool(), r.toolVersion(), r.sha256(),
                            r.sizeBytes(), r.startedAt(), r.added(), r.updated(), r.unchanged(), r.skipped(),
                            r.templates(), r.warnings(), r.filePath());
                }
            } else {
                Table t = new Table(List.of("ID", "WHEN", "FILE", "TOOL", "SHA256", "ADDED", "UPDATED", "UNCHANGED",
                        "SKIPPED", "WARNINGS"), true, false, false, false, false, true, true, true, true, true);
                for (ImportRun r : runs) {
                    t.add(r.id(), WHEN.format(r.startedAt()), r.fileName(),
                            r.tool() == null ? r.format() : r.tool() + (r.toolVersion() == null ? "" : " " + r.toolVersion()),
                            r.sha256().substring(0, 12), r.added(), r.updated(), r.unchanged(), r.skipped(), r.warnings());
                }
                t.print(out);
            }
            out.flush();
        }
        return 0;
    }

    static Map<String, Object> json(ImportRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("file", r.fileName());
        m.put("path", r.filePath());
        m.put("sha256", r.sha256());
        m.put("bytes", r.sizeBytes());
        m.put("format", r.format());
        m.put("tool", r.tool());
        m.put("toolVersion", r.toolVersion());
        m.put("startedAt", r.startedAt().toString());
        m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
        m.put("added", r.added());
        m.put("updated", r.updated());
        m.put("unchanged", r.unchanged());
        m.put("skipped", r.skipped());
        m.put("templates", r.templates());
        m.put("warnings", r.warnings());
        m.put("rowsRead", r.rowsRead());
        return m;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One import with every row it skipped and every warning, with the place in the file.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "ID", description = "The import's number (from `mhub imports`).")
        long id;

        @Option(names = "--limit", paramLabel = "N", description = "At most N issues (default 1000).")
        int limit = 1000;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                ImportRun r = p.inventory().importRun(id).orElseThrow(() ->
                        new IllegalArgumentException("no import #" + id + " in " + p.path().getFileName()));
                out.printf("Import #%d: %s%n", r.id(), r.fileName());
                out.printf("  path      %s%n  sha256    %s%n  size      %,d bytes%n  format    %s%n  tool      %s %s%n",
                        r.filePath(), r.sha256(), r.sizeBytes(), r.format(), r.tool() == null ? "" : r.tool(),
                        r.toolVersion() == null ? "" : r.toolVersion());
                out.printf("  started   %s%n  rows      %,d%n", WHEN.format(r.startedAt()), r.rowsRead());
                out.printf("  added %,d, updated %,d, unchanged %,d, skipped %,d, templates %,d, warnings %,d%n",
                        r.added(), r.updated(), r.unchanged(), r.skipped(), r.templates(), r.warnings());
                for (ImportReport.Issue issue : p.inventory().issues(id, Math.max(1, limit))) {
                    out.println("  " + issue.describe());
                }
                out.flush();
            }
            return 0;
        }
    }
}
