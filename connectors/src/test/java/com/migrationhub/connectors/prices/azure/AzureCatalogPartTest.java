package com.migrationhub.connectors.prices.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.migrationhub.connectors.prices.azure.AzureRetailPricesReader.Key;
import com.migrationhub.connectors.prices.azure.AzureRetailPricesReader.Quote;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.OptionDiscount;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Builds the Azure part from the real shared price data and pins figures read from the source files. */
class AzureCatalogPartTest {
    private static Path prices;
    private static CatalogContent content;

    /** Maven runs the tests in connectors/; the shared folder lies beside the checkout. */
    static Path sharedPrices() {
        for (String candidate : List.of("../../shared/prices", "../shared/prices")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("azure"))) {
                return p;
            }
        }
        return null;
    }

    @BeforeAll
    static void build() throws Exception {
        prices = sharedPrices();
        assumeTrue(prices != null, "../shared/prices is absent: the Azure catalog tests read the public price data"
                + " there (also tried ../../shared/prices)");
        content = new AzureCatalogPart().build(prices);
    }

    private static Price price(String size, String region, PricingOption option) {
        return content.prices.stream()
                .filter(p -> p.size().equals(size) && p.region().equals(region) && p.option() == option)
                .findFirst().orElseThrow(() -> new AssertionError("no " + option + " price for " + size + " in " + region));
    }

    private static LicencePrice windows(String size, String region) {
        return content.licences.stream()
                .filter(l -> l.licence() == Licence.WINDOWS && l.size().equals(size) && l.region().equals(region))
                .findFirst().orElseThrow();
    }

    @Test
    void d4sV5InWestEuropeCostsWhatPricingRadarPublishes() {
        // vm-eu-west.json: "D4s v5" Virtual Machines Dsv5 Series 0.23, ... Series Windows 0.414
        Price linux = price("Standard_D4s_v5", "westeurope", PricingOption.ON_DEMAND);
        assertThat(linux.usdNanosPerHour()).isEqualTo(230_000_000L);
        assertThat(linux.source()).isEqualTo(AzureCatalogPart.RADAR);
        assertThat(linux.derivation()).isNull();
        LicencePrice licence = windows("Standard_D4s_v5", "westeurope");
        assertThat(licence.usdNanosPerHour()).isEqualTo(184_000_000L);
        assertThat(licence.perVcpu()).isFalse();
        assertThat(licence.derivation()).isEqualTo(AzureRetailPricesReader.WINDOWS_MINUS_LINUX);
        // savingsPlanPrice 0.1748
        assertThat(price("Standard_D4s_v5", "westeurope", PricingOption.SP_1Y).usdNanosPerHour()).isEqualTo(174_800_000L);
    }

    @Test
    void d4sV5ReservationsAreRvtoolsHourlyRatesRoundedToNanoDollars() {
        // prices_westeurope.json and prices_germanywestcentral.json, USD: linux_1yr 0.14189497716894978,
        // linux_3yr 0.0908675799086758
        for (String region : List.of("westeurope", "germanywestcentral")) {
            Price ri1 = price("Standard_D4s_v5", region, PricingOption.RI_1Y);
            Price ri3 = price("Standard_D4s_v5", region, PricingOption.RI_3Y);
            assertThat(ri1.usdNanosPerHour()).isEqualTo(141_894_977L);
            assertThat(ri3.usdNanosPerHour()).isEqualTo(90_867_580L);
            assertThat(ri1.source()).isEqualTo(AzureCatalogPart.RVTOOLS);
            assertThat(ri3.derivation()).isNull();
        }
        // prices_germanywestcentral.json: linux_payg 0.23, windows_payg 0.414
        assertThat(price("Standard_D4s_v5", "germanywestcentral", PricingOption.ON_DEMAND).usdNanosPerHour())
                .isEqualTo(230_000_000L);
        assertThat(windows("Standard_D4s_v5", "germanywestcentral").usdNanosPerHour()).isEqualTo(184_000_000L);
    }

    @Test
    void d4sV5IsFourVcpusSixteenGibAndEightDataDisks() {
        InstanceSize d4 = content.sizes.stream().filter(s -> s.name().equals("Standard_D4s_v5")).findFirst().orElseThrow();
        assertThat(d4.vcpus()).isEqualTo(4);
        assertThat(d4.memoryMiB()).isEqualTo(16384);
        assertThat(d4.maxDataDisks()).isEqualTo(8);
        // size-disk-limits.csv: sustained 6400 IOPS, 138 MB/s
        assertThat(d4.maxIops()).isEqualTo(6400);
        assertThat(d4.maxMBps()).isEqualTo(138);
        assertThat(d4.family()).isEqualTo("Dsv5");
        assertThat(d4.series()).isEqualTo("general purpose");
        assertThat(d4.arch()).isEqualTo(Arch.X86_64);
        assertThat(d4.current()).isTrue();
        assertThat(d4.burstable()).isFalse();
        // 1,370 in sizes.csv less Standard_B1ls, whose memory the source rounds to 0 GB
        assertThat(content.sizes).hasSize(1369).noneMatch(s -> s.name().equals("Standard_B1ls"));
    }

    @Test
    void premiumSsdP30InWestEuropeIsPricedPerDiskMonth() {
        // storage-eu-west.json: Premium SSD Managed Disks, "P30 LRS Disk", 1/Month, 148.68
        DiskPrice p30 = content.diskPrices.stream()
                .filter(d -> d.type().equals("P30") && d.region().equals("westeurope")).findFirst().orElseThrow();
        assertThat(p30.diskMonth()).isEqualTo(148_680_000_000L);
        assertThat(p30.gibMonth()).isZero();
        assertThat(p30.derivation()).isNull();
        DiskPrice eastUs = content.diskPrices.stream()
                .filter(d -> d.type().equals("P30") && d.region().equals("eastus")).findFirst().orElseThrow();
        assertThat(eastUs.diskMonth()).isEqualTo(148_680_000_000L);
        assertThat(eastUs.derivation()).isEqualTo(AzureCatalogPart.DISK_FROM_WESTEUROPE);
    }

    @Test
    void premiumSsdV2IsPricedPerGibIopsAndMbpsMonth() {
        // storage-eu-west.json: Provisioned Capacity 0.00013 per GiB-hour, IOPS 8e-06 and MBps 6.5e-05 per hour
        DiskPrice v2 = content.diskPrices.stream()
                .filter(d -> d.type().equals(AzureDisks.PREMIUM_V2) && d.region().equals("westeurope"))
                .findFirst().orElseThrow();
        assertThat(v2.gibMonth()).isEqualTo(94_900_000L);
        assertThat(v2.iopsMonth()).isEqualTo(5_840_000L);
        assertThat(v2.mbpsMonth()).isEqualTo(47_450_000L);
        assertThat(v2.derivation()).isEqualTo(AzureCatalogPart.DISK_HOURLY);
    }

    @Test
    void coversManyRegionsAndTheOnesConsultantsAskFor() {
        assertThat(content.regions).hasSizeGreaterThan(30);
        Set<String> priced = content.prices.stream().filter(p -> p.option() == PricingOption.ON_DEMAND)
                .map(Price::region).collect(Collectors.toSet());
        assertThat(priced).contains("eastus", "westeurope", "germanywestcentral", "belgiumcentral");
        assertThat(content.regions).extracting(Region::id).containsAll(priced);
        Region westEurope = content.regions.stream().filter(r -> r.id().equals("westeurope")).findFirst().orElseThrow();
        assertThat(westEurope.name()).isEqualTo("West Europe");
        assertThat(westEurope.geography()).isEqualTo("Europe");
    }

    @Test
    void cloudServicesPricesInKarpenterAreRepaired() {
        // karpenter-payg-linux.csv: eastus Standard_D2as_v5 0.178 is the Cloud Services (Windows) price;
        // Linux is 0.178 - 2 x 0.046 = 0.086, the level of D4as_v5 (0.172) and D16as_v5 (0.688) per vCPU
        Price d2as = price("Standard_D2as_v5", "eastus", PricingOption.ON_DEMAND);
        assertThat(d2as.usdNanosPerHour()).isEqualTo(86_000_000L);
        assertThat(d2as.derivation()).isEqualTo(AzureCatalogPart.CLOUD_SERVICES_REPAIR);
        Price d4as = price("Standard_D4as_v5", "eastus", PricingOption.ON_DEMAND);
        assertThat(d4as.usdNanosPerHour()).isEqualTo(172_000_000L);
        assertThat(d4as.derivation()).isNull();
    }

    @Test
    void cloudServicesCheckAgreesWithPricingRadarWhereBothPublish() throws Exception {
        AzureSources s = AzureSources.read(prices);
        Map<String, Integer> vcpus = new TreeMap<>();
        s.sizes.values().forEach(z -> vcpus.put(z.name(), z.vcpus()));
        Set<String> affected = new TreeSet<>(s.radarVms.cloudServicesSizes());
        affected.retainAll(vcpus.keySet());
        CloudServicesCheck check = new CloudServicesCheck(vcpus, affected);
        CloudServicesCheck.Calibration cal = check.calibrate(s.radarVms.quotes());
        assertThat(cal.checkable()).containsExactly("Dadsv5", "Dasv5", "Eadsv5", "Easv5");
        int compared = 0;
        int repaired = 0;
        for (CloudServicesCheck.Decision d : check.check(s.karpenter, Map.of(), cal)) {
            Quote radar = s.radarVms.quotes().get(new Key(d.region(), d.size()));
            if (radar != null && radar.linux() != null && d.linux() != null) {
                assertThat(d.linux()).as(d.toString()).isEqualByComparingTo(radar.linux());
                compared++;
                repaired += d.verdict() == CloudServicesCheck.Verdict.REPAIRED ? 1 : 0;
            }
        }
        assertThat(compared).isGreaterThan(200);
        assertThat(repaired).isGreaterThan(80);
    }

    @Test
    void rulesCoverEveryRegionAndSayHowTheyWereMade() {
        for (PricingOption option : List.of(PricingOption.RI_1Y, PricingOption.RI_3Y, PricingOption.SP_1Y,
                PricingOption.SP_3Y)) {
            assertThat(content.discounts).as(option.id())
                    .anyMatch(d -> d.option() == option && d.region().equals(LicencePrice.ANY));
        }
        OptionDiscount ri1 = content.discounts.stream()
                .filter(d -> d.option() == PricingOption.RI_1Y && d.region().equals("westeurope")).findFirst().orElseThrow();
        // the median over the 17 sizes of prices_westeurope.json of linux_1yr / linux_payg
        assertThat(ri1.ratioPpm()).isEqualTo(616_997L);
        assertThat(ri1.family()).isEqualTo(LicencePrice.ANY);
        assertThat(content.licences).anyMatch(l -> l.perVcpu() && l.size().equals(LicencePrice.ANY)
                && l.region().equals(LicencePrice.ANY) && l.usdNanosPerHour() == 46_000_000L);
        Set<String> defined = content.derivations.stream().map(Derivation::id).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        content.prices.stream().map(Price::derivation).filter(d -> d != null).forEach(used::add);
        content.discounts.stream().map(OptionDiscount::derivation).forEach(used::add);
        content.licences.stream().map(LicencePrice::derivation).filter(d -> d != null).forEach(used::add);
        content.diskPrices.stream().map(DiskPrice::derivation).filter(d -> d != null).forEach(used::add);
        assertThat(defined).isEqualTo(used).allMatch(id -> id.startsWith("azure."));
        assertThat(content.derivations).allMatch(d -> d.text().length() > 80);
    }

    @Test
    void sourcesAreTheFilesSourcesMdNames() {
        assertThat(content.sources).extracting(CatalogSource::id).containsExactly("azure.disk-limits",
                "azure.disk-tiers", "azure.karpenter-payg", "azure.pricing-radar", "azure.rvtools-cost-estimator",
                "azure.sizes");
        CatalogSource karpenter = content.sources.stream().filter(c -> c.id().equals(AzureCatalogPart.KARPENTER))
                .findFirst().orElseThrow();
        assertThat(karpenter.file()).isEqualTo("azure/karpenter-payg-linux.csv");
        assertThat(karpenter.commit()).isEqualTo("2b431da1");
        assertThat(karpenter.licence()).isEqualTo("Apache-2.0");
        assertThat(karpenter.dataDate()).isEqualTo("2026-06-18");
        Set<String> ids = content.sources.stream().map(CatalogSource::id).collect(Collectors.toSet());
        assertThat(content.prices).allMatch(p -> ids.contains(p.source()));
        assertThat(content.sizes).allMatch(z -> ids.contains(z.source()));
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws Exception {
        Map<String, byte[]> first = CatalogFiles.render(new AzureCatalogPart().build(prices));
        Map<String, byte[]> second = CatalogFiles.render(new AzureCatalogPart().build(prices));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void everyPriceIsPositiveAndForAKnownSizeAndRegion() {
        Set<String> sizes = content.sizes.stream().map(InstanceSize::name).collect(Collectors.toSet());
        Set<String> regions = content.regions.stream().map(Region::id).collect(Collectors.toSet());
        assertThat(content.prices).allMatch(p -> p.usdNanosPerHour() > 0 && sizes.contains(p.size())
                && regions.contains(p.region()));
        assertThat(content.licences).allMatch(l -> l.usdNanosPerHour() >= 0);
    }
}
