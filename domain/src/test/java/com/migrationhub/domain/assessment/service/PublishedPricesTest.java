package com.migrationhub.domain.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.Fixtures;
import com.migrationhub.domain.assessment.Servers;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.assessment.sizing.SizingMode;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.task.ProgressMonitor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real published prices, as the providers list them, come out of the shipped catalog and the cost
 * engine unchanged: a server that fits exactly one size of a family is costed at that size's
 * published hourly price × 730 hours, and a Windows server adds the published Windows licence.
 * The prices are those pinned against the source files in the catalog builder's tests.
 */
class PublishedPricesTest {
    private static final AssessmentService SERVICE = AssessmentService.withShippedRules(CatalogFiles.readShipped());

    private static ServerAssessment cost(Cloud cloud, String region, PricingOption option, String family, int vcpus,
            long memoryMiB, String os) {
        Server s = Servers.server("srv", vcpus, memoryMiB, OsNormalizer.normalize(os), 64);
        s.id = 1;
        Assumptions a = new Assumptions(List.of(cloud), Map.of(cloud, List.of(region)), SizingMode.AS_ON_PREMISES, 95,
                new BigDecimal("1.3"), option, "USD", BigDecimal.ONE, "", Fixtures.ON, "always-on", false, false, 0, 3,
                List.of(family), false, false, 0, 30, Map.of(), Map.of());
        List<ServerAssessment> out = new ArrayList<>();
        SERVICE.run(a, c -> c.accept(s), Map.of(), out::add, ProgressMonitor.NONE, 1);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static final String LINUX = "Ubuntu Linux 22.04 (64-bit)";
    private static final String WINDOWS = "Microsoft Windows Server 2022 (64-bit)";

    @Test
    void m5LargeLinuxOnDemandInUsEast1AndEuCentral1() {
        ServerAssessment virginia = cost(Cloud.AWS, "us-east-1", PricingOption.ON_DEMAND, "m5", 2, 8192, LINUX);
        assertThat(virginia.size()).isEqualTo("m5.large");
        assertThat(virginia.computeNanos()).isEqualTo(70_080_000_000L); // 0.096 × 730
        ServerAssessment frankfurt = cost(Cloud.AWS, "eu-central-1", PricingOption.ON_DEMAND, "m5", 2, 8192, LINUX);
        assertThat(frankfurt.size()).isEqualTo("m5.large");
        assertThat(frankfurt.computeNanos()).isEqualTo(83_950_000_000L); // 0.115 × 730
        assertThat(frankfurt.licenceNanos()).isZero();
    }

    @Test
    void standardD4sV5LinuxAndWindowsInWestEurope() {
        ServerAssessment linux = cost(Cloud.AZURE, "westeurope", PricingOption.ON_DEMAND, "Dsv5", 4, 16384, LINUX);
        assertThat(linux.size()).isEqualTo("Standard_D4s_v5");
        assertThat(linux.computeNanos()).isEqualTo(167_900_000_000L); // 0.23 × 730
        assertThat(linux.licenceNanos()).isZero();
        ServerAssessment windows = cost(Cloud.AZURE, "westeurope", PricingOption.ON_DEMAND, "Dsv5", 4, 16384, WINDOWS);
        assertThat(windows.size()).isEqualTo("Standard_D4s_v5");
        assertThat(windows.computeNanos()).isEqualTo(167_900_000_000L);
        // Windows 0.414 - Linux 0.23 = 0.184 an hour
        assertThat(windows.licenceNanos()).isEqualTo(134_320_000_000L);
        assertThat(windows.computeNanos() + windows.licenceNanos()).isEqualTo(302_220_000_000L); // 0.414 × 730
    }

    @Test
    void n2Standard4InEuropeWest1OnDemandAndThreeYearCommitted() {
        ServerAssessment onDemand = cost(Cloud.GCP, "europe-west1", PricingOption.ON_DEMAND, "n2", 4, 16384, LINUX);
        assertThat(onDemand.size()).isEqualTo("n2-standard-4");
        assertThat(onDemand.computeNanos()).isEqualTo(155_977_640_000L); // 0.213668 × 730
        ServerAssessment committed = cost(Cloud.GCP, "europe-west1", PricingOption.RI_3Y, "n2", 4, 16384, LINUX);
        assertThat(committed.size()).isEqualTo("n2-standard-4");
        // 70.18512 a month as Google publishes it (0.096144 an hour)
        assertThat(committed.computeNanos()).isEqualTo(70_185_120_000L);
        assertThat(committed.priceBasis()).contains("gcp.cud-monthly-to-hourly");
    }
}
