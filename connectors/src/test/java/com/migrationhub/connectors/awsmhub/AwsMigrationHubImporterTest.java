package com.migrationhub.connectors.awsmhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsMigrationHubImporterTest {

    private final AwsMigrationHubImporter importer = new AwsMigrationHubImporter();

    @TempDir
    Path dir;

    static Path fixture() throws Exception {
        return Path.of(AwsMigrationHubImporterTest.class.getResource("/awsmhub/aws-migration-hub-import.csv").toURI());
    }

    private CollectingSink read(Path file) throws ImportException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, ImportOptions.NONE, sink, ProgressMonitor.NONE);
        return sink;
    }

    private static Server server(CollectingSink sink, String name) {
        return sink.servers.stream().filter(s -> name.equals(s.name)).findFirst().orElseThrow();
    }

    private static Map<Metric, UtilizationStat> stats(CollectingSink sink, String name) {
        Map<Metric, UtilizationStat> stats = new LinkedHashMap<>();
        sink.utilization.stream().filter(u -> name.equals(u.server().name()))
                .forEach(u -> stats.put(u.value().metric(), u.value()));
        return stats;
    }

    @Test
    void readsIdentitySizingApplicationsAndTags() throws Exception {
        CollectingSink sink = read(fixture());

        assertThat(sink.tool).isEqualTo("AWS Migration Hub import CSV");
        assertThat(sink.servers).hasSize(15);
        Server db = server(sink, "payments-db-01");
        assertThat(db.externalId).isEqualTo("CMDB-10001");
        assertThat(db.biosUuid).isEqualTo("4221a3f0-5c1d-8e2b-9a7c-1b2c3d4e5f60");
        assertThat(db.hostName).isEqualTo("payments-db-01.corp.local");
        assertThat(db.ips).containsExactly("10.12.31.233");
        assertThat(db.moRef).isEqualTo("vm-1101");
        assertThat(db.vCenter).isEqualTo("vc01-7f3a");
        assertThat(db.vcpus).isEqualTo(16);
        assertThat(db.sockets).isEqualTo(2);
        assertThat(db.coresPerSocket).isEqualTo(4);
        assertThat(db.memoryMiB).isEqualTo(65536L);
        assertThat(db.os.family()).isEqualTo(OsFamily.LINUX);
        assertThat(db.os.label()).isEqualTo("Red Hat Enterprise Linux 8.6");
        assertThat(db.application).isEqualTo("Payments,Ledger");
        assertThat(db.tags).containsExactly(entry("ApplicationWave", "Wave 2"), entry("zone", "1"),
                entry("critical", "yes"));
        assertThat(db.source.row()).isEqualTo(2);
        assertThat(db.key().externalId()).isEqualTo("CMDB-10001");
    }

    @Test
    void readsAddressListsMacsSemicolonTagsAndRepeatedKeys() throws Exception {
        CollectingSink sink = read(fixture());

        Server app = server(sink, "payments-app-01");
        assertThat(app.ips).containsExactly("10.12.31.234", "10.12.32.11");
        assertThat(sink.nics.stream().filter(n -> n.server().name().equals("payments-app-01")).map(n -> n.value().mac))
                .containsExactly("00:50:56:9a:01:12", "00:50:56:9a:01:13");
        assertThat(app.tags).containsEntry("owner", "team-pay").containsEntry("critical", "yes");
        assertThat(server(sink, "crm-db-01.corp.local").tags).containsEntry("zone", "3, 1");

        Server noExternalId = server(sink, "build-agent-08");
        assertThat(noExternalId.externalId).isNull();
        assertThat(noExternalId.hostName).isEqualTo("build-agent-08");
        Server moRefOnly = server(sink, "analytics-etl-01");
        assertThat(moRefOnly.ips).isEmpty();
        assertThat(moRefOnly.moRef).isEqualTo("vm-3301");
        assertThat(server(sink, "print-01.corp.local").tags).isEmpty();
    }

    @Test
    void convertsUtilizationToTheModelsUnits() throws Exception {
        CollectingSink sink = read(fixture());

        Map<Metric, UtilizationStat> db = stats(sink, "payments-db-01");
        assertThat(db.keySet()).containsExactly(Metric.CPU_PERCENT, Metric.MEMORY_USED_MIB, Metric.MEMORY_PERCENT,
                Metric.DISK_READ_MBPS, Metric.DISK_WRITE_MBPS, Metric.DISK_READ_IOPS, Metric.DISK_WRITE_IOPS,
                Metric.NETWORK_IN_MBPS, Metric.NETWORK_OUT_MBPS);
        assertThat(db.values()).extracting(UtilizationStat::metric, UtilizationStat::average,
                        UtilizationStat::maximum, UtilizationStat::samples)
                .contains(tuple(Metric.CPU_PERCENT, 23.9, 55.34, 0L),
                        tuple(Metric.MEMORY_USED_MIB, 41022.0, 58110.0, 0L),
                        tuple(Metric.DISK_READ_MBPS, 1159 / 1024.0, 37892 / 1024.0, 0L),
                        tuple(Metric.DISK_WRITE_MBPS, 199 / 1024.0, 18436 / 1024.0, 0L),
                        tuple(Metric.DISK_READ_IOPS, 45.0, 1083.0, 0L),
                        tuple(Metric.NETWORK_IN_MBPS, 2.0, 10.0, 0L),
                        tuple(Metric.NETWORK_OUT_MBPS, 1.0, 5.0, 0L));
        assertThat(db.get(Metric.MEMORY_PERCENT).average()).isCloseTo(41022 * 100.0 / 65536, within(1e-9));
        assertThat(db.get(Metric.CPU_PERCENT).p95()).isNull();
        assertThat(db.get(Metric.CPU_PERCENT).source().column()).isEqualTo("CPU.UsagePct.Avg");
    }

    @Test
    void skipsARowWithoutIdentityAndWarnsOfCpuOverHundred() throws Exception {
        CollectingSink sink = read(fixture());

        assertThat(sink.skipped).singleElement().satisfies(n -> {
            assertThat(n.where().row()).isEqualTo(17);
            assertThat(n.message()).startsWith("no ExternalId, IPAddress, MACAddress, HostName or VMware.MoRefId");
        });
        assertThat(sink.warnings).extracting(n -> n.where().row(), CollectingSink.Note::message)
                .containsExactly(tuple(9L, "\"101.5\" is over 100 %; kept as given"));
    }

    @Test
    void readsTheShortDiskOpsSpelling() throws Exception {
        Path file = dir.resolve("short.csv");
        Files.writeString(file, "ExternalId,HostName,OS.Name,DiskReadsOpsPerSec.Avg,DiskReadsOpsPerSec.Max\n"
                + "x1,host1,Linux,12,40\n");

        assertThat(read(file).utilization).singleElement()
                .satisfies(u -> assertThat(List.of(u.value().average(), u.value().maximum())).containsExactly(12.0, 40.0));
    }

    @Test
    void rejectsAFileWithoutAnyIdentityColumn() throws Exception {
        Path file = dir.resolve("anonymous.csv");
        Files.writeString(file, "CPU.NumberOfCores,RAM.TotalSizeInMB,OS.Name\n4,8192,Linux\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("anonymous.csv: missing identity column: the file needs ExternalId, IPAddress, MACAddress, "
                        + "HostName, or VMware.MoRefId with VMware.VCenterId");
    }

    @Test
    void rejectsTextWhereANumberBelongs() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "ExternalId,HostName,RAM.TotalSizeInMB,CPU.UsagePct.Avg\n"
                + "x1,host1,8192,12.5\nx2,host2,8192,n/a\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("bad.csv: row 3, column \"CPU.UsagePct.Avg\": \"n/a\" is not a number");
    }

    @Test
    void rejectsANegativeCoreCount() throws Exception {
        Path file = dir.resolve("negative.csv");
        Files.writeString(file, "ExternalId,CPU.NumberOfCores\nx1,-2\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("negative.csv: row 2, column \"CPU.NumberOfCores\": \"-2\" is negative, which this column "
                        + "cannot be");
    }
}
