package com.migrationhub.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCatalogTest {
    private final PriceCatalog catalog = CatalogFixture.catalog();

    private InstanceSize size(Cloud cloud, String name) {
        InstanceSize s = catalog.size(cloud, name);
        assertThat(s).as(name).isNotNull();
        return s;
    }

    @Test
    void readsAPublishedPriceAndSaysWhereItCameFrom() {
        Quote q = catalog.computePrice(size(Cloud.AWS, "m5.large"), "us-east-1", PricingOption.ON_DEMAND);
        assertThat(q.usdNanos()).isEqualTo(96_000_000L);
        assertThat(q.sourceId()).isEqualTo("aws-ec2shop");
        assertThat(q.derived()).isFalse();
        assertThat(q.derivationId()).isNull();
        assertThat(q.describe()).isEqualTo("AWS Price List 2025-04-04, read");

        Quote ri = catalog.computePrice(size(Cloud.AWS, "m5.large"), "us-east-1", PricingOption.RI_1Y);
        assertThat(ri.usdNanos()).isEqualTo(60_000_000L);
        assertThat(ri.derived()).isFalse();
    }

    @Test
    void derivesAMissingCommitmentPriceFromOnDemandAndMarksItDerived() {
        Quote q = catalog.computePrice(size(Cloud.GCP, "n2-standard-2"), "us-central1", PricingOption.RI_1Y);
        // 0.097118 × 0.63 = 0.06118434, exactly
        assertThat(q.usdNanos()).isEqualTo(61_184_340L);
        assertThat(q.derived()).isTrue();
        assertThat(q.derivationId()).isEqualTo("gcp-cud-1y");
        assertThat(q.sourceId()).isEqualTo("gcp-pricing");
        assertThat(q.describe()).isEqualTo("Google Cloud Billing Catalog 2026-07-30, derived: 1-year resource-based "
                + "committed use = on-demand × 0.63 (Google's 37 % discount for general-purpose machine types)");
    }

    @Test
    void theMostSpecificDiscountRuleWins() {
        // region + family beats any + any
        Quote m5 = catalog.computePrice(size(Cloud.AWS, "m5.large"), "us-east-1", PricingOption.SP_1Y);
        assertThat(m5.usdNanos()).isEqualTo(69_000_000L);
        assertThat(m5.derivationId()).isEqualTo("aws-sp-m5");
        Quote m5eu = catalog.computePrice(size(Cloud.AWS, "m5.large"), "eu-west-1", PricingOption.SP_1Y);
        assertThat(m5eu.usdNanos()).isEqualTo(77_040_000L); // 0.107 × 0.72
        assertThat(m5eu.derivationId()).isEqualTo("aws-sp");

        // all four levels in one catalog: each removal falls back to the next
        CatalogContent c = new CatalogContent();
        c.sources.add(new CatalogSource("s", "", "", "", "", "2025-01-01", "S"));
        c.sizes.add(new InstanceSize(Cloud.AWS, "x.large", "x", "", 2, 8192, Arch.X86_64, false, 0, 0, 0, true, 0, 0,
                0, "s"));
        c.prices.add(new Price(Cloud.AWS, "x.large", "r", PricingOption.ON_DEMAND, 100_000_000L, "s", null));
        String[][] rules = {{"r", "x", "1"}, {"r", "*", "2"}, {"*", "x", "3"}, {"*", "*", "4"}};
        for (int drop = 0; drop < rules.length; drop++) {
            CatalogContent part = new CatalogContent().addAll(c);
            for (int i = drop; i < rules.length; i++) {
                part.derivations.add(new Derivation("d" + rules[i][2], "rule " + rules[i][2]));
                part.discounts.add(new OptionDiscount(Cloud.AWS, rules[i][0], rules[i][1], PricingOption.RI_1Y,
                        500_000L + Long.parseLong(rules[i][2]), "s", "d" + rules[i][2]));
            }
            Quote q = PriceCatalog.of(part).computePrice(part.sizes.get(0), "r", PricingOption.RI_1Y);
            assertThat(q.derivationId()).isEqualTo("d" + rules[drop][2]);
            assertThat(q.usdNanos()).isEqualTo(Usd.scale(100_000_000L, 500_000L + drop + 1, 1_000_000L));
        }
    }

    @Test
    void aSizeWithoutAPriceInARegionIsNotOffered() {
        InstanceSize t2a = size(Cloud.GCP, "t2a-standard-2");
        assertThat(catalog.computePrice(t2a, "europe-west1", PricingOption.ON_DEMAND)).isNull();
        assertThat(catalog.computePrice(t2a, "europe-west1", PricingOption.RI_1Y)).isNull();
        assertThat(catalog.computePrice(t2a, "us-central1", PricingOption.RI_1Y)).isNotNull();
        assertThat(catalog.computePrice(size(Cloud.AWS, "m5.large"), "ap-south-1", PricingOption.ON_DEMAND)).isNull();
        assertThat(catalog.candidates(Cloud.GCP, "europe-west1", PricingOption.ON_DEMAND).sizes())
                .extracting(InstanceSize::name).doesNotContain("t2a-standard-2");
    }

    @Test
    void licencesPerVcpuRespectTheMinimumAndTheMostSpecificRowWins() {
        InstanceSize m5large = size(Cloud.AWS, "m5.large");
        Quote sql = catalog.licence(Cloud.AWS, Licence.SQL_STANDARD, m5large, "us-east-1");
        assertThat(sql.usdNanos()).isEqualTo(480_000_000L); // 0.12 × max(2, 4)
        Quote sql8 = catalog.licence(Cloud.AWS, Licence.SQL_STANDARD, size(Cloud.AWS, "m5.2xlarge"), "us-east-1");
        assertThat(sql8.usdNanos()).isEqualTo(960_000_000L); // 0.12 × 8

        Quote winUs = catalog.licence(Cloud.AWS, Licence.WINDOWS, m5large, "us-east-1");
        assertThat(winUs.usdNanos()).isEqualTo(92_000_000L);
        assertThat(winUs.derived()).isFalse(); // the us-east-1 row
        Quote winEu = catalog.licence(Cloud.AWS, Licence.WINDOWS, m5large, "eu-west-1");
        assertThat(winEu.usdNanos()).isEqualTo(92_000_000L);
        assertThat(winEu.derivationId()).isEqualTo("licence-uplift"); // the any-region row

        // a row for the size (any region) beats the per-vCPU row of the region
        Quote t3 = catalog.licence(Cloud.AWS, Licence.WINDOWS, size(Cloud.AWS, "t3.micro"), "us-east-1");
        assertThat(t3.usdNanos()).isEqualTo(9_200_000L);
        // a flat row for any size
        Quote sles = catalog.licence(Cloud.GCP, Licence.SLES, size(Cloud.GCP, "n2-standard-8"), "us-central1");
        assertThat(sles.usdNanos()).isEqualTo(110_000_000L);
        assertThat(catalog.licence(Cloud.GCP, Licence.SQL_WEB, size(Cloud.GCP, "n2-standard-8"), "us-central1"))
                .isNull();
    }

    @Test
    void candidatesAreSortedByPriceThenName() {
        for (Cloud cloud : Cloud.values()) {
            for (String region : catalog.pricedRegions(cloud)) {
                for (PricingOption option : PricingOption.values()) {
                    CandidateSizes c = catalog.candidates(cloud, region, option);
                    for (int i = 1; i < c.count(); i++) {
                        long a = c.quote(i - 1).usdNanos();
                        long b = c.quote(i).usdNanos();
                        assertThat(a).isLessThanOrEqualTo(b);
                        if (a == b) {
                            assertThat(c.size(i - 1).name()).isLessThan(c.size(i).name());
                        }
                        assertThat(c.quote(i)).isEqualTo(catalog.computePrice(c.size(i), region, option));
                    }
                    assertThat(catalog.candidates(cloud, region, option)).isSameAs(c);
                }
            }
        }
        CandidateSizes us = catalog.candidates(Cloud.AWS, "us-east-1", PricingOption.ON_DEMAND);
        List<String> names = us.sizes().stream().map(InstanceSize::name).toList();
        assertThat(names.indexOf("m5.large")).isLessThan(names.indexOf("m6i.large")); // both 0.096
        assertThat(us.count()).isEqualTo(30);
    }

    @Test
    void disksRegionsAndProvenanceAreIndexed() {
        assertThat(catalog.diskPrice(Cloud.AWS, "gp3", "us-east-1").gibMonth()).isEqualTo(80_000_000L);
        assertThat(catalog.diskPrice(Cloud.AZURE, "PremiumV2", "westeurope")).isNull();
        assertThat(catalog.diskOffers(Cloud.AWS, "us-east-1")).extracting(o -> o.type().name())
                .containsExactly("gp2", "gp3", "io2", "sc1", "st1");
        assertThat(catalog.diskOffers(Cloud.AZURE, "eastus").get(0).provenance().describe())
                .isEqualTo("Azure Retail Prices (disks) 2026-08-20, read");
        assertThat(catalog.diskType(Cloud.GCP, "pd-ssd").iopsPerGiB()).isEqualTo(30);
        assertThat(catalog.regions(Cloud.AZURE)).extracting(Region::id).containsExactly("eastus", "westeurope");
        assertThat(catalog.region(Cloud.GCP, "europe-west1").name()).isEqualTo("Belgium");
        assertThat(catalog.pricedRegions(Cloud.GCP)).containsExactly("europe-west1", "us-central1");
        assertThat(catalog.source("aws-ebs").dataDate()).isEqualTo("2024-07-18");
        assertThat(catalog.derivation("gcp-flex").text()).startsWith("flexible committed use");
        assertThat(catalog.derivationTexts()).containsKey("licence-uplift");
        assertThat(catalog.sizes(Cloud.GCP)).hasSize(30);
        assertThat(catalog.quote(1, "nowhere", null).describe()).isEqualTo("nowhere, read");
    }

    @Test
    void theCatalogIsACopyAndRefusesContradictions() {
        CatalogContent c = CatalogFixture.content();
        PriceCatalog p = PriceCatalog.of(c);
        c.prices.clear();
        assertThat(p.computePrice(p.size(Cloud.AWS, "m5.large"), "us-east-1", PricingOption.ON_DEMAND)).isNotNull();

        CatalogContent same = CatalogFixture.content();
        same.prices.add(same.prices.get(0));
        PriceCatalog.of(same); // the same row twice is harmless

        CatalogContent contradiction = CatalogFixture.content();
        Price first = contradiction.prices.get(0);
        contradiction.prices.add(new Price(first.cloud(), first.size(), first.region(), first.option(),
                first.usdNanosPerHour() + 1, first.source(), null));
        assertThatThrownBy(() -> PriceCatalog.of(contradiction)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two different price rows");
    }
}
