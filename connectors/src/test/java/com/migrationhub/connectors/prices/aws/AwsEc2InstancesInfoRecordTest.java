package com.migrationhub.connectors.prices.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ec2instances.info record reader on the shared x2iedn.32xlarge fixture: the record's own numbers. */
class AwsEc2InstancesInfoRecordTest {
    private static final String SOURCE = "aws.ec2instancesinfo-live";

    private static Ec2InstancesInfoRecord record() throws Exception {
        return Ec2InstancesInfoRecord.read(AwsSharedData.fixture("ec2instances-x2iedn.32xlarge.json"));
    }

    @Test
    void pricesPerRegionAndTerm() throws Exception {
        Ec2InstancesInfoRecord r = record();
        assertThat(r.instanceType()).isEqualTo("x2iedn.32xlarge");
        assertThat(r.regions()).hasSize(25).contains("us-east-1", "eu-west-1", "af-south-1");
        Map<String, Price> prices = r.prices(SOURCE).stream()
                .collect(Collectors.toMap(p -> p.region() + " " + p.option().id(), p -> p));
        assertThat(prices.get("us-east-1 on-demand").usdNanosPerHour()).isEqualTo(26_676_000_000L);
        assertThat(prices.get("eu-west-1 on-demand").usdNanosPerHour()).isEqualTo(32_012_000_000L);
        assertThat(prices.get("us-east-1 ri1y").usdNanosPerHour()).isEqualTo(16_413_740_000L);
        assertThat(prices.get("eu-west-1 ri3y").usdNanosPerHour()).isEqualTo(10_268_170_000L);
        Price sp = prices.get("us-east-1 sp1y");
        assertThat(sp.usdNanosPerHour()).isEqualTo(19_718_900_000L);
        assertThat(sp.derivation()).isEqualTo("aws.sp-from-convertible");
        assertThat(prices.get("us-east-1 on-demand").source()).isEqualTo(SOURCE);
        assertThat(r.prices(SOURCE)).hasSize(25 * 5);
    }

    @Test
    void licenceChargesPerRegion() throws Exception {
        Map<String, LicencePrice> licences = record().licences(SOURCE).stream()
                .collect(Collectors.toMap(l -> l.region() + " " + l.licence().id(), l -> l));
        // us-east-1: mswin 32.564 - linux 26.676
        LicencePrice windows = licences.get("us-east-1 windows");
        assertThat(windows.usdNanosPerHour()).isEqualTo(5_888_000_000L);
        assertThat(windows.size()).isEqualTo("x2iedn.32xlarge");
        assertThat(windows.derivation()).isEqualTo(Ec2InstancesInfoRecord.OS_UPLIFT);
        // eu-west-1: mswinSQL 53.26 - mswin 37.9
        assertThat(licences.get("eu-west-1 sql-standard").usdNanosPerHour()).isEqualTo(15_360_000_000L);
        // eu-central-1: rhel 38.5768 - linux 37.348
        assertThat(licences.get("eu-central-1 rhel").usdNanosPerHour()).isEqualTo(1_228_800_000L);
        assertThat(licences).hasSize(25 * 6);
    }

    @Test
    void sizeFromTheRecord() throws Exception {
        InstanceSize s = record().size(SOURCE);
        assertThat(s.vcpus()).isEqualTo(128);
        assertThat(s.memoryMiB()).isEqualTo(4096L * 1024);
        assertThat(s.localStorageGiB()).isEqualTo(3800);
        assertThat(s.maxNics()).isEqualTo(15);
        assertThat(s.maxIops()).isEqualTo(260_000);
        assertThat(s.maxMBps()).isEqualTo(10_000);
        assertThat(s.series()).isEqualTo("memory optimized");
        assertThat(s.current()).isTrue();
    }

    @Test
    void aRecordWithoutTypeOrPricingIsRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThatThrownBy(() -> Ec2InstancesInfoRecord.of(json.readTree("{\"pricing\":{}}")))
                .isInstanceOf(CatalogBuildException.class).hasMessageContaining("instance_type");
        assertThatThrownBy(() -> Ec2InstancesInfoRecord.of(json.readTree("{\"instance_type\":\"m5.large\"}")))
                .isInstanceOf(CatalogBuildException.class).hasMessageContaining("pricing");
        Ec2InstancesInfoRecord sparse = Ec2InstancesInfoRecord.of(json.readTree(
                "{\"instance_type\":\"m5.large\",\"pricing\":{\"us-east-1\":{\"linux\":{\"ondemand\":\"N/A\"}}}}"));
        assertThat(sparse.prices(SOURCE)).isEqualTo(List.of());
    }
}
