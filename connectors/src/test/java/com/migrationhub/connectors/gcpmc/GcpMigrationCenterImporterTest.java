package com.migrationhub.connectors.gcpmc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcpMigrationCenterImporterTest {

    private final GcpMigrationCenterImporter importer = new GcpMigrationCenterImporter();

    @TempDir
    Path dir;

    static Path fixture(String name) throws Exception {
        return Path.of(GcpMigrationCenterImporterTest.class.getResource("/gcpmc/" + name).toURI());
    }

    private CollectingSink read(Path file) throws ImportException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, ImportOptions.NONE, sink, ProgressMonitor.NONE);
        return sink;
    }

    private static Server server(CollectingSink sink, String externalId) {
        return sink.servers.stream().filter(s -> externalId.equals(s.externalId)).findFirst().orElseThrow();
    }

    @Test
    void readsVmInfoIncludingOptionalSuffixedColumns() throws Exception {
        CollectingSink sink = read(fixture("vmInfo.csv"));

        assertThat(sink.tool).isEqualTo("Google Migration Center manual import");
        assertThat(sink.servers).hasSize(12);
        Server app = server(sink, "mc-0001");
        assertThat(app.name).isEqualTo("fin-app-01");
        assertThat(app.ips).containsExactly("10.50.1.10", "10.50.9.10", "34.120.10.1");
        assertThat(app.provisionedMiB).isEqualTo(200L * 1024);
        assertThat(app.inUseMiB).isEqualTo(120L * 1024 + 512);
        assertThat(app.tags).containsExactly(entry("MachineType", "Standard_D4s_v3"));
        assertThat(app.vcpus).isEqualTo(4);
        assertThat(app.memoryMiB).isEqualTo(16L * 1024);
        assertThat(app.datacenter).isEqualTo("dc-frankfurt");
        assertThat(app.os.label()).isEqualTo("Red Hat Enterprise Linux 8.9");
        assertThat(app.powerState).isEqualTo(PowerState.POWERED_ON);
        assertThat(app.kind).isEqualTo(ServerKind.VIRTUAL);
        assertThat(app.key()).isEqualTo(new ServerKey(null, null, null, null, null, "mc-0001", "fin-app-01", null,
                "10.50.1.10"));
        assertThat(sink.nics).hasSize(2);
        assertThat(sink.nics.stream().filter(n -> "mc-0001".equals(n.server().externalId()))).singleElement().satisfies(n -> {
            assertThat(n.value().mac).isEqualTo("00:15:5d:01:0a:01");
            assertThat(n.value().ipv4).containsExactly("10.50.1.10");
        });

        assertThat(server(sink, "mc-0002").kind).isEqualTo(ServerKind.PHYSICAL);
        assertThat(server(sink, "mc-0004").powerState).isEqualTo(PowerState.POWERED_OFF);
        assertThat(server(sink, "mc-0011").name).as("MachineId stands in for an empty name").isEqualTo("mc-0011");
        assertThat(server(sink, "mc-0011").kind).isEqualTo(ServerKind.UNKNOWN);
        assertThat(server(sink, "mc-0012").memoryMiB).isEqualTo(2560L);
    }

    @Test
    void readsDiskInfoKeyedByMachineId() throws Exception {
        CollectingSink sink = read(fixture("diskInfo.csv"));

        assertThat(sink.disks).hasSize(16);
        assertThat(sink.disks.stream().filter(d -> d.server().equals(ServerKey.ofExternalId("mc-0001"))).map(d -> d.value()))
                .extracting(d -> d.label, d -> d.capacityMiB, d -> d.usedMiB, d -> d.storageType)
                .containsExactly(tuple("/dev/sda", 50L * 1024, 20L * 1024 + 512, "SSD"),
                        tuple("/dev/sdb", 150L * 1024, 100L * 1024, "SSD"));
    }

    @Test
    void gathersTagInfoPerMachine() throws Exception {
        CollectingSink sink = read(fixture("tagInfo.csv"));

        assertThat(sink.servers).isEmpty();
        assertThat(sink.tags).extracting(t -> t.server().externalId())
                .containsExactly("mc-0001", "mc-0002", "mc-0003", "mc-0005", "mc-0007", "mc-0012");
        assertThat(sink.tags.get(0).value())
                .containsExactly(entry("env", "prod"), entry("app", "finance"), entry("owner", "team-fin"));
        assertThat(sink.tags.get(5).value()).containsExactly(entry("dmz", ""));
    }

    @Test
    void reducesPerfInfoToHandCheckedStatistics() throws Exception {
        CollectingSink sink = read(fixture("perfInfo.csv"));

        Map<Metric, UtilizationStat> app = sink.utilization.stream()
                .filter(u -> u.server().equals(ServerKey.ofExternalId("mc-0001")))
                .collect(Collectors.toMap(u -> u.value().metric(), u -> u.value()));
        assertThat(app.keySet()).containsExactlyInAnyOrder(Metric.CPU_PERCENT, Metric.MEMORY_PERCENT,
                Metric.DISK_READ_IOPS, Metric.DISK_WRITE_IOPS, Metric.NETWORK_OUT_MBPS, Metric.NETWORK_IN_MBPS);
        UtilizationStat cpu = app.get(Metric.CPU_PERCENT);
        // 12 15 11 30 45 22 18 90 35 28 14 16 19 21 40 55 60 25 33 38: sum 627, 19th smallest 60
        assertThat(cpu.average()).isCloseTo(31.35, within(1e-9));
        assertThat(cpu.p95()).isEqualTo(60.0);
        assertThat(cpu.maximum()).isEqualTo(90.0);
        assertThat(cpu.samples()).isEqualTo(20);
        assertThat(cpu.windowStart()).isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(cpu.windowEnd()).isEqualTo(Instant.parse("2026-07-01T09:30:00Z"));
        assertThat(cpu.source().describe()).isEqualTo("perfInfo.csv, row 2, column \"CpuUtilizationPercentage\"");
        UtilizationStat memory = app.get(Metric.MEMORY_PERCENT);
        assertThat(List.of(memory.average(), memory.p95(), memory.maximum())).containsExactly(60.35, 72.0, 80.0);
        // sent: 1..20 MiB/s, received 2 MiB/s throughout
        UtilizationStat out = app.get(Metric.NETWORK_OUT_MBPS);
        assertThat(List.of(out.average(), out.p95(), out.maximum())).containsExactly(10.5, 19.0, 20.0);
        assertThat(app.get(Metric.NETWORK_IN_MBPS).average()).isEqualTo(2.0);
        assertThat(app.get(Metric.DISK_READ_IOPS).maximum()).isEqualTo(119.0);

        UtilizationStat db = sink.utilization.stream().filter(u -> u.server().equals(ServerKey.ofExternalId("mc-0002"))
                && u.value().metric() == Metric.CPU_PERCENT).findFirst().orElseThrow().value();
        assertThat(List.of(db.average(), db.p95(), db.maximum())).containsExactly(77.5, 85.0, 85.0);
        assertThat(db.windowEnd()).isEqualTo(Instant.parse("2026-07-01T03:00:00Z"));
        assertThat(sink.utilization.stream().filter(u -> u.server().equals(ServerKey.ofExternalId("mc-0002"))
                && u.value().metric() == Metric.MEMORY_PERCENT)).as("empty cells are no samples").isEmpty();
    }

    @Test
    void detectsEachTableAndOrdersTheSet() throws Exception {
        List<String> byOrder = Stream.of("perfInfo.csv", "tagInfo.csv", "vmInfo.csv", "diskInfo.csv")
                .map(name -> {
                    try {
                        return fixture(name);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted(Comparator.comparingInt(f -> importer.sequence(new SourceProbe(f))))
                .map(f -> f.getFileName().toString()).toList();

        assertThat(byOrder.get(0)).isEqualTo("vmInfo.csv");
        assertThat(byOrder.get(3)).isEqualTo("perfInfo.csv");
        for (String name : List.of("vmInfo.csv", "diskInfo.csv", "tagInfo.csv", "perfInfo.csv")) {
            assertThat(importer.detect(new SourceProbe(fixture(name)))).as(name).isGreaterThanOrEqualTo(90);
        }
        assertThat(importer.sequence(new SourceProbe(fixture("vmInfo.csv")))).isZero();
        assertThat(importer.sequence(new SourceProbe(fixture("diskInfo.csv")))).isPositive();
    }

    @Test
    void rejectsAFileThatIsNoMigrationCenterTable() throws Exception {
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "MachineId,Colour\nmc-1,blue\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("other.csv: not a Migration Center table: the header has neither vmInfo's MachineId and "
                        + "MachineName, diskInfo's DiskLabel and SizeInGib, perfInfo's TimeStamp and "
                        + "CpuUtilizationPercentage, nor tagInfo's Key and Value");
    }

    @Test
    void rejectsAnUnreadableTimeStampAndTextInANumberColumn() throws Exception {
        Path time = dir.resolve("perfInfo.csv");
        Files.writeString(time, "MachineId,TimeStamp,CpuUtilizationPercentage\nmc-1,2026-07-01 00:00:00,5\n"
                + "mc-1,01.07.2026 00:30,6\n");
        assertThatThrownBy(() -> read(time)).isInstanceOf(ImportException.class)
                .hasMessage("perfInfo.csv: row 3, column \"TimeStamp\": \"01.07.2026 00:30\" is not a date and time "
                        + "this import can read (such as 2026-07-21 14:30:00 or 12:00 AM 21 July 2026)");

        Path cores = dir.resolve("vmInfo.csv");
        Files.writeString(cores, "MachineId,MachineName,AllocatedProcessorCoreCount,MemoryGiB,OsName\n"
                + "mc-1,app,four,8,Ubuntu\n");
        assertThatThrownBy(() -> read(cores)).isInstanceOf(ImportException.class)
                .hasMessage("vmInfo.csv: row 2, column \"AllocatedProcessorCoreCount\": \"four\" is not a number");

        Path physical = dir.resolve("vmInfo2.csv");
        Files.writeString(physical, "MachineId,MachineName,MemoryGiB,IsPhysical\nmc-1,app,8,perhaps\n");
        assertThatThrownBy(() -> read(physical)).isInstanceOf(ImportException.class)
                .hasMessage("vmInfo2.csv: row 2, column \"IsPhysical\": \"perhaps\" is not true or false");
    }

    @Test
    void warnsOncePerSeriesOfCpuSamplesOverHundred() throws Exception {
        Path file = dir.resolve("perf.csv");
        Files.writeString(file, "MachineId,TimeStamp,CpuUtilizationPercentage\nmc-1,2026-07-01 00:00:00,99\n"
                + "mc-1,2026-07-01 00:30:00,104\nmc-1,2026-07-01 01:00:00,101\n");

        CollectingSink sink = read(file);

        assertThat(sink.warnings).singleElement().satisfies(n -> {
            assertThat(n.where().row()).isEqualTo(3);
            assertThat(n.message()).isEqualTo("2 of 3 samples of mc-1 are over 100 %; kept as given");
        });
        assertThat(sink.utilization).singleElement().satisfies(u -> assertThat(u.value().maximum()).isEqualTo(104.0));
    }
}
