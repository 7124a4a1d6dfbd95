package com.migrationhub.connectors.prices.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.DiskType;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.OptionDiscount;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Region;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the GCP part from the real shared price data and pins figures Google publishes. */
class GcpCatalogPartTest {
    private static Path prices;
    private static CatalogContent content;

    @BeforeAll
    static void build() throws IOException {
        prices = sharedPrices();
        Assumptions.assumeTrue(prices != null,
                "../shared/prices is absent: the GCP catalog part is tested only beside the shared price data");
        long start = System.nanoTime();
        content = new GcpCatalogPart().build(prices);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("gcp part: %d ms; %d regions, %d sizes, %d prices, %d discounts, %d licences,"
                + " %d disk types, %d disk prices, %d derivations%n", millis, content.regions.size(),
                content.sizes.size(), content.prices.size(), content.discounts.size(), content.licences.size(),
                content.diskTypes.size(), content.diskPrices.size(), content.derivations.size());
    }

    /** Maven runs the tests in connectors/; the IDE may run them in the checkout's root. */
    static Path sharedPrices() {
        for (String candidate : new String[] {"../../shared/prices", "../shared/prices"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("gcp"))) {
                return p;
            }
        }
        return null;
    }

    private static Optional<Price> price(String size, String region, PricingOption option) {
        return content.prices.stream()
                .filter(p -> p.size().equals(size) && p.region().equals(region) && p.option() == option).findFirst();
    }

    private static InstanceSize size(String name) {
        return content.sizes.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void n2Standard4InBelgiumAtGooglesPublishedPrices() {
        // Google's list price: 4 vCPU x 0.034773 + 16 GiB x 0.004661 = 0.213668 USD an hour
        Price onDemand = price("n2-standard-4", "europe-west1", PricingOption.ON_DEMAND).orElseThrow();
        assertThat(onDemand.usdNanosPerHour()).isEqualTo(213_668_000L);
        assertThat(onDemand.derivation()).isNull();
        assertThat(onDemand.source()).isEqualTo("gcp.pricing-yml");

        // month_1y 98.26092 and month_3y 70.18512 over 730 hours
        Price oneYear = price("n2-standard-4", "europe-west1", PricingOption.RI_1Y).orElseThrow();
        assertThat(oneYear.usdNanosPerHour()).isEqualTo(134_604_000L);
        Price threeYears = price("n2-standard-4", "europe-west1", PricingOption.RI_3Y).orElseThrow();
        assertThat(threeYears.usdNanosPerHour()).isEqualTo(96_144_000L);
        assertThat(threeYears.derivation()).isEqualTo("gcp.cud-monthly-to-hourly");

        assertThat(price("n2-standard-4", "us-central1", PricingOption.ON_DEMAND).orElseThrow().usdNanosPerHour())
                .isEqualTo(194_236_000L);
    }

    @Test
    void n2Standard4Size() {
        InstanceSize s = size("n2-standard-4");
        assertThat(s.cloud()).isEqualTo(Cloud.GCP);
        assertThat(s.vcpus()).isEqualTo(4);
        assertThat(s.memoryMiB()).isEqualTo(16_384);
        assertThat(s.family()).isEqualTo("n2");
        assertThat(s.series()).isEqualTo("general purpose");
        assertThat(s.arch()).isEqualTo(Arch.X86_64);
        assertThat(s.burstable()).isFalse();
        assertThat(s.maxDataDisks()).isEqualTo(128);
        assertThat(s.maxNics()).isEqualTo(4);
        assertThat(s.current()).isTrue();
        assertThat(s.gpus()).isZero();
        assertThat(s.localStorageGiB()).isZero();
    }

    @Test
    void sharedCoreArmGpuAndLocalSsdSizes() {
        InstanceSize micro = size("e2-micro");
        assertThat(micro.vcpus()).isEqualTo(2);
        assertThat(micro.memoryMiB()).isEqualTo(1_024);
        assertThat(micro.burstable()).isTrue();
        assertThat(micro.maxDataDisks()).isEqualTo(16);
        assertThat(micro.maxNics()).isEqualTo(2);

        InstanceSize f1 = size("f1-micro");
        assertThat(f1.memoryMiB()).isEqualTo(614);
        assertThat(f1.current()).isFalse();
        assertThat(size("g1-small").memoryMiB()).isEqualTo(1_740);
        assertThat(size("n1-standard-1").memoryMiB()).isEqualTo(3_840);
        assertThat(size("n1-standard-4").current()).isTrue();
        assertThat(size("custom-4-30720-ext").family()).isEqualTo("n1");
        assertThat(size("custom-4-30720-ext").current()).isFalse();

        assertThat(size("t2a-standard-4").arch()).isEqualTo(Arch.ARM64);
        assertThat(size("c4a-standard-8").arch()).isEqualTo(Arch.ARM64);
        assertThat(size("n4a-standard-8").arch()).isEqualTo(Arch.ARM64);

        InstanceSize a3 = size("a3-highgpu-8g");
        assertThat(a3.gpus()).isEqualTo(8);
        assertThat(a3.localStorageGiB()).isEqualTo(6_000);
        assertThat(a3.series()).isEqualTo("accelerator optimized");
        assertThat(a3.maxNics()).isEqualTo(8);
        assertThat(size("g4-standard-6").gpus()).isEqualTo(1);
        assertThat(size("c2-standard-8").series()).isEqualTo("compute optimized");
        assertThat(size("m3-ultramem-32").series()).isEqualTo("memory optimized");
        assertThat(size("z3-highmem-8-highlssd").series()).isEqualTo("storage optimized");
        assertThat(size("c3-standard-8-lssd").localStorageGiB()).isEqualTo(750);
    }

    @Test
    void pricesOnlyWhereTheTypeIsOfferedAndNoCommitmentWithoutCud() {
        // pricing.yml prices C3D in London, where the API does not offer it
        assertThat(price("c3d-standard-4", "europe-west2", PricingOption.ON_DEMAND)).isEmpty();
        assertThat(price("c3d-standard-4", "europe-west1", PricingOption.ON_DEMAND)).isPresent();
        // f1-micro has no committed use discount: the calculator's month_1y is its sustained-use price
        assertThat(price("f1-micro", "europe-west1", PricingOption.ON_DEMAND)).isPresent();
        assertThat(price("f1-micro", "europe-west1", PricingOption.RI_1Y)).isEmpty();
        assertThat(content.prices).noneMatch(p -> p.usdNanosPerHour() <= 0);
        assertThat(content.prices).noneMatch(p -> p.option() == PricingOption.SP_1Y || p.option() == PricingOption.SP_3Y);
    }

    @Test
    void licencesPerMachineTypeInEveryRegion() {
        LicencePrice windows = content.licences.stream()
                .filter(l -> l.licence() == Licence.WINDOWS && l.size().equals("n2-standard-4")).findFirst()
                .orElseThrow();
        // Google's Windows Server fee: 0.046 USD per vCPU-hour
        assertThat(windows.usdNanosPerHour()).isEqualTo(184_000_000L);
        assertThat(windows.region()).isEqualTo(LicencePrice.ANY);
        assertThat(windows.perVcpu()).isFalse();
        assertThat(windows.minVcpus()).isZero();

        assertThat(licence(Licence.RHEL, "n2-standard-4")).isEqualTo(57_600_000L);
        assertThat(licence(Licence.SLES, "n2-standard-4")).isEqualTo(110_000_000L);
        assertThat(licence(Licence.SLES, "f1-micro")).isEqualTo(20_000_000L);
        assertThat(content.licences).noneMatch(l -> l.licence() == Licence.WINDOWS && l.size().startsWith("t2a-"));
        assertThat(content.licences).noneMatch(l -> l.licence().id().startsWith("sql-"));
    }

    private static long licence(Licence l, String size) {
        return content.licences.stream().filter(x -> x.licence() == l && x.size().equals(size)).findFirst()
                .orElseThrow().usdNanosPerHour();
    }

    @Test
    void persistentDiskPricesAndRules() {
        DiskPrice balanced = content.diskPrices.stream()
                .filter(d -> d.type().equals("pd-balanced") && d.region().equals("europe-west1")).findFirst()
                .orElseThrow();
        assertThat(balanced.gibMonth()).isEqualTo(100_000_000L);
        assertThat(balanced.diskMonth()).isZero();
        DiskPrice ssdIowa = content.diskPrices.stream()
                .filter(d -> d.type().equals("pd-ssd") && d.region().equals("us-central1")).findFirst().orElseThrow();
        assertThat(ssdIowa.gibMonth()).isEqualTo(170_000_000L);

        assertThat(content.diskTypes).extracting(DiskType::name)
                .containsExactlyInAnyOrder("pd-standard", "pd-balanced", "pd-ssd");
        DiskType pdBalanced = content.diskTypes.stream().filter(d -> d.name().equals("pd-balanced")).findFirst()
                .orElseThrow();
        assertThat(pdBalanced.baseIops()).isEqualTo(3_000);
        assertThat(pdBalanced.iopsPerGiB()).isEqualTo(6);
        assertThat(pdBalanced.baseMBps()).isEqualTo(140);
        assertThat(pdBalanced.mbpsPerGiBMilli()).isEqualTo(280);
        assertThat(content.diskPrices.stream().filter(d -> d.type().equals("pd-balanced")).count()).isEqualTo(43);
    }

    @Test
    void regionsWithNamesAndPrices() {
        assertThat(content.regions).hasSizeGreaterThan(30);
        Map<String, Region> byId = content.regions.stream().collect(Collectors.toMap(Region::id, r -> r));
        assertThat(byId.get("europe-west1").name()).isEqualTo("Belgium");
        assertThat(byId.get("europe-west1").geography()).isEqualTo("Europe");
        assertThat(byId.get("europe-west3").name()).isEqualTo("Frankfurt");
        assertThat(byId.get("us-central1").geography()).isEqualTo("North America");
        Set<String> priced = content.prices.stream().filter(p -> p.option() == PricingOption.ON_DEMAND)
                .map(Price::region).collect(Collectors.toSet());
        assertThat(priced).contains("us-central1", "europe-west1", "europe-west3");
        assertThat(byId.keySet()).containsAll(priced);
    }

    @Test
    void flexibleCommitmentsAreDerivedDiscounts() {
        Map<String, Long> n2 = content.discounts.stream().filter(d -> d.family().equals("n2"))
                .collect(Collectors.toMap(d -> d.option().id(), OptionDiscount::ratioPpm));
        assertThat(n2).containsEntry("sp1y", 720_000L).containsEntry("sp3y", 540_000L);
        assertThat(content.discounts).allMatch(d -> d.region().equals("*") && d.derivation() != null);
        assertThat(content.discounts).noneMatch(d -> d.family().equals("a3") || d.family().equals("m3"));
    }

    @Test
    void everyReferenceResolves() {
        Set<String> sources = content.sources.stream().map(CatalogSource::id).collect(Collectors.toSet());
        Set<String> derivations = content.derivations.stream().map(Derivation::id).collect(Collectors.toSet());
        assertThat(sources).allMatch(id -> id.startsWith("gcp."));
        assertThat(derivations).allMatch(id -> id.startsWith("gcp."));
        assertThat(content.sources).filteredOn(s -> s.id().equals("gcp.pricing-yml")).singleElement()
                .satisfies(s -> {
                    assertThat(s.file()).isEqualTo("gcp/pricing.yml");
                    assertThat(s.commit()).isEqualTo("fd66b26f");
                    assertThat(s.dataDate()).isEqualTo("2026-07-30");
                    assertThat(s.licence()).isEqualTo("Apache-2.0");
                });
        assertThat(content.prices).allMatch(p -> sources.contains(p.source())
                && (p.derivation() == null || derivations.contains(p.derivation())));
        assertThat(content.licences).allMatch(l -> sources.contains(l.source()));
        assertThat(content.discounts).allMatch(d -> sources.contains(d.source()) && derivations.contains(d.derivation()));
        assertThat(content.diskTypes).allMatch(d -> sources.contains(d.source()));
        assertThat(content.diskPrices).allMatch(d -> sources.contains(d.source()));
        assertThat(content.sizes).allMatch(s -> sources.contains(s.source()));

        Set<String> sizeNames = content.sizes.stream().map(InstanceSize::name).collect(Collectors.toSet());
        assertThat(content.prices).allMatch(p -> sizeNames.contains(p.size()));
        Set<String> keys = new HashSet<>();
        assertThat(content.prices).allMatch(p -> keys.add(p.size() + "|" + p.region() + "|" + p.option()));
    }

    @Test
    void buildingTwiceGivesTheSameFiles() throws IOException {
        Map<String, byte[]> first = CatalogFiles.render(new GcpCatalogPart().build(prices));
        Map<String, byte[]> second = CatalogFiles.render(new GcpCatalogPart().build(prices));
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    /** karpenter-provider-gcp's on-demand table, read independently of pricing.yml, as a cross-check. */
    @Test
    void karpenterOnDemandPricesAgree() throws IOException {
        JsonNode regions = new ObjectMapper().readTree(prices.resolve("gcp/karpenter-gcp-initial-prices.json").toFile())
                .path("prices");
        Map<String, Long> ours = new HashMap<>();
        for (Price p : content.prices) {
            if (p.option() == PricingOption.ON_DEMAND) {
                ours.put(p.size() + "|" + p.region(), p.usdNanosPerHour());
            }
        }
        int compared = 0;
        int agree = 0;
        int missing = 0;
        for (Map.Entry<String, JsonNode> region : regions.properties()) {
            for (Map.Entry<String, JsonNode> type : region.getValue().path("on_demand").properties()) {
                Long mine = ours.get(type.getKey() + "|" + region.getKey());
                if (mine == null) {
                    missing++;
                    continue;
                }
                compared++;
                BigDecimal theirs = type.getValue().decimalValue();
                BigDecimal difference = Usd.toDecimal(mine).subtract(theirs).abs();
                if (difference.compareTo(theirs.multiply(new BigDecimal("0.01"))) <= 0) {
                    agree++;
                }
            }
        }
        double share = compared == 0 ? 0 : (double) agree / compared;
        System.out.printf("karpenter cross-check: %d compared, %d agree within 1 %% (%.2f %%), %d disagree,"
                + " %d not in the catalog%n", compared, agree, share * 100, compared - agree, missing);
        assertThat(compared).isGreaterThan(10_000);
        assertThat(share).isGreaterThan(0.99);
    }
}
