package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.inventory.ImportReport;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportTransaction;
import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportMergeTest {

    @TempDir
    Path dir;
    ProjectFile project;

    @BeforeEach
    void create() throws Exception {
        project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement");
    }

    @AfterEach
    void close() {
        project.close();
    }

    private static ImportRun run(String format) {
        return new ImportRun(0, "export.xlsx", "/tmp/export.xlsx", "0".repeat(64), 10, format, null, null,
                Instant.now(), null, 0, 0, 0, 0, 0, 0, 0);
    }

    private ImportReport importing(String format, Consumer<ImportTransaction> body) {
        try (ImportTransaction tx = project.begin(run(format))) {
            body.accept(tx);
            return tx.commit();
        }
    }

    static Server vm(String name, String uuid, int cpus, long memMiB, int row) {
        Server s = new Server();
        s.name = name;
        s.vmUuid = uuid;
        s.vcpus = cpus;
        s.memoryMiB = memMiB;
        s.provisionedMiB = 100_000L;
        s.inUseMiB = 40_000L;
        s.powerState = PowerState.POWERED_ON;
        s.os = OsNormalizer.normalize("Microsoft Windows Server 2019 (64-bit)");
        s.source = new SourceRef("vInfo", row);
        s.otherSources.add("vCPU!" + row);
        return s;
    }

    static Disk disk(long capacity, int row) {
        Disk d = new Disk();
        d.label = "Hard disk 1";
        d.capacityMiB = capacity;
        d.source = new SourceRef("vDisk", row);
        return d;
    }

    private void estate(ImportTransaction tx, int cpusOfWeb) {
        tx.source("RVTools", "4.7.1");
        tx.server(vm("web01", "uuid-1", cpusOfWeb, 8192, 2));
        tx.server(vm("db01", "uuid-2", 8, 65536, 3));
        Server t = vm("tmpl-w2019", "uuid-3", 2, 4096, 4);
        t.template = true;
        t.powerState = PowerState.POWERED_OFF;
        tx.server(t);
        tx.disk(ServerKey.ofVm("web01", "uuid-1", null, null), disk(40960, 2));
        tx.disk(ServerKey.ofVm("db01", "uuid-2", null, null), disk(102400, 3));
        tx.disk(ServerKey.ofVm("db01", "uuid-2", null, null), disk(204800, 4));
        Nic nic = new Nic();
        nic.mac = "00:50:56:aa:bb:cc";
        nic.ipv4.add("10.0.0.5");
        nic.source = new SourceRef("vNetwork", 2);
        tx.nic(ServerKey.ofName("web01"), nic);
    }

    @Test
    void firstImportAddsServersAndCountsTemplatesApart() {
        ImportReport r = importing("rvtools", tx -> estate(tx, 4));
        assertThat(r.added()).isEqualTo(2);
        assertThat(r.templates()).isEqualTo(1);
        assertThat(r.updated()).isZero();
        InventorySummary s = project.inventory().summary();
        assertThat(s.servers()).isEqualTo(2);
        assertThat(s.templates()).isEqualTo(1);
        assertThat(s.vcpus()).isEqualTo(12);
        assertThat(s.memoryMiB()).isEqualTo(8192 + 65536);
        assertThat(s.provisionedMiB()).isEqualTo(200_000);
        assertThat(s.disks()).isEqualTo(3);
        assertThat(s.nics()).isEqualTo(1);
        assertThat(r.run().tool()).isEqualTo("RVTools");
        Server db = project.inventory().find("db01").get(0);
        assertThat(db.disks).extracting(d -> d.capacityMiB).containsExactly(102400L, 204800L);
        assertThat(db.disks.get(1).source.sheet()).isEqualTo("vDisk");
        assertThat(db.disks.get(1).source.row()).isEqualTo(4);
        assertThat(db.source.row()).isEqualTo(3);
        assertThat(db.otherSources).containsExactly("#" + r.run().id() + ":vCPU!3");
    }

    @Test
    void reImportingTheSameExportChangesNothing() {
        importing("rvtools", tx -> estate(tx, 4));
        ImportReport again = importing("rvtools", tx -> estate(tx, 4));
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(project.inventory().summary().servers()).isEqualTo(2);
        assertThat(project.inventory().summary().disks()).isEqualTo(3);
    }

    @Test
    void aNewerExportUpdatesWhatChangedAndOnlyThat() {
        importing("rvtools", tx -> estate(tx, 4));
        ImportReport newer = importing("rvtools", tx -> {
            estate(tx, 8);
            tx.server(vm("app01", "uuid-9", 2, 2048, 5));
        });
        assertThat(newer.added()).isEqualTo(1);
        assertThat(newer.updated()).isEqualTo(1);
        assertThat(newer.unchanged()).isEqualTo(2);
        assertThat(project.inventory().find("web01").get(0).vcpus).isEqualTo(8);
    }

    @Test
    void changedDisksCountAsAnUpdate() {
        importing("rvtools", tx -> estate(tx, 4));
        ImportReport r = importing("rvtools", tx -> {
            tx.server(vm("db01", "uuid-2", 8, 65536, 3));
            tx.disk(ServerKey.ofVm("db01", "uuid-2", null, null), disk(102400, 3));
        });
        assertThat(r.updated()).isEqualTo(1);
        assertThat(project.inventory().find("db01").get(0).disks).hasSize(1);
    }

    @Test
    void aSecondToolsExportMergesByNameAndKeepsWhatItDoesNotKnow() {
        importing("rvtools", tx -> estate(tx, 4));
        ImportReport r = importing("azure-migrate", tx -> {
            Server s = new Server();
            s.name = "WEB01";
            s.vcpus = 4;
            s.memoryMiB = 8192L;
            s.ips.add("10.0.0.5");
            s.source = new SourceRef("azure.csv", 2);
            tx.server(s);
            tx.utilization(ServerKey.ofName("web01"), new UtilizationStat(Metric.CPU_PERCENT, 35.0, null, null, 0,
                    null, null, new SourceRef("azure.csv", 2)));
        });
        assertThat(r.added()).isZero();
        assertThat(r.updated()).isEqualTo(1);
        Server web = project.inventory().find("web01").get(0);
        assertThat(web.vmUuid).isEqualTo("uuid-1");
        assertThat(web.os.distribution()).isEqualTo("Windows Server");
        assertThat(web.utilization).singleElement().satisfies(u -> assertThat(u.average()).isEqualTo(35.0));
        // RVTools stays the primary source; the CSV row is listed beside it
        assertThat(web.source.sheet()).isEqualTo("vInfo");
        assertThat(web.otherSources).contains("#" + r.run().id() + ":azure.csv!2");
    }

    @Test
    void aDifferentUuidUnderTheSameNameIsAnotherMachine() {
        importing("rvtools", tx -> estate(tx, 4));
        ImportReport r = importing("rvtools", tx -> tx.server(vm("web01", "uuid-NEW", 2, 2048, 2)));
        assertThat(r.added()).isEqualTo(1);
        assertThat(project.inventory().summary().servers()).isEqualTo(3);
    }

    @Test
    void childrenOfAnUnknownServerAreSkippedWithTheReason() {
        ImportReport r = importing("rvtools", tx -> {
            tx.server(vm("web01", "uuid-1", 2, 2048, 2));
            tx.disk(ServerKey.ofVm("ghost", "uuid-x", null, null), disk(1, 7));
        });
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.issues()).singleElement().satisfies(i -> assertThat(i.describe())
                .isEqualTo("skipped sheet vDisk, row 7: no server \"ghost\" in this import or the project; disks row not imported"));
        assertThat(project.inventory().issues(r.run().id(), 10)).hasSize(1);
    }

    @Test
    void anImportThatIsNotCommittedLeavesTheProjectAsItWas() {
        importing("rvtools", tx -> estate(tx, 4));
        InventorySummary before = project.inventory().summary();
        try (ImportTransaction tx = project.begin(run("rvtools"))) {
            estate(tx, 16);
            tx.server(vm("new01", "uuid-77", 2, 2048, 9));
            // the importer fails here: no commit
        }
        assertThat(project.inventory().summary()).isEqualTo(before);
        assertThat(project.inventory().imports()).hasSize(1);
    }

    @Test
    void userEditsSurviveReImportAndCanBeUndone() {
        importing("rvtools", tx -> estate(tx, 4));
        long id = project.inventory().find("web01").get(0).id;
        project.inventory().edit(id, "environment", "Production");
        project.inventory().edit(id, "vcpus", "6");
        ImportReport r = importing("rvtools", tx -> estate(tx, 8));
        Server web = project.inventory().server(id).orElseThrow();
        assertThat(web.vcpus).isEqualTo(6);
        assertThat(web.environment).isEqualTo("Production");
        assertThat(r.updated()).isZero();
        assertThat(project.inventory().undo()).hasValueSatisfying(e -> assertThat(e.field()).isEqualTo("vcpus"));
        assertThat(project.inventory().server(id).orElseThrow().vcpus).isEqualTo(4);
        assertThatThrownBy(() -> project.inventory().edit(id, "vcpus", "many"))
                .hasMessage("vcpus must be a whole number, not \"many\"");
        assertThatThrownBy(() -> project.inventory().edit(id, "colour", "red")).hasMessageStartingWith("unknown field 'colour'");
    }

    @Test
    void deletedServersLeaveTheTotalsAndStayDeletedOnReImport() {
        importing("rvtools", tx -> estate(tx, 4));
        long id = project.inventory().find("db01").get(0).id;
        project.inventory().delete(id);
        assertThat(project.inventory().summary().servers()).isEqualTo(1);
        ImportReport r = importing("rvtools", tx -> estate(tx, 4));
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(r.issues()).anySatisfy(i -> assertThat(i.message()).contains("deleted from this project by the user"));
        assertThat(project.inventory().summary().servers()).isEqualTo(1);
        project.inventory().undo();
        assertThat(project.inventory().summary().servers()).isEqualTo(2);
    }

    @Test
    void filtersFindServersByTextOsAndPower() {
        importing("rvtools", tx -> estate(tx, 4));
        List<Server> all = project.inventory().servers(ServerFilter.ALL);
        assertThat(all).extracting(s -> s.name).containsExactly("db01", "web01");
        ServerFilter text = new ServerFilter("WEB", null, null, null, null, null, ServerFilter.Templates.EXCLUDE, false, 0);
        assertThat(project.inventory().servers(text)).extracting(s -> s.name).containsExactly("web01");
        ServerFilter templates = new ServerFilter(null, null, null, null, null, null, ServerFilter.Templates.ONLY, false, 0);
        assertThat(project.inventory().servers(templates)).extracting(s -> s.name).containsExactly("tmpl-w2019");
    }

    @Test
    void tagsAndAddressesRoundTrip() {
        importing("rvtools", tx -> {
            Server s = vm("web01", "uuid-1", 2, 2048, 2);
            s.tags.put("Owner", "Finance = team\nB");
            s.tags.put("backup", "");
            s.ips.add("10.0.0.5");
            s.ips.add("fe80::1");
            tx.server(s);
        });
        Server web = project.inventory().find("web01").get(0);
        assertThat(web.tags).containsExactly(java.util.Map.entry("Owner", "Finance = team\nB"), java.util.Map.entry("backup", ""));
        assertThat(web.ips).containsExactly("10.0.0.5", "fe80::1");
    }

    @Test
    void tagsForAServerDefinedByAnEarlierImportAreMergedIntoIt() {
        importing("gcp-mc", tx -> {
            Server s = new Server();
            s.externalId = "mc-0001";
            s.name = "app01";
            s.tags.put("env", "dev");
            s.source = new SourceRef("vmInfo.csv", 2);
            tx.server(s);
        });
        ImportReport r = importing("gcp-mc", tx -> {
            tx.tags(ServerKey.ofExternalId("mc-0001"), java.util.Map.of("env", "prod"), new SourceRef("tagInfo.csv", 2));
            tx.tags(ServerKey.ofExternalId("mc-9999"), java.util.Map.of("x", "y"), new SourceRef("tagInfo.csv", 3));
        });
        assertThat(r.updated()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(project.inventory().find("app01").get(0).tags).containsExactly(java.util.Map.entry("env", "prod"));
        assertThat(project.inventory().summary().servers()).isEqualTo(1);
    }

    @Test
    void aLessDetailedExportFillsGapsButNeverOverwritesRvToolsValues() {
        importing("rvtools", tx -> estate(tx, 4));
        ImportReport r = importing("azure-migrate", tx -> {
            Server s = new Server();
            s.name = "db01";
            s.vcpus = 16;
            s.memoryMiB = 65536L;
            s.inUseMiB = 41_000L;
            s.owner = "finance";
            s.source = new SourceRef("azure.csv", 3);
            tx.server(s);
            tx.disk(ServerKey.ofName("db01"), disk(102400, 3));
        });
        Server db = project.inventory().find("db01").get(0);
        assertThat(db.vcpus).isEqualTo(8);
        assertThat(db.inUseMiB).isEqualTo(40_000L);
        assertThat(db.owner).isEqualTo("finance");
        assertThat(db.disks).hasSize(2);
        assertThat(r.updated()).isEqualTo(1);
        // the more detailed export does overwrite the less detailed one
        importing("rvtools", tx -> {
            Server s = vm("db01", "uuid-2", 12, 65536, 3);
            tx.server(s);
        });
        assertThat(project.inventory().find("db01").get(0).vcpus).isEqualTo(12);
    }

    @Test
    void aMeasuredSeriesIsNotReplacedByASingleFigure() {
        importing("rvtools", tx -> estate(tx, 4));
        importing("vrops", tx -> tx.utilization(ServerKey.ofName("web01"), new UtilizationStat(Metric.CPU_PERCENT,
                21.0, 48.0, 77.0, 192, Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-07-03T00:00:00Z"),
                new SourceRef("vrops.csv", 2))));
        ImportReport r = importing("azure-migrate", tx -> tx.utilization(ServerKey.ofName("web01"),
                new UtilizationStat(Metric.CPU_PERCENT, 35.0, null, null, 0, null, null, new SourceRef("azure.csv", 2))));
        assertThat(r.updated()).isZero();
        assertThat(project.inventory().find("web01").get(0).utilization).singleElement()
                .satisfies(u -> assertThat(u.p95()).isEqualTo(48.0));
    }
}
