package com.migrationhub.app.cli;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.groups.MoveGroups;
import com.migrationhub.domain.store.DependencyStore.StoredGroup;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
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

@Command(name = "groups", mixinStandardHelpOptions = true,
        description = {"Move groups: the servers that must migrate together.", "",
            "Computed from the applications the inventory names (one group per application and environment), the "
                + "hard dependencies (servers without an application join the group they depend on most; the rest "
                + "form groups of connected servers) and, where a group is larger than the maximum, community "
                + "detection. Create, merge, split and rename place servers in named groups; those choices survive "
                + "every re-computation. Without a subcommand: the list."},
        subcommands = {GroupsCommand.Compute.class, GroupsCommand.ListGroups.class, GroupsCommand.Show.class,
            GroupsCommand.Create.class, GroupsCommand.Merge.class, GroupsCommand.Split.class, GroupsCommand.Rename.class,
            GroupsCommand.Unpin.class})
final class GroupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Override
    public Integer call() throws Exception {
        try (ProjectFile p = project.open()) {
            list(spec.commandLine().getOut(), p, OutputFormat.table);
        }
        return 0;
    }

    /** Recomputes and stores the groups; prints a one-paragraph summary. */
    static MoveGroups compute(CommandSpec spec, ProjectFile p) {
        DependencyWorkflow w = new DependencyWorkflow(p);
        Progress progress = Progress.forTerminal(spec.commandLine().getErr());
        MoveGroups groups;
        long t0 = System.nanoTime();
        try {
            DependencyGraph g = w.graph(progress);
            groups = w.computeGroups(g, progress);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Integer> byOrigin = new java.util.TreeMap<>();
        groups.groups().forEach(g -> byOrigin.merge(g.origin().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        out.printf(Locale.ROOT, "%,d move groups in %.1f s (%s); %,d dependencies between groups%n", groups.groups().size(),
                (System.nanoTime() - t0) / 1e9, byOrigin.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(java.util.stream.Collectors.joining(", ")), groups.dependencies().size());
        for (String warning : groups.warnings()) {
            out.println("  warning: " + warning);
        }
        return groups;
    }

    static void list(PrintWriter out, ProjectFile p, OutputFormat format) {
        List<StoredGroup> groups = p.dependencies().groups();
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no move groups yet: compute them with mhub groups compute");
        }
        if (format == OutputFormat.csv) {
            Table.csv(out, "group", "origin", "servers", "vcpus", "depends_on", "reason");
            for (StoredGroup g : groups) {
                Table.csv(out, g.name(), g.origin(), g.serverIds().size(), g.vcpus(), String.join("; ", g.dependsOn()),
                        g.reason());
            }
            return;
        }
        if (format == OutputFormat.json) {
            List<Object> list = new ArrayList<>();
            for (StoredGroup g : groups) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", g.name());
                m.put("origin", g.origin());
                m.put("servers", g.serverIds());
                m.put("vcpus", g.vcpus());
                m.put("dependsOn", g.dependsOn());
                m.put("reason", g.reason());
                list.add(m);
            }
            out.print(Json.write(list));
            return;
        }
        Table t = new Table(List.of("GROUP", "ORIGIN", "SERVERS", "VCPUS", "DEPENDS ON"), false, false, true, true, false);
        for (StoredGroup g : groups) {
            t.add(g.name(), g.origin().toLowerCase(Locale.ROOT), g.serverIds().size(), g.vcpus(),
                    String.join(", ", g.dependsOn()));
        }
        t.print(out);
    }

    static StoredGroup stored(ProjectFile p, String name) {
        for (StoredGroup g : p.dependencies().groups()) {
            if (g.name().equalsIgnoreCase(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no move group '" + name + "' (see mhub groups list)");
    }

    @Command(name = "compute", mixinStandardHelpOptions = true,
            description = "Compute the move groups from the inventory, the dependencies and the consultant's choices, and store them.")
    static final class Compute implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--max-group-size", paramLabel = "N",
                description = "Split groups found through dependencies above this many servers (default 50; kept for the project).")
        Integer maxSize;

        @Option(names = "--split-large-applications", negatable = true,
                description = "Split named applications above the maximum too (default: keep them whole, with a warning).")
        Boolean splitApplications;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                if (!new DependencyWorkflow(p).hasData() && p.inventory().summary().servers() == 0) {
                    throw new IllegalArgumentException("the project has no servers yet; import an inventory first");
                }
                if (maxSize != null) {
                    if (maxSize < 2) {
                        throw new IllegalArgumentException("--max-group-size must be at least 2");
                    }
                    p.settings().put(DependencyWorkflow.MAX_GROUP_SIZE, maxSize.toString());
                }
                if (splitApplications != null) {
                    p.settings().put(DependencyWorkflow.SPLIT_APPLICATIONS, splitApplications.toString());
                }
                compute(spec, p);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The move groups last computed.")
    static final class ListGroups implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.table;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                list(spec.commandLine().getOut(), p, format);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One move group: why, its servers, what it depends on.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "GROUP")
        String name;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                StoredGroup g = stored(p, name);
                Map<Long, String> pins = p.dependencies().groupPins();
                out.printf("%s (%s): %d servers, %d vCPUs%n  why: %s%n", g.name(), g.origin().toLowerCase(Locale.ROOT),
                        g.serverIds().size(), g.vcpus(), g.reason());
                if (!g.dependsOn().isEmpty()) {
                    out.println("  depends on: " + String.join(", ", g.dependsOn()));
                }
                for (long id : g.serverIds()) {
                    String serverName = p.inventory().server(id).map(s -> s.name).orElse("#" + id);
                    out.printf("  %s%s%n", serverName, pins.containsKey(id) ? "  (placed by the consultant)" : "");
                }
            }
            return 0;
        }
    }

    /** A group name as given, stripped; one line when it is empty or too long. */
    static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new IllegalArgumentException("a group name is 1 to 200 characters, not '" + (name == null ? "" : name) + "'");
        }
        return n;
    }

    /** Refuses a new name that another group already has (names compare ignoring case): that would be a merge. */
    static void checkFree(ProjectFile p, String name, String except) {
        for (StoredGroup g : p.dependencies().groups()) {
            if (g.name().equalsIgnoreCase(name) && (except == null || !g.name().equalsIgnoreCase(except))) {
                throw new IllegalArgumentException("there is already a group '" + g.name()
                        + "'; to put these servers in it, use mhub groups merge");
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a group of the servers named (moving them out of their groups).")
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "GROUP")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SERVER")
        List<String> servers;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                String group = checkedName(name);
                checkFree(p, group, null);
                List<Long> ids = new ArrayList<>();
                for (String s : servers) {
                    ids.add(DepsCommand.serverId(p, s));
                }
                p.dependencies().pinToGroup(ids, group, OffsetDateTime.now());
                compute(spec, p);
            }
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, description = "Merge groups into one (named --into, default the first).")
    static final class Merge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(arity = "2..*", paramLabel = "GROUP")
        List<String> groups;

        @Option(names = "--into", paramLabel = "NAME", description = "The merged group's name.")
        String into;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                List<Long> ids = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (String g : groups) {
                    StoredGroup sg = stored(p, g);
                    names.add(sg.name());
                    ids.addAll(sg.serverIds());
                }
                String target = into == null ? names.get(0) : checkedName(into);
                p.dependencies().mergeGroups(names, ids, target, OffsetDateTime.now());
                compute(spec, p);
            }
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true, description = "Move some servers of a group into a new group.")
    static final class Split implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "GROUP")
        String group;

        @Option(names = "--servers", split = ",", required = true, paramLabel = "SERVER", description = "The servers that leave.")
        List<String> servers;

        @Option(names = "--into", required = true, paramLabel = "NAME", description = "The new group's name.")
        String into;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                StoredGroup sg = stored(p, group);
                List<Long> moving = new ArrayList<>();
                for (String s : servers) {
                    long id = DepsCommand.serverId(p, s);
                    if (!sg.serverIds().contains(id)) {
                        throw new IllegalArgumentException("'" + s + "' is not in group '" + sg.name() + "'");
                    }
                    moving.add(id);
                }
                String target = checkedName(into);
                checkFree(p, target, null);
                // the rest stay together under the group's name, whatever the computation would now say
                List<Long> staying = new ArrayList<>(sg.serverIds());
                staying.removeAll(moving);
                p.dependencies().splitGroup(sg.name(), staying, target, moving, OffsetDateTime.now());
                compute(spec, p);
            }
            return 0;
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a group (its wave placement follows).")
    static final class Rename implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "GROUP")
        String from;

        @Parameters(index = "1", paramLabel = "NEW-NAME")
        String to;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                StoredGroup sg = stored(p, from);
                String target = checkedName(to);
                checkFree(p, target, sg.name());
                p.dependencies().renameGroup(sg.name(), target, sg.serverIds(), OffsetDateTime.now());
                compute(spec, p);
            }
            return 0;
        }
    }

    @Command(name = "unpin", mixinStandardHelpOptions = true, description = "Give servers back to the computation.")
    static final class Unpin implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(arity = "1..*", paramLabel = "SERVER")
        List<String> servers;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                List<Long> ids = new ArrayList<>();
                for (String s : servers) {
                    ids.add(DepsCommand.serverId(p, s));
                }
                int n = p.dependencies().unpin(ids);
                spec.commandLine().getOut().printf("%d of %d servers were placed by hand; now computed%n", n, ids.size());
                compute(spec, p);
            }
            return 0;
        }
    }
}
