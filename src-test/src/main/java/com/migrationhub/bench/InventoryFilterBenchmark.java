package com.migrationhub.bench;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.edit.UndoManager;
import com.migrationhub.app.ui.error.ErrorPresenter;
import com.migrationhub.app.ui.error.Problem;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.inventory.InventoryColumn;
import com.migrationhub.app.ui.inventory.InventoryViewModel;
import com.migrationhub.app.ui.inventory.ServerRow;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.settings.UserSettings;
import com.migrationhub.app.ui.task.DirectTaskRunner;
import com.migrationhub.app.ui.task.LatestOnly;
import com.migrationhub.app.ui.task.TaskList;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.samples.ExportFormat;
import com.migrationhub.samples.GeneratorOptions;
import com.migrationhub.samples.InventoryGenerator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inventory table's benchmark (not a test). Opens a copy of a project of N generated servers
 * (an engagement another benchmark prepared under {@code DIR} when there is one, else an Azure
 * Migrate export generated and imported here, kept under {@code DIR/inventory-N/}), loads its
 * rows exactly as the workbench's inventory view model does, headless, then applies about 200
 * quick filters as a consultant types them (letters added one by one, backspaced, words, IP
 * prefixes, minus words, power and OS toggles) and two sorts. Prints the wall time of the load,
 * p50 / p95 / max of each filter's application (the background computation alone, and with the
 * observable list's {@code setAll} the FX thread does), and the peak heap.
 *
 * <p>Usage: {@code InventoryFilterBenchmark [--vms 100000] [--dir /tmp/mhub-bench] [--project FILE]}.
 */
