package com.migrationhub.domain.assessment.service;

import static com.migrationhub.domain.assessment.Servers.stat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.Fixtures;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.assessment.Servers;
import com.migrationhub.domain.assessment.sizing.SizingMode;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.task.ProgressMonitor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assessment service end to end over the shipped catalog and rule sets: the figures a
 * consultant reads (size, compute, licence, demand), their order, and that a re-run repeats them.
 * Expected sizes are checked against a brute-force search of the catalog, not only pinned.
 */
class AssessmentServiceTest {
    private static final AssessmentService SERVICE = AssessmentService.withShippedRules(CatalogFiles.readShipped());
    private static final PriceCatalog CATALOG = SERVICE.catalog();
    private static final long MONTH_HOURS = 730;

    // ---------------------------------------------------------------- helpers

    /** Defaults (on demand, USD, always on, no BYOL) with the given regions, in cloud order, and sizing. */
    private static Assumptions assumptions(Map<Cloud, List<String>> regions, SizingMode sizing, boolean byolWindows,
            List<String> families) {
        return new Assumptions(List.copyOf(regions.keySet()), regions, sizing, 95, new BigDecimal("1.3"),
                PricingOption.ON_DEMAND, "USD", BigDecimal.ONE, "", Fixtures.ON, "always-on", byolWindows, false, 0,
                3, families, false, false, 0, 30, Map.of(), Map.of());
    }

    private static Assumptions asIs(Map<Cloud, List<String>> regions) {
        return assumptions(regions, SizingMode.AS_ON_PREMISES, false, List.of());
    }

