package com.migrationhub.connectors.azuremigrate;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.connectors.csv.HeaderProbe;
import com.migrationhub.connectors.csv.OsColumns;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.InventoryImporter;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CSV of Azure Migrate's import-based discovery ("Import using CSV" in the portal): one
 * server per row, columns {@code *Server name, IP addresses, *Cores, *Memory (In MB), *OS name,
 * OS version, OS architecture, Server type, Hypervisor, CPU utilization percentage, Memory
 * utilization percentage, Network adapters, Network In throughput, Network Out throughput, Boot
 * type, Number of disks, Storage in use (In GB)} and per disk {@code Disk N size (In GB), Disk N
 * read throughput (MB per second), Disk N write throughput (MB per second), Disk N read ops
 * (operations per second), Disk N write ops (operations per second)} for N = 1, 2, ... in any
 * order. The four starred columns are required.
 *
 * <p>Mapping: the server name is the name; IP addresses (separated by commas, semicolons or blanks)
 * the IPs; cores the vCPUs; memory as MiB (Azure's "MB" for memory is the 1024-based unit vCenter
 * reports); the OS from name, version and architecture; {@code Server type} Physical/Virtual the
 * kind (Virtual on AWS or GCP counts as cloud); the hypervisor as written; {@code Boot type}
 * BIOS/EFI the firmware; each disk with a size or a figure becomes a {@link Disk} labelled
 * "Disk N" with its throughput and operations; {@code Network adapters} becomes that many unnamed
 * NICs (the count matters for target sizing). Sizes "In GB" are taken as GiB, 1024 MiB, as the
 * portal derives them from binary sizes. {@code Number of disks} is not kept: a disk without a size
 * says nothing the per-disk columns do not.
 *
 * <p>Utilization: the template has one figure per metric, kept as the average with 0 samples:
 * CPU and memory percentage, network in and out in MB per second.
 *
 * <p>Bad values: text in a number column, a negative size or count, or a negative percentage end
 * the import with an {@link ImportException}; a percentage over 100 is kept with a warning; a row
 * without a server name is skipped; an empty core or memory cell is imported as unknown with a
 * warning. Cost: one streaming pass, memory for one row.
 */
public final class AzureMigrateImporter implements InventoryImporter {
    public static final String FORMAT = "azure-migrate";
    static final String TOOL = "Azure Migrate import CSV";

