package com.migrationhub.connectors.prices.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Region;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AWS catalog part on the real public data: prices pinned to figures read by hand from the
 * source files, references checked, output deterministic.
 */
class AwsCatalogPartTest {
    private static Path prices;
    private static AwsCatalogPart.Assembly assembly;
    private static CatalogContent content;
    private static Map<String, Price> priceByKey;

    @BeforeAll
    static void build() throws Exception {
        prices = AwsSharedData.prices();
        assembly = new AwsCatalogPart().assemble(prices);
        content = assembly.content();
        priceByKey = new HashMap<>();
        for (Price p : content.prices) {
            priceByKey.put(p.size() + " " + p.region() + " " + p.option().id(), p);
        }
    }

    private static Price price(String size, String region, PricingOption option) {
        Price p = priceByKey.get(size + " " + region + " " + option.id());
        assertThat(p).as("%s %s %s", size, region, option).isNotNull();
        return p;
    }

    private static InstanceSize size(String name) {
        return content.sizes.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onDemandPricesAreThePublishedOnes() {
        // karpenter-ondemand-linux.csv: "us-east-1,m5.large,0.096000" (newer, so it replaces the Price List's)
        Price virginia = price("m5.large", "us-east-1", PricingOption.ON_DEMAND);
        assertThat(virginia.usdNanosPerHour()).isEqualTo(96_000_000L);
        assertThat(virginia.source()).isEqualTo("aws.karpenter-prices");
        assertThat(virginia.derivation()).isNull();
        // eu-central-1-ondemand.json: "m5 large EU Frankfurt Linux" price "0.1150000000"
        Price frankfurt = price("m5.large", "eu-central-1", PricingOption.ON_DEMAND);
        assertThat(frankfurt.usdNanosPerHour()).isEqualTo(115_000_000L);
        assertThat(frankfurt.source()).isEqualTo("aws.ec2shop-ec2");
        // A previous-generation type is priced from the previousgen list.
        assertThat(price("m1.small", "eu-west-1", PricingOption.ON_DEMAND).source()).isEqualTo("aws.ec2shop-ec2");
    }

    @Test
    void reservedInstancesAreStandardNoUpfront() {
        // eu-west-1-reservedinstance-1y.json / -3y.json, "m5 large ... Shared Linux ... No Upfront"
        Price oneYear = price("m5.large", "eu-west-1", PricingOption.RI_1Y);
        assertThat(oneYear.usdNanosPerHour()).isEqualTo(67_000_000L);
        assertThat(oneYear.derivation()).isNull();
        assertThat(price("m5.large", "eu-west-1", PricingOption.RI_3Y).usdNanosPerHour()).isEqualTo(46_000_000L);
    }

    @Test
    void savingsPlansAreTheConvertibleRatesAndSaySo() {
        // eu-west-1-reservedinstance-convertible-1y.json 0.086, -3y.json 0.061
        Price sp1 = price("m5.large", "eu-west-1", PricingOption.SP_1Y);
        assertThat(sp1.usdNanosPerHour()).isEqualTo(86_000_000L);
        assertThat(sp1.derivation()).isEqualTo("aws.sp-from-convertible");
        assertThat(price("m5.large", "eu-west-1", PricingOption.SP_3Y).usdNanosPerHour()).isEqualTo(61_000_000L);
        // p5.48xlarge's convertible rate (77.427) is above Karpenter's newer on-demand price (55.04): left out.
        assertThat(priceByKey).doesNotContainKey("p5.48xlarge us-east-1 sp1y");
    }

    @Test
    void everyCommitmentIsBelowOnDemand() {
        for (Price p : content.prices) {
            if (p.option() != PricingOption.ON_DEMAND) {
                Price od = price(p.size(), p.region(), PricingOption.ON_DEMAND);
                assertThat(p.usdNanosPerHour()).as("%s", p).isLessThan(od.usdNanosPerHour());
            }
        }
    }

    @Test
    void t3MediumIsABurstableTwoVcpuSize() {
        InstanceSize t3 = size("t3.medium");
        assertThat(t3.vcpus()).isEqualTo(2);
        assertThat(t3.memoryMiB()).isEqualTo(4096);
        assertThat(t3.burstable()).isTrue();
        assertThat(t3.arch()).isEqualTo(Arch.X86_64);
        assertThat(t3.family()).isEqualTo("t3");
        assertThat(t3.series()).isEqualTo("general purpose");
        assertThat(t3.maxNics()).isEqualTo(3);
        assertThat(t3.maxMBps()).isEqualTo(260); // 2,085 Mbit/s / 8
        assertThat(t3.current()).isTrue();
        assertThat(t3.source()).isEqualTo("aws.karpenter-types");
    }

    @Test
    void sizeDetails() {
        assertThat(size("m5.large").maxDataDisks()).isEqualTo(26);
        assertThat(size("m5d.large").localStorageGiB()).isEqualTo(75);
        assertThat(size("m5d.large").maxDataDisks()).isEqualTo(25);
        assertThat(size("m7i.large").maxDataDisks()).isEqualTo(31);
        assertThat(size("m6g.large").arch()).isEqualTo(Arch.ARM64);
        assertThat(size("d2.xlarge").localStorageGiB()).isEqualTo(6000); // "3 x 2000 HDD"
        assertThat(size("r5.large").series()).isEqualTo("memory optimized");
        assertThat(size("p3.2xlarge").series()).isEqualTo("accelerated computing");
        assertThat(size("m1.small").current()).isFalse();
        assertThat(size("m1.small").memoryMiB()).isEqualTo(1740); // Karpenter's DescribeInstanceTypes figure
        assertThat(size("cc2.8xlarge").source()).isEqualTo("aws.ec2shop-ec2");
        assertThat(size("cc2.8xlarge").memoryMiB()).isEqualTo(61_952); // "60.5 GiB"
    }

    @Test
    void licenceChargesAreUpliftsOverLinux() {
        // ec2instancesinfo: m5.large Linux 0.096, Windows 0.188, RHEL 0.191, SLES 0.152
        Map<String, LicencePrice> byKey = content.licences.stream()
                .collect(Collectors.toMap(l -> l.licence().id() + " " + l.size(), l -> l));
        LicencePrice windows = byKey.get("windows m5.large");
        assertThat(windows.usdNanosPerHour()).isEqualTo(92_000_000L);
        assertThat(windows.region()).isEqualTo(LicencePrice.ANY);
        assertThat(windows.perVcpu()).isFalse();
        assertThat(windows.derivation()).isEqualTo("aws.os-uplift-us-east-1");
        assertThat(byKey.get("rhel m5.large").usdNanosPerHour()).isEqualTo(95_000_000L);
        assertThat(byKey.get("sles m5.large").usdNanosPerHour()).isEqualTo(56_000_000L);
        // Windows is not sold on Graviton: the file's 0 means no row.
        assertThat(byKey).doesNotContainKey("windows m6g.large");
        for (Licence l : new Licence[] {Licence.WINDOWS, Licence.RHEL, Licence.SLES}) {
            LicencePrice fallback = byKey.get(l.id() + " *");
            assertThat(fallback).as("%s per vCPU", l).isNotNull();
            assertThat(fallback.perVcpu()).isTrue();
            assertThat(fallback.usdNanosPerHour()).isPositive();
            assertThat(fallback.derivation()).isEqualTo("aws.os-uplift-per-vcpu");
        }
        assertThat(content.licences).filteredOn(l -> l.licence().id().startsWith("sql"))
                .allMatch(l -> l.source().equals("aws.ec2instancesinfo-record"));
    }

    @Test
    void ebsPricesPerRegion() {
        Map<String, DiskPrice> disks = content.diskPrices.stream()
                .collect(Collectors.toMap(d -> d.type() + " " + d.region(), d -> d));
        // ebs.json, "US East (N. Virginia)": gp3 0.08 per GB-month, 0.005 per IOPS, 40.96 per GiBps-month
        DiskPrice gp3 = disks.get("gp3 us-east-1");
        assertThat(gp3.gibMonth()).isEqualTo(80_000_000L);
        assertThat(gp3.iopsMonth()).isEqualTo(5_000_000L);
        assertThat(gp3.mbpsMonth()).isEqualTo(40_000_000L);
        assertThat(gp3.derivation()).isEqualTo("aws.gp3-throughput-per-mibps");
        assertThat(disks.get("gp2 eu-west-1").gibMonth()).isEqualTo(110_000_000L);
        assertThat(disks.get("io2 us-east-1").iopsMonth()).isEqualTo(65_000_000L);
        assertThat(disks.get("io2 us-east-1").derivation()).isEqualTo("aws.io2-first-tier");
        assertThat(content.diskTypes).extracting(d -> d.name())
                .containsExactlyInAnyOrder("gp2", "gp3", "io1", "io2", "sc1", "st1");
    }

    @Test
    void regionsAreNamedAndPriced() {
        assertThat(content.regions).hasSizeGreaterThan(30);
        Map<String, Region> regions = content.regions.stream().collect(Collectors.toMap(Region::id, r -> r));
        assertThat(regions.get("us-east-1").name()).isEqualTo("US East (N. Virginia)");
        assertThat(regions.get("us-east-1").geography()).isEqualTo("North America");
        assertThat(regions.get("eu-west-1").geography()).isEqualTo("Europe");
        assertThat(regions.get("us-gov-west-1").geography()).isEqualTo("GovCloud");
        for (String id : new String[] {"us-east-1", "eu-west-1", "eu-central-1"}) {
            assertThat(content.prices.stream().filter(p -> p.region().equals(id)).count()).as(id).isGreaterThan(500);
            assertThat(content.diskPrices.stream().filter(d -> d.region().equals(id)).count()).as(id).isEqualTo(6);
        }
    }

    @Test
    void everyReferenceResolvesAndNoKeyRepeats() {
        Set<String> sources = content.sources.stream().map(CatalogSource::id).collect(Collectors.toSet());
        Set<String> derivations = content.derivations.stream().map(Derivation::id).collect(Collectors.toSet());
        Set<String> regions = content.regions.stream().map(Region::id).collect(Collectors.toSet());
        Set<String> sizes = content.sizes.stream().map(InstanceSize::name).collect(Collectors.toSet());
        assertThat(sizes).hasSameSizeAs(content.sizes);
        assertThat(sources).allMatch(id -> id.startsWith("aws."));
        assertThat(derivations).allMatch(id -> id.startsWith("aws."));
        Set<String> keys = new HashSet<>();
        for (Price p : content.prices) {
            assertThat(p.cloud()).isEqualTo(Cloud.AWS);
            assertThat(keys.add(p.size() + " " + p.region() + " " + p.option())).as("%s", p).isTrue();
            assertThat(sizes).contains(p.size());
            assertThat(regions).contains(p.region());
            assertThat(sources).contains(p.source());
            assertThat(p.derivation() == null || derivations.contains(p.derivation())).as("%s", p).isTrue();
            assertThat(p.usdNanosPerHour()).isPositive();
        }
        for (InstanceSize s : content.sizes) {
            assertThat(sources).contains(s.source());
            assertThat(s.vcpus()).as(s.name()).isPositive();
            assertThat(s.memoryMiB()).as(s.name()).isPositive();
        }
        for (LicencePrice l : content.licences) {
            assertThat(l.size().equals(LicencePrice.ANY) || sizes.contains(l.size())).as("%s", l).isTrue();
            assertThat(sources).contains(l.source());
            assertThat(derivations).contains(l.derivation());
        }
        for (DiskPrice d : content.diskPrices) {
            assertThat(regions).contains(d.region());
            assertThat(sources).contains(d.source());
            assertThat(d.derivation() == null || derivations.contains(d.derivation())).isTrue();
        }
        content.diskTypes.forEach(d -> assertThat(sources).contains(d.source()));
    }

    @Test
    void sourcesCarryTheirDates() {
        Map<String, CatalogSource> sources = content.sources.stream()
                .collect(Collectors.toMap(CatalogSource::id, s -> s));
        assertThat(sources.get("aws.ec2shop-ec2").dataDate()).isEqualTo("2025-04-04");
        assertThat(sources.get("aws.ec2shop-ebs").dataDate()).isEqualTo("2024-07-18");
        assertThat(sources.get("aws.karpenter-prices").dataDate()).isEqualTo("2026-07-20");
        assertThat(sources.get("aws.ec2instancesinfo").dataDate()).isEqualTo("2023-08-30");
        assertThat(sources.get("aws.ec2instancesinfo").file())
                .isEqualTo("aws/ec2instancesinfo-us-east-1-2023-08-30.csv");
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws Exception {
        Map<String, byte[]> first = CatalogFiles.render(new AwsCatalogPart().build(prices));
        Map<String, byte[]> second = CatalogFiles.render(new AwsCatalogPart().build(prices));
        assertThat(first.keySet()).containsExactlyElementsOf(second.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void sqlServerIsChargedPerVcpuFromTheEc2InstancesInfoRecord() {
        // x2iedn.32xlarge (128 vCPU), us-east-1: Windows 32.564, with SQL Standard 47.924, Web 34.7272,
        // Enterprise 80.564 USD an hour: (47.924 - 32.564) / 128 = 0.12
        java.util.Map<com.migrationhub.domain.catalog.Licence, Long> perVcpu = new java.util.EnumMap<>(
                com.migrationhub.domain.catalog.Licence.class);
        content.licences.stream().filter(l -> l.source().equals("aws.ec2instancesinfo-record"))
                .forEach(l -> {
                    org.assertj.core.api.Assertions.assertThat(l.perVcpu()).isTrue();
                    org.assertj.core.api.Assertions.assertThat(l.region()).isEqualTo("*");
                    perVcpu.put(l.licence(), l.usdNanosPerHour());
                });
        org.assertj.core.api.Assertions.assertThat(perVcpu).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                com.migrationhub.domain.catalog.Licence.SQL_STANDARD, 120_000_000L,
                com.migrationhub.domain.catalog.Licence.SQL_WEB, 16_900_000L,
                com.migrationhub.domain.catalog.Licence.SQL_ENTERPRISE, 375_000_000L));
    }
}