public final class InventoryFilterBenchmark {
    private InventoryFilterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int vms = 100_000;
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "mhub-bench");
        Path given = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--vms" -> vms = Integer.parseInt(args[++i].replace("_", ""));
                case "--dir" -> base = Path.of(args[++i]);
                case "--project" -> given = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: InventoryFilterBenchmark [--vms 100000] [--dir DIR] [--project FILE]");
                    System.exit(2);
                }
            }
        }
        Path dir = base.resolve("inventory-" + vms);
        Files.createDirectories(dir);
        Path source = given != null ? given : prepared(base, dir, vms);
        Path project = dir.resolve("inventory-bench.mhub");
        Files.copy(source, project, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "machine: %d cores (load average %.1f), %s %s, Java %s, max heap %d MiB; "
                + "project %s (copy of %s)%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, project, source);

        ImportBenchmark.HeapWatch heap = new ImportBenchmark.HeapWatch();
        heap.start();
        Messages messages = new Messages(Locale.US);
        List<Problem> problems = new ArrayList<>();
        TaskList tasks = new TaskList();
        DirectTaskRunner runner = new DirectTaskRunner(tasks);
        AppContext context = new AppContext(new ProjectSession(runner), tasks, runner, messages,
                ErrorPresenter.recording(messages, problems::add), new UndoManager(),
                UserSettings.load(dir.resolve("workbench.properties")), p -> { }, () -> null);
        InventoryViewModel model = new InventoryViewModel(context, LatestOnly.direct(), LatestOnly.direct());

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ProjectFile file = ProjectFile.open(project);
        long t1 = System.nanoTime();
        context.session().setProject(file); // the view is showing: loads the rows, then filters with the empty filter
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).message());
        }
        int loaded = model.loadedCountProperty().get();
        System.out.printf(Locale.ROOT, "load: %,d servers (%,d listed) in %.2f s (opening the project %.2f s, reading "
                + "the rows %.2f s); CPU time of the loading thread %.2f s%n", loaded, model.rows().size(), (t2 - t0) / 1e9,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (c2 - c0) / 1e9);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use with the rows loaded (after a GC): %,d MiB%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20);

        List<Runnable> steps = steps(model);
        // one unmeasured pass so that the JIT has seen the code, as it has after a minute in the workbench
        for (Runnable s : steps) {
            s.run();
        }
        model.clearFilter();
        long[] compute = new long[steps.size()];
        long[] applied = new long[steps.size()];
        long[] cpuApplied = new long[steps.size()];
        long shown = 0;
        for (int i = 0; i < steps.size(); i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            steps.get(i).run();
            applied[i] = System.nanoTime() - t;
            cpuApplied[i] = cpu.getCurrentThreadCpuTime() - c;
            compute[i] = model.lastFilterNanos();
            shown += model.rows().size();
        }
        print("filter, computed (background thread)", compute);
        print("filter, computed and applied (setAll)", applied);
        print("filter, computed and applied, CPU time (the machine's other load left out)", cpuApplied);
        System.out.printf(Locale.ROOT, "  %d filters, %,d rows listed on average%n", steps.size(), shown / steps.size());

        model.clearFilter();
        for (InventoryColumn c : List.of(InventoryColumn.MEMORY, InventoryColumn.VCPUS, InventoryColumn.NAME)) {
            long t = System.nanoTime();
            model.sortBy(List.of(new InventoryViewModel.SortKey(c, false)));
            System.out.printf(Locale.ROOT, "sort by %s (descending), %,d rows: %.1f ms%n", c.id(), model.rows().size(),
                    (System.nanoTime() - t) / 1e6);
        }
        long peak = heap.finish();
        System.out.printf(Locale.ROOT, "peak heap %,d MiB%n", peak >> 20);
        context.session().close();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).message());
        }
    }

    private static void print(String what, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, s[s.length / 2] / 1e6,
                s[(int) Math.ceil(s.length * 0.95) - 1] / 1e6, s[s.length - 1] / 1e6);
    }

    /** About 200 inputs as a consultant types them, drawn from the estate's own values. */
    private static List<Runnable> steps(InventoryViewModel model) {
        List<ServerRow> rows = new ArrayList<>(model.rows());
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < rows.size() && words.size() < 12; i += Math.max(1, rows.size() / 12)) {
            ServerRow r = rows.get(i);
            words.add(r.name().toLowerCase(Locale.ROOT));
            if (r.ips() != null) {
                words.add(r.ips().split(",")[0].trim());
            }
        }
        List<String> texts = new ArrayList<>();
        for (String w : words) {
            String part = w.length() > 9 ? w.substring(0, 9) : w;
            for (int n = 1; n <= part.length(); n++) {
                texts.add(part.substring(0, n));
            }
            for (int n = part.length() - 1; n >= 1 && n > part.length() - 4; n--) {
                texts.add(part.substring(0, n)); // backspace
            }
        }
        for (String w : List.of("windows", "linux", "red hat", "ubuntu", "sql", "web", "prod", "10.1", "app -web")) {
            for (int n = 1; n <= w.length(); n++) {
                texts.add(w.substring(0, n));
            }
        }
        List<Runnable> steps = new ArrayList<>();
        for (String t : texts.subList(0, Math.min(texts.size(), 190))) {
            steps.add(() -> model.filterTextProperty().set(t));
        }
        steps.add(() -> model.filterTextProperty().set(""));
        steps.add(() -> model.powerProperty().set(PowerState.POWERED_ON));
        steps.add(() -> model.osFamilyProperty().set(OsFamily.WINDOWS));
        steps.add(() -> model.filterTextProperty().set("2019"));
        steps.add(() -> model.osFamilyProperty().set(OsFamily.LINUX));
        steps.add(() -> model.powerProperty().set(PowerState.POWERED_OFF));
        steps.add(() -> model.powerProperty().set(null));
        steps.add(() -> model.templatesProperty().set(true));
        steps.add(() -> model.templatesProperty().set(false));
        steps.add(() -> model.osFamilyProperty().set(null));
        steps.add(() -> model.filterTextProperty().set(""));
        return steps;
    }

    /** A project of {@code vms} servers: one another benchmark prepared, else generated and imported here. */
    private static Path prepared(Path base, Path dir, int vms) throws Exception {
        for (Path p : List.of(base.resolve("deps-" + vms).resolve("bench.mhub"),
                base.resolve("report-" + vms).resolve("report.mhub"), dir.resolve("inventory.mhub"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        Path csv = dir.resolve("bench-azure-migrate.csv");
        if (!Files.exists(csv)) {
            InventoryGenerator.generate(new GeneratorOptions(vms, 42, dir, EnumSet.of(ExportFormat.AZURE_MIGRATE),
                    "bench"));
        }
        Path tmp = dir.resolve("preparing.mhub");
        Files.deleteIfExists(tmp);
        run("new", "-p", tmp.toString(), "--client", "Benchmark Industries", "--engagement", "Inventory benchmark");
        run("import", "-p", tmp.toString(), csv.toString());
        Path done = dir.resolve("inventory.mhub");
        Files.move(tmp, done);
        return done;
    }

    private static void run(String... args) {
        int code = Cli.run(new PrintWriter(System.out), new PrintWriter(System.err), args);
        if (code != 0) {
            throw new IllegalStateException("mhub " + String.join(" ", args) + " failed with exit code " + code);
        }
    }
}
