package com.migrationhub.app.cli;

import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.ImportService;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectSettings;
import com.migrationhub.domain.store.ProjectFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Create a project from the sample engagement, print its summary and assess it.", "",
            "The sample engagement is a generated estate of a fictitious client in every supported export "
                + "format, with its dependency export and IP address plan; all of it is imported into one project, "
                + "assessed for AWS, Azure and Google Cloud with the default assumptions as the scenario 'sample' "
                + "(support judged on " + "2026-11-26" + "), and planned in waves of at most 40 servers from "
                + "2027-01-04, development and test first; its report is written beside the project (NAME-report.pdf and .xlsx)."})
final class SampleCommand implements Callable<Integer> {
    static final String SAMPLE_SETTING = "sample";
    static final String SAMPLE_SCENARIO = "sample";
    static final String SAMPLE_DAY = "2026-11-26";
    static final String SAMPLE_WAVES_START = "2027-01-04";

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--project"}, paramLabel = "FILE",
            description = "Where to write the sample project (default: sample-engagement.mhub here). An earlier "
                    + "sample project there is replaced; any other file is left alone.")
    Path file = Path.of("sample-engagement.mhub");

    @Option(names = "--from", paramLabel = "DIR", description = "The sample engagement's folder (default: the installed one).")
    Path from;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = from != null ? from : installedSamples();
        List<Path> files = sampleFiles(folder);
        replaceEarlierSample(file);
        ImportService service = ImportService.withInstalledImporters();
        try (ProjectFile project = ProjectFile.create(file, "Contoso Manufacturing", "Sample engagement")) {
            project.settings().putAll(java.util.Map.of(SAMPLE_SETTING, "true", ProjectSettings.FIRM,
                    "Fabrikam Cloud Advisory", ProjectSettings.CONSULTANT, "Sample Consultant"));
            out.println("Created " + project.path() + " from " + folder);
            for (ImportService.Plan plan : plans(service, files)) {
                Progress progress = Progress.forTerminal(spec.commandLine().getErr());
                long start = System.nanoTime();
                Path mapping = mappingOf(plan.file());
                ImportOptions options = mapping == null ? ImportOptions.NONE : new ImportOptions(java.util.Map.of(), mapping);
                var report = service.importFile(plan, options, project, progress);
                progress.finish();
                ImportCommand.print(out, report, (System.nanoTime() - start) / 1e9, project.path());
            }
        }
        out.flush();
        var commands = spec.commandLine().getParent().getSubcommands();
        List<String> deps = new java.util.ArrayList<>(List.of("import", "-p", file.toString()));
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.sorted().toList()) {
                if (ipamFile(f)) {
                    deps.add("--ipam");
                    deps.add(f.toString());
                } else if (dependencyFile(f)) {
                    deps.add(f.toString());
                }
            }
        }
        if (deps.size() > 3) {
            int code = commands.get("deps").execute(deps.toArray(String[]::new));
            if (code != 0) {
                return code;
            }
        }
        out.println();
        int info = commands.get("info").execute("-p", file.toString());
        if (info != 0) {
            return info;
        }
        out.println();
        out.flush();
        // judged on a fixed day, so the sample's figures stay the same whenever it is run
        int assessed = commands.get("assess").execute("-p", file.toString(), "--scenario", SAMPLE_SCENARIO,
                "--assessed-on", SAMPLE_DAY);
        if (assessed != 0) {
            return assessed;
        }
        if (deps.size() > 3) {
            out.println();
            out.flush();
            // waves from a fixed Monday, so the sample's plan stays the same too; the pilot uses the assessment's risk
            int waves = commands.get("waves").execute("plan", "-p", file.toString(), "--start", SAMPLE_WAVES_START,
                    "--capacity-servers", "40", "--dev-test-first");
            if (waves != 0) {
                return waves;
            }
        }
        out.println();
        out.flush();
        String base = file.getFileName().toString().replaceFirst("\\.mhub$", "");
        return commands.get("report").execute("-p", file.toString(), "--scenario", SAMPLE_SCENARIO,
                "--pdf", file.resolveSibling(base + "-report.pdf").toString(),
                "--xlsx", file.resolveSibling(base + "-report.xlsx").toString());
    }

    /**
     * The files in import order. A CSV with a {@code NAME.mapping.properties} beside it is a
     * mapped CSV (format csv); the others are detected.
     */
    private static List<ImportService.Plan> plans(ImportService service, List<Path> files) throws Exception {
        List<ImportService.Plan> plans = new java.util.ArrayList<>();
        List<Path> detected = new java.util.ArrayList<>();
        for (Path f : files) {
            if (mappingOf(f) != null) {
                plans.addAll(service.plan(List.of(f), "csv"));
            } else {
                detected.add(f);
            }
        }
        List<ImportService.Plan> all = new java.util.ArrayList<>(service.plan(detected, null));
        all.addAll(plans);
        return all;
    }

    private static Path mappingOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".csv")) {
            return null;
        }
        Path mapping = file.resolveSibling(name.substring(0, name.length() - 4) + ".mapping.properties");
        return Files.isRegularFile(mapping) ? mapping : null;
    }

    private static Path installedSamples() {
        String home = System.getProperty("mhub.home");
        Path folder = home == null ? null : Path.of(home, "samples", "engagement");
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("the sample engagement is not installed here"
                    + (folder == null ? "" : " (looked in " + folder + ")") + "; give its folder with --from");
        }
        return folder;
    }

    private static List<Path> sampleFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no folder " + folder);
        }
        // One level of sub-folders: Migration Center's tables come as a folder of CSVs.
        try (Stream<Path> s = Files.walk(folder, 2)) {
            List<Path> files = s.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        return (n.endsWith(".xlsx") || n.endsWith(".csv")) && !dependencyFile(f) && !ipamFile(f);
                    })
                    .sorted().collect(Collectors.toList());
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no export files in " + folder);
            }
            return files;
        }
    }

    /** The engagement's dependency export: imported with {@code mhub deps import}, not as inventory. */
    static boolean dependencyFile(Path f) {
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("-dependencies.csv");
    }

    /** The engagement's IP address plan. */
    static boolean ipamFile(Path f) {
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("-ipam.csv");
    }

    /** Deletes an earlier sample project; refuses to touch any other file. */
    private static void replaceEarlierSample(Path file) throws ProjectFileException, IOException {
        if (!Files.exists(file)) {
            return;
        }
        boolean sample;
        try (ProjectFile old = ProjectFile.open(file)) {
            sample = old.settings().get(SAMPLE_SETTING).isPresent();
        }
        if (!sample) {
            throw new ProjectFileException(ProjectFileException.Reason.ALREADY_EXISTS, file,
                    "already exists and is not a sample project; choose another name with -p");
        }
        Files.delete(file);
    }
}
