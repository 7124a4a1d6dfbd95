package com.migrationhub.app.cli;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.app.deps.WaveWorkflow;
import com.migrationhub.domain.dependency.waves.Blackout;
import com.migrationhub.domain.dependency.waves.WaveOptions;
import com.migrationhub.domain.dependency.waves.WavePlan;
import com.migrationhub.domain.dependency.waves.WavePlanValidation;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "waves", mixinStandardHelpOptions = true,
        description = {"Migration waves: the move groups scheduled in waves.", "",
            "A group never goes before a group it hard-depends on (groups in a dependency cycle share a wave); a "
                + "wave never holds more servers or vCPUs than the capacity (a group larger than a wave gets one of "
                + "its own, with a warning); the pilot wave takes low-risk groups without dependencies; waves skip "
                + "blackouts. Moving a group to a wave pins it there; the plan is then re-made and validated. "
                + "Without a subcommand: the plan."},
        subcommands = {WavesCommand.Plan.class, WavesCommand.Show.class, WavesCommand.Move.class,
            WavesCommand.Validate.class, WavesCommand.Unpin.class})
final class WavesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Override
    public Integer call() throws Exception {
        try (ProjectFile p = project.open()) {
            show(spec.commandLine().getOut(), p, OutputFormat.table);
        }
        return 0;
    }

    /** Re-makes the plan with these options (groups recomputed first), stores it and prints it with its validation. */
    static WavePlan replan(CommandSpec spec, ProjectFile p, WaveOptions options) {
        Progress progress = Progress.forTerminal(spec.commandLine().getErr());
        WaveWorkflow.Replanned r;
        try {
            r = new WaveWorkflow(p).replan(options, progress);
        } finally {
            progress.finish();
        }
        printReplanned(spec, p, r);
        return r.plan();
    }

    /** Prints a plan just made: its summary, the stored plan and its validation. */
    static void printReplanned(CommandSpec spec, ProjectFile p, WaveWorkflow.Replanned r) {
        WavePlan plan = r.plan();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%,d waves for %,d move groups, %s to %s%n", plan.waves().size(), plan.groups().groups().size(),
                plan.waves().isEmpty() ? "-" : plan.waves().get(0).start(),
                plan.waves().isEmpty() ? "-" : plan.waves().get(plan.waves().size() - 1).end());
        show(out, p, OutputFormat.table);
        validation(out, r.validation());
    }

    static void validation(PrintWriter out, WavePlanValidation v) {
        if (!v.hasProblems() && v.splits().isEmpty()) {
            out.println("Validation: no hard dependency crosses waves; every wave within capacity.");
            return;
        }
        out.printf("Validation: %d dependencies where a server moves before one it depends on, %d split across "
                + "waves (the consumer later), %d waves over capacity%n", v.orderViolations().size(), v.splits().size(),
                v.capacityOverruns().size());
        for (WavePlanValidation.CrossWaveDependency d : v.orderViolations()) {
            out.printf("  ORDER: %s (%s, wave %d) depends on %s (%s, wave %d)%n", d.consumerServer(), d.consumerGroup(),
                    d.consumerWave(), d.providerServer(), d.providerGroup(), d.providerWave());
        }
        int shown = 0;
        for (WavePlanValidation.CrossWaveDependency d : v.splits()) {
            if (shown++ == 20) {
                out.printf("  ... %d more splits%n", v.splits().size() - 20);
                break;
            }
            out.printf("  SPLIT: %s (%s, wave %d) depends on %s (%s, wave %d)%n", d.consumerServer(), d.consumerGroup(),
                    d.consumerWave(), d.providerServer(), d.providerGroup(), d.providerWave());
        }
        for (WavePlanValidation.CapacityOverrun o : v.capacityOverruns()) {
            out.printf("  CAPACITY: wave %d has %d servers (at most %s), %d vCPUs (at most %s): %s%n", o.wave(),
                    o.servers(), o.maxServers() == null ? "any" : o.maxServers(), o.vcpus(),
                    o.maxVcpus() == null ? "any" : o.maxVcpus(), o.cause());
        }
    }

    static void show(PrintWriter out, ProjectFile p, OutputFormat format) {
        DependencyStore.StoredPlan plan = p.dependencies().wavePlan().orElseThrow(() -> new IllegalArgumentException(
                "no wave plan yet: make one with mhub waves plan --start DATE"));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<String, Long> vcpus = new LinkedHashMap<>();
        for (DependencyStore.StoredGroup g : p.dependencies().groups()) {
            sizes.put(g.name(), g.serverIds().size());
            vcpus.put(g.name(), g.vcpus());
        }
        Map<String, Integer> pins = p.dependencies().wavePins();
        boolean stale = WaveWorkflow.stale(plan, p.dependencies().groups());
        if (format == OutputFormat.csv) {
            Table.csv(out, "wave", "name", "starts", "ends", "group", "servers", "vcpus", "pinned");
            for (DependencyStore.StoredWave w : plan.waves()) {
                for (String g : w.groups()) {
                    Table.csv(out, w.number(), w.name(), w.startsOn(), w.endsOn(), g, sizes.getOrDefault(g, 0),
                            vcpus.getOrDefault(g, 0L), pins.containsKey(g));
                }
            }
            return;
        }
        if (format == OutputFormat.json) {
            List<Object> waves = new ArrayList<>();
            for (DependencyStore.StoredWave w : plan.waves()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("number", w.number());
                m.put("name", w.name());
                m.put("starts", w.startsOn().toString());
                m.put("ends", w.endsOn().toString());
                m.put("groups", w.groups());
                m.put("servers", w.groups().stream().mapToInt(g -> sizes.getOrDefault(g, 0)).sum());
                m.put("why", w.explanation());
                waves.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("options", plan.options());
            doc.put("warnings", plan.warnings());
            doc.put("waves", waves);
            out.print(Json.write(doc));
            return;
        }
        Table t = new Table(List.of("WAVE", "NAME", "STARTS", "ENDS", "GROUPS", "SERVERS", "VCPUS", "FIRST GROUPS"),
                true, false, false, false, true, true, true, false);
        for (DependencyStore.StoredWave w : plan.waves()) {
            int servers = w.groups().stream().mapToInt(g -> sizes.getOrDefault(g, 0)).sum();
            long cpus = w.groups().stream().mapToLong(g -> vcpus.getOrDefault(g, 0L)).sum();
            String first = String.join(", ", w.groups().subList(0, Math.min(3, w.groups().size())))
                    + (w.groups().size() > 3 ? ", ..." : "");
            t.add(w.number(), w.name(), w.startsOn(), w.endsOn(), w.groups().size(), servers, cpus, first);
        }
        t.print(out);
        for (String warning : plan.warnings()) {
            out.println("warning: " + warning);
        }
        if (stale) {
            out.println("note: the move groups have changed since this plan was made; re-plan with mhub waves plan");
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Make the wave plan (recomputing the move groups first) and store it; options not given keep "
                    + "the last plan's values.")
    static final class Plan implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--capacity-servers", paramLabel = "N", description = "Servers per wave at most (default 50).")
        Integer servers;

        @Option(names = "--capacity-vcpus", paramLabel = "N", description = "vCPUs per wave at most (default no limit).")
        Integer vcpus;

        @Option(names = "--start", paramLabel = "DATE", description = "The first wave's first day, YYYY-MM-DD (default: next Monday).")
        LocalDate start;

        @Option(names = "--wave-length", paramLabel = "LENGTH", description = "Days (10d) or weeks (2w) per wave (default 2w).")
        String length;

        @Option(names = "--blackout", paramLabel = "FROM..TO", description = "Dates no wave may overlap; may be repeated.")
        List<String> blackouts;

        @Option(names = "--pilot", paramLabel = "N", description = "Servers in the pilot wave, 0 for none (default 10).")
        Integer pilot;

        @Option(names = "--dev-test-first", negatable = true,
                description = "Development, then test, then production waves (dependencies still win).")
        Boolean devTestFirst;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                WaveOptions o = new WaveWorkflow(p).optionsOrDefaults();
                if (start != null) {
                    o = new WaveOptions(o.maxServers(), o.maxVcpus(), start, o.waveLengthDays(), o.blackouts(),
                            o.pilotServers(), o.environmentOrder(), o.pins());
                }
                if (servers != null || vcpus != null) {
                    o = o.withCapacity(servers != null ? servers : o.maxServers(), vcpus != null ? vcpus : o.maxVcpus());
                }
                if (length != null) {
                    o = o.withWaveLength(days(length));
                }
                if (blackouts != null) {
                    List<Blackout> list = new ArrayList<>();
                    for (String b : blackouts) {
                        list.add(DependencyWorkflow.parseBlackout(b));
                    }
                    o = o.withBlackouts(list);
                }
                if (pilot != null) {
                    o = o.withPilot(pilot);
                }
                if (devTestFirst != null) {
                    o = o.withEnvironmentOrder(devTestFirst ? WaveOptions.DEV_TEST_PROD : List.of());
                }
                replan(spec, p, o);
            }
            return 0;
        }

        static int days(String length) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d{1,3})\\s*([dw]?)").matcher(length.trim());
            if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
                throw new IllegalArgumentException("--wave-length is days (10d) or weeks (2w), not '" + length + "'");
            }
            int n = Integer.parseInt(m.group(1));
            return m.group(2).equalsIgnoreCase("w") ? n * 7 : n;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The wave plan last made.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.table;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                show(spec.commandLine().getOut(), p, format);
            }
            return 0;
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true,
            description = "Move a group to a wave (it stays there when the plan is re-made), then re-plan and validate.")
    static final class Move implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "GROUP")
        String group;

        @Parameters(index = "1", paramLabel = "WAVE", description = "The wave's number (1 is the first).")
        int wave;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                Progress progress = Progress.forTerminal(spec.commandLine().getErr());
                WaveWorkflow.Moved moved;
                try {
                    moved = new WaveWorkflow(p).move(group, wave, progress);
                } finally {
                    progress.finish();
                }
                spec.commandLine().getOut().printf("%s pinned to wave %d%n", moved.group(), moved.wave());
                printReplanned(spec, p, moved.replanned());
            }
            return 0;
        }
    }

    @Command(name = "unpin", mixinStandardHelpOptions = true, description = "Let the planner place a group again, then re-plan.")
    static final class Unpin implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "GROUP")
        String group;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                Progress progress = Progress.forTerminal(spec.commandLine().getErr());
                WaveWorkflow.Replanned r;
                try {
                    r = new WaveWorkflow(p).unpin(group, progress);
                } finally {
                    progress.finish();
                }
                printReplanned(spec, p, r);
            }
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check the stored plan against the current dependencies and groups: every hard dependency "
                    + "across waves, capacity, groups the plan does not place. Exit status 3 when a dependency runs "
                    + "backwards or a wave is over capacity.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                Progress progress = Progress.forTerminal(spec.commandLine().getErr());
                WaveWorkflow.Validation v;
                try {
                    v = new WaveWorkflow(p).validate(progress);
                } finally {
                    progress.finish();
                }
                validation(spec.commandLine().getOut(), v.validation());
                List<String> missing = v.notPlanned();
                if (!missing.isEmpty()) {
                    spec.commandLine().getOut().printf("%d groups are not in the plan (%s%s); re-plan with mhub waves plan%n",
                            missing.size(), String.join(", ", missing.subList(0, Math.min(5, missing.size()))),
                            missing.size() > 5 ? ", ..." : "");
                }
                return v.failed() ? 3 : 0;
            }
        }
    }
}
