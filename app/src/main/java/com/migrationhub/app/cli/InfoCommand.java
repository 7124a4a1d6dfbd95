package com.migrationhub.app.cli;

import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectSettings;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Summarize the project: its estate's size and make-up.", "",
            "Sums are over servers, templates and deleted servers excluded. Storage totals are the sources' own "
                + "provisioned and in-use figures (RVTools vInfo), in MiB."})
final class InfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    OutputFormat format = OutputFormat.text;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = project.open()) {
            InventorySummary s = p.inventory().summary();
            Map<String, String> settings = p.settings().all();
            if (format == OutputFormat.json) {
                out.print(Json.write(json(p, s, settings)));
            } else {
                text(out, p, s, settings);
            }
            out.flush();
        }
        return 0;
    }

    static Map<String, Object> json(ProjectFile p, InventorySummary s, Map<String, String> settings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", p.path().toString());
        m.put("client", settings.getOrDefault(ProjectSettings.CLIENT, ""));
        m.put("engagement", settings.getOrDefault(ProjectSettings.ENGAGEMENT, ""));
        m.put("servers", s.servers());
        m.put("templates", s.templates());
        m.put("vcpus", s.vcpus());
        m.put("memoryMiB", s.memoryMiB());
        m.put("provisionedMiB", s.provisionedMiB());
        m.put("inUseMiB", s.inUseMiB());
        m.put("poweredOn", s.poweredOn());
        m.put("poweredOff", s.poweredOff());
        m.put("suspended", s.suspended());
        m.put("deleted", s.deleted());
        m.put("disks", s.disks());
        m.put("nics", s.nics());
        m.put("hosts", s.hosts());
        m.put("clusters", s.clusters());
        m.put("datastores", s.datastores());
        m.put("serversWithUtilization", s.serversWithUtilization());
        m.put("imports", s.imports());
        m.put("osFamilies", s.osFamilies());
        var deps = p.dependencies();
        m.put("dependencyImports", deps.imports().size());
        m.put("connections", deps.connectionCount());
        m.put("moveGroups", deps.groups().size());
        m.put("waves", deps.wavePlan().map(w -> w.waves().size()).orElse(0));
        return m;
    }

    private static void text(PrintWriter out, ProjectFile p, InventorySummary s, Map<String, String> settings) {
        out.printf("Project      %s%n", p.path());
        out.printf("Client       %s%n", settings.getOrDefault(ProjectSettings.CLIENT, ""));
        out.printf("Engagement   %s%n", settings.getOrDefault(ProjectSettings.ENGAGEMENT, ""));
        out.printf("Servers      %,d (%,d powered on, %,d off, %,d suspended)%n", s.servers(), s.poweredOn(),
                s.poweredOff(), s.suspended());
        out.printf("Templates    %,d (not counted as servers)%n", s.templates());
        if (s.deleted() > 0) {
            out.printf("Deleted      %,d (by the user; not counted)%n", s.deleted());
        }
        out.printf("vCPUs        %,d%n", s.vcpus());
        out.printf("Memory       %,d MiB (%s)%n", s.memoryMiB(), Units.mib(s.memoryMiB()));
        out.printf("Provisioned  %,d MiB (%s)%n", s.provisionedMiB(), Units.mib(s.provisionedMiB()));
        out.printf("In use       %,d MiB (%s)%n", s.inUseMiB(), Units.mib(s.inUseMiB()));
        out.printf("Disks        %,d    NICs %,d%n", s.disks(), s.nics());
        out.printf("Hosts        %,d    Clusters %,d    Datastores %,d%n", s.hosts(), s.clusters(), s.datastores());
        out.printf("Utilization  %,d servers with statistics%n", s.serversWithUtilization());
        StringBuilder os = new StringBuilder();
        s.osFamilies().forEach((k, v) -> os.append(os.length() == 0 ? "" : ", ").append(k.toLowerCase(java.util.Locale.ROOT))
                .append(' ').append(String.format("%,d", v)));
        out.printf("OS families  %s%n", os);
        out.printf("Imports      %,d (mhub imports -p %s)%n", s.imports(), p.path().getFileName());
        var deps = p.dependencies();
        int depImports = deps.imports().size();
        if (depImports > 0) {
            out.printf("Dependencies %,d distinct connections from %,d imports (mhub deps show -p %s)%n",
                    deps.connectionCount(), depImports, p.path().getFileName());
        }
        var groups = deps.groups();
        if (!groups.isEmpty()) {
            out.printf("Move groups  %,d (mhub groups -p %s)%n", groups.size(), p.path().getFileName());
        }
        deps.wavePlan().filter(w -> !w.waves().isEmpty()).ifPresent(w -> out.printf(
                "Waves        %,d, %s to %s (mhub waves -p %s)%n", w.waves().size(), w.waves().get(0).startsOn(),
                w.waves().get(w.waves().size() - 1).endsOn(), p.path().getFileName()));
    }
}
