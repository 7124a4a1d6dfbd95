package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the generated RVTools 4.x and 3.x workbooks back with POI and checks them against RVTools' layout. */
class RvToolsWorkbookTest {
    private static final int VMS = 150;

    @TempDir
    static Path dir;
    private static EstateTotals totals;
    private static XSSFWorkbook rv4;
    private static XSSFWorkbook rv3;

    @BeforeAll
    static void generate() throws IOException {
        InventoryGenerator.Result result = InventoryGenerator.generate(new GeneratorOptions(VMS, 7, dir,
                EnumSet.of(ExportFormat.RVTOOLS, ExportFormat.RVTOOLS3), "test"));
        totals = EstateTotals.read(result.totalsFile());
        rv4 = open(dir.resolve("test-rvtools.xlsx"));
        rv3 = open(dir.resolve("test-rvtools3.xlsx"));
    }

    @AfterAll
    static void close() throws IOException {
        rv4.close();
        rv3.close();
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (Sheet s : wb) {
            names.add(s.getSheetName());
        }
        return names;
    }

    private static SheetTable sheet(XSSFWorkbook wb, String name) {
        return new SheetTable(wb.getSheet(name));
    }

    @Test
    void rvtools4HasTheSheetsInRvToolsTabOrder() {
        assertThat(sheetNames(rv4)).containsExactly("vInfo", "vCPU", "vMemory", "vDisk", "vPartition", "vNetwork",
                "vSnapshot", "vTools", "vSource", "vCluster", "vHost", "vDatastore", "vMetaData");
    }

    @Test
    void vInfoHasRvToolsColumnsWithCustomAttributesBetweenAnnotationAndDatacenter() {
        List<String> h = sheet(rv4, "vInfo").headers;
        assertThat(h.subList(0, 10)).containsExactly("VM", "Powerstate", "Template", "SRM Placeholder",
                "Config status", "DNS Name", "Connection state", "Guest state", "Heartbeat", "Consolidation Needed");
        assertThat(h).containsSubsequence("CPUs", "Memory", "NICs", "Disks", "Total disk capacity MiB",
                "Primary IP Address", "Network #1", "Network #8", "Provisioned MiB", "In Use MiB", "Unshared MiB",
                "Firmware", "HW version", "Path", "Annotation");
        assertThat(h.subList(h.size() - 14, h.size())).containsExactly("Datacenter", "Cluster", "Host",
                "OS according to the configuration file", "OS according to the VMware Tools", "Customization Info",
                "Guest Detailed Data", "VM ID", "SMBIOS UUID", "VM UUID", "VI SDK Server type", "VI SDK API Version",
                "VI SDK Server", "VI SDK UUID");
        List<String> attributes = h.subList(h.indexOf("Annotation") + 1, h.indexOf("Datacenter"));
        assertThat(attributes).contains("Owner", "Application", "Environment").hasSizeBetween(5, 7);
        // The real RVTools 4.7 export has 90 standard vInfo columns besides its custom attributes.
        assertThat(h).hasSize(90 + attributes.size());
        // Every VM sheet carries the same attributes in the same place.
        for (String name : List.of("vCPU", "vMemory", "vDisk", "vPartition", "vNetwork", "vSnapshot", "vTools")) {
            List<String> other = sheet(rv4, name).headers;
            assertThat(other.subList(other.indexOf("Annotation") + 1, other.indexOf("Datacenter")))
                    .as(name).isEqualTo(attributes);
        }
    }

    @Test
    void otherSheetsUseRvToolsHeaders() {
        assertThat(sheet(rv4, "vDisk").headers).containsSubsequence("Disk", "Disk Key", "Disk UUID", "Disk Path",
                "Capacity MiB", "Raw", "Disk Mode", "Sharing mode", "Thin", "Eagerly Scrub", "Split", "Write Through",
                "Level", "Shares", "Reservation", "Limit", "Controller", "Label", "SCSI Unit #", "Unit #");
        assertThat(sheet(rv4, "vPartition").headers).containsSubsequence("Disk Key", "Disk", "Capacity MiB",
                "Consumed MiB", "Free MiB", "Free %");
        assertThat(sheet(rv4, "vNetwork").headers).containsSubsequence("NIC label", "Adapter", "Network", "Switch",
                "Connected", "Starts Connected", "Mac Address", "Type", "IPv4 Address", "IPv6 Address");
        assertThat(sheet(rv4, "vHost").headers).containsSubsequence("Host", "Datacenter", "Cluster", "CPU Model",
                "Speed", "# CPU", "Cores per CPU", "# Cores", "CPU usage %", "# Memory", "Memory usage %");
        assertThat(sheet(rv4, "vMetaData").headers).containsExactly("RVTools major version", "RVTools version",
                "xlsx creation datetime", "Server");
    }