    private static final Pattern DISK_COLUMN = Pattern.compile("disk (\\d{1,4}) (.+)");
    /** More adapters than this is a typing error rather than a server. */
    private static final int MAX_NICS = 64;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return TOOL;
    }

    @Override
    public int detect(SourceProbe probe) {
        Set<String> names = HeaderProbe.names(probe);
        if (!HeaderProbe.hasAll(names, "Server name", "Cores", "Memory (In MB)")) {
            return 0;
        }
        return HeaderProbe.hasAll(names, "OS name") ? 98 : 92;
    }

    @Override
    public void read(Path file, ImportOptions options, InventorySink sink, ProgressMonitor monitor)
            throws ImportException {
        try (CsvReader reader = CsvReader.open(file, monitor)) {
            Columns columns = new Columns(reader.header());
            sink.source(TOOL, null);
            CsvRow row;
            while ((row = reader.next()) != null) {
                readServer(row, columns, sink);
            }
        }
    }

    private static void readServer(CsvRow row, Columns c, InventorySink sink) throws ImportException {
        String name = row.text(c.name);
        if (name == null) {
            sink.skipped(row.ref(), "no server name");
            return;
        }
        Server server = new Server();
        server.name = name;
        server.source = row.ref();
        server.ips.addAll(row.items(c.ips));
        server.vcpus = row.count(c.cores);
        if (server.vcpus == null) {
            sink.warning(row.ref(c.cores), "no core count given");
        }
        server.memoryMiB = row.mebibytes(c.memory, 1);
        if (server.memoryMiB == null) {
            sink.warning(row.ref(c.memory), "no memory size given");
        }
        server.os = OsColumns.read(row.text(c.osName), row.text(c.osVersion), row.text(c.osArchitecture));
        server.hypervisor = row.text(c.hypervisor);
        server.kind = kind(row, c, sink);
        String bootType = row.text(c.bootType);
        server.firmware = Firmware.parse(bootType);
        if (bootType != null && server.firmware == Firmware.UNKNOWN) {
            sink.warning(row.ref(c.bootType), "\"" + bootType + "\" is not a boot type this import knows "
                    + "(BIOS or EFI); firmware left unknown");
        }
        server.inUseMiB = row.mebibytes(c.storageInUse, 1024);

        Integer adapters = row.count(c.networkAdapters);
        sink.server(server);
        ServerKey key = server.key();

        for (Map.Entry<Integer, DiskColumns> entry : c.disks.entrySet()) {
            Disk disk = readDisk(row, entry.getKey(), entry.getValue());
            if (disk != null) {
                sink.disk(key, disk);
            }
        }
        if (adapters != null && adapters > MAX_NICS) {
            sink.warning(row.ref(c.networkAdapters), "\"" + adapters + "\" network adapters is more than "
                    + MAX_NICS + "; no adapters imported");
        } else if (adapters != null) {
            for (int i = 1; i <= adapters; i++) {
                Nic nic = new Nic();
                nic.label = "Network adapter " + i;
                nic.source = row.ref(c.networkAdapters);
                sink.nic(key, nic);
            }
        }
        single(row, c.cpuPercent, Metric.CPU_PERCENT, row.percent(c.cpuPercent, sink), key, sink);
        single(row, c.memoryPercent, Metric.MEMORY_PERCENT, row.percent(c.memoryPercent, sink), key, sink);
        single(row, c.networkIn, Metric.NETWORK_IN_MBPS, row.nonNegative(c.networkIn), key, sink);
        single(row, c.networkOut, Metric.NETWORK_OUT_MBPS, row.nonNegative(c.networkOut), key, sink);
    }

    private static Disk readDisk(CsvRow row, int number, DiskColumns d) throws ImportException {
        Long size = row.mebibytes(d.size, 1024);
        Double readMBps = row.nonNegative(d.readThroughput);
        Double writeMBps = row.nonNegative(d.writeThroughput);
        Double readIops = row.nonNegative(d.readOps);
        Double writeIops = row.nonNegative(d.writeOps);
        if (size == null && readMBps == null && writeMBps == null && readIops == null && writeIops == null) {
            return null;
        }
        Disk disk = new Disk();
        disk.label = "Disk " + number;
        disk.capacityMiB = size;
        disk.readMBps = readMBps;
        disk.writeMBps = writeMBps;
        disk.readIops = readIops;
        disk.writeIops = writeIops;
        disk.source = row.ref(d.size != null ? d.size : d.any());
        return disk;
    }

    private static ServerKind kind(CsvRow row, Columns c, InventorySink sink) {
        String type = row.text(c.serverType);
        String hypervisor = row.text(c.hypervisor);
        boolean cloud = hypervisor != null && Set.of("aws", "gcp", "azure", "amazon", "google")
                .contains(hypervisor.toLowerCase(Locale.ROOT));
        if (type == null) {
            if (hypervisor == null) {
                return ServerKind.UNKNOWN;
            }
            return cloud ? ServerKind.CLOUD : ServerKind.VIRTUAL;
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "physical":
                return ServerKind.PHYSICAL;
            case "virtual":
                return cloud ? ServerKind.CLOUD : ServerKind.VIRTUAL;
            default:
                sink.warning(row.ref(c.serverType), "\"" + type + "\" is not a server type this import knows "
                        + "(Physical or Virtual); kind left unknown");
                return ServerKind.UNKNOWN;
        }
    }

    /** One figure of the template, kept as the average: the template gives no samples. */
    private static void single(CsvRow row, CsvColumn column, Metric metric, Double value, ServerKey key,
                               InventorySink sink) {
        if (value != null) {
            sink.utilization(key, new UtilizationStat(metric, value, null, null, 0, null, null, row.ref(column)));
        }
    }

    /** The template's columns as this file has them. */
    private static final class Columns {
        final CsvColumn name;
        final CsvColumn cores;
        final CsvColumn memory;
        final CsvColumn osName;
        final CsvColumn ips;
        final CsvColumn osVersion;
        final CsvColumn osArchitecture;
        final CsvColumn serverType;
        final CsvColumn hypervisor;
        final CsvColumn cpuPercent;
        final CsvColumn memoryPercent;
        final CsvColumn networkAdapters;
        final CsvColumn networkIn;
        final CsvColumn networkOut;
        final CsvColumn bootType;
        final CsvColumn storageInUse;
        final Map<Integer, DiskColumns> disks = new TreeMap<>();

        Columns(CsvHeader header) throws ImportException {
            name = header.require("*Server name");
            cores = header.require("*Cores");
            memory = header.require("*Memory (In MB)");
            osName = header.require("*OS name");
            ips = header.column("IP addresses", "IP address");
            osVersion = header.column("OS version");
            osArchitecture = header.column("OS architecture");
            serverType = header.column("Server type");
            hypervisor = header.column("Hypervisor");
            cpuPercent = header.column("CPU utilization percentage");
            memoryPercent = header.column("Memory utilization percentage");
            networkAdapters = header.column("Network adapters");
            networkIn = header.column("Network In throughput");
            networkOut = header.column("Network Out throughput");
            bootType = header.column("Boot type");
            storageInUse = header.column("Storage in use (In GB)");
            for (CsvColumn column : header.columns()) {
                Matcher m = DISK_COLUMN.matcher(CsvHeader.normalize(column.name()));
                if (m.matches()) {
                    disks.computeIfAbsent(Integer.valueOf(m.group(1)), n -> new DiskColumns())
                            .set(m.group(2), column);
                }
            }
        }
    }

    /** The columns of disk N. */
    private static final class DiskColumns {
        CsvColumn size;
        CsvColumn readThroughput;
        CsvColumn writeThroughput;
        CsvColumn readOps;
        CsvColumn writeOps;

        void set(String what, CsvColumn column) {
            switch (what) {
                case "size (in gb)":
                    size = column;
                    break;
                case "read throughput (mb per second)":
                    readThroughput = column;
                    break;
                case "write throughput (mb per second)":
                    writeThroughput = column;
                    break;
                case "read ops (operations per second)":
                    readOps = column;
                    break;
                case "write ops (operations per second)":
                    writeOps = column;
                    break;
                default:
                    // another per-disk column the template may add: not read
                    break;
            }
        }

        CsvColumn any() {
            return readThroughput != null ? readThroughput : writeThroughput != null ? writeThroughput
                    : readOps != null ? readOps : writeOps;
        }
    }
}
