package com.migrationhub.connectors.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.XlsxWorkbook;
import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conformance on the real RVTools exports in the shared fixtures folder (read in place; see
 * shared/fixtures/SOURCES.md for where they come from and their independently computed totals).
 */
class RvToolsFixturesTest {
    private static Path fixtures;

    @BeforeAll
    static void locateFixtures() {
        String shared = System.getProperty("mhub.shared");
        Path dir = shared == null ? null : Paths.get(shared, "fixtures", "rvtools");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "the shared RVTools fixtures are not here (system property mhub.shared = " + shared
                        + "); skipping the conformance tests");
        fixtures = dir;
    }

    private static CollectingSink importFixture(String name) throws Exception {
        CollectingSink sink = new CollectingSink();
        new RvToolsImporter().read(fixtures.resolve(name), ImportOptions.NONE, sink, ProgressMonitor.NONE);
        return sink;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kubev2v-example1.xlsx,                         9,   0,   51,    105753,   1371610,   351571",
        "nutanix-billsample-rvtools3.xlsx,            129,   2,  436,   1001464,  40114689, 39638873",
        "nutanix-sizingworkshop.xlsx,                 795,  10, 2721,  10733908, 233556214, 127336285",
        "mjvincent-sizingworkshop-with-vnetwork.xlsx, 795,  10, 2721,  10733908, 233556214, 127336285",
    })
    void vInfoTotalsMatchTheIndependentCount(String file, int servers, int templates, long vcpus, long memoryMiB,
                                             long provisionedMiB, long inUseMiB) throws Exception {
        CollectingSink sink = importFixture(file);

        List<Server> vms = sink.nonTemplates();
        assertThat(vms).hasSize(servers);
        assertThat(sink.servers.size() - vms.size()).as("templates").isEqualTo(templates);
        assertThat(vms.stream().mapToLong(s -> s.vcpus == null ? 0 : s.vcpus).sum()).as("vCPUs").isEqualTo(vcpus);
        assertThat(sum(vms, s -> s.memoryMiB)).as("memory MiB").isEqualTo(memoryMiB);
        assertThat(sum(vms, s -> s.provisionedMiB)).as("provisioned MiB").isEqualTo(provisionedMiB);
        assertThat(sum(vms, s -> s.inUseMiB)).as("in use MiB").isEqualTo(inUseMiB);
        assertThat(sink.servers).allSatisfy(s -> {
            assertThat(s.kind).isEqualTo(ServerKind.VIRTUAL);
            assertThat(s.hypervisor).isEqualTo("VMware vSphere");
            assertThat(s.source.sheet()).isEqualTo("vInfo");
        });
        assertThat(sink.tool).isEqualTo("RVTools");
    }

    private static long sum(List<Server> servers, java.util.function.Function<Server, Long> value) {
        return servers.stream().map(value).filter(v -> v != null).mapToLong(Long::longValue).sum();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kubev2v-example1.xlsx", "nutanix-sizingworkshop.xlsx", "mjvincent-sizingworkshop-with-vnetwork.xlsx"})
    void paddedEmptyRowsAreNotReported(String file) throws Exception {
        // kubev2v has 990 padded rows per sheet (LibreOffice), the sizing workshop 2,698 in vInfo
        CollectingSink sink = importFixture(file);

        assertThat(sink.skipped).isEmpty();
    }

    @Test
    void rowsKeepTheirExcelRowNumbersAndOtherSheetsAreNamed() throws Exception {
        CollectingSink sink = importFixture("kubev2v-example1.xlsx");

        Server first = sink.servers.get(0);
        assertThat(first.name).isEqualTo("vm-1");
        assertThat(first.source.row()).isEqualTo(2);
        assertThat(first.otherSources).containsExactly("vCPU!2", "vMemory!2");
        assertThat(first.vmUuid).isEqualTo("500b85c1-ef0d-37fb-6897-61c47157f858");
        assertThat(first.moRef).isEqualTo("vm-89952");
        assertThat(first.sockets).isEqualTo(2);
        assertThat(first.coresPerSocket).isEqualTo(1);
        assertThat(first.os.family()).isEqualTo(OsFamily.LINUX);
        assertThat(first.os.raw()).isEqualTo("Amazon Linux 2 (64-bit)");
        assertThat(first.hardwareVersion).isEqualTo("21");
        assertThat(sink.toolVersion).isEqualTo("4.x");
    }

    @Test
    void customAttributeColumnsAreFoundWhereRvToolsPutsThem() throws Exception {
        // kubev2v's vInfo was cut down: its attributes `owner` and `mmtest-tags` survive in vMemory and vDisk
        try (XlsxWorkbook workbook = XlsxWorkbook.open(fixtures.resolve("kubev2v-example1.xlsx"))) {
            SheetHeader vMemory = workbook.readHeader("vMemory");
            SheetHeader vDisk = workbook.readHeader("vDisk");
            SheetHeader vInfo = workbook.readHeader("vInfo");

            assertThat(names(vMemory, RvColumns.customAttributes(vMemory))).containsExactly("owner", "mmtest-tags");
            assertThat(names(vDisk, RvColumns.customAttributes(vDisk))).containsExactly("owner", "mmtest-tags");
            assertThat(RvColumns.customAttributes(vInfo)).isEmpty();
        }
    }

    @Test
    void emptyCustomAttributesMakeNoTagsAndTheAnnotationComesFromVMemory() throws Exception {
        // every value of owner and mmtest-tags is empty in this export: no tag, rather than empty ones
        CollectingSink sink = importFixture("kubev2v-example1.xlsx");

        assertThat(sink.servers).allSatisfy(s -> assertThat(s.tags).isEmpty());
        Server vm3 = sink.servers.stream().filter(s -> s.name.equals("vm-3")).findFirst().orElseThrow();
        assertThat(vm3.annotation).isEqualTo("admin   5.0.7.0-28213  https://10.46.29.190:8443");
    }

    private static List<String> names(SheetHeader header, int[] columns) {
        return Arrays.stream(columns).mapToObj(header::name).collect(Collectors.toList());
    }

    @Test
    void rvTools3MbHeadersAreReadAsMebibytes() throws Exception {
        CollectingSink sink = importFixture("nutanix-billsample-rvtools3.xlsx");

        assertThat(sink.toolVersion).isEqualTo("3.x");
        Server first = sink.servers.get(0);
        assertThat(first.name).isEqualTo("ADCSCA01");
        assertThat(first.provisionedMiB).isEqualTo(43107L);
        assertThat(first.inUseMiB).isEqualTo(43107L);
        assertThat(first.memoryMiB).isEqualTo(2048L);
        assertThat(first.hostName).isEqualTo("ADCSCA01.next.local");
        Disk disk = sink.disks.get(0).value();
        assertThat(sink.disks.get(0).server().name()).isEqualTo("ADCSCA01");
        assertThat(disk.capacityMiB).isEqualTo(40901L);
        assertThat(disk.controller).isEqualTo("LSI Logic SAS");
        assertThat(disk.thin).isFalse();
        assertThat(sink.partitions.get(0).value().capacityMiB).isEqualTo(40430L);
    }

    @Test
    void aSheetWithoutItsVmColumnIsMatchedByMoRef() throws Exception {
        // billsample's vPartition header has "NEXT Data Center" where "VM" belongs
        CollectingSink sink = importFixture("nutanix-billsample-rvtools3.xlsx");

        assertThat(sink.warnings).anySatisfy(w -> {
            assertThat(w.where().sheet()).isEqualTo("vPartition");
            assertThat(w.message()).contains("no \"VM\" column");
        });
        assertThat(sink.partitions).hasSize(286);
        Partition first = sink.partitions.get(0).value();
        assertThat(sink.partitions.get(0).server().moRef()).isEqualTo("vm-15333");
        assertThat(first.path).isEqualTo("C:\\");
        assertThat(first.consumedMiB).isEqualTo(23180L);
        assertThat(first.freeMiB).isEqualTo(17250L);
    }

    @Test
    void templatesAreImportedButFlagged() throws Exception {
        CollectingSink sink = importFixture("nutanix-sizingworkshop.xlsx");

        assertThat(sink.servers).filteredOn(s -> s.template).hasSize(10);
    }

    @Test
    void vNetworkDefectsDoNotBreakTheImport() throws Exception {
        // every NIC of this vNetwork lacks its network name and MAC address
        CollectingSink sink = importFixture("mjvincent-sizingworkshop-with-vnetwork.xlsx");

        assertThat(sink.nics).hasSize(805);
        Nic first = sink.nics.get(0).value();
        assertThat(sink.nics.get(0).server().name()).isEqualTo("wadfs1");
        assertThat(first.network).isNull();
        assertThat(first.mac).isNull();
        assertThat(first.adapterType).isEqualTo("Vmxnet3");
        assertThat(first.connected).isTrue();
        assertThat(first.ipv4).containsExactly("10.0.0.0");
        assertThat(first.source.sheet()).isEqualTo("vNetwork");
        assertThat(first.source.row()).isEqualTo(2);
        Server wadfs1 = sink.servers.get(0);
        assertThat(wadfs1.ips).as("vInfo has no primary address here; vNetwork has").containsExactly("10.0.0.0");
        assertThat(wadfs1.otherSources).containsExactly("vNetwork!2");
    }

    @Test
    void hostsAndClustersAreRead() throws Exception {
        CollectingSink sink = importFixture("nutanix-billsample-rvtools3.xlsx");

        assertThat(sink.hosts).hasSize(8);
        assertThat(sink.hosts.get(0).name).isEqualTo("esxhost01.next.local");
        assertThat(sink.hosts.get(0).cores).isEqualTo(28);
        assertThat(sink.hosts.get(0).memoryMiB).isEqualTo(196514L);
        assertThat(sink.hosts.get(0).hypervisorVersion).isEqualTo("VMware ESXi 6.5.0 build-10175896");
        assertThat(sink.clusters).extracting(c -> c.name).containsExactly("Avaya Cluster", "Production Cluster");
        assertThat(sink.clusters.get(1).hostCount).isEqualTo(6);
        assertThat(sink.clusters.get(1).memoryMiB).isEqualTo(1179182L);
        assertThat(sink.clusters.get(1).haEnabled).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kubev2v-example1.xlsx", "nutanix-billsample-rvtools3.xlsx", "nutanix-sizingworkshop.xlsx",
        "mjvincent-sizingworkshop-with-vnetwork.xlsx"})
    void detectsEveryFixture(String file) {
        assertThat(new RvToolsImporter().detect(new SourceProbe(fixtures.resolve(file)))).isEqualTo(100);
    }

    @Test
    void aCancelledImportStops() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> new RvToolsImporter().read(fixtures.resolve("nutanix-sizingworkshop.xlsx"),
                ImportOptions.NONE, new CollectingSink(), cancelled)).isInstanceOf(CancelledException.class);
    }
}