    @Test
    void vmSheetsHaveOneRowPerVmOrDeviceAsVInfoCounts() {
        SheetTable vInfo = sheet(rv4, "vInfo");
        assertThat(vInfo.rows).hasSize(VMS);
        for (String name : List.of("vCPU", "vMemory", "vTools")) {
            assertThat(sheet(rv4, name).column("VM")).as(name).isEqualTo(vInfo.column("VM"));
        }
        long disks = 0;
        long nics = 0;
        for (Row r : vInfo.rows) {
            disks += (long) vInfo.number(r, "Disks");
            nics += (long) vInfo.number(r, "NICs");
        }
        assertThat(sheet(rv4, "vDisk").rows).hasSize((int) disks);
        assertThat(sheet(rv4, "vNetwork").rows).hasSize((int) nics);
        SheetTable partitions = sheet(rv4, "vPartition");
        assertThat(partitions.rows).isNotEmpty();
        for (Row r : partitions.rows) {
            assertThat(partitions.text(r, "Powerstate")).isEqualTo("poweredOn");
        }
        assertThat(sheet(rv4, "vSnapshot").rows).isNotEmpty().hasSizeLessThan(VMS / 4);
    }

    @Test
    void totalsFileHoldsTheSumsOfTheWrittenVInfoCells() {
        SheetTable vInfo = sheet(rv4, "vInfo");
        long servers = 0;
        long templates = 0;
        long vcpus = 0;
        long memory = 0;
        long provisioned = 0;
        long inUse = 0;
        long on = 0;
        long disks = 0;
        long nics = 0;
        for (Row r : vInfo.rows) {
            String template = vInfo.text(r, "Template");
            assertThat(template).isIn("True", "False");
            if (template.equals("True")) {
                templates++;
                continue;
            }
            servers++;
            vcpus += (long) vInfo.number(r, "CPUs");
            memory += (long) vInfo.number(r, "Memory");
            provisioned += (long) vInfo.number(r, "Provisioned MiB");
            inUse += (long) vInfo.number(r, "In Use MiB");
            disks += (long) vInfo.number(r, "Disks");
            nics += (long) vInfo.number(r, "NICs");
            if (vInfo.text(r, "Powerstate").equals("poweredOn")) {
                on++;
            }
        }
        assertThat(templates).isPositive();
        assertThat(totals.servers()).isEqualTo(servers);
        assertThat(totals.templates()).isEqualTo(templates);
        assertThat(totals.vcpus()).isEqualTo(vcpus);
        assertThat(totals.memoryMiB()).isEqualTo(memory);
        assertThat(totals.provisionedMiB()).isEqualTo(provisioned);
        assertThat(totals.inUseMiB()).isEqualTo(inUse);
        assertThat(totals.poweredOn()).isEqualTo(on);
        assertThat(totals.disks()).isEqualTo(disks);
        assertThat(totals.nics()).isEqualTo(nics);
    }

