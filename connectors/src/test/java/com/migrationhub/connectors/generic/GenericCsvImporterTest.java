package com.migrationhub.connectors.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenericCsvImporterTest {

    private final GenericCsvImporter importer = new GenericCsvImporter();

    @TempDir
    Path dir;

    static Path resource(String name) throws Exception {
        return Path.of(GenericCsvImporterTest.class.getResource("/generic/" + name).toURI());
    }

    private CollectingSink read(Path file, ImportOptions options) throws ImportException {
        CollectingSink sink = new CollectingSink();
        importer.read(file, options, sink, ProgressMonitor.NONE);
        return sink;
    }

    private static Server server(CollectingSink sink, String name) {
        return sink.servers.stream().filter(s -> name.equals(s.name)).findFirst().orElseThrow();
    }

    @Test
    void readsACmdbExportThroughAMappingFile() throws Exception {
        CollectingSink sink = read(resource("cmdb-export.csv"),
                new ImportOptions(Map.of(), resource("cmdb-mapping.properties")));

        assertThat(sink.tool).isEqualTo("Generic CSV");
        assertThat(sink.servers).hasSize(14);
        Server db = server(sink, "srv-erp-db01");
        assertThat(db.ips).containsExactly("10.1.1.20", "10.1.2.20");
        assertThat(db.vcpus).isEqualTo(16);
        assertThat(db.memoryMiB).isEqualTo(128L * 1024);
        assertThat(db.os.family()).isEqualTo(OsFamily.LINUX);
        assertThat(db.os.label()).isEqualTo("Red Hat Enterprise Linux 8.8");
        assertThat(db.environment).isEqualTo("Production");
        assertThat(db.owner).isEqualTo("db-team@example.com");
        assertThat(db.application).isEqualTo("ERP");
        assertThat(db.powerState).isEqualTo(PowerState.POWERED_ON);
        assertThat(db.kind).isEqualTo(ServerKind.PHYSICAL);
        assertThat(db.annotation).isEqualTo("Oracle 19c\nRAC node 1");
        assertThat(db.tags).containsExactly(entry("CostCenter", "CC-4100"));
        assertThat(db.source.row()).isEqualTo(4);

        assertThat(server(sink, "srv-erp-app01").annotation).isEqualTo("ERP application server; batch jobs at night");
        assertThat(server(sink, "srv-web-test").memoryMiB).as("2,5 GiB in a semicolon file").isEqualTo(2560L);
        assertThat(server(sink, "srv-web-test").powerState).isEqualTo(PowerState.POWERED_OFF);
        assertThat(server(sink, "srv-old-fax").powerState).isEqualTo(PowerState.SUSPENDED);
        assertThat(server(sink, "srv-web01").kind).isEqualTo(ServerKind.VIRTUAL);
        assertThat(server(sink, "srv-web01").os.label()).isEqualTo("Ubuntu 22.04");
    }

    @Test
    void skipsRowsWithoutNameAndWarnsOfValuesItDoesNotKnow() throws Exception {
        CollectingSink sink = read(resource("cmdb-export.csv"),
                new ImportOptions(Map.of(), resource("cmdb-mapping.properties")));

        assertThat(sink.skipped).extracting(n -> n.where().row(), CollectingSink.Note::message)
                .containsExactly(tuple(16L, "no server name"));
        assertThat(sink.warnings).extracting(n -> n.where().column(), CollectingSink.Note::message).containsExactly(
                tuple("state", "\"maintenance\" is not a power state this import knows; left unknown"),
                tuple("server_type", "\"container\" is not a kind (physical, virtual or cloud) this import knows; "
                        + "left unknown"));
        Server lab = server(sink, "srv-lab01");
        assertThat(lab.powerState).isEqualTo(PowerState.UNKNOWN);
        assertThat(lab.tags).as("an empty cell adds no tag").isEmpty();
    }

    @Test
    void optionsOverrideTheMappingFileAndFillEveryKindOfField() throws Exception {
        Path file = dir.resolve("inventory.csv");
        Files.writeString(file, "Server,FQDN,IP,Cores,RAM MB,Disk GB,Used GB,Boot,CPU avg,Mem avg,UUID,Site,Hyp\n"
                + "app1,app1.corp.local,\"10.0.0.1; 10.0.0.2\",4,8192,200,120.5,UEFI,35.5,61,42a1-77,DC1,VMware\n");
        Map<String, String> mapping = new LinkedHashMap<>();
        mapping.put("name", "server");
        mapping.put("hostName", "fqdn");
        mapping.put("IPS", "ip");
        mapping.put("vcpus", "cores");
        mapping.put("memoryMiB", "ram mb");
        mapping.put("provisionedGiB", "Disk GB");
        mapping.put("inUseGiB", "Used GB");
        mapping.put("firmware", "Boot");
        mapping.put("cpuUsagePercent", "CPU avg");
        mapping.put("memoryUsagePercent", "Mem avg");
        mapping.put("vmUuid", "UUID");
        mapping.put("datacenter", "Site");
        mapping.put("hypervisor", "Hyp");

        CollectingSink sink = read(file, new ImportOptions(mapping, null));

        Server app = sink.servers.get(0);
        assertThat(app.name).isEqualTo("app1");
        assertThat(app.hostName).isEqualTo("app1.corp.local");
        assertThat(app.ips).containsExactly("10.0.0.1", "10.0.0.2");
        assertThat(app.vcpus).isEqualTo(4);
        assertThat(app.memoryMiB).isEqualTo(8192L);
        assertThat(app.provisionedMiB).isEqualTo(200L * 1024);
        assertThat(app.inUseMiB).isEqualTo(120L * 1024 + 512);
        assertThat(app.firmware.name()).isEqualTo("UEFI");
        assertThat(app.vmUuid).isEqualTo("42a1-77");
        assertThat(app.datacenter).isEqualTo("DC1");
        assertThat(app.hypervisor).isEqualTo("VMware");
        assertThat(sink.utilization).extracting(u -> u.value().metric(), u -> u.value().average(), u -> u.value().samples())
                .containsExactly(tuple(Metric.CPU_PERCENT, 35.5, 0L), tuple(Metric.MEMORY_PERCENT, 61.0, 0L));

        Path properties = dir.resolve("map.properties");
        Files.writeString(properties, "name=Server\nvcpus=Cores\n");
        CollectingSink overridden = read(file, new ImportOptions(Map.of("name", "FQDN"), properties));
        assertThat(overridden.servers.get(0).name).isEqualTo("app1.corp.local");
        assertThat(overridden.servers.get(0).vcpus).isEqualTo(4);
    }

    @Test
    void demandsAMappingAndSaysHowToGiveOne() throws Exception {
        Path file = resource("cmdb-export.csv");

        assertThatThrownBy(() -> read(file, ImportOptions.NONE)).isInstanceOf(ImportException.class)
                .hasMessage("cmdb-export.csv: a generic CSV needs a column mapping: give field=column pairs such as "
                        + "name=hostname, ips=ip, vcpus=cpu, memoryGiB=ram_gb, either as mapping options or in a "
                        + ".properties mapping file");
    }

    @Test
    void namesTheMappingKeyAndTheMissingColumn() throws Exception {
        Path file = resource("cmdb-export.csv");

        assertThatThrownBy(() -> read(file, new ImportOptions(Map.of("name", "hostname", "memoryGiB", "ram"), null)))
                .isInstanceOf(ImportException.class)
                .hasMessage("cmdb-export.csv: mapping \"memoryGiB\" names column \"ram\", which is not in the file");
        assertThatThrownBy(() -> read(file, new ImportOptions(Map.of("name", "hostname", "cpuCount", "cpu"), null)))
                .hasMessageStartingWith("cmdb-export.csv: mapping \"cpuCount\" is not a field this import knows; use "
                        + "one of: name, hostName, ips, vcpus,")
                .hasMessageEndingWith("memoryUsagePercent, tag.<Name>");
        assertThatThrownBy(() -> read(file, new ImportOptions(Map.of("owner", "owner"), null)))
                .hasMessage("cmdb-export.csv: the mapping gives no column for \"name\" (or \"hostName\"); every server "
                        + "needs a name");
        assertThatThrownBy(() -> read(file, new ImportOptions(Map.of("name", "hostname", "memoryGiB", "ram_gb",
                "memoryMiB", "ram_gb"), null)))
                .hasMessage("cmdb-export.csv: the mapping gives both \"memoryMiB\" and \"memoryGiB\"; give one of them");
        Path missing = dir.resolve("missing.properties");
        assertThatThrownBy(() -> read(file, new ImportOptions(Map.of(), missing)))
                .hasMessageStartingWith("missing.properties: cannot read the mapping file: ");
    }

    @Test
    void rejectsTextWhereANumberBelongs() throws Exception {
        Path file = dir.resolve("servers.csv");
        Files.writeString(file, "host,cpu\nweb01,2\nweb02,two\n");

        assertThatThrownBy(() -> read(file, new ImportOptions(Map.of("name", "host", "vcpus", "cpu"), null)))
                .isInstanceOf(ImportException.class)
                .hasMessage("servers.csv: row 3, column \"cpu\": \"two\" is not a number");
    }

    @Test
    void isNeverDetectedOverAnotherFormat() throws Exception {
        assertThat(importer.detect(new SourceProbe(resource("cmdb-export.csv")))).isEqualTo(1);
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThat(importer.detect(new SourceProbe(empty))).isZero();
    }
}
