package com.migrationhub.connectors.azuremigrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzureMigrateImporterTest {
    private static final String HEADER = "*Server name,IP addresses,*Cores,*Memory (In MB),*OS name,OS version\n";

    private final AzureMigrateImporter importer = new AzureMigrateImporter();

    @TempDir
    Path dir;

    static Path fixture() throws Exception {
        return Path.of(AzureMigrateImporterTest.class.getResource("/azuremigrate/azure-migrate-import.csv").toURI());
    }

    private CollectingSink read(Path file) throws ImportException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, ImportOptions.NONE, sink, ProgressMonitor.NONE);
        return sink;
    }

    private static Server server(CollectingSink sink, String name) {
        return sink.servers.stream().filter(s -> name.equals(s.name)).findFirst().orElseThrow();
    }

    private static List<Disk> disks(CollectingSink sink, String name) {
        return sink.disks.stream().filter(d -> name.equals(d.server().name())).map(CollectingSink.Keyed::value).toList();
    }

    private static List<UtilizationStat> stats(CollectingSink sink, String name) {
        return sink.utilization.stream().filter(u -> name.equals(u.server().name()))
                .map(CollectingSink.Keyed::value).toList();
    }

    @Test
    void readsEveryTemplateColumnIntoTheModel() throws Exception {
        CollectingSink sink = read(fixture());

        assertThat(sink.tool).isEqualTo("Azure Migrate import CSV");
        assertThat(sink.servers).hasSize(20);
        Server web = server(sink, "CONTOSO-WEB01");
        assertThat(web.ips).containsExactly("10.10.1.11");
        assertThat(web.vcpus).isEqualTo(4);
        assertThat(web.memoryMiB).isEqualTo(8192L);
        assertThat(web.os.raw()).isEqualTo("Microsoft Windows Server 2019 Datacenter");
        assertThat(web.os.family()).isEqualTo(OsFamily.WINDOWS);
        assertThat(web.os.label()).isEqualTo("Windows Server 2019");
        assertThat(web.os.architecture()).isEqualTo(Architecture.X86_64);
        assertThat(web.kind).isEqualTo(ServerKind.VIRTUAL);
        assertThat(web.hypervisor).isEqualTo("VMware");
        assertThat(web.firmware).isEqualTo(Firmware.UEFI);
        assertThat(web.inUseMiB).isEqualTo(112L * 1024 + 512);
        assertThat(web.source.sheet()).isEqualTo("azure-migrate-import.csv");
        assertThat(web.source.row()).isEqualTo(2);

        assertThat(disks(sink, "CONTOSO-WEB01"))
                .extracting(d -> d.label, d -> d.capacityMiB, d -> d.readMBps, d -> d.writeMBps, d -> d.readIops,
                        d -> d.writeIops)
                .containsExactly(tuple("Disk 1", 127L * 1024, 4.2, 1.8, 120.0, 45.0),
                        tuple("Disk 2", 200L * 1024, 2.5, 6.75, 80.0, 160.0));
        assertThat(stats(sink, "CONTOSO-WEB01"))
                .extracting(UtilizationStat::metric, UtilizationStat::average, UtilizationStat::p95,
                        UtilizationStat::maximum, UtilizationStat::samples)
                .containsExactly(tuple(Metric.CPU_PERCENT, 23.5, null, null, 0L),
                        tuple(Metric.MEMORY_PERCENT, 61.2, null, null, 0L),
                        tuple(Metric.NETWORK_IN_MBPS, 12.4, null, null, 0L),
                        tuple(Metric.NETWORK_OUT_MBPS, 30.1, null, null, 0L));
        assertThat(stats(sink, "CONTOSO-WEB01").get(0).source().column()).isEqualTo("CPU utilization percentage");
        assertThat(sink.nics.stream().filter(n -> n.server().name().equals("CONTOSO-WEB01"))).hasSize(1);
    }

    @Test
    void readsKindsOperatingSystemsAddressListsAndPartialRows() throws Exception {
        CollectingSink sink = read(fixture());

        assertThat(server(sink, "CONTOSO-WEB02").ips).containsExactly("10.10.1.12", "10.10.1.112");
        assertThat(server(sink, "kube-node-01").ips).containsExactly("10.40.0.21", "10.40.0.22");
        assertThat(sink.nics.stream().filter(n -> n.server().name().equals("CONTOSO-WEB02"))
                .map(n -> n.value().label)).containsExactly("Network adapter 1", "Network adapter 2");

        Server sql = server(sink, "CONTOSO-SQL01");
        assertThat(sql.kind).isEqualTo(ServerKind.PHYSICAL);
        assertThat(sql.hypervisor).isNull();
        assertThat(disks(sink, "CONTOSO-SQL01")).extracting(d -> d.capacityMiB)
                .containsExactly(150L * 1024, 1024L * 1024, 512L * 1024);
        assertThat(server(sink, "aws-api-01").kind).isEqualTo(ServerKind.CLOUD);
        assertThat(server(sink, "gcp-etl-01").kind).isEqualTo(ServerKind.CLOUD);
        assertThat(server(sink, "CONTOSO-FS01").firmware).isEqualTo(Firmware.BIOS);
        assertThat(server(sink, "legacy-erp").firmware).isEqualTo(Firmware.UNKNOWN);

        Server app = server(sink, "CONTOSO-APP01");
        assertThat(app.os.label()).isEqualTo("Red Hat Enterprise Linux 8");
        assertThat(app.os.architecture()).isEqualTo(Architecture.X86_64);
        Server ubuntu = server(sink, "lnx-web-01.contoso.local");
        assertThat(ubuntu.os.raw()).isEqualTo("Ubuntu 22.04");
        assertThat(ubuntu.os.label()).isEqualTo("Ubuntu 22.04");

        Server jump = server(sink, "CONTOSO-JUMP01");
        assertThat(stats(sink, "CONTOSO-JUMP01")).isEmpty();
        assertThat(jump.inUseMiB).isNull();
        assertThat(disks(sink, "CONTOSO-JUMP01")).singleElement()
                .satisfies(d -> assertThat(d.readIops).isNull());
    }

    @Test
    void skipsARowWithoutNameAndWarnsOfCpuOverHundredPercent() throws Exception {
        CollectingSink sink = read(fixture());

        assertThat(sink.skipped).singleElement().satisfies(n -> {
            assertThat(n.where().row()).isEqualTo(18);
            assertThat(n.message()).isEqualTo("no server name");
        });
        assertThat(sink.warnings).singleElement().satisfies(n -> {
            assertThat(n.where().describe())
                    .isEqualTo("azure-migrate-import.csv, row 15, column \"CPU utilization percentage\"");
            assertThat(n.message()).isEqualTo("\"120.0\" is over 100 %; kept as given");
        });
        assertThat(stats(sink, "lnx-batch-01").get(0).average()).isEqualTo(120.0);
    }

    @Test
    void detectsItsTemplateAndReadsItInUtf16() throws Exception {
        String text = Files.readString(fixture(), StandardCharsets.UTF_8);
        Path utf16 = dir.resolve("azure-utf16.csv");
        Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));

        assertThat(importer.detect(new SourceProbe(fixture()))).isGreaterThanOrEqualTo(90);
        assertThat(importer.detect(new SourceProbe(utf16))).isGreaterThanOrEqualTo(90);
        assertThat(read(utf16).servers).hasSize(20);
    }

    @Test
    void rejectsAFileWithoutARequiredColumn() throws Exception {
        Path file = dir.resolve("no-cores.csv");
        Files.writeString(file, "*Server name,*Memory (In MB),*OS name\nweb01,4096,Windows Server 2019\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("no-cores.csv: missing required column \"*Cores\"");
    }

    @Test
    void rejectsTextWhereANumberBelongs() throws Exception {
        Path file = dir.resolve("text.csv");
        Files.writeString(file, HEADER + "web01,10.0.0.1,2,4096,Windows Server 2019,\nweb02,10.0.0.2,2,16 GB,Ubuntu,22.04\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("text.csv: row 3, column \"*Memory (In MB)\": \"16 GB\" is not a number");
    }

    @Test
    void rejectsNegativeMemory() throws Exception {
        Path file = dir.resolve("negative.csv");
        Files.writeString(file, HEADER + "web01,10.0.0.1,2,-4096,Windows Server 2019,\n");

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("negative.csv: row 2, column \"*Memory (In MB)\": \"-4096\" is negative, which this "
                        + "column cannot be");
    }

    @Test
    void rejectsLatin1TextInAUtf8File() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, (HEADER + "web01,10.0.0.1,2,4096,Windows Server 2019,\nSRV-KÖLN,10.0.0.2,2,4096,Ubuntu,\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> read(file)).isInstanceOf(ImportException.class)
                .hasMessage("latin1.csv: row 3: not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void warnsOfAnEmptyCoreCountAndAnUnknownServerType() throws Exception {
        Path file = dir.resolve("partial.csv");
        Files.writeString(file, "*Server name,*Cores,*Memory (In MB),*OS name,Server type\nweb01,,4096,Windows,Container\n");

        CollectingSink sink = read(file);

        assertThat(sink.servers).singleElement().satisfies(s -> {
            assertThat(s.vcpus).isNull();
            assertThat(s.kind).isEqualTo(ServerKind.UNKNOWN);
        });
        assertThat(sink.warnings).extracting(CollectingSink.Note::message).containsExactly("no core count given",
                "\"Container\" is not a server type this import knows (Physical or Virtual); kind left unknown");
    }
}
