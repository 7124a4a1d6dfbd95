package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For a 2,000-VM estate, read back from the files: the shape of the estate is what assessments
 * find in practice (about 2 disks and 1.5 NICs per server, 82 % powered on, 1 % templates, an OS
 * mix with a legacy tail).
 */
class DistributionTest {
    private static final int VMS = 2000;

    @TempDir
    static Path dir;
    private static EstateTotals totals;
    private static CsvTable azure;
    private static CsvTable aws;
    private static CsvTable vmInfo;
    private static CsvTable diskInfo;

    @BeforeAll
    static void generate() throws IOException {
        totals = InventoryGenerator.generate(new GeneratorOptions(VMS, 42, dir,
                EnumSet.of(ExportFormat.AZURE_MIGRATE, ExportFormat.AWS_MHUB, ExportFormat.GCP_MC), "big")).totals();
        azure = CsvTable.read(dir.resolve("big-azure-migrate.csv"));
        aws = CsvTable.read(dir.resolve("big-aws-mhub.csv"));
        vmInfo = CsvTable.read(dir.resolve("big-gcp-mc/vmInfo.csv"));
        diskInfo = CsvTable.read(dir.resolve("big-gcp-mc/diskInfo.csv"));
    }

    @Test
    void aboutTwoDisksPerServer() {
        double perServer = (double) diskInfo.rows.size() / vmInfo.rows.size();
        assertThat(perServer).isBetween(1.85, 2.25);
        assertThat(azure.column("Number of disks")).containsOnly("1", "2", "3", "4");
    }

    @Test
    void aboutOneAndAHalfNicsPerServer() {
        long nics = 0;
        for (List<String> r : aws.rows) {
            int count = aws.value(r, "MACAddress").split(", ").length;
            assertThat(count).isBetween(1, 2);
            nics += count;
        }
        assertThat((double) nics / aws.rows.size()).isBetween(1.4, 1.6);
        assertThat(nics).isEqualTo(totals.nics());
    }

    @Test
    void mostServersRunAndAFewAreTemplates() {
        Map<String, Integer> states = count(vmInfo.column("MachineStatus(optional)"));
        double running = states.getOrDefault("Running", 0) / (double) vmInfo.rows.size();
        assertThat(running).isBetween(0.78, 0.86);
        assertThat(states.getOrDefault("Stopped", 0) / (double) vmInfo.rows.size()).isBetween(0.12, 0.19);
        assertThat(states.getOrDefault("Suspended", 0)).isBetween(10, 100);
        assertThat(totals.templates()).isEqualTo(VMS / 100);
        assertThat(totals.servers()).isEqualTo(vmInfo.rows.size());
    }

    @Test
    void theOsMixHasVSphereSpellingsAndALegacyTail() {
        Map<String, Integer> os = count(azure.column("*OS name"));
        assertThat(os).containsKeys("Microsoft Windows Server 2019 (64-bit)", "Microsoft Windows Server 2022 (64-bit)",
                "Microsoft Windows Server 2016 or later (64-bit)", "Microsoft Windows Server 2012 (64-bit)",
                "Microsoft Windows Server 2008 R2 (64-bit)", "Red Hat Enterprise Linux 7 (64-bit)",
                "Red Hat Enterprise Linux 8 (64-bit)", "Red Hat Enterprise Linux 9 (64-bit)", "CentOS 7 (64-bit)",
                "Ubuntu Linux (64-bit)", "SUSE Linux Enterprise 12 (64-bit)", "SUSE Linux Enterprise 15 (64-bit)",
                "Oracle Linux 8 (64-bit)", "Debian GNU/Linux 11 (64-bit)", "Other Linux (64-bit)");
        long windows = os.entrySet().stream().filter(e -> e.getKey().startsWith("Microsoft"))
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(windows / (double) azure.rows.size()).isBetween(0.4, 0.7);
        Map<String, Integer> arch = count(azure.column("OS architecture"));
        assertThat(arch.getOrDefault("x86", 0)).isBetween(1, 60);
        assertThat(os.get("Microsoft Windows Server 2008 R2 (64-bit)")).isLessThan(azure.rows.size() / 20);
        assertThat(count(aws.column("OS.Version")).keySet()).contains("18.04", "20.04", "22.04");
    }

    @Test
    void sizesAreSkewedSmall() {
        Map<String, Integer> cores = count(azure.column("*Cores"));
        assertThat(cores.keySet()).isSubsetOf("1", "2", "4", "8", "16", "32").contains("1", "2", "4", "8", "16");
        assertThat(cores.get("2")).isGreaterThan(cores.get("8")).isGreaterThan(cores.getOrDefault("32", 0));
        for (String mb : azure.column("*Memory (In MB)")) {
            assertThat(Integer.parseInt(mb)).isBetween(1024, 262_144);
        }
        double avgCores = totals.vcpus() / (double) totals.servers();
        double avgGiB = totals.memoryMiB() / 1024.0 / totals.servers();
        assertThat(avgCores).isBetween(3.0, 6.0);
        assertThat(avgGiB).isBetween(8.0, 24.0);
    }

    private static Map<String, Integer> count(List<String> values) {
        Map<String, Integer> counts = new HashMap<>();
        for (String v : values) {
            counts.merge(v, 1, Integer::sum);
        }
        return counts;
    }
}
