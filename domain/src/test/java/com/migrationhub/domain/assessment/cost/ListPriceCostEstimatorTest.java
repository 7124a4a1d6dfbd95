package com.migrationhub.domain.assessment.cost;

import static com.migrationhub.domain.assessment.Servers.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.assessment.Servers;
import com.migrationhub.domain.assessment.sizing.CheapestFitSizing;
import com.migrationhub.domain.assessment.sizing.SizingMode;
import com.migrationhub.domain.assessment.sizing.SizingOptions;
import com.migrationhub.domain.assessment.sizing.SizingTarget;
import com.migrationhub.domain.catalog.CatalogFixture;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Usd;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ListPriceCostEstimatorTest {
    private static final PriceCatalog CATALOG = CatalogFixture.catalog();
    private static final CheapestFitSizing SIZING = new CheapestFitSizing(CATALOG, SizingOptions.defaults());
    private static final SizingTarget AWS_OD = new SizingTarget(Cloud.AWS, "us-east-1", PricingOption.ON_DEMAND);
    private static final SizingTarget AWS_RI = new SizingTarget(Cloud.AWS, "us-east-1", PricingOption.RI_1Y);
    private static final SizingTarget AZURE_OD = new SizingTarget(Cloud.AZURE, "eastus", PricingOption.ON_DEMAND);
    private static final SizingTarget AZURE_RI = new SizingTarget(Cloud.AZURE, "eastus", PricingOption.RI_1Y);
    private static final SizingTarget GCP_RI = new SizingTarget(Cloud.GCP, "us-central1", PricingOption.RI_1Y);

    private static ListPriceCostEstimator estimator(CostOptions o) {
        return new ListPriceCostEstimator(SIZING, o);
    }

    private static long usd(String s) {
        return Usd.parse(s);
    }

    @Test
    void anHourlyPriceTimes730HoursIsExact() {
        CostBreakdown b = estimator(CostOptions.defaults()).estimate(server("m5", 2, 8192, Servers.UBUNTU), AWS_OD);
        assertThat(b.sizing().choice().size().name()).isEqualTo("m5.large");
        assertThat(b.compute().usdNanosPerMonth()).isEqualTo(usd("70.08"));
        assertThat(b.compute().describe())
                .isEqualTo("compute: 0.096 USD/h × 730 h = 70.08 USD a month (AWS Price List 2025-04-04, read)");
        assertThat(b.monthly()).isEqualTo(usd("70.08"));
        assertThat(b.horizonTotal()).isEqualTo(usd("2522.88"));
        assertThat(b.total(12)).isEqualTo(usd("840.96"));
        assertThat(b.licence()).isZero();
        assertThat(b.network().note()).startsWith("not estimated");
        assertThat(b.storage().note()).isEqualTo("the inventory lists no disks");
    }

    @Test
    void anUptimeProfileIsExactAndCommitmentsIgnoreIt() {
        Uptime office = Uptime.hoursPerWeek(50);
        assertThat(office.hoursNumerator()).isEqualTo(650);
        assertThat(office.hoursDenominator()).isEqualTo(3);
        assertThat(office.label()).isEqualTo("50 h a week, 50 × 52 / 12 = 216.6667 h a month");
        ListPriceCostEstimator e = estimator(CostOptions.defaults().withUptime(office));
        Server s = server("m5", 2, 8192, Servers.UBUNTU);
        CostBreakdown od = e.estimate(s, AWS_OD);
        assertThat(od.compute().usdNanosPerMonth()).isEqualTo(usd("20.8")); // 0.096 × 650 / 3
        assertThat(od.compute().describe()).startsWith("compute: 0.096 USD/h × 650/3 (216.6667) h = 20.8 USD a month");
        CostBreakdown ri = e.estimate(s, AWS_RI);
        assertThat(ri.compute().usdNanosPerMonth()).isEqualTo(usd("43.8")); // 0.06 × 730
        assertThat(ri.compute().note()).isEqualTo("a commitment is billed for all 730 hours whatever the uptime");
        assertThat(Uptime.hoursPerMonth("216.5").hoursNumerator()).isEqualTo(433);
        assertThat(Uptime.ALWAYS_ON.alwaysOn()).isTrue();
    }

    @Test
    void licenceHoursFollowEachCloudsCommitmentRules() {
        ListPriceCostEstimator e = estimator(CostOptions.defaults().withUptime(Uptime.hoursPerWeek(50)));
        Server win = server("win", 2, 8192, Servers.WINDOWS);
        // AWS: the commitment's hourly rate includes the licence, billed every hour
        CostBreakdown aws = e.estimate(win, AWS_RI);
        assertThat(aws.osLicence().usdNanosPerMonth()).isEqualTo(usd("67.16")); // 0.092 × 730
        // Azure: the reservation covers compute; Windows is billed for the hours used
        CostBreakdown azure = e.estimate(win, AZURE_RI);
        assertThat(azure.compute().quantityNumerator()).isEqualTo(730);
        assertThat(azure.osLicence().usdNanosPerMonth()).isEqualTo(19_933_333_333L); // 0.092 × 650 / 3
        assertThat(azure.osLicence().describe()).startsWith("operating-system licence: 0.092 USD/h × 650/3 (216.6667) h");
    }

    @Test
    void windowsByolRemovesTheLicenceOnAzureOnlyAndFlagsTheOthers() {
        Server win = server("win", 2, 8192, Servers.WINDOWS, 100);
        ListPriceCostEstimator byol = estimator(CostOptions.defaults().withWindowsByol(true));
        ListPriceCostEstimator none = estimator(CostOptions.defaults());

        CostBreakdown azure = byol.estimate(win, AZURE_OD);
        assertThat(azure.osLicence().usdNanosPerMonth()).isZero();
        assertThat(azure.osLicence().note()).startsWith("Windows Server licence brought: Azure Hybrid Benefit");
        assertThat(azure.sizing().licences()).isEmpty();
        assertThat(azure.flags()).isEmpty();
        assertThat(none.estimate(win, AZURE_OD).osLicence().usdNanosPerMonth()).isEqualTo(usd("67.16"));

        CostBreakdown aws = byol.estimate(win, AWS_OD);
        assertThat(aws.osLicence().usdNanosPerMonth()).isEqualTo(usd("67.16"));
        assertThat(aws.flags()).containsExactly("Windows Server BYOL on AWS needs dedicated hosts (no licence mobility "
                + "to shared tenancy): the licence-included price is kept");
        assertThat(aws.monthly()).isEqualTo(none.estimate(win, AWS_OD).monthly());
    }

    @Test
    void sqlServerIsChargedPerVcpuWithItsMinimumUnlessBrought() {
        CostOptions sql = CostOptions.defaults().withSqlEdition(s -> s.name.startsWith("sql") ? Licence.SQL_STANDARD
                : null);
        Server db = server("sql01", 2, 8192, Servers.WINDOWS);
        CostBreakdown b = estimator(sql).estimate(db, AWS_OD);
        assertThat(b.sqlLicence().usdNanosPerMonth()).isEqualTo(usd("350.4")); // 0.12 × max(2, 4) × 730
        assertThat(b.osLicence().usdNanosPerMonth()).isEqualTo(usd("67.16"));
        assertThat(b.licence()).isEqualTo(usd("417.56"));
        CostBreakdown brought = estimator(sql.withSqlByol(true)).estimate(db, AWS_OD);
        assertThat(brought.sqlLicence().usdNanosPerMonth()).isZero();
        assertThat(brought.sqlLicence().note()).startsWith("SQL Server licence brought");
        assertThat(estimator(sql).estimate(server("web", 2, 8192, Servers.WINDOWS), AWS_OD).sqlLicence()
                .usdNanosPerMonth()).isZero();
    }

    @Test
    void egressIsAnOverridableAssumption() {
        Server s = server("web", 2, 8192, Servers.UBUNTU);
        ListPriceCostEstimator e = estimator(CostOptions.defaults().withEgress(100));
        CostBreakdown aws = e.estimate(s, AWS_OD);
        assertThat(aws.network().usdNanosPerMonth()).isEqualTo(usd("9"));
        assertThat(aws.network().sourceIds()).containsExactly("assumption:egress-aws");
        assertThat(aws.network().describe()).startsWith("network: 0.09 USD/GB × 100 GB = 9 USD a month (assumed: AWS "
                + "data transfer out");
        assertThat(e.estimate(s, AZURE_OD).network().usdNanosPerMonth()).isEqualTo(usd("8.7"));
        assertThat(e.estimate(s, GCP_RI).network().usdNanosPerMonth()).isEqualTo(usd("12"));
        ListPriceCostEstimator own = estimator(CostOptions.defaults().withEgress(100)
                .withEgressPrice(Cloud.AWS, new EgressPrice(usd("0.05"), "the client's negotiated rate")));
        assertThat(own.estimate(s, AWS_OD).network().usdNanosPerMonth()).isEqualTo(usd("5"));
        assertThat(own.estimate(s, AWS_OD).network().describe()).endsWith("(assumed: the client's negotiated rate)");
    }

    @Test
    void everyLineCarriesItsProvenance() {
        Server s = server("app", 2, 8192, Servers.UBUNTU, 100, 200);
        CostBreakdown g = estimator(CostOptions.defaults()).estimate(s, GCP_RI);
        assertThat(g.compute().sourceIds()).containsExactly("gcp-pricing");
        assertThat(g.compute().derivationIds()).containsExactly("gcp-cud-1y");
        assertThat(g.storage().quotes()).hasSize(2);
        assertThat(g.storage().usdNanosPerMonth()).isEqualTo(usd("30")); // pd-balanced 300 GiB × 0.1
        assertThat(g.storage().describe()).isEqualTo("storage: 30 USD a month (Google Cloud Billing Catalog "
                + "2026-07-30, read)");
        List<String> text = g.explanation();
        assertThat(text.get(0)).isEqualTo("app on Google Cloud us-central1 ri1y, e2-standard-2; uptime always on, 730 h "
                + "a month");
        assertThat(text.get(1)).startsWith("compute: 0.042217195 USD/h × 730 h = 30.81855235 USD a month (Google Cloud "
                + "Billing Catalog 2026-07-30, derived: 1-year resource-based committed use");
        assertThat(text.get(text.size() - 1)).isEqualTo("total: 60.81855235 USD a month (60.82), 2189.4678846 USD over "
                + "36 months");
    }

    @Test
    void anUnsizedServerCostsNothingAndSaysWhy() {
        CostBreakdown b = estimator(CostOptions.defaults())
                .estimate(server("huge", 512, 8L << 20, Servers.UBUNTU, 100), AWS_OD);
        assertThat(b.priced()).isFalse();
        assertThat(b.compute().usdNanosPerMonth()).isZero();
        assertThat(b.flags().get(0)).startsWith("not sized: no size in AWS us-east-1 (on-demand) offers 512 vCPU");
        assertThat(b.storage().usdNanosPerMonth()).isEqualTo(usd("8"));
    }

    @Test
    void totalsPerCloudOptionAndGroupAddUp() {
        List<Server> servers = Servers.generate(99, 600);
        List<SizingTarget> targets = new ArrayList<>();
        for (Cloud c : Cloud.values()) {
            for (String r : CATALOG.pricedRegions(c)) {
                targets.add(new SizingTarget(c, r, PricingOption.ON_DEMAND));
                targets.add(new SizingTarget(c, r, PricingOption.RI_3Y));
            }
        }
        ListPriceCostEstimator e = estimator(CostOptions.defaults().withEgress(20).withUptime(Uptime.hoursPerWeek(60)));
        List<CostBreakdown> all = e.estimateAll(servers, targets, ProgressMonitor.NONE);
        assertThat(all).hasSize(servers.size() * targets.size());
        assertThat(e.estimateAll(servers, targets, ProgressMonitor.NONE)).isEqualTo(all);

        long sum = 0;
        for (CostBreakdown b : all) {
            assertThat(b.monthly()).isEqualTo(b.compute().usdNanosPerMonth() + b.osLicence().usdNanosPerMonth()
                    + b.sqlLicence().usdNanosPerMonth() + b.storage().usdNanosPerMonth()
                    + b.network().usdNanosPerMonth());
            sum += b.monthly();
        }
        CostTotals total = CostAggregation.total(all);
        assertThat(total.monthly()).isEqualTo(sum);
        assertThat(total.breakdowns()).isEqualTo(all.size());
        assertThat(total.total(36)).isEqualTo(sum * 36);

        Map<Cloud, CostTotals> perCloud = CostAggregation.perCloud(all);
        assertThat(perCloud.keySet()).containsExactly(Cloud.AWS, Cloud.AZURE, Cloud.GCP);
        for (Cloud c : Cloud.values()) {
            long expected = all.stream().filter(b -> b.target().cloud() == c).mapToLong(CostBreakdown::monthly).sum();
            assertThat(perCloud.get(c).monthly()).isEqualTo(expected);
        }
        Map<PricingOption, CostTotals> perOption = CostAggregation.perOption(all);
        assertThat(perOption.keySet()).containsExactly(PricingOption.ON_DEMAND, PricingOption.RI_3Y);
        assertThat(perOption.values().stream().mapToLong(CostTotals::monthly).sum()).isEqualTo(sum);
        Map<Long, CostTotals> perGroup = CostAggregation.perGroup(all, b -> b.serverId() % 3);
        assertThat(perGroup.keySet()).containsExactly(1L, 2L, 0L);
        assertThat(perGroup.values().stream().mapToLong(CostTotals::monthly).sum()).isEqualTo(sum);
        assertThat(CostAggregation.perTarget(all)).hasSize(targets.size());
        assertThat(total.unpriced()).isEqualTo((int) all.stream().filter(b -> !b.priced()).count());
    }

    @Test
    void performanceBasedNeverCostsMoreThanAsOnPremises() {
        ListPriceCostEstimator perf = new ListPriceCostEstimator(new CheapestFitSizing(CATALOG,
                SizingOptions.defaults().withMode(SizingMode.PERFORMANCE)), CostOptions.defaults().withEgress(10));
        ListPriceCostEstimator onPrem = new ListPriceCostEstimator(new CheapestFitSizing(CATALOG,
                SizingOptions.defaults().withMode(SizingMode.AS_ON_PREMISES)), CostOptions.defaults().withEgress(10));
        for (Server s : Servers.generate(5, 1500)) {
            for (SizingTarget t : List.of(AWS_OD, AWS_RI, AZURE_OD, AZURE_RI, GCP_RI)) {
                CostBreakdown o = onPrem.estimate(s, t);
                if (o.priced()) {
                    CostBreakdown p = perf.estimate(s, t);
                    assertThat(p.priced()).isTrue();
                    assertThat(p.monthly()).as("%s %s", s.name, t.label()).isLessThanOrEqualTo(o.monthly());
                }
            }
        }
    }

    @Test
    void theFastMultiplicationIsExactlyUsdScale() {
        Random r = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            // large amounts take the BigDecimal path (the product overflows a long), small ones the fast path
            long nanos = r.nextInt(4) == 0 ? Math.abs(r.nextLong()) >>> 12 : r.nextInt(2_000_000_000);
            long num = 1 + r.nextInt(100_000);
            long den = 1 + r.nextInt(r.nextBoolean() ? 12 : 100_000);
            long expected;
            try {
                expected = Usd.scale(nanos, num, den);
            } catch (ArithmeticException tooLarge) {
                assertThatThrownBy(() -> Money.times(nanos, num, den)).isInstanceOf(ArithmeticException.class);
                continue;
            }
            assertThat(Money.times(nanos, num, den)).isEqualTo(expected);
        }
    }
}