    private static Map<Cloud, List<String>> regions(Object... cloudThenRegions) {
        Map<Cloud, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < cloudThenRegions.length; i += 2) {
            m.computeIfAbsent((Cloud) cloudThenRegions[i], k -> new ArrayList<>()).add((String) cloudThenRegions[i + 1]);
        }
        return m;
    }

    private static List<ServerAssessment> run(AssessmentService service, Assumptions a, List<Server> servers) {
        List<ServerAssessment> out = new ArrayList<>();
        AssessmentService.Run r = service.run(a, c -> servers.forEach(c), Map.of(), out::add, ProgressMonitor.NONE,
                servers.size());
        assertThat(r.servers()).isEqualTo(servers.size());
        assertThat(r.rows()).isEqualTo(out.size());
        return out;
    }

    private static List<ServerAssessment> run(Assumptions a, Server... servers) {
        return run(SERVICE, a, List.of(servers));
    }

    private static ServerAssessment row(List<ServerAssessment> rows, Cloud cloud, String region) {
        return rows.stream().filter(r -> r.cloud().equals(cloud.id()) && r.region().equals(region)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + cloud + " " + region + " in " + rows));
    }

    private static Server linux(long id, String name, int vcpus, long memoryMiB) {
        Server s = Servers.server(name, vcpus, memoryMiB, OsNormalizer.normalize("Ubuntu Linux 22.04 (64-bit)"), 64);
        s.id = id;
        return s;
    }

    private static Server windows(long id, String name, int vcpus, long memoryMiB) {
        Server s = Servers.server(name, vcpus, memoryMiB,
                OsNormalizer.normalize("Microsoft Windows Server 2019 (64-bit)"), 100);
        s.id = id;
        return s;
    }

    /** A size with the hourly rate it is ranked by (compute plus the licence when one is charged). */
    private record Cheapest(InstanceSize size, long computeNanos, long licenceNanos) {
    }

    /**
     * The cheapest x86, current, non-burstable, GPU-less size with the vCPUs and memory, found by
     * scanning every size of the cloud: the service's defaults, computed independently of its ranking.
     */
    private static Cheapest bruteForce(Cloud cloud, String region, int vcpus, long memoryMiB, Licence licence) {
        Cheapest best = null;
        long bestHourly = Long.MAX_VALUE;
        for (InstanceSize s : CATALOG.sizes(cloud)) {
            if (!s.current() || s.arch() != Arch.X86_64 || s.burstable() || s.gpus() > 0 || s.vcpus() < vcpus
                    || s.memoryMiB() < memoryMiB) {
                continue;
            }
            Quote q = CATALOG.computePrice(s, region, PricingOption.ON_DEMAND);
            if (q == null) {
                continue;
            }
            long lic = 0;
            if (licence != null && CATALOG.pricesLicence(cloud, licence)) {
                Quote l = CATALOG.licence(cloud, licence, s, region);
                if (l == null) {
                    continue;
                }
                lic = l.usdNanos();
            }
            long hourly = q.usdNanos() + lic;
            if (hourly < bestHourly || hourly == bestHourly && s.name().compareTo(best.size().name()) < 0) {
                best = new Cheapest(s, q.usdNanos(), lic);
                bestHourly = hourly;
            }
        }
        assertThat(best).as("some size fits in %s %s", cloud, region).isNotNull();
        return best;
    }

    // ---------------------------------------------------------------- sizes and prices

    @Test
    void aTwoByEightLinuxServerGetsTheCatalogsCheapestFitOnEachCloud() {
        Server s = linux(1, "web01", 2, 8192);
        List<ServerAssessment> rows = run(asIs(regions(Cloud.AWS, "us-east-1", Cloud.AZURE, "westeurope",
                Cloud.GCP, "europe-west1")), s);
        assertThat(rows).extracting(ServerAssessment::cloud, ServerAssessment::region).containsExactly(
                tuple("aws", "us-east-1"),
                tuple("azure", "westeurope"),
                tuple("gcp", "europe-west1"));
        for (ServerAssessment r : rows) {
            Cloud cloud = Cloud.parse(r.cloud());
            Cheapest expected = bruteForce(cloud, r.region(), 2, 8192, null);
            assertThat(r.size()).as(r.cloud()).isEqualTo(expected.size().name());
            assertThat(r.vcpus()).isEqualTo(expected.size().vcpus());
            assertThat(r.memoryMiB()).isEqualTo(expected.size().memoryMiB());
            assertThat(r.computeNanos()).as(r.cloud()).isEqualTo(expected.computeNanos() * MONTH_HOURS);
            assertThat(r.licenceNanos()).as("Ubuntu carries no licence").isZero();
            assertThat(r.networkNanos()).as("no egress allowance").isZero();
            assertThat(r.sizingBasis()).isEqualTo("as on premises");
            assertThat(r.demandVcpus()).isEqualTo("2");
            assertThat(r.demandMemoryMiB()).isEqualTo(8192);
            assertThat(r.serverId()).isEqualTo(1);
            assertThat(r.serverName()).isEqualTo("web01");
        }
        // the shipped catalog's answers, as observed and confirmed above by the brute force
        ServerAssessment aws = row(rows, Cloud.AWS, "us-east-1");
        assertThat(aws.size()).isEqualTo("m5a.large");
        assertThat(aws.computeNanos()).isEqualTo(62_780_000_000L); // 0.086 USD/h × 730 h
        ServerAssessment azure = row(rows, Cloud.AZURE, "westeurope");
        assertThat(azure.size()).isEqualTo("Standard_D2as_v5");
        assertThat(azure.computeNanos()).isEqualTo(75_920_000_000L); // 0.104 USD/h × 730 h
        ServerAssessment gcp = row(rows, Cloud.GCP, "europe-west1");
        assertThat(gcp.size()).isEqualTo("e2-standard-2");
        assertThat(gcp.computeNanos()).isEqualTo(53_812_285_800L); // 0.07371546 USD/h × 730 h
    }

    @Test
    void anM5LargeOnDemandInUsEast1CostsExactly7008DollarsAMonth() {
        // restricted to the m5 family, the shipped catalog's m5.large: 0.096 USD/h × 730 h
        Server s = linux(1, "web01", 2, 8192);
        ServerAssessment r = run(assumptions(regions(Cloud.AWS, "us-east-1"), SizingMode.AS_ON_PREMISES, false,
                List.of("m5")), s).get(0);
        assertThat(r.size()).isEqualTo("m5.large");
        assertThat(CATALOG.computePrice(CATALOG.size(Cloud.AWS, "m5.large"), "us-east-1", PricingOption.ON_DEMAND)
                .usdNanos()).isEqualTo(96_000_000L);
        assertThat(r.computeNanos()).isEqualTo(70_080_000_000L);
        assertThat(r.totalNanos()).isEqualTo(r.computeNanos() + r.storageNanos());
        assertThat(r.storageNanos()).as("the 64 GiB disk is priced").isPositive();
    }

    @Test
    void azureMigratesWorkedExampleThroughTheWholeService() {
        // 4 vCPUs at p95 50 % × 1.3 = 2.6 vCPUs → 3 needed; the cheapest size with 3 or more has 4
        Server s = linux(7, "app01", 4, 16 * 1024);
        s.utilization.add(stat(Metric.CPU_PERCENT, 30.0, 50.0, 80.0, 30));
        s.utilization.add(stat(Metric.MEMORY_PERCENT, 40.0, 50.0, 70.0, 30));
        Map<Cloud, List<String>> regions = regions(Cloud.AWS, "us-east-1", Cloud.AZURE, "eastus",
                Cloud.GCP, "us-central1");
        List<ServerAssessment> rows = run(assumptions(regions, SizingMode.PERFORMANCE, false, List.of()), s);
        assertThat(rows).hasSize(3);
        for (ServerAssessment r : rows) {
            assertThat(r.demandVcpus()).as(r.cloud()).isEqualTo("2.6");
            assertThat(r.demandMemoryMiB()).as("16384 × 50 % × 1.3 = 10649.6 → 10650").isEqualTo(10650);
            assertThat(r.sizingBasis()).isEqualTo("performance-based (p95 × 1.3)");
            assertThat(r.vcpus()).as(r.cloud() + " " + r.size()).isEqualTo(4);
            assertThat(r.stars()).as("30 days of CPU and memory data").isEqualTo(5);
            Cheapest expected = bruteForce(Cloud.parse(r.cloud()), r.region(), 3, 10650, null);
            assertThat(r.size()).isEqualTo(expected.size().name());
            assertThat(r.computeNanos()).isEqualTo(expected.computeNanos() * MONTH_HOURS);
        }
    }

    @Test
    void windowsPaysTheCatalogsLicenceOnEveryCloudUnlessBroughtToAzure() {
        Server s = windows(3, "app-win01", 2, 8192);
        Map<Cloud, List<String>> regions = regions(Cloud.AWS, "us-east-1", Cloud.AZURE, "westeurope",
                Cloud.GCP, "europe-west1");
        List<ServerAssessment> included = run(asIs(regions), s);
        assertThat(included).hasSize(3);
        for (ServerAssessment r : included) {
            Cloud cloud = Cloud.parse(r.cloud());
            InstanceSize size = CATALOG.size(cloud, r.size());
            Quote licence = CATALOG.licence(cloud, Licence.WINDOWS, size, r.region());
            assertThat(r.licenceNanos()).as(r.cloud()).isPositive().isEqualTo(licence.usdNanos() * MONTH_HOURS);
            Cheapest expected = bruteForce(cloud, r.region(), 2, 8192, Licence.WINDOWS);
            assertThat(r.size()).as("ranked by compute plus licence on " + r.cloud())
                    .isEqualTo(expected.size().name());
            assertThat(r.computeNanos()).isEqualTo(expected.computeNanos() * MONTH_HOURS);
        }

        Assumptions byolAssumptions = assumptions(regions, SizingMode.AS_ON_PREMISES, true, List.of());
        List<ServerAssessment> byol = run(byolAssumptions, s);
        ServerAssessment azure = row(byol, Cloud.AZURE, "westeurope");
        assertThat(azure.licenceNanos()).isZero();
        Cheapest bare = bruteForce(Cloud.AZURE, "westeurope", 2, 8192, null);
        assertThat(azure.size()).as("without a licence to pay, the cheapest bare size").isEqualTo(bare.size().name());
        assertThat(azure.computeNanos()).isEqualTo(bare.computeNanos() * MONTH_HOURS);

        ServerAssessment aws = row(byol, Cloud.AWS, "us-east-1");
        assertThat(aws).as("on AWS a brought licence needs dedicated hosts: the licence-included price stays")
                .isEqualTo(row(included, Cloud.AWS, "us-east-1"));
        assertThat(aws.licenceNanos()).isPositive();
        assertThat(row(byol, Cloud.GCP, "europe-west1").licenceNanos())
                .isEqualTo(row(included, Cloud.GCP, "europe-west1").licenceNanos()).isPositive();

        // the explanation says why, and gives the same figures as the run
        List<ServerAssessment> explained = SERVICE.explain(byolAssumptions, s, null);
        assertThat(explained).usingRecursiveFieldByFieldElementComparatorIgnoringFields("explanation")
                .containsExactlyElementsOf(byol);
        assertThat(row(explained, Cloud.AZURE, "westeurope").explanation())
                .anySatisfy(l -> assertThat(l).contains("Azure Hybrid Benefit"));
        assertThat(row(explained, Cloud.AWS, "us-east-1").explanation())
                .anySatisfy(l -> assertThat(l).contains("needs dedicated hosts"));
    }

    // ---------------------------------------------------------------- runs

    @Test
    void twoRunsOverTheSameServersGiveTheSameResults() {
        // more than one batch of 2,000, and a fresh service for the second run (no shared caches)
        List<Server> estate = Servers.generate(42, 2_300);
        Assumptions a = Assumptions.defaults(Fixtures.ON);
        List<ServerAssessment> first = run(SERVICE, a, estate);
        List<ServerAssessment> second = run(AssessmentService.withShippedRules(CatalogFiles.readShipped()), a,
                Servers.generate(42, 2_300));
        assertThat(first).hasSize(2_300 * 3);
        assertThat(second).isEqualTo(first);
        assertThat(first.stream().filter(r -> r.size() != null).count()).as("most servers are sized")
                .isGreaterThan(2_300L * 3 * 9 / 10);
        assertThat(first.stream().map(ServerAssessment::sizingBasis).distinct())
                .contains("as on premises", "performance-based (p95 × 1.3)");
    }

    @Test
    void resultsComeInServerOrderThenTheAssumptionsCloudAndRegionOrder() {
        // ids and names deliberately out of order: the input order is what counts
        List<Server> servers = List.of(linux(30, "zeta", 2, 4096), windows(10, "alpha", 4, 16384),
                linux(20, "Mid", 8, 32768));
        Map<Cloud, List<String>> regions = new EnumMap<>(Cloud.class);
        regions.put(Cloud.AWS, List.of("eu-west-1", "us-east-1"));
        regions.put(Cloud.AZURE, List.of("westeurope", "eastus"));
        regions.put(Cloud.GCP, List.of("us-central1", "europe-west1"));
        Assumptions a = new Assumptions(List.of(Cloud.GCP, Cloud.AWS, Cloud.AZURE), regions,
                SizingMode.AS_ON_PREMISES, 95, new BigDecimal("1.3"), PricingOption.ON_DEMAND, "USD", BigDecimal.ONE,
                "", Fixtures.ON, "always-on", false, false, 0, 3, List.of(), false, false, 0, 30, Map.of(), Map.of());
        List<ServerAssessment> rows = run(SERVICE, a, servers);
        assertThat(rows).hasSize(18);
        List<String> expected = new ArrayList<>();
        for (String name : List.of("zeta", "alpha", "Mid")) {
            for (String cr : List.of("gcp us-central1", "gcp europe-west1", "aws eu-west-1", "aws us-east-1",
                    "azure westeurope", "azure eastus")) {
                expected.add(name + " " + cr);
            }
        }
        assertThat(rows).extracting(r -> r.serverName() + " " + r.cloud() + " " + r.region())
                .containsExactlyElementsOf(expected);
        assertThat(rows.subList(0, 6)).extracting(ServerAssessment::serverId).containsOnly(30L);
        assertThat(rows.subList(6, 12)).extracting(ServerAssessment::serverId).containsOnly(10L);
        assertThat(rows.subList(12, 18)).extracting(ServerAssessment::serverId).containsOnly(20L);
    }

    @Test
    void anUnknownRegionIsRefusedByName() {
        Assumptions a = asIs(regions(Cloud.AWS, "us-east-1", Cloud.AZURE, "narnia-central"));
        List<ServerAssessment> sink = new ArrayList<>();
        assertThatThrownBy(() -> SERVICE.run(a, c -> c.accept(linux(1, "web01", 2, 8192)), Map.of(), sink::add,
                ProgressMonitor.NONE, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'narnia-central'")
                .hasMessageContaining("Azure");
        assertThat(sink).as("refused before any server is assessed").isEmpty();
    }

    @Test
    void aDisplayCurrencyDoesNotChangeTheStoredDollars() {
        List<Server> estate = Servers.generate(7, 200);
        Assumptions usd = Assumptions.defaults(Fixtures.ON);
        Map<String, String> m = new LinkedHashMap<>(usd.toMap());
        m.put("currency", "EUR");
        m.put("rate", "0.9234");
        m.put("rate.month", "2026-07");
        Assumptions eur = Assumptions.fromMap(m);
        assertThat(eur.currency()).isEqualTo("EUR");
        List<ServerAssessment> inUsd = run(SERVICE, usd, estate);
        List<ServerAssessment> inEur = run(SERVICE, eur, estate);
        assertThat(inEur).isEqualTo(inUsd);
        assertThat(inUsd.stream().mapToLong(ServerAssessment::computeNanos).sum()).isPositive();
    }

    // ---------------------------------------------------------------- assumptions

    private static Assumptions nonDefault() {
        Map<Cloud, List<String>> regions = new EnumMap<>(Cloud.class);
        regions.put(Cloud.GCP, List.of("europe-west1", "us-central1"));
        regions.put(Cloud.AWS, List.of("eu-west-1"));
        return new Assumptions(List.of(Cloud.GCP, Cloud.AWS), regions, SizingMode.PERFORMANCE, 99,
                new BigDecimal("1.50"), PricingOption.RI_3Y, "EUR", new BigDecimal("0.9234"),
                "2026-07 (reference.fx-monthly)", LocalDate.of(2027, 2, 28), "50h/week", true, true, 120, 5,
                List.of("m5", "n2"), true, true, 4096, 14, Map.of("os-end-of-life", 40, "no-utilization", 0),
                Map.of("dc.power-usd-per-kwh", "0.17", "onprem.server-usd-per-year", "1200"));
    }

    @Test
    void assumptionsSurviveTheirTextForm() {
        Assumptions a = nonDefault();
        Map<String, String> text = a.toMap();
        assertThat(text).containsEntry("clouds", "gcp,aws").containsEntry("regions.gcp", "europe-west1,us-central1")
                .containsEntry("sizing", "performance").containsEntry("comfort", "1.50")
                .containsEntry("pricing", "ri3y").containsEntry("uptime", "50h/week")
                .containsEntry("risk.weight.os-end-of-life", "40").containsEntry("tco.dc.power-usd-per-kwh", "0.17");
        Assumptions back = Assumptions.fromMap(text);
        assertThat(back).isEqualTo(a);
        assertThat(back.cloudRegions()).extracting(e -> e.getKey().id() + " " + e.getValue())
                .containsExactly("gcp europe-west1", "gcp us-central1", "aws eu-west-1");
        assertThat(Assumptions.fromMap(Assumptions.defaults(Fixtures.ON).toMap()))
                .isEqualTo(Assumptions.defaults(Fixtures.ON));
    }

    @Test
    void invalidAssumptionsSayWhatIsWrong() {
        Map<String, String> base = Assumptions.defaults(Fixtures.ON).toMap();
        assertThatThrownBy(() -> Assumptions.fromMap(with(base, "percentile", "80")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("percentile 80: use 50, 90, 95 or 99");
        assertThatThrownBy(() -> Assumptions.fromMap(with(base, "comfort", "0.9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("comfort factor 0.9: use 1.0 to 5.0");
        assertThatThrownBy(() -> Assumptions.fromMap(with(base, "comfort", "5.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("comfort factor 5.5: use 1.0 to 5.0");
        assertThatThrownBy(() -> Assumptions.fromMap(with(base, "uptime", "weekdays")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uptime 'weekdays': use always-on, 50h/week or 200h/month");
        assertThatThrownBy(() -> Assumptions.parseUptime("200h/week"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uptime '200h/week': hours a week must be between 1 and 168, not 200");
        assertThatThrownBy(() -> Assumptions.parseUptime("800h/month"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("uptime '800h/month': ")
                .hasMessageContaining("730 h a month");
        assertThat(Assumptions.parseUptime(" 50 h/week ").hoursNumerator()).isEqualTo(650);
        assertThat(Assumptions.parseUptime("Always-On").alwaysOn()).isTrue();
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }

    @Test
    void theSecondAssessmentAlongsideIsExactlyAPlainRunOfItsOwn() {
        // more than one batch, with the consultant's overrides on the first run only
        List<Server> estate = Servers.generate(11, 2_300);
        Assumptions a = Assumptions.defaults(Fixtures.ON);
        Map<Long, com.migrationhub.domain.assessment.strategy.StrategyOverride> overrides = Map.of(estate.get(5).id,
                new com.migrationhub.domain.assessment.strategy.StrategyOverride(estate.get(5).id,
                com.migrationhub.domain.assessment.strategy.Strategy.RETAIN, "kept"));
        List<ServerAssessment> main = new ArrayList<>();
        List<ServerAssessment> alongside = new ArrayList<>();
        AssessmentService.Run r = SERVICE.run(a, c -> estate.forEach(c), overrides, null, Map.of(), main::add,
                a.asOnPremises(), alongside::add, ProgressMonitor.NONE, estate.size());
        assertThat(r.servers()).isEqualTo(2_300);
        assertThat(alongside).isEqualTo(run(SERVICE, a.asOnPremises(), Servers.generate(11, 2_300)));
        List<ServerAssessment> plain = new ArrayList<>();
        SERVICE.run(a, c -> Servers.generate(11, 2_300).forEach(c), overrides, null, Map.of(), plain::add,
                ProgressMonitor.NONE, 2_300);
        assertThat(main).as("the scenario's own results are unchanged by the second").isEqualTo(plain);
        assertThat(alongside).extracting(ServerAssessment::sizingBasis).containsOnly("as on premises");
        assertThat(a.asOnPremises().toMap()).containsEntry("sizing", "as-is");
    }

    @Test
    void cloudRegionKeysSortInTheScenariosOrderThenTheRestByName() {
        Assumptions a = assumptions(regions(Cloud.GCP, "us-central1", Cloud.AWS, "us-east-1", Cloud.AWS, "eu-central-1"),
                SizingMode.AUTO, false, List.of());
        List<String> keys = new ArrayList<>(List.of("zz other", "aws eu-central-1", "aa other", "aws us-east-1",
                "gcp us-central1"));
        keys.sort(a.cloudRegionOrder());
        assertThat(keys).containsExactly("gcp us-central1", "aws us-east-1", "aws eu-central-1", "aa other", "zz other");
    }
}