    @Test
    void valuesAreTypedAsRvToolsWritesThem() {
        SheetTable vInfo = sheet(rv4, "vInfo");
        Set<String> powerStates = new HashSet<>();
        for (Row r : vInfo.rows) {
            powerStates.add(vInfo.text(r, "Powerstate"));
            assertThat(vInfo.cell(r, "CPUs").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(vInfo.cell(r, "Memory").getCellType()).isEqualTo(CellType.NUMERIC);
            Cell created = vInfo.cell(r, "Creation date");
            assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
            assertThat(vInfo.text(r, "CBT")).isIn("True", "False");
            assertThat(vInfo.text(r, "VM UUID")).matches("50[0-9a-f]{6}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(vInfo.text(r, "SMBIOS UUID")).startsWith("42");
            assertThat(vInfo.text(r, "VM ID")).matches("vm-\\d+");
            assertThat(vInfo.number(r, "Provisioned MiB")).isGreaterThanOrEqualTo(vInfo.number(r, "Total disk capacity MiB"));
        }
        assertThat(powerStates).contains("poweredOn", "poweredOff");
        assertThat(powerStates).isSubsetOf("poweredOn", "poweredOff", "suspended");
    }

    @Test
    void sourceAndMetadataNameTheOneVCenter() {
        SheetTable source = sheet(rv4, "vSource");
        SheetTable meta = sheet(rv4, "vMetaData");
        String vcenter = source.text(source.rows.get(0), "Name");
        assertThat(meta.text(meta.rows.get(0), "RVTools version")).isEqualTo("4.7.1.4");
        assertThat(meta.text(meta.rows.get(0), "Server")).isEqualTo(vcenter);
        assertThat(DateUtil.isCellDateFormatted(meta.cell(meta.rows.get(0), "xlsx creation datetime"))).isTrue();
        assertThat(new HashSet<>(sheet(rv4, "vInfo").column("VI SDK Server"))).containsExactly(vcenter);
        assertThat(new HashSet<>(sheet(rv4, "vInfo").column("VI SDK UUID")))
                .containsExactly(source.text(source.rows.get(0), "VI SDK UUID"));
    }

    @Test
    void infrastructureSheetsAddUpToTheVms() {
        SheetTable vInfo = sheet(rv4, "vInfo");
        SheetTable hosts = sheet(rv4, "vHost");
        long registered = 0;
        Set<String> hostNames = new HashSet<>();
        for (Row r : hosts.rows) {
            registered += (long) hosts.number(r, "# VMs total");
            hostNames.add(hosts.text(r, "Host"));
            assertThat(hosts.text(r, "CPU Model")).containsAnyOf("Intel(R) Xeon(R)", "AMD EPYC");
        }
        assertThat(registered).isEqualTo(VMS);
        assertThat(hostNames).containsAll(vInfo.column("Host"));
        SheetTable datastores = sheet(rv4, "vDatastore");
        long provisioned = 0;
        for (Row r : datastores.rows) {
            provisioned += (long) datastores.number(r, "Provisioned MiB");
            assertThat(datastores.number(r, "Capacity MiB")).isGreaterThan(datastores.number(r, "In Use MiB"));
        }
        long vmProvisioned = 0;
        for (Row r : vInfo.rows) {
            vmProvisioned += (long) vInfo.number(r, "Provisioned MiB");
        }
        assertThat(provisioned).isEqualTo(vmProvisioned);
        assertThat(sheet(rv4, "vCluster").rows).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void rvtools3HasFewerSheetsAndMbHeadersOverTheSameMiBValues() {
        assertThat(sheetNames(rv3)).containsExactly("vInfo", "vDisk", "vPartition", "vNetwork", "vCluster", "vHost");
        SheetTable info3 = sheet(rv3, "vInfo");
        SheetTable info4 = sheet(rv4, "vInfo");
        assertThat(info3.headers).contains("Provisioned MB", "In Use MB", "Unshared MB", "Video Ram KB")
                .doesNotContain("Provisioned MiB", "SRM Placeholder");
        for (String name : sheetNames(rv3)) {
            assertThat(sheet(rv3, name).headers).as(name).noneMatch(h -> h.contains("MiB"));
        }
        assertThat(sheet(rv3, "vDisk").headers).contains("Capacity MB");
        assertThat(sheet(rv3, "vPartition").headers).contains("Capacity MB", "Consumed MB", "Free MB", "Free % ");
        assertThat(info3.column("VM")).isEqualTo(info4.column("VM"));
        long provisioned = 0;
        long inUse = 0;
        for (Row r : info3.rows) {
            if (info3.text(r, "Template").equals("False")) {
                provisioned += (long) info3.number(r, "Provisioned MB");
                inUse += (long) info3.number(r, "In Use MB");
            }
        }
        assertThat(provisioned).isEqualTo(totals.provisionedMiB());
        assertThat(inUse).isEqualTo(totals.inUseMiB());
        assertThat(sheet(rv3, "vDisk").rows).hasSize(sheet(rv4, "vDisk").rows.size());
    }
}
