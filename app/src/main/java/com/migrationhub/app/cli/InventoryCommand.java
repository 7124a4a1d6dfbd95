package com.migrationhub.app.cli;

import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ServerEdit;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = "List the project's servers, with filters; show, edit or delete one.",
        subcommands = {InventoryCommand.Show.class, InventoryCommand.Edit.class, InventoryCommand.Delete.class,
            InventoryCommand.Restore.class, InventoryCommand.Undo.class, PlacementCommands.Hosts.class,
            PlacementCommands.Clusters.class, PlacementCommands.Datastores.class})
final class InventoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--filter", paramLabel = "TEXT",
            description = "Part of the name, host name, an IP, the OS, application or owner.")
    String text;

    @Option(names = "--os", paramLabel = "FAMILY", description = "windows, linux, unix, other or unknown.")
    String os;

    @Option(names = "--power", paramLabel = "STATE", description = "on, off or suspended.")
    String power;

    @Option(names = "--env", paramLabel = "NAME", description = "The environment (as written in the source).")
    String environment;

    @Option(names = "--cluster", paramLabel = "NAME", description = "The cluster.")
    String cluster;

    @Option(names = "--datacenter", paramLabel = "NAME", description = "The datacenter.")
    String datacenter;

    @Option(names = "--templates", paramLabel = "WHICH", description = "exclude (default), include or only.")
    ServerFilter.Templates templates = ServerFilter.Templates.EXCLUDE;

    @Option(names = "--deleted", description = "Include servers the user deleted.")
    boolean deleted;

    @Option(names = "--limit", paramLabel = "N", description = "At most N servers.")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    OutputFormat format = OutputFormat.table;

    @Override
    public Integer call() throws Exception {
        ServerFilter filter = new ServerFilter(text, osFamily(), powerState(), environment, cluster, datacenter,
                templates, deleted, Math.max(0, limit));
        PrintWriter out = spec.commandLine().getOut();
        try (ProjectFile p = project.open()) {
            switch (format) {
                case csv:
                    Table.csv(out, (Object[]) COLUMNS);
                    p.inventory().forEachServer(filter, s -> Table.csv(out, row(s)));
                    break;
                case json:
                    List<Object> list = new ArrayList<>();
                    p.inventory().forEachServer(filter, s -> list.add(summaryJson(s)));
                    out.print(Json.write(list));
                    break;
                default:
                    Table table = new Table(List.of(COLUMNS), false, false, false, false, false, true, true, true,
                            true, false, false);
                    int[] count = {0};
                    p.inventory().forEachServer(filter, s -> {
                        table.add(row(s));
                        count[0]++;
                    });
                    table.print(out);
                    out.printf("%,d servers%n", count[0]);
            }
            out.flush();
        }
        return 0;
    }

    private static final String[] COLUMNS = {"ID", "NAME", "POWER", "OS", "TEMPLATE", "VCPUS", "MEMORY_GIB",
        "PROVISIONED_GIB", "IN_USE_GIB", "CLUSTER", "ENVIRONMENT"};

    private static Object[] row(Server s) {
        return new Object[] {s.id, s.name, power(s.powerState), s.os.label(), s.template ? "yes" : "",
            s.vcpus, Units.gib(s.memoryMiB), Units.gib(s.provisionedMiB), Units.gib(s.inUseMiB), s.cluster,
            s.environment};
    }

    private static String power(PowerState p) {
        switch (p) {
            case POWERED_ON: return "on";
            case POWERED_OFF: return "off";
            case SUSPENDED: return "suspended";
            default: return "unknown";
        }
    }

    private static Map<String, Object> summaryJson(Server s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id);
        m.put("name", s.name);
        m.put("powerState", power(s.powerState));
        m.put("os", s.os.label());
        m.put("osFamily", s.os.family().name().toLowerCase(Locale.ROOT));
        m.put("template", s.template);
        m.put("vcpus", s.vcpus);
        m.put("memoryMiB", s.memoryMiB);
        m.put("provisionedMiB", s.provisionedMiB);
        m.put("inUseMiB", s.inUseMiB);
        m.put("cluster", s.cluster);
        m.put("environment", s.environment);
        return m;
    }

    private OsFamily osFamily() {
        if (os == null) {
            return null;
        }
        try {
            return OsFamily.valueOf(os.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--os must be one of windows, linux, unix, other, unknown (not '" + os + "')");
        }
    }

    private PowerState powerState() {
        if (power == null) {
            return null;
        }
        PowerState p = PowerState.parse(power);
        if (p == PowerState.UNKNOWN) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--power must be one of on, off, suspended (not '" + power + "')");
        }
        return p;
    }

    /** Finds exactly one server by a user's word, or explains why not. */
    static Server one(ProjectFile p, String what) {
        List<Server> found = p.inventory().find(what);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no server \"" + what + "\" in " + p.path().getFileName()
                    + " (give its name, host name, UUID or id)");
        }
        if (found.size() > 1) {
            StringBuilder ids = new StringBuilder();
            for (Server s : found) {
                ids.append(ids.length() == 0 ? "" : ", ").append(s.id);
            }
            throw new IllegalArgumentException("\"" + what + "\" names " + found.size() + " servers (ids " + ids
                    + "); give the id");
        }
        return found.get(0);
    }

    /** A subcommand about one server: opens the project, finds the server the user named, acts on it. */
    abstract static class OneServer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(paramLabel = "SERVER", description = "Name, host name, UUID or id.")
        String server;

        abstract void run(ProjectFile p, Server s, PrintWriter out);

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                run(p, one(p, server), out);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one server with everything known about it and where each part came from.")
    static final class Show extends OneServer {
        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
        OutputFormat format = OutputFormat.text;

        @Override
        void run(ProjectFile p, Server s, PrintWriter out) {
            Map<Long, String> files = importFiles(p);
            if (format == OutputFormat.json) {
                out.print(Json.write(detailJson(s, files)));
            } else {
                detailText(out, s, files);
            }
        }
    }

    /** Import id to file name, for saying where a value came from. */
    static Map<Long, String> importFiles(ProjectFile p) {
        Map<Long, String> files = new HashMap<>();
        for (ImportRun r : p.inventory().imports()) {
            files.put(r.id(), r.fileName());
        }
        return files;
    }

    static String where(SourceRef ref, Map<Long, String> files) {
        if (ref == null || ref.sheet() == null) {
            return "entered by the user";
        }
        String file = files.getOrDefault(ref.importId(), "import #" + ref.importId());
        return file + (file.equals(ref.sheet()) ? "" : " " + ref.sheet()) + (ref.row() > 0 ? " row " + ref.row() : "");
    }

    private static Map<String, Object> detailJson(Server s, Map<Long, String> files) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id);
        m.put("name", s.name);
        m.put("deleted", s.deleted);
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("vmUuid", s.vmUuid);
        identity.put("biosUuid", s.biosUuid);
        identity.put("moRef", s.moRef);
        identity.put("vCenter", s.vCenter);
        identity.put("instanceId", s.instanceId);
        identity.put("externalId", s.externalId);
        identity.put("hostName", s.hostName);
        identity.put("ips", s.ips);
        m.put("identity", identity);
        m.put("kind", s.kind.name().toLowerCase(Locale.ROOT));
        m.put("powerState", power(s.powerState));
        m.put("template", s.template);
        Map<String, Object> os = new LinkedHashMap<>();
        os.put("raw", s.os.raw());
        os.put("family", s.os.family().name().toLowerCase(Locale.ROOT));
        os.put("distribution", s.os.distribution());
        os.put("version", s.os.version());
        os.put("architecture", s.os.architecture().name().toLowerCase(Locale.ROOT));
        os.put("fromTools", s.osFromTools);
        m.put("os", os);
        m.put("firmware", s.firmware.name().toLowerCase(Locale.ROOT));
        m.put("vcpus", s.vcpus);
        m.put("sockets", s.sockets);
        m.put("coresPerSocket", s.coresPerSocket);
        m.put("memoryMiB", s.memoryMiB);
        m.put("provisionedMiB", s.provisionedMiB);
        m.put("inUseMiB", s.inUseMiB);
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("datacenter", s.datacenter);
        placement.put("cluster", s.cluster);
        placement.put("host", s.host);
        placement.put("folder", s.folder);
        m.put("placement", placement);
        m.put("environment", s.environment);
        m.put("owner", s.owner);
        m.put("application", s.application);
        m.put("annotation", s.annotation);
        m.put("hypervisor", s.hypervisor);
        m.put("toolsStatus", s.toolsStatus);
        m.put("toolsVersion", s.toolsVersion);
        m.put("hardwareVersion", s.hardwareVersion);
        m.put("snapshotCount", s.snapshotCount);
        m.put("snapshotMiB", s.snapshotMiB);
        m.put("tags", s.tags);
        List<Object> disks = new ArrayList<>();
        for (Disk d : s.disks) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", d.label);
            x.put("capacityMiB", d.capacityMiB);
            x.put("usedMiB", d.usedMiB);
            x.put("thin", d.thin);
            x.put("controller", d.controller);
            x.put("datastore", d.datastore);
            x.put("sharing", d.sharing);
            x.put("raw", d.raw);
            x.put("readIops", d.readIops);
            x.put("writeIops", d.writeIops);
            x.put("readMBps", d.readMBps);
            x.put("writeMBps", d.writeMBps);
            x.put("source", where(d.source, files));
            disks.add(x);
        }
        m.put("disks", disks);
        List<Object> nics = new ArrayList<>();
        for (Nic n : s.nics) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", n.label);
            x.put("mac", n.mac);
            x.put("ipv4", n.ipv4);
            x.put("ipv6", n.ipv6);
            x.put("network", n.network);
            x.put("adapterType", n.adapterType);
            x.put("connected", n.connected);
            x.put("source", where(n.source, files));
            nics.add(x);
        }
        m.put("nics", nics);
        List<Object> parts = new ArrayList<>();
        for (Partition pt : s.partitions) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", pt.path);
            x.put("capacityMiB", pt.capacityMiB);
            x.put("consumedMiB", pt.consumedMiB);
            x.put("freeMiB", pt.freeMiB);
            x.put("source", where(pt.source, files));
            parts.add(x);
        }
        m.put("partitions", parts);
        List<Object> util = new ArrayList<>();
        for (UtilizationStat u : s.utilization) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("metric", u.metric().name().toLowerCase(Locale.ROOT));
            x.put("unit", u.metric().unit());
            x.put("average", u.average());
            x.put("p95", u.p95());
            x.put("maximum", u.maximum());
            x.put("samples", u.samples());
            x.put("windowStart", u.windowStart() == null ? null : u.windowStart().toString());
            x.put("windowEnd", u.windowEnd() == null ? null : u.windowEnd().toString());
            x.put("source", where(u.source(), files));
            util.add(x);
        }
        m.put("utilization", util);
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("source", where(s.source, files));
        List<String> others = new ArrayList<>();
        for (String o : s.otherSources) {
            others.add(other(o, files));
        }
        prov.put("alsoFrom", others);
        m.put("provenance", prov);
        return m;
    }

    /** "#3:vCPU!12" as "contoso.xlsx vCPU row 12". */
    static String other(String ref, Map<Long, String> files) {
        return SourceRef.parseOther(ref).map(r -> where(r, files)).orElse(ref);
    }

    private static void detailText(PrintWriter out, Server s, Map<Long, String> files) {
        out.printf("%s (id %d)%s%n", s.name, s.id, s.deleted ? "  [deleted by the user]" : "");
        line(out, "Source", where(s.source, files));
        for (String o : s.otherSources) {
            line(out, "Also from", other(o, files));
        }
        line(out, "Kind", s.kind.name().toLowerCase(Locale.ROOT) + (s.template ? ", template" : ""));
        line(out, "Power", power(s.powerState));
        line(out, "OS", s.os.raw() == null ? "unknown" : s.os.raw() + "  ->  " + s.os.label() + ", "
                + s.os.family().name().toLowerCase(Locale.ROOT) + ", " + s.os.architecture().name().toLowerCase(Locale.ROOT));
        line(out, "OS (tools)", s.osFromTools);
        line(out, "Firmware", s.firmware.name().toLowerCase(Locale.ROOT));
        line(out, "vCPUs", s.vcpus == null ? null : s.vcpus + (s.sockets == null ? "" : " (" + s.sockets + " sockets x "
                + s.coresPerSocket + " cores)"));
        line(out, "Memory", s.memoryMiB == null ? null : String.format("%,d MiB", s.memoryMiB));
        line(out, "Provisioned", s.provisionedMiB == null ? null : String.format("%,d MiB", s.provisionedMiB));
        line(out, "In use", s.inUseMiB == null ? null : String.format("%,d MiB", s.inUseMiB));
        line(out, "VM UUID", s.vmUuid);
        line(out, "SMBIOS UUID", s.biosUuid);
        line(out, "MoRef", s.moRef == null ? null : s.moRef + (s.vCenter == null ? "" : " @ " + s.vCenter));
        line(out, "Instance id", s.instanceId);
        line(out, "External id", s.externalId);
        line(out, "Host name", s.hostName);
        line(out, "IPs", s.ips.isEmpty() ? null : String.join(", ", s.ips));
        line(out, "Placement", join(s.datacenter, s.cluster, s.host));
        line(out, "Folder", s.folder);
        line(out, "Environment", s.environment);
        line(out, "Owner", s.owner);
        line(out, "Application", s.application);
        line(out, "Hypervisor", s.hypervisor);
        line(out, "Tools", join(s.toolsStatus, s.toolsVersion));
        line(out, "HW version", s.hardwareVersion);
        line(out, "Snapshots", s.snapshotCount == null ? null : s.snapshotCount + " (" + s.snapshotMiB + " MiB)");
        line(out, "Annotation", s.annotation);
        s.tags.forEach((k, v) -> line(out, "Tag " + k, v));
        for (Disk d : s.disks) {
            line(out, "Disk", join(d.label, d.capacityMiB == null ? null : String.format("%,d MiB", d.capacityMiB),
                    d.thin == null ? null : (d.thin ? "thin" : "thick"), d.controller, d.datastore, d.sharing)
                    + "  [" + where(d.source, files) + "]");
        }
        for (Nic n : s.nics) {
            List<String> ips = new ArrayList<>(n.ipv4);
            ips.addAll(n.ipv6);
            line(out, "NIC", join(n.label, n.mac, n.network, String.join(" ", ips), n.adapterType,
                    n.connected == null ? null : (n.connected ? "connected" : "disconnected"))
                    + "  [" + where(n.source, files) + "]");
        }
        for (Partition pt : s.partitions) {
            line(out, "Partition", join(pt.path, pt.capacityMiB == null ? null : String.format("%,d MiB", pt.capacityMiB),
                    pt.consumedMiB == null ? null : String.format("%,d MiB used", pt.consumedMiB))
                    + "  [" + where(pt.source, files) + "]");
        }
        for (UtilizationStat u : s.utilization) {
            line(out, "Utilization", String.format(Locale.ROOT, "%s avg %s p95 %s max %s %s (%d samples)",
                    u.metric().name().toLowerCase(Locale.ROOT), num(u.average()), num(u.p95()), num(u.maximum()),
                    u.metric().unit(), u.samples()) + "  [" + where(u.source(), files) + "]");
        }
    }

    private static String num(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : ", ").append(p);
            }
        }
        return b.toString();
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("  %-13s %s%n", label, value.replace("\n", " "));
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Change values of one server; edited values are kept when exports are imported again.", "",
                "Fields: name, environment, owner, application, annotation, vcpus, memoryMiB, os, powerState, "
                    + "tag.NAME (an empty value removes the tag), and every other field `inventory show --format json` "
                    + "lists."})
    static final class Edit extends OneServer {
        @Option(names = "--set", required = true, paramLabel = "FIELD=VALUE", description = "May be repeated.")
        Map<String, String> values = new LinkedHashMap<>();

        @Override
        void run(ProjectFile p, Server s, PrintWriter out) {
            for (Map.Entry<String, String> e : values.entrySet()) {
                p.inventory().edit(s.id, e.getKey(), e.getValue());
                out.printf("%s: %s = %s%n", s.name, e.getKey(), e.getValue());
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a server from the engagement's scope (it can be restored, or the deletion undone).")
    static final class Delete extends OneServer {
        @Override
        void run(ProjectFile p, Server s, PrintWriter out) {
            p.inventory().delete(s.id);
            out.printf("Deleted %s (id %d); `mhub inventory undo` brings it back%n", s.name, s.id);
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Bring back a deleted server.")
    static final class Restore extends OneServer {
        @Override
        void run(ProjectFile p, Server s, PrintWriter out) {
            p.inventory().restore(s.id);
            out.printf("Restored %s (id %d)%n", s.name, s.id);
        }
    }

    @Command(name = "undo", mixinStandardHelpOptions = true, description = "Undo the newest edit or deletion.")
    static final class Undo implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                Optional<ServerEdit> undone = p.inventory().undo();
                PrintWriter out = spec.commandLine().getOut();
                if (undone.isEmpty()) {
                    out.println("Nothing to undo");
                } else {
                    ServerEdit e = undone.get();
                    out.printf("Undid %s of server %d (back to %s)%n", e.field(), e.serverId(), e.oldValue());
                }
            }
            return 0;
        }
    }
}
