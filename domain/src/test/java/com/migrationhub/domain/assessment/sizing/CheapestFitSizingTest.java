package com.migrationhub.domain.assessment.sizing;

import static com.migrationhub.domain.assessment.Servers.server;
import static com.migrationhub.domain.assessment.Servers.stat;
import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.assessment.Servers;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFixture;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.Server;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheapestFitSizingTest {
    private static final PriceCatalog CATALOG = CatalogFixture.catalog();
    private static final SizingTarget AWS_US = new SizingTarget(Cloud.AWS, "us-east-1", PricingOption.ON_DEMAND);
    private static final SizingTarget AZURE_US = new SizingTarget(Cloud.AZURE, "eastus", PricingOption.ON_DEMAND);
    private static final SizingTarget GCP_US = new SizingTarget(Cloud.GCP, "us-central1", PricingOption.ON_DEMAND);

    private final CheapestFitSizing sizing = new CheapestFitSizing(CATALOG, SizingOptions.defaults());
    /** For disk tests: the figures given are the figures needed. */
    private final CheapestFitSizing exact = new CheapestFitSizing(CATALOG, SizingOptions.defaults()
            .withComfortFactor("1"));

    @Test
    void azureMigratesWorkedExampleGivesAFourVcpuSize() {
        // 4 vCPUs at 50 % × 1.3 = 2.6 vCPUs: 3 needed, and the smallest size with at least 3 has 4
        Server s = server("app01", 4, 16 * 1024, Servers.UBUNTU, 64);
        s.utilization.add(stat(Metric.CPU_PERCENT, 30.0, 50.0, 80.0, 30));
        s.utilization.add(stat(Metric.MEMORY_PERCENT, 40.0, 50.0, 70.0, 30));
        for (SizingTarget t : List.of(AZURE_US, AWS_US, GCP_US)) {
            SizingResult r = sizing.size(s, t);
            assertThat(r.demand().basis()).isEqualTo(SizingMode.PERFORMANCE);
            assertThat(r.demand().vcpus()).isEqualTo(3);
            assertThat(r.demand().cpu().exact()).isEqualByComparingTo("2.6");
            assertThat(r.choice().size().vcpus()).as(t.label()).isEqualTo(4);
            assertThat(r.explanation()).contains("CPU: 4 vCPU × p95 50 % × 1.3 = 2.6 → 3 vCPU needed");
        }
        // memory: 16384 MiB × 50 % × 1.3 = 10649.6 → 10650 MiB
        assertThat(sizing.demand(s).memoryMiB()).isEqualTo(10650);
        assertThat(sizing.size(s, AZURE_US).choice().size().name()).isEqualTo("Standard_D4as_v5");
    }

    @ParameterizedTest
    @CsvSource({"50,AVERAGE,20", "90,P95,50", "95,P95,50", "99,MAXIMUM,80"})
    void thePercentileReadsTheStatisticTheDataKeeps(int percentile, Statistic st, double value) {
        Server s = server("db01", 8, 32 * 1024, Servers.UBUNTU, 100);
        s.utilization.add(stat(Metric.CPU_PERCENT, 20.0, 50.0, 80.0, 30));
        SizingDemand d = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withPercentile(percentile)).demand(s);
        assertThat(d.cpu().statistic()).isEqualTo(st);
        assertThat(d.cpu().observed().doubleValue()).isEqualTo(value);
    }

    @Test
    void aMissingStatisticFallsBackToTheNextLargerAndSaysSo() {
        Server s = server("web01", 4, 8192, Servers.UBUNTU, 50);
        s.utilization.add(stat(Metric.CPU_PERCENT, 20.0, null, 60.0, 30));
        SizingResult r = sizing.size(s, AWS_US);
        assertThat(r.demand().cpu().statistic()).isEqualTo(Statistic.MAXIMUM);
        assertThat(r.demand().cpu().describe(r.demand().comfortFactor()))
                .isEqualTo("CPU: 4 vCPU × maximum 60 % × 1.3 = 3.12 (the data has no p95, so the maximum is used)"
                        + " → 4 vCPU needed");
        // only an average (an Azure Migrate import): it is used
        Server a = server("web02", 4, 8192, Servers.UBUNTU, 50);
        a.utilization.add(stat(Metric.CPU_PERCENT, 20.0, null, null, 0));
        assertThat(sizing.demand(a).cpu().statistic()).isEqualTo(Statistic.AVERAGE);
        assertThat(sizing.demand(a).vcpus()).isEqualTo(2); // 4 × 20 % × 1.3 = 1.04
    }

    @Test
    void performanceIsCappedAtTheAllocationAndFloored() {
        Server s = server("busy", 4, 4096, Servers.UBUNTU, 50);
        s.utilization.add(stat(Metric.CPU_PERCENT, 80.0, 90.0, 100.0, 30));
        s.utilization.add(stat(Metric.MEMORY_PERCENT, 5.0, 10.0, 20.0, 30));
        SizingDemand d = sizing.demand(s);
        assertThat(d.cpu().exact()).isEqualByComparingTo("4.68");
        assertThat(d.vcpus()).isEqualTo(4);
        assertThat(d.cpu().limit()).isEqualTo(SizingDemand.Figure.Limit.CAPPED);
        assertThat(d.cpu().describe(d.comfortFactor())).endsWith(", capped at the 4 allocated → 4 vCPU needed");
        // 4096 × 10 % × 1.3 = 532.48 → 533 MiB; below 512 would be raised
        assertThat(d.memoryMiB()).isEqualTo(533);
        Server tiny = server("tiny", 1, 1024, Servers.UBUNTU, 10);
        tiny.utilization.add(stat(Metric.CPU_PERCENT, 1.0, 2.0, 3.0, 30));
        tiny.utilization.add(stat(Metric.MEMORY_PERCENT, 5.0, 10.0, 20.0, 30));
        SizingDemand t = sizing.demand(tiny);
        assertThat(t.vcpus()).isEqualTo(1);
        assertThat(t.memoryMiB()).isEqualTo(SizingDemand.MIN_MEMORY_MIB);
        assertThat(t.memory().limit()).isEqualTo(SizingDemand.Figure.Limit.FLOORED);
    }

    @Test
    void memoryUsedInMibIsReadWhereThePercentageIsAbsent() {
        Server s = server("app", 4, 16384, Servers.UBUNTU, 50);
        s.utilization.add(stat(Metric.CPU_PERCENT, 10.0, 20.0, 30.0, 30));
        s.utilization.add(stat(Metric.MEMORY_USED_MIB, 5000.0, 6000.0, 7000.0, 30));
        SizingDemand d = sizing.demand(s);
        assertThat(d.memoryMiB()).isEqualTo(7800);
        assertThat(d.memory().describe(d.comfortFactor()))
                .isEqualTo("memory: p95 MEMORY_USED_MIB 6000 MiB × 1.3 = 7800 → 7800 MiB needed (7.62 GiB)");
    }

    @Test
    void automaticModeFallsBackToOnPremisesWithoutDataAndSaysWhich() {
        Server s = server("legacy", 4, 8192, Servers.UBUNTU, 60);
        SizingResult r = sizing.size(s, AWS_US);
        assertThat(r.demand().requested()).isEqualTo(SizingMode.AUTO);
        assertThat(r.demand().basis()).isEqualTo(SizingMode.AS_ON_PREMISES);
        assertThat(r.demand().confidence().applicable()).isFalse();
        assertThat(r.demand().vcpus()).isEqualTo(4);
        assertThat(r.explanation().get(0)).isEqualTo(
                "legacy on AWS us-east-1 on-demand: as on premises (automatic: no CPU or memory utilization data)");
        assertThat(r.explanation()).contains("CPU: 4 vCPU allocated → 4 vCPU needed");

        SizingResult p = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withMode(SizingMode.PERFORMANCE))
                .size(s, AWS_US);
        assertThat(p.demand().basis()).isEqualTo(SizingMode.PERFORMANCE);
        assertThat(p.demand().confidence().stars()).isEqualTo(1);
        assertThat(p.demand().vcpus()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"0,1", "20,1", "20.5,2", "21,2", "40,2", "41,3", "60,3", "61,4", "80,4", "81,5", "100,5", "150,5"})
    void confidenceStarsAtTheBandEdges(double percent, int stars) {
        long window = 30 * 86_400L;
        long covered = Math.round(window * percent / 100);
        assertThat(Confidence.stars(covered, window)).isEqualTo(stars);
        // the same through a server's data, whose window is a share of 30 days
        Server s = server("s", 2, 4096, Servers.UBUNTU, 20);
        s.utilization.add(stat(Metric.CPU_PERCENT, 10.0, 20.0, 30.0, 30 * percent / 100));
        s.utilization.add(stat(Metric.MEMORY_PERCENT, 10.0, 20.0, 30.0, 45));
        Confidence c = sizing.demand(s).confidence();
        assertThat(c.stars()).isEqualTo(stars);
        assertThat(c.weakest()).isEqualTo("CPU");
    }

    @Test
    void confidenceTellsTheGaps() {
        Server s = server("s", 2, 4096, Servers.UBUNTU, 20);
        s.utilization.add(stat(Metric.CPU_PERCENT, 10.0, 20.0, 30.0, 27));
        Confidence c = sizing.demand(s).confidence();
        assertThat(c.stars()).isEqualTo(1);
        assertThat(c.describe()).isEqualTo("1 of 5 stars: memory has no utilization data; the memory data covers 0 of "
                + "the 30 days (0 %)");
        s.utilization.add(stat(Metric.MEMORY_PERCENT, 10.0, 20.0, 30.0, 24.6));
        assertThat(sizing.demand(s).confidence().describe())
                .isEqualTo("5 of 5 stars: the memory data covers 24.6 of the 30 days (82 %)");
    }

    @Test
    void aWindowsLicenceThatGrowsWithVcpusChangesTheRanking() {
        CatalogContent c = new CatalogContent();
        c.sources.add(new CatalogSource("s", "", "", "", "", "2025-01-01", "S"));
        c.sizes.add(new InstanceSize(Cloud.AWS, "big.2xlarge", "big", "", 8, 16384, Arch.X86_64, false, 0, 0, 0, true,
                0, 0, 0, "s"));
        c.sizes.add(new InstanceSize(Cloud.AWS, "small.large", "small", "", 2, 16384, Arch.X86_64, false, 0, 0, 0, true,
                0, 0, 0, "s"));
        c.prices.add(new Price(Cloud.AWS, "big.2xlarge", "r", PricingOption.ON_DEMAND, 300_000_000L, "s", null));
        c.prices.add(new Price(Cloud.AWS, "small.large", "r", PricingOption.ON_DEMAND, 400_000_000L, "s", null));
        c.licences.add(new LicencePrice(Cloud.AWS, Licence.WINDOWS, "*", "*", true, 46_000_000L, 0, "s", null));
        CheapestFitSizing own = new CheapestFitSizing(PriceCatalog.of(c), SizingOptions.defaults());
        SizingTarget t = new SizingTarget(Cloud.AWS, "r", PricingOption.ON_DEMAND);
        assertThat(own.size(server("lin", 2, 16384, Servers.UBUNTU), t).choice().size().name()).isEqualTo("big.2xlarge");
        SizingResult win = own.size(server("win", 2, 16384, Servers.WINDOWS), t);
        assertThat(win.choice().size().name()).isEqualTo("small.large"); // 0.4 + 0.092 < 0.3 + 0.368
        assertThat(win.choice().usdNanosPerHour()).isEqualTo(492_000_000L);
        assertThat(win.choice().reason()).startsWith("small.large (2 vCPU, 16 GiB): compute 0.4 USD/h (S 2025-01-01, "
                + "read) + windows licence 0.092 USD/h (S 2025-01-01, read) = 0.492 USD/h; the cheapest that fits");
        // the licences the caller passes decide: none brought in, compute only
        assertThat(own.size(own.demand(server("win", 2, 16384, Servers.WINDOWS)), t, List.of()).choice().size().name())
                .isEqualTo("big.2xlarge");
    }

    @Test
    void filtersFollowTheOptionsAndTheOperatingSystem() {
        Server lin = server("lin", 2, 8192, Servers.UBUNTU, 20);
        assertThat(sizing.size(lin, AWS_US).choice().size().name()).isEqualTo("m5.large"); // ties m6i.large by name
        CheapestFitSizing arm = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withAllowArm(true));
        assertThat(arm.size(lin, AWS_US).choice().size().name()).isEqualTo("m6g.large");
        assertThat(arm.size(server("win", 2, 8192, Servers.WINDOWS, 20), AWS_US).choice().size().arch())
                .isEqualTo(Arch.X86_64);
        assertThat(sizing.size(server("arm", 2, 8192, Servers.ARM_LINUX, 20), AWS_US).choice().size().name())
                .isEqualTo("m6g.large");
        CheapestFitSizing burst = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withAllowBurstable(true));
        assertThat(burst.size(lin, AWS_US).choice().size().name()).isEqualTo("t3.large");
        CheapestFitSizing family = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withFamilies(Set.of("R5")));
        assertThat(family.size(lin, AWS_US).choice().size().name()).isEqualTo("r5.large");
        CheapestFitSizing ratio = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withMinMemoryMiBPerVcpu(8192));
        assertThat(ratio.size(lin, AWS_US).choice().size().name()).isEqualTo("r5.large");
        CheapestFitSizing old = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withCurrentOnly(false));
        assertThat(old.size(lin, AWS_US).choice().pool().considered()).isEqualTo(21);
        SizingResult r = sizing.size(lin, AWS_US);
        assertThat(r.choice().pool().describe()).isEqualTo("19 of the 30 sizes priced (excluded: 2 previous "
                + "generation, 3 Arm, 5 burstable, 1 with GPUs)");
    }

    @Test
    void nicsDataDisksAndStorageLimitsCountWhereKnown() {
        Server nics = server("fw", 2, 4096, Servers.UBUNTU, 20);
        for (int i = 0; i < 4; i++) {
            nics.nics.add(new Nic());
        }
        // 5 NICs: AWS sizes attach 3, 4 or 8: the cheapest with 8 is c5.4xlarge
        assertThat(sizing.size(nics, AWS_US).choice().size().name()).isEqualTo("c5.4xlarge");
        // Azure's limits are unknown in the catalog: not a constraint
        assertThat(sizing.size(nics, AZURE_US).choice().size().vcpus()).isEqualTo(2);

        Server disks = server("fs", 2, 8192, Servers.UBUNTU, 50, 100, 100, 100, 100, 100);
        assertThat(sizing.demand(disks).dataDisks()).isEqualTo(5);
        // the 2-vCPU sizes attach 4 data disks: the cheapest with 8 is a 4-vCPU size
        assertThat(sizing.size(disks, AZURE_US).choice().size().name()).isEqualTo("Standard_F4s_v2");

        Server io = server("db", 2, 8192, Servers.UBUNTU, 100);
        io.utilization.add(stat(Metric.DISK_IOPS, 3000.0, 4000.0, 5000.0, 30));
        SizingDemand d = sizing.demand(io);
        assertThat(d.iops()).isEqualTo(5200);
        // m5.large allows 3600 IOPS, m6i.large 6667
        assertThat(sizing.size(io, AWS_US).choice().size().name()).isEqualTo("m6i.large");
    }

    @Test
    void whenNothingFitsTheResultSaysWhy() {
        SizingResult huge = sizing.size(server("huge", 200, 1024 * 1024, Servers.UBUNTU, 100), AWS_US);
        assertThat(huge.sized()).isFalse();
        assertThat(huge.noSize()).isEqualTo("no size in AWS us-east-1 (on-demand) offers 200 vCPU (the most: 64), "
                + "1024 GiB memory (the most: 256 GiB) among 19 of the 30 sizes priced (excluded: 2 previous "
                + "generation, 3 Arm, 5 burstable, 1 with GPUs)");
        assertThat(huge.explanation()).contains("no size: " + huge.noSize());
        assertThat(huge.disks()).hasSize(1); // the disks are still chosen

        Server none = server("none", 2, 4096, Servers.UBUNTU, 20);
        none.vcpus = null;
        SizingResult r = sizing.size(none, AWS_US);
        assertThat(r.sized()).isFalse();
        assertThat(r.noSize()).isEqualTo("the inventory gives no vCPU count");

        SizingResult region = sizing.size(server("x", 2, 4096, Servers.UBUNTU, 20),
                new SizingTarget(Cloud.AWS, "ap-south-1", PricingOption.ON_DEMAND));
        assertThat(region.noSize()).isEqualTo("AWS ap-south-1 (on-demand) has no priced sizes in the catalog");
        assertThat(region.disks().get(0).unmet()).isEqualTo("no disk type is priced in AWS ap-south-1");
    }

    @Test
    void gp3BeatsIo2UpTo16000IopsThenIo2Takes() {
        for (int iops : new int[] {500, 3000, 10_000, 16_000}) {
            DiskChoice c = onlyDisk(exact.size(diskServer(500, iops, 0), AWS_US));
            assertThat(c.type().name()).as(iops + " IOPS").isEqualTo("gp3");
        }
        DiskChoice gp3 = onlyDisk(exact.size(diskServer(500, 10_000, 0), AWS_US));
        // 500 GiB × 0.08 + 7000 IOPS × 0.005 = 75
        assertThat(gp3.usdNanosPerMonth()).isEqualTo(75_000_000_000L);
        assertThat(gp3.extraIops()).isEqualTo(7000);
        assertThat(gp3.reason()).isEqualTo("disk 'Hard disk 1' 500 GiB, 10000 IOPS → gp3 500 GiB (10000 IOPS, 125 MB/s): "
                + "500 GiB × 0.08 + 7000 IOPS × 0.005 = 75 USD/month (AWS Price List (EBS) 2024-07-18, read)");
        DiskChoice io2 = onlyDisk(exact.size(diskServer(500, 20_000, 0), AWS_US));
        assertThat(io2.type().name()).isEqualTo("io2");
        assertThat(io2.usdNanosPerMonth()).isEqualTo(1_362_500_000_000L); // 62.5 + 20000 × 0.065
        // a small disk with many IOPS must grow to gp3's 500 IOPS per GiB
        DiskChoice small = onlyDisk(exact.size(diskServer(8, 12_000, 0), AWS_US));
        assertThat(small.type().name()).isEqualTo("gp3");
        assertThat(small.provisionedGiB()).isEqualTo(24);
        // throughput above 125 MB/s is bought on gp3
        DiskChoice mbps = onlyDisk(exact.size(diskServer(100, 0, 300), AWS_US));
        assertThat(mbps.extraMbps()).isEqualTo(175);
        assertThat(mbps.usdNanosPerMonth()).isEqualTo(15_000_000_000L); // 8 + 175 × 0.04
    }

    @Test
    void disksOfEachCloudFollowTheirPerformanceModel() {
        // GCP: pd-balanced would have to grow to 334 GiB for 5000 IOPS; pd-ssd delivers them at 100 GiB
        DiskChoice gcp = onlyDisk(exact.size(diskServer(100, 5000, 0), GCP_US));
        assertThat(gcp.type().name()).isEqualTo("pd-ssd");
        assertThat(gcp.usdNanosPerMonth()).isEqualTo(17_000_000_000L);
        assertThat(onlyDisk(exact.size(diskServer(100, 0, 0), GCP_US)).type().name()).isEqualTo("pd-balanced");
        assertThat(onlyDisk(exact.size(diskServer(5, 0, 0), GCP_US)).provisionedGiB()).isEqualTo(10);
        // Azure West Europe (no Premium SSD v2 there): a fixed tier meeting 2000 IOPS is P20
        SizingTarget we = new SizingTarget(Cloud.AZURE, "westeurope", PricingOption.ON_DEMAND);
        DiskChoice p20 = onlyDisk(exact.size(diskServer(100, 2000, 0), we));
        assertThat(p20.type().name()).isEqualTo("P20");
        assertThat(p20.provisionedGiB()).isEqualTo(512);
        assertThat(p20.usdNanosPerMonth()).isEqualTo(80_540_000_000L);
        assertThat(onlyDisk(exact.size(diskServer(100, 0, 0), we)).type().name()).isEqualTo("E10");
        // hard disks only when allowed
        CheapestFitSizing hdd = new CheapestFitSizing(CATALOG, SizingOptions.defaults().withAllowHdd(true)
                .withComfortFactor("1"));
        assertThat(onlyDisk(hdd.size(diskServer(1000, 0, 0), AWS_US)).type().name()).isEqualTo("sc1");
        assertThat(onlyDisk(exact.size(diskServer(1000, 0, 0), AWS_US)).type().name()).isEqualTo("gp3");
        // too big for any single disk
        DiskChoice big = onlyDisk(exact.size(diskServer(70_000, 0, 0), AWS_US));
        assertThat(big.fits()).isFalse();
        assertThat(big.unmet()).isEqualTo("no disk type in AWS us-east-1 holds 70000 GiB (the most: 65536 GiB): "
                + "split the volume");
    }

    @Test
    void serverLevelDiskDemandIsSharedByCapacity() {
        Server s = server("db", 4, 16384, Servers.UBUNTU, 100, 300);
        s.utilization.add(stat(Metric.DISK_IOPS, 500.0, 1000.0, 2000.0, 30));
        s.utilization.add(stat(Metric.DISK_READ_MBPS, 10.0, 40.0, 80.0, 30));
        s.utilization.add(stat(Metric.DISK_WRITE_MBPS, 10.0, 20.0, 80.0, 30));
        SizingDemand d = sizing.demand(s);
        assertThat(d.disks()).extracting(DiskDemand::iops).containsExactly(325L, 975L);
        assertThat(d.disks()).extracting(DiskDemand::mbps).containsExactly(20L, 59L); // 60 × 1.3 = 78, by capacity
        assertThat(d.iops()).isEqualTo(1300);
        assertThat(d.mbps()).isEqualTo(79); // the two disks' rounded shares
        assertThat(d.disks().get(0).basis()).isEqualTo(DiskDemand.Basis.SHARE_OF_SERVER);
        // a disk with its own figures keeps them; the rest of the server's figure goes to the others
        s.disks.get(0).readIops = 800.0;
        SizingDemand e = sizing.demand(s);
        assertThat(e.disks()).extracting(DiskDemand::iops).containsExactly(1040L, 260L);
        assertThat(e.disks().get(0).basis()).isEqualTo(DiskDemand.Basis.PER_DISK);
        // the same disk demand whatever the basis
        SizingDemand onPrem = new CheapestFitSizing(CATALOG, SizingOptions.defaults()
                .withMode(SizingMode.AS_ON_PREMISES)).demand(s);
        assertThat(onPrem.disks()).isEqualTo(e.disks());
    }

    @Test
    void theExplanationReadsAsAReport() {
        Server s = server("web01", 4, 16384, Servers.WINDOWS, 100, 50);
        s.utilization.add(stat(Metric.CPU_PERCENT, 30.0, 50.0, 80.0, 23));
        s.utilization.add(stat(Metric.MEMORY_PERCENT, 30.0, 40.0, 80.0, 30));
        List<String> lines = sizing.size(s, AWS_US).explanation();
        assertThat(lines).containsExactly(
                "web01 on AWS us-east-1 on-demand: performance-based (automatic: utilization data found), 95th "
                        + "percentile read as the p95 statistic (50th → average, 90th and 95th → p95, 99th → maximum), "
                        + "comfort factor 1.3",
                "CPU: 4 vCPU × p95 50 % × 1.3 = 2.6 → 3 vCPU needed",
                "memory: 16384 MiB × p95 40 % × 1.3 = 8519.68 → 8520 MiB needed (8.32 GiB)",
                "storage: 2 disks, 150 GiB (1 data disk); no disk performance data: capacity only",
                "network: 1 NIC",
                "confidence: 4 of 5 stars: the CPU data covers 23 of the 30 days (76.7 %)",
                "size: m5.xlarge (4 vCPU, 16 GiB): compute 0.192 USD/h (AWS Price List 2025-04-04, read) + windows "
                        + "licence 0.184 USD/h (ec2instances.info us-east-1 2023-08-30, read) = 0.376 USD/h; the "
                        + "cheapest that fits of 19 of the 30 sizes priced (excluded: 2 previous generation, 3 Arm, "
                        + "5 burstable, 1 with GPUs), ties broken by name",
                "disk 'Hard disk 1' 100 GiB → gp3 100 GiB (3000 IOPS, 125 MB/s): 100 GiB × 0.08 = 8 USD/month (AWS "
                        + "Price List (EBS) 2024-07-18, read)",
                "disk 'Hard disk 2' 50 GiB → gp3 50 GiB (3000 IOPS, 125 MB/s): 50 GiB × 0.08 = 4 USD/month (AWS Price "
                        + "List (EBS) 2024-07-18, read)");
    }

    @Test
    void storageFiguresAreExplained() {
        Server s = server("db", 4, 16384, Servers.UBUNTU, 100, 300);
        s.utilization.add(stat(Metric.DISK_IOPS, 500.0, 1000.0, 2000.0, 30));
        s.utilization.add(stat(Metric.DISK_READ_MBPS, 10.0, 40.0, 80.0, 30));
        s.utilization.add(stat(Metric.DISK_WRITE_MBPS, 10.0, 20.0, 80.0, 30));
        List<String> lines = sizing.size(s, AWS_US).explanation();
        assertThat(lines).containsSequence(
                "storage: 2 disks, 400 GiB (1 data disk)",
                "storage IOPS: p95 DISK_IOPS 1000 IOPS × 1.3 = 1300 → 1300 IOPS needed",
                "storage MB/s: p95 DISK_READ_MBPS + DISK_WRITE_MBPS 60 MB/s × 1.3 = 78 → 78 MB/s needed",
                "storage performance needed: 1300 IOPS, 79 MB/s (the server's figure or the disks' rounded-up sum, "
                        + "whichever is larger; measured data, whatever the basis: on premises allocates none); by "
                        + "disk: 'Hard disk 1' 325 IOPS 20 MB/s (a share of the server's figures, by capacity); "
                        + "'Hard disk 2' 975 IOPS 59 MB/s (a share of the server's figures, by capacity)");
        // a server that cannot be sized still gets its disks
        s.vcpus = null;
        SizingResult r = sizing.size(s, AWS_US);
        assertThat(r.sized()).isFalse();
        assertThat(r.storagePriced()).isTrue();
        assertThat(r.explanation()).contains("not sized: the inventory gives no vCPU count")
                .noneMatch(l -> l.startsWith("CPU"));
    }

    @Test
    void sizingIsDeterministicAndThreadSafe() {
        List<Server> servers = Servers.generate(7, 2000);
        List<SizingTarget> targets = List.of(AWS_US, AZURE_US, GCP_US);
        List<SizingResult> a = new CheapestFitSizing(CATALOG, SizingOptions.defaults())
                .sizeAll(servers, targets, com.migrationhub.domain.task.ProgressMonitor.NONE);
        List<SizingResult> b = new CheapestFitSizing(CATALOG, SizingOptions.defaults())
                .sizeAll(servers, targets, com.migrationhub.domain.task.ProgressMonitor.NONE);
        assertThat(a).hasSize(6000).isEqualTo(b);
        for (int i = 0; i < servers.size(); i += 97) {
            assertThat(a.get(i * 3 + 1)).isEqualTo(sizing.size(servers.get(i), AZURE_US));
        }
    }

    private static Server diskServer(long gib, int iops, int mbps) {
        Server s = server("d", 2, 8192, Servers.UBUNTU);
        Disk d = new Disk();
        d.label = "Hard disk 1";
        d.capacityMiB = gib * 1024;
        if (iops > 0) {
            d.readIops = (double) iops;
        }
        if (mbps > 0) {
            d.readMBps = (double) mbps;
        }
        s.disks.add(d);
        return s;
    }

    private DiskChoice onlyDisk(SizingResult r) {
        assertThat(r.disks()).hasSize(1);
        return r.disks().get(0);
    }
}
