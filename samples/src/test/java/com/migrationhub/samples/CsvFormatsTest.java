package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every CSV format back with a plain CSV parser: exact headers, one row per server, and the
 * same servers (names, UUIDs, IPs, sizes) as the RVTools workbook describes.
 */
class CsvFormatsTest {
    private static final int VMS = 150;

    @TempDir
    static Path dir;
    private static EstateTotals totals;
    private static SheetTable vInfo;
    /** vInfo rows of servers (non-templates) by VM name. */
    private static final Map<String, Row> servers = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        InventoryGenerator.Result result = InventoryGenerator.generate(new GeneratorOptions(VMS, 11, dir,
                EnumSet.allOf(ExportFormat.class), "acme"));
        totals = result.totals();
        try (InputStream in = Files.newInputStream(dir.resolve("acme-rvtools.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            vInfo = new SheetTable(wb.getSheet("vInfo"));
        }
        for (Row r : vInfo.rows) {
            if (vInfo.text(r, "Template").equals("False")) {
                servers.put(vInfo.text(r, "VM"), r);
            }
        }
    }

    private static CsvTable csv(String name) throws IOException {
        return CsvTable.read(dir.resolve(name));
    }

    @Test
    void everyFormatIsWrittenUnderThePrefix() {
        assertThat(dir.resolve("acme-rvtools.xlsx")).isRegularFile();
        assertThat(dir.resolve("acme-rvtools3.xlsx")).isRegularFile();
        assertThat(dir.resolve("acme-azure-migrate.csv")).isRegularFile();
        assertThat(dir.resolve("acme-aws-mhub.csv")).isRegularFile();
        assertThat(dir.resolve("acme-vrops.csv")).isRegularFile();
        assertThat(dir.resolve("acme-cmdb.csv")).isRegularFile();
        for (String table : List.of("vmInfo.csv", "diskInfo.csv", "perfInfo.csv", "tagInfo.csv")) {
            assertThat(dir.resolve("acme-gcp-mc").resolve(table)).isRegularFile();
        }
        assertThat(dir.resolve(EstateTotals.FILE_NAME)).isRegularFile();
    }

    @Test
    void azureMigrateHasThePortalTemplateColumnsAndOneRowPerServer() throws IOException {
        CsvTable t = csv("acme-azure-migrate.csv");
        List<String> expected = new ArrayList<>(List.of("*Server name", "IP addresses", "*Cores", "*Memory (In MB)",
                "*OS name", "OS version", "OS architecture", "Server type", "Hypervisor", "CPU utilization percentage",
                "Memory utilization percentage", "Network adapters", "Network In throughput", "Network Out throughput",
                "Boot type", "Number of disks", "Storage in use (In GB)"));
        for (int d = 1; d <= 4; d++) {
            expected.addAll(List.of("Disk " + d + " size (In GB)", "Disk " + d + " read throughput (MB per second)",
                    "Disk " + d + " write throughput (MB per second)", "Disk " + d + " read ops (operations per second)",
                    "Disk " + d + " write ops (operations per second)"));
        }
        assertThat(t.headers).isEqualTo(expected);
        assertThat(t.rows).hasSize((int) totals.servers());
        long disks = 0;
        for (List<String> r : t.rows) {
            Row info = servers.get(t.value(r, "*Server name"));
            assertThat(info).as(t.value(r, "*Server name")).isNotNull();
            assertThat(Long.parseLong(t.value(r, "*Cores"))).isEqualTo((long) vInfo.number(info, "CPUs"));
            assertThat(Long.parseLong(t.value(r, "*Memory (In MB)"))).isEqualTo((long) vInfo.number(info, "Memory"));
            assertThat(t.value(r, "Boot type")).isIn("BIOS", "UEFI");
            assertThat(t.value(r, "OS architecture")).isIn("x64", "x86");
            disks += Long.parseLong(t.value(r, "Number of disks"));
            double gib = 0;
            for (int d = 1; d <= 4; d++) {
                String size = t.value(r, "Disk " + d + " size (In GB)");
                gib += size.isEmpty() ? 0 : Double.parseDouble(size);
            }
            assertThat(gib * 1024).isCloseTo(vInfo.number(info, "Total disk capacity MiB"),
                    org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(disks).isEqualTo(totals.disks());
    }

    @Test
    void awsMigrationHubHasTheTemplateFieldsAndVSphereKeys() throws IOException {
        CsvTable t = csv("acme-aws-mhub.csv");
        assertThat(t.headers).containsExactly("ExternalId", "SMBiosId", "IPAddress", "MACAddress", "HostName",
                "VMware.MoRefId", "VMware.VCenterId", "CPU.NumberOfProcessors", "CPU.NumberOfCores",
                "CPU.NumberOfLogicalCores", "OS.Name", "OS.Version", "VMware.VMName", "RAM.TotalSizeInMB",
                "RAM.UsedSizeInMB.Avg", "RAM.UsedSizeInMB.Max", "CPU.UsagePct.Avg", "CPU.UsagePct.Max",
                "DiskReadsPerSecondInKB.Avg", "DiskWritesPerSecondInKB.Avg", "DiskReadsPerSecondInKB.Max",
                "DiskWritesPerSecondInKB.Max", "DiskReadsOpsPerSecond.Avg", "DiskWritesOpsPerSecond.Avg",
                "DiskReadsOpsPerSecond.Max", "DiskWritesOpsPerSecond.Max", "NetworkReadsPerSecondInKB.Avg",
                "NetworkWritesPerSecondInKB.Avg", "NetworkReadsPerSecondInKB.Max", "NetworkWritesPerSecondInKB.Max",
                "Applications", "ApplicationWave", "Tags");
        assertThat(t.rows).hasSize((int) totals.servers());
        long macs = 0;
        for (List<String> r : t.rows) {
            Row info = servers.get(t.value(r, "VMware.VMName"));
            assertThat(t.value(r, "ExternalId")).isEqualTo(vInfo.text(info, "VM UUID"));
            assertThat(t.value(r, "SMBiosId")).isEqualTo(vInfo.text(info, "SMBIOS UUID"));
            assertThat(t.value(r, "VMware.MoRefId")).isEqualTo(vInfo.text(info, "VM ID"));
            assertThat(t.value(r, "VMware.VCenterId")).isEqualTo(vInfo.text(info, "VI SDK UUID"));
            macs += t.value(r, "MACAddress").split(", ").length;
            boolean running = vInfo.text(info, "Powerstate").equals("poweredOn");
            assertThat(t.value(r, "CPU.UsagePct.Avg").isEmpty()).isEqualTo(!running);
            if (running) {
                assertThat(Double.parseDouble(t.value(r, "CPU.UsagePct.Max")))
                        .isGreaterThanOrEqualTo(Double.parseDouble(t.value(r, "CPU.UsagePct.Avg")));
            }
            assertThat(t.value(r, "Tags")).matches("([^:,]+:[^,]+)(, [^:,]+:[^,]+)*|");
        }
        assertThat(macs).isEqualTo(totals.nics());
    }

    @Test
    void migrationCenterTablesHaveTheTemplateColumns() throws IOException {
        Path gcp = dir.resolve("acme-gcp-mc");
        CsvTable vm = CsvTable.read(gcp.resolve("vmInfo.csv"));
        assertThat(vm.headers).containsExactly("MachineId", "MachineName", "PrimaryIPAddress(optional)",
                "PrimaryMACAddress(optional)", "PublicIPAddress(optional)", "IpAddressListSemiColonDelimited(optional)",
                "TotalDiskAllocatedGiB", "TotalDiskUsedGiB", "MachineTypeLabel(optional)", "AllocatedProcessorCoreCount",
                "MemoryGiB", "HostingLocation(optional)", "OsType(optional)", "OsPublisher(optional)", "OsName",
                "OsVersion(optional)", "MachineStatus(optional)", "ProvisioningState(optional)", "CreateDate(optional)",
                "IsPhysical");
        assertThat(vm.rows).hasSize((int) totals.servers());
        Set<String> machineIds = new HashSet<>(vm.column("MachineId"));
        for (List<String> r : vm.rows) {
            Row info = servers.get(vm.value(r, "MachineName"));
            assertThat(vm.value(r, "MachineId")).isEqualTo(vInfo.text(info, "VM UUID"));
            assertThat(Double.parseDouble(vm.value(r, "MemoryGiB")) * 1024).isEqualTo(vInfo.number(info, "Memory"));
        }
        CsvTable disk = CsvTable.read(gcp.resolve("diskInfo.csv"));
        assertThat(disk.headers).containsExactly("MachineId", "DiskLabel", "SizeInGib", "UsedInGib",
                "StorageTypeLabel");
        assertThat(disk.rows).hasSize((int) totals.disks());
        assertThat(machineIds).containsAll(disk.column("MachineId"));

        CsvTable tag = CsvTable.read(gcp.resolve("tagInfo.csv"));
        assertThat(tag.headers).containsExactly("MachineId", "Key", "Value");
        assertThat(tag.rows).isNotEmpty();
        for (List<String> r : tag.rows) {
            assertThat(tag.value(r, "Key")).matches("[a-z][a-z0-9_-]{0,62}");
            assertThat(tag.value(r, "Value")).matches("[a-z0-9_-]{1,63}");
        }

        CsvTable perf = CsvTable.read(gcp.resolve("perfInfo.csv"));
        assertThat(perf.headers).containsExactly("MachineId", "TimeStamp", "CpuUtilizationPercentage",
                "MemoryUtilizationPercentage(optional)", "AvailableMemoryBytes", "DiskReadOperationsPerSec",
                "DiskWriteOperationsPerSec", "NetworkBytesPerSecSent", "NetworkBytesPerSecReceived");
        assertThat(perf.rows).isNotEmpty();
        assertThat(perf.rows.size() % GcpMigrationCenterWriter.SAMPLES).isZero();
        Set<String> sampled = new HashSet<>(perf.column("MachineId"));
        assertThat(sampled.size()).isLessThan((int) totals.poweredOn()).isPositive();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime first = LocalDateTime.parse(perf.value(perf.rows.get(0), "TimeStamp"), f);
        LocalDateTime second = LocalDateTime.parse(perf.value(perf.rows.get(1), "TimeStamp"), f);
        assertThat(second).isEqualTo(first.plusHours(1));
    }

    @Test
    void vropsExportKeepsItsByteOrderMarkQuotesSeparatorsAndTwelveHourTimes() throws IOException {
        Path file = dir.resolve("acme-vrops.csv");
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(raw).startsWith("\uFEFF\"Name\",\"Time\",\"CPU|Usage (%)\"");
        assertThat(raw).contains("\r\n");
        CsvTable t = CsvTable.read(file);
        assertThat(t.byteOrderMark).isTrue();
        assertThat(t.headers).containsExactly("Name", "Time", "CPU|Usage (%)", "Memory|Usage (%)",
                "Disk|Commands per second", "Disk|Usage Rate (KBps)", "Network|Usage Rate (KBps)");
        assertThat(t.rows).hasSize((int) totals.servers() * VropsWriter.SAMPLES);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("h:mm a d MMMM yyyy", Locale.ENGLISH);
        Set<String> clock = new HashSet<>();
        boolean grouped = false;
        for (List<String> r : t.rows) {
            String at = t.value(r, "Time");
            LocalDateTime.parse(at, time);
            clock.add(at.substring(0, at.indexOf(' ', at.indexOf(' ') + 1)));
            String net = t.value(r, "Network|Usage Rate (KBps)");
            if (!net.isEmpty()) {
                grouped |= net.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
                assertThat(Double.parseDouble(net.replace(",", ""))).isNotNegative();
            }
        }
        assertThat(clock).contains("12:00 AM", "12:00 PM", "6:00 AM", "6:00 PM");
        assertThat(grouped).as("some value shows a thousands separator").isTrue();
        assertThat(new HashSet<>(t.column("Name"))).isEqualTo(servers.keySet());
    }

    @Test
    void genericCmdbNeedsAMappingButDescribesTheSameServers() throws IOException {
        CsvTable t = csv("acme-cmdb.csv");
        assertThat(t.headers).containsExactly("hostname", "ip", "cpu", "ram_gb", "disk_gb", "os", "environment",
                "owner", "application", "site", "status");
        assertThat(t.rows).hasSize((int) totals.servers());
        Set<String> environments = new HashSet<>();
        for (List<String> r : t.rows) {
            Row info = servers.get(t.value(r, "hostname"));
            assertThat(Double.parseDouble(t.value(r, "ram_gb")) * 1024).isEqualTo(vInfo.number(info, "Memory"));
            String primary = vInfo.text(info, "Primary IP Address");
            if (!primary.isEmpty()) {
                assertThat(t.value(r, "ip")).isEqualTo(primary);
            }
            environments.add(t.value(r, "environment"));
        }
        assertThat(environments).isSubsetOf("Production", "Test", "Development", "Disaster Recovery")
                .contains("Production");
    }

    @Test
    void everyFormatNamesTheSameServers() throws IOException {
        Set<String> names = servers.keySet();
        assertThat(new HashSet<>(csv("acme-azure-migrate.csv").column("*Server name"))).isEqualTo(names);
        assertThat(new HashSet<>(csv("acme-aws-mhub.csv").column("VMware.VMName"))).isEqualTo(names);
        assertThat(new HashSet<>(csv("acme-cmdb.csv").column("hostname"))).isEqualTo(names);
        assertThat(new HashSet<>(CsvTable.read(dir.resolve("acme-gcp-mc/vmInfo.csv")).column("MachineName")))
                .isEqualTo(names);
    }
}
