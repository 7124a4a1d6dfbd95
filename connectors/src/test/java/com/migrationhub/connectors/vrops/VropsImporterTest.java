package com.migrationhub.connectors.vrops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VropsImporterTest {

    private final VropsImporter importer = new VropsImporter();

    @TempDir
    Path dir;

    static Path fixture(String name) throws Exception {
        return Path.of(VropsImporterTest.class.getResource("/vrops/" + name).toURI());
    }

    private CollectingSink read(Path file) throws ImportException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, ImportOptions.NONE, sink, ProgressMonitor.NONE);
        return sink;
    }

    private static UtilizationStat stat(CollectingSink sink, String vm, Metric metric) {
        return sink.utilization.stream().filter(u -> u.server().equals(ServerKey.ofName(vm)) && u.value().metric() == metric)
                .findFirst().orElseThrow().value();
    }

    @Test
    void reducesTheLongLayoutToHandCheckedStatistics() throws Exception {
        CollectingSink sink = read(fixture("vrops-vm-utilization.csv"));

        assertThat(sink.tool).isEqualTo("VMware Aria Operations (vROps) CSV export");
        assertThat(sink.servers).isEmpty();
        assertThat(sink.utilization).hasSize(4 * 5);
        UtilizationStat cpu = stat(sink, "vm-sql-01", Metric.CPU_PERCENT);
        // 24 hourly samples summing to 1028.2; sorted, the 23rd (ceil(0.95 * 24)) is 77.9
        assertThat(cpu.average()).isCloseTo(1028.2 / 24, within(1e-9));
        assertThat(cpu.p95()).isEqualTo(77.9);
        assertThat(cpu.maximum()).isEqualTo(81.2);
        assertThat(cpu.samples()).isEqualTo(24);
        assertThat(cpu.windowStart()).isEqualTo(Instant.parse("2026-07-21T00:00:00Z"));
        assertThat(cpu.windowEnd()).isEqualTo(Instant.parse("2026-07-21T23:00:00Z"));
        assertThat(cpu.source().describe())
                .isEqualTo("vrops-vm-utilization.csv, row 2, column \"CPU|Usage (%)\"");

        // "1,024" ... "9,050.4" KBps with thousands separators, divided by 1024 to MB/s
        UtilizationStat disk = stat(sink, "vm-sql-01", Metric.DISK_MBPS);
        assertThat(disk.average()).isCloseTo(90412.7 / 24 / 1024, within(1e-9));
        assertThat(disk.p95()).isCloseTo(8100 / 1024.0, within(1e-12));
        assertThat(disk.maximum()).isCloseTo(9050.4 / 1024, within(1e-12));
        assertThat(stat(sink, "vm-web-01", Metric.NETWORK_MBPS).samples()).isEqualTo(24);
        assertThat(stat(sink, "vm-batch-01", Metric.DISK_IOPS).samples()).isEqualTo(24);
        assertThat(stat(sink, "vm-web-02", Metric.MEMORY_PERCENT).samples()).isEqualTo(24);
    }

    @Test
    void warnsOnceOfAColumnItDoesNotRead() throws Exception {
        CollectingSink sink = read(fixture("vrops-vm-utilization.csv"));

        assertThat(sink.warnings).singleElement().satisfies(n -> {
            assertThat(n.where().describe())
                    .isEqualTo("vrops-vm-utilization.csv, row 1, column \"Summary|Number of Datastores\"");
            assertThat(n.message())
                    .isEqualTo("column \"Summary|Number of Datastores\" is not a metric this import reads; ignored");
        });
    }

    @Test
    void readsThePerObjectLayoutAsOneFigurePerMetric() throws Exception {
        CollectingSink sink = read(fixture("vrops-vm-summary.csv"));

        assertThat(sink.utilization).hasSize(11 * 3);
        assertThat(List.of(stat(sink, "vm-web-01", Metric.CPU_PERCENT), stat(sink, "vm-web-01", Metric.NETWORK_MBPS)))
                .extracting(UtilizationStat::average, UtilizationStat::p95, UtilizationStat::maximum,
                        UtilizationStat::samples, UtilizationStat::windowStart)
                .containsExactly(tuple(12.0, null, null, 0L, null), tuple(1546.6 / 1024, null, null, 0L, null));
        assertThat(stat(sink, "vm-erp-db-01", Metric.NETWORK_MBPS).average()).isEqualTo(22048 / 1024.0);
        assertThat(sink.warnings).extracting(n -> n.message()).containsExactly(
                "column \"Parent Cluster\" is not a metric this import reads; ignored",
                "\"104.3\" is over 100 %; kept as given");
    }

    @Test
    void detectsVropsExportsAndComesAfterInventories() throws Exception {
        assertThat(importer.detect(new SourceProbe(fixture("vrops-vm-utilization.csv")))).isGreaterThanOrEqualTo(90);
        assertThat(importer.detect(new SourceProbe(fixture("vrops-vm-summary.csv")))).isGreaterThanOrEqualTo(90);
        assertThat(importer.sequence(new SourceProbe(fixture("vrops-vm-summary.csv")))).isEqualTo(10);
    }

    @Test
    void rejectsAMetricCellThatIsNoNumber() throws Exception {
        Path file = dir.resolve("export.csv");
        Files.write(file, ("\uFEFF\"Name\",\"Time\",\"CPU|Usage (%)\"\r\n\"vm1\",\"12:00 AM 21 July 2026\",\"5\"\r\n"
                + "\"vm1\",\"1:00 AM 21 July 2026\",\"1.546,6\"\r\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("export.csv: row 3, column \"CPU|Usage (%)\": \"1.546,6\" is not a number");
    }

    @Test
    void rejectsAnExportWithoutNameColumnOrWithoutMetrics() throws Exception {
        Path noName = dir.resolve("noname.csv");
        Files.writeString(noName, "Time,CPU|Usage (%)\n12:00 AM 21 July 2026,5\n");
        assertThatThrownBy(() -> read(noName)).isInstanceOf(ImportException.class)
                .hasMessage("noname.csv: missing required column \"Name\" (the virtual machine's name; \"Object Name\" "
                        + "or \"Virtual Machine\" are read too)");

        Path noMetric = dir.resolve("nometric.csv");
        Files.writeString(noMetric, "Name,Parent Cluster\nvm1,CL1\n");
        assertThatThrownBy(() -> read(noMetric)).isInstanceOf(ImportException.class)
                .hasMessage("nometric.csv: no metric column this import reads, such as \"CPU|Usage (%)\" or "
                        + "\"Memory|Usage (%)\"");
    }
}
