package com.migrationhub.connectors.awsmhub;

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
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads the AWS Migration Hub (Application Discovery Service) import template: one server per
 * row, columns {@code ExternalId, SMBiosId, IPAddress, MACAddress, HostName, VMware.MoRefId,
 * VMware.VCenterId, CPU.NumberOfProcessors, CPU.NumberOfCores, CPU.NumberOfLogicalCores, OS.Name,
 * OS.Version, VMware.VMName, RAM.TotalSizeInMB, RAM.UsedSizeInMB.Avg/.Max, CPU.UsagePct.Avg/.Max,
 * DiskReadsPerSecondInKB.Avg/.Max, DiskWritesPerSecondInKB.Avg/.Max,
 * DiskReadsOpsPerSecond.Avg/.Max, DiskWritesOpsPerSecond.Avg/.Max,
 * NetworkReadsPerSecondInKB.Avg/.Max, NetworkWritesPerSecondInKB.Avg/.Max, Applications,
 * ApplicationWave, Tags, ServerId} (AWS's user guide, "Migration Hub import"; the shorter
 * {@code DiskReadsOpsPerSec} spelling is read too).
 *
 * <p>Identity: ExternalId is the external id, SMBiosId the BIOS UUID, VMware.MoRefId with
 * VMware.VCenterId the MoRef and vCenter, HostName the host name, IPAddress (comma-separated) the
 * IPs. The name is VMware.VMName, else HostName, else ExternalId, else the first IP. As in Migration
 * Hub, a row needs one of ExternalId, IPAddress, MACAddress, HostName or the MoRef pair, and the file
 * one of those columns; a row with none is skipped. Each MAC address becomes a NIC.
 *
 * <p>Sizing: vCPUs are the logical cores, else the cores, else the processors; sockets are the
 * processors, cores per socket the cores divided by them when that is whole. RAM in MB is MiB.
 * Applications is kept as written; ApplicationWave becomes the tag {@code ApplicationWave}; Tags
 * ({@code "zone:1, critical:yes"}, AWS's comma form, or {@code key:value;key:value}) become tags, a
 * key given twice keeping both values joined by ", ". ServerId, Migration Hub's own id, is not kept.
 *
 * <p>Utilization: average and maximum of each metric, no samples. KB per second is divided by
 * 1024 to MB per second: both binary (KiB, MiB), like every size in the model. RAM used becomes
 * MiB used and, with the total, a memory percentage. Text in a number column or a negative
 * figure ends the import with an {@link ImportException}; CPU over 100 % is kept with a warning.
 * Cost: one streaming pass, memory for one row.
 */
public final class AwsMigrationHubImporter implements InventoryImporter {
    public static final String FORMAT = "aws-mhub";
    static final String TOOL = "AWS Migration Hub import CSV";
    private static final double KIB_PER_MIB = 1024;

    private static final String[] CHARACTERISTIC = {
        "ExternalId", "SMBiosId", "VMware.MoRefId", "VMware.VCenterId", "VMware.VMName",
        "CPU.NumberOfProcessors", "CPU.NumberOfCores", "CPU.NumberOfLogicalCores", "OS.Name", "OS.Version",
        "RAM.TotalSizeInMB", "RAM.UsedSizeInMB.Avg", "CPU.UsagePct.Avg", "CPU.UsagePct.Max",
    };

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
        int characteristic = HeaderProbe.countOf(names, CHARACTERISTIC);
        if (characteristic >= 3) {
            return 96;
        }
        return characteristic == 2 ? 90 : 0;
    }

    @Override
    public void read(Path file, ImportOptions options, InventorySink sink, ProgressMonitor monitor)
            throws ImportException {
        try (CsvReader reader = CsvReader.open(file, monitor)) {
            Columns columns = new Columns(reader.header(), file);
            sink.source(TOOL, null);
            CsvRow row;
            while ((row = reader.next()) != null) {
                readServer(row, columns, sink);
            }
        }
    }

    private static void readServer(CsvRow row, Columns c, InventorySink sink) throws ImportException {
        Server server = new Server();
        server.externalId = row.text(c.externalId);
        server.biosUuid = row.text(c.smbiosId);
        server.hostName = row.text(c.hostName);
        server.ips.addAll(row.items(c.ips));
        server.moRef = row.text(c.moRef);
        server.vCenter = row.text(c.vCenterId);
        List<String> macs = row.items(c.macs);
        boolean moRefPair = server.moRef != null && server.vCenter != null;
        if (server.externalId == null && server.hostName == null && server.ips.isEmpty() && macs.isEmpty()
                && !moRefPair) {
            sink.skipped(row.ref(), "no ExternalId, IPAddress, MACAddress, HostName or VMware.MoRefId with "
                    + "VMware.VCenterId: nothing names the server");
            return;
        }
        server.name = first(row.text(c.vmName), server.hostName, server.externalId,
                server.ips.isEmpty() ? null : server.ips.get(0));
        if (server.name == null) {
            server.name = moRefPair ? server.vCenter + "/" + server.moRef : macs.get(0);
        }
        server.source = row.ref();

        Integer processors = row.count(c.processors);
        Integer cores = row.count(c.cores);
        Integer logical = row.count(c.logicalCores);
        server.vcpus = logical != null ? logical : cores != null ? cores : processors;
        server.sockets = processors;
        if (processors != null && cores != null && processors > 0 && cores % processors == 0) {
            server.coresPerSocket = cores / processors;
        }
        server.os = OsColumns.read(row.text(c.osName), row.text(c.osVersion), null);
        server.memoryMiB = row.mebibytes(c.ramTotal, 1);
        server.application = row.text(c.applications);
        String wave = row.text(c.wave);
        if (wave != null) {
            server.tags.put("ApplicationWave", wave);
        }
        TagList.parse(row.text(c.tags), server.tags);
        sink.server(server);

        ServerKey key = server.key();
        for (String mac : macs) {
            Nic nic = new Nic();
            nic.mac = mac;
            nic.source = row.ref(c.macs);
            sink.nic(key, nic);
        }
        stat(row, key, sink, Metric.CPU_PERCENT, c.cpuAvg, row.percent(c.cpuAvg, sink),
                c.cpuMax, row.percent(c.cpuMax, sink), 1);
        Double usedAvg = row.nonNegative(c.ramUsedAvg);
        Double usedMax = row.nonNegative(c.ramUsedMax);
        stat(row, key, sink, Metric.MEMORY_USED_MIB, c.ramUsedAvg, usedAvg, c.ramUsedMax, usedMax, 1);
        if (server.memoryMiB != null && server.memoryMiB > 0) {
            double total = server.memoryMiB;
            stat(row, key, sink, Metric.MEMORY_PERCENT, c.ramUsedAvg, percentOf(usedAvg, total),
                    c.ramUsedMax, percentOf(usedMax, total), 1);
        }
        rate(row, key, sink, Metric.DISK_READ_MBPS, c.diskReadKBAvg, c.diskReadKBMax, KIB_PER_MIB);
        rate(row, key, sink, Metric.DISK_WRITE_MBPS, c.diskWriteKBAvg, c.diskWriteKBMax, KIB_PER_MIB);
        rate(row, key, sink, Metric.DISK_READ_IOPS, c.diskReadOpsAvg, c.diskReadOpsMax, 1);
        rate(row, key, sink, Metric.DISK_WRITE_IOPS, c.diskWriteOpsAvg, c.diskWriteOpsMax, 1);
        rate(row, key, sink, Metric.NETWORK_IN_MBPS, c.networkReadKBAvg, c.networkReadKBMax, KIB_PER_MIB);
        rate(row, key, sink, Metric.NETWORK_OUT_MBPS, c.networkWriteKBAvg, c.networkWriteKBMax, KIB_PER_MIB);
    }

    private static void rate(CsvRow row, ServerKey key, InventorySink sink, Metric metric, CsvColumn avg,
                             CsvColumn max, double divisor) throws ImportException {
        stat(row, key, sink, metric, avg, row.nonNegative(avg), max, row.nonNegative(max), divisor);
    }

    private static void stat(CsvRow row, ServerKey key, InventorySink sink, Metric metric, CsvColumn avgColumn,
                             Double avg, CsvColumn maxColumn, Double max, double divisor) {
        if (avg == null && max == null) {
            return;
        }
        sink.utilization(key, new UtilizationStat(metric, avg == null ? null : avg / divisor, null,
                max == null ? null : max / divisor, 0, null, null, row.ref(avg != null ? avgColumn : maxColumn)));
    }

    private static Double percentOf(Double used, double total) {
        return used == null ? null : used * 100 / total;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The template's columns as this file has them. */
    private static final class Columns {
        final CsvColumn externalId;
        final CsvColumn smbiosId;
        final CsvColumn ips;
        final CsvColumn macs;
        final CsvColumn hostName;
        final CsvColumn moRef;
        final CsvColumn vCenterId;
        final CsvColumn processors;
        final CsvColumn cores;
        final CsvColumn logicalCores;
        final CsvColumn osName;
        final CsvColumn osVersion;
        final CsvColumn vmName;
        final CsvColumn ramTotal;
        final CsvColumn ramUsedAvg;
        final CsvColumn ramUsedMax;
        final CsvColumn cpuAvg;
        final CsvColumn cpuMax;
        final CsvColumn diskReadKBAvg;
        final CsvColumn diskReadKBMax;
        final CsvColumn diskWriteKBAvg;
        final CsvColumn diskWriteKBMax;
        final CsvColumn diskReadOpsAvg;
        final CsvColumn diskReadOpsMax;
        final CsvColumn diskWriteOpsAvg;
        final CsvColumn diskWriteOpsMax;
        final CsvColumn networkReadKBAvg;
        final CsvColumn networkReadKBMax;
        final CsvColumn networkWriteKBAvg;
        final CsvColumn networkWriteKBMax;
        final CsvColumn applications;
        final CsvColumn wave;
        final CsvColumn tags;

        Columns(CsvHeader h, Path file) throws ImportException {
            externalId = h.column("ExternalId");
            smbiosId = h.column("SMBiosId");
            ips = h.column("IPAddress");
            macs = h.column("MACAddress");
            hostName = h.column("HostName");
            moRef = h.column("VMware.MoRefId");
            vCenterId = h.column("VMware.VCenterId");
            if (externalId == null && ips == null && macs == null && hostName == null
                    && (moRef == null || vCenterId == null)) {
                throw new ImportException(file, null, "missing identity column: the file needs ExternalId, "
                        + "IPAddress, MACAddress, HostName, or VMware.MoRefId with VMware.VCenterId");
            }
            processors = h.column("CPU.NumberOfProcessors");
            cores = h.column("CPU.NumberOfCores");
            logicalCores = h.column("CPU.NumberOfLogicalCores");
            osName = h.column("OS.Name");
            osVersion = h.column("OS.Version");
            vmName = h.column("VMware.VMName");
            ramTotal = h.column("RAM.TotalSizeInMB");
            ramUsedAvg = h.column("RAM.UsedSizeInMB.Avg");
            ramUsedMax = h.column("RAM.UsedSizeInMB.Max");
            cpuAvg = h.column("CPU.UsagePct.Avg");
            cpuMax = h.column("CPU.UsagePct.Max");
            diskReadKBAvg = h.column("DiskReadsPerSecondInKB.Avg");
            diskReadKBMax = h.column("DiskReadsPerSecondInKB.Max");
            diskWriteKBAvg = h.column("DiskWritesPerSecondInKB.Avg");
            diskWriteKBMax = h.column("DiskWritesPerSecondInKB.Max");
            diskReadOpsAvg = h.column("DiskReadsOpsPerSecond.Avg", "DiskReadsOpsPerSec.Avg");
            diskReadOpsMax = h.column("DiskReadsOpsPerSecond.Max", "DiskReadsOpsPerSec.Max");
            diskWriteOpsAvg = h.column("DiskWritesOpsPerSecond.Avg", "DiskWritesOpsPerSec.Avg");
            diskWriteOpsMax = h.column("DiskWritesOpsPerSecond.Max", "DiskWritesOpsPerSec.Max");
            networkReadKBAvg = h.column("NetworkReadsPerSecondInKB.Avg");
            networkReadKBMax = h.column("NetworkReadsPerSecondInKB.Max");
            networkWriteKBAvg = h.column("NetworkWritesPerSecondInKB.Avg");
            networkWriteKBMax = h.column("NetworkWritesPerSecondInKB.Max");
            applications = h.column("Applications");
            wave = h.column("ApplicationWave");
            tags = h.column("Tags");
        }
    }
}
