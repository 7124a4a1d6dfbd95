package com.migrationhub.app.cli;

import com.migrationhub.domain.model.Cluster;
import com.migrationhub.domain.model.Datastore;
import com.migrationhub.domain.model.Host;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mhub inventory hosts|clusters|datastores}: the estate's infrastructure where the sources describe it. */
final class PlacementCommands {

    private PlacementCommands() {
    }

    /** A listing as a table, CSV or JSON from one set of column names and rows. */
    abstract static class Listing implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.table;

        abstract List<String> columns();

        abstract boolean[] numeric();

        abstract List<Object[]> rows(ProjectFile p);

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                List<Object[]> rows = rows(p);
                List<String> cols = columns();
                if (format == OutputFormat.csv) {
                    Table.csv(out, cols.toArray());
                    rows.forEach(r -> Table.csv(out, r));
                } else if (format == OutputFormat.json) {
                    List<Object> list = new ArrayList<>();
                    for (Object[] r : rows) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        for (int i = 0; i < cols.size(); i++) {
                            m.put(cols.get(i), r[i]);
                        }
                        list.add(m);
                    }
                    out.print(Json.write(list));
                } else {
                    Table t = new Table(cols, numeric());
                    rows.forEach(t::add);
                    t.print(out);
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "hosts", mixinStandardHelpOptions = true, description = "The hypervisor hosts, where the sources list them.")
    static final class Hosts extends Listing {
        @Override
        List<String> columns() {
            return List.of("name", "cluster", "datacenter", "vCenter", "cpuModel", "sockets", "cores", "memoryMiB",
                    "cpuUsagePct", "memoryUsagePct", "vms", "hypervisor", "source");
        }

        @Override
        boolean[] numeric() {
            return new boolean[] {false, false, false, false, false, true, true, true, true, true, true, false, false};
        }

        @Override
        List<Object[]> rows(ProjectFile p) {
            Map<Long, String> files = InventoryCommand.importFiles(p);
            List<Object[]> rows = new ArrayList<>();
            for (Host h : p.inventory().hosts()) {
                rows.add(new Object[] {h.name, h.cluster, h.datacenter, h.vCenter, h.cpuModel, h.sockets, h.cores,
                    h.memoryMiB, h.cpuUsagePct, h.memoryUsagePct, h.vmCount, h.hypervisorVersion,
                    InventoryCommand.where(h.source, files)});
            }
            return rows;
        }
    }

    @Command(name = "clusters", mixinStandardHelpOptions = true, description = "The clusters, where the sources list them.")
    static final class Clusters extends Listing {
        @Override
        List<String> columns() {
            return List.of("name", "datacenter", "vCenter", "hosts", "cores", "memoryMiB", "cpuUsagePct",
                    "memoryUsagePct", "ha", "drs", "source");
        }

        @Override
        boolean[] numeric() {
            return new boolean[] {false, false, false, true, true, true, true, true, false, false, false};
        }

        @Override
        List<Object[]> rows(ProjectFile p) {
            Map<Long, String> files = InventoryCommand.importFiles(p);
            List<Object[]> rows = new ArrayList<>();
            for (Cluster c : p.inventory().clusters()) {
                rows.add(new Object[] {c.name, c.datacenter, c.vCenter, c.hostCount, c.cores, c.memoryMiB,
                    c.cpuUsagePct, c.memoryUsagePct, c.haEnabled, c.drsEnabled, InventoryCommand.where(c.source, files)});
            }
            return rows;
        }
    }

    @Command(name = "datastores", mixinStandardHelpOptions = true, description = "The datastores, where the sources list them.")
    static final class Datastores extends Listing {
        @Override
        List<String> columns() {
            return List.of("name", "type", "vCenter", "capacityMiB", "provisionedMiB", "inUseMiB", "freeMiB", "hosts",
                    "cluster", "source");
        }

        @Override
        boolean[] numeric() {
            return new boolean[] {false, false, false, true, true, true, true, true, false, false};
        }

        @Override
        List<Object[]> rows(ProjectFile p) {
            Map<Long, String> files = InventoryCommand.importFiles(p);
            List<Object[]> rows = new ArrayList<>();
            for (Datastore d : p.inventory().datastores()) {
                rows.add(new Object[] {d.name, d.type, d.vCenter, d.capacityMiB, d.provisionedMiB, d.inUseMiB,
                    d.freeMiB, d.hostCount, d.clusterName, InventoryCommand.where(d.source, files)});
            }
            return rows;
        }
    }
}
