package com.migrationhub.domain.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.Fixtures;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.assessment.Servers;
import com.migrationhub.domain.assessment.sizing.SizeOverride;
import com.migrationhub.domain.assessment.sizing.SizingMode;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.task.ProgressMonitor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The consultant's size on a cloud: the run prices that size from the catalog in the scenario's
 * region instead of the cheapest fit, leaves the other clouds and servers alone, and where the
 * region does not offer it keeps the engine's choice and says so.
 */
class SizeOverrideTest {
    private static final AssessmentService SERVICE = AssessmentService.withShippedRules(CatalogFiles.readShipped());
    private static final PriceCatalog CATALOG = SERVICE.catalog();

    private static Assumptions asIs() {
        Map<Cloud, List<String>> regions = new EnumMap<>(Cloud.class);
        regions.put(Cloud.AWS, List.of("us-east-1"));
        regions.put(Cloud.AZURE, List.of("eastus"));
        return new Assumptions(List.of(Cloud.AWS, Cloud.AZURE), regions, SizingMode.AS_ON_PREMISES, 95,
                new BigDecimal("1.3"), PricingOption.ON_DEMAND, "USD", BigDecimal.ONE, "", Fixtures.ON, "always-on",
                false, false, 0, 3, List.of(), false, false, 0, 30, Map.of(), Map.of());
    }

    private static AssessmentService.Run run(Assumptions a, List<Server> servers, Map<Long, List<SizeOverride>> sizes,
            List<ServerAssessment> out) {
        return SERVICE.run(a, c -> servers.forEach(c), Map.of(), null, sizes, out::add, ProgressMonitor.NONE,
                servers.size());
    }

    private static ServerAssessment row(List<ServerAssessment> rows, long server, String cloud) {
        return rows.stream().filter(r -> r.serverId() == server && r.cloud().equals(cloud)).findFirst().orElseThrow();
    }

    /** A size of the region other than the engine's choice, with at least as many vCPUs. */
    private static InstanceSize another(String chosen, String region) {
        return CATALOG.candidates(Cloud.AWS, region, PricingOption.ON_DEMAND).sizes().stream()
                .filter(s -> !s.name().equals(chosen) && s.current() && s.gpus() == 0 && s.vcpus() == 8
                        && s.arch() == com.migrationhub.domain.catalog.Arch.X86_64)
                .findFirst().orElseThrow();
    }

    @Test
    void theRunPricesTheConsultantsSizeOnItsCloudOnly() {
        Server web = Servers.server("web01", 2, 8192, Servers.UBUNTU, 100);
        web.id = 1;
        Server db = Servers.server("db01", 2, 8192, Servers.UBUNTU, 100);
        db.id = 2;
        List<ServerAssessment> before = new ArrayList<>();
        run(asIs(), List.of(web, db), Map.of(), before);
        String engine = row(before, 1, "aws").size();
        InstanceSize chosen = another(engine, "us-east-1");

        List<ServerAssessment> after = new ArrayList<>();
        AssessmentService.Run r = run(asIs(), List.of(web, db),
                Map.of(1L, List.of(new SizeOverride(1, Cloud.AWS, chosen.name(), "client standard"))), after);

        assertThat(r.notes()).isEmpty();
        ServerAssessment aws = row(after, 1, "aws");
        assertThat(aws.size()).isEqualTo(chosen.name());
        assertThat(aws.vcpus()).isEqualTo(chosen.vcpus());
        assertThat(aws.memoryMiB()).isEqualTo(chosen.memoryMiB());
        long hourly = CATALOG.candidates(Cloud.AWS, "us-east-1", PricingOption.ON_DEMAND).quote(
                CATALOG.candidates(Cloud.AWS, "us-east-1", PricingOption.ON_DEMAND).sizes().indexOf(chosen)).usdNanos();
        assertThat(aws.computeNanos()).isEqualTo(hourly * 730);
        // the storage and the other cloud, and the other server, are as the engine made them
        assertThat(aws.storageNanos()).isEqualTo(row(before, 1, "aws").storageNanos());
        assertThat(row(after, 1, "azure")).isEqualTo(row(before, 1, "azure"));
        assertThat(row(after, 2, "aws")).isEqualTo(row(before, 2, "aws"));

        List<ServerAssessment> explained = SERVICE.explain(asIs(), web, null, null,
                List.of(new SizeOverride(1, Cloud.AWS, chosen.name(), "client standard")));
        assertThat(row(explained, 1, "aws").explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("size: " + chosen.name()).contains("set by the consultant: client standard"));
    }

    @Test
    void aSizeTheRegionDoesNotOfferKeepsTheEnginesChoiceAndTheRunSaysSo() {
        Server web = Servers.server("web01", 2, 8192, Servers.UBUNTU, 100);
        web.id = 1;
        List<ServerAssessment> before = new ArrayList<>();
        run(asIs(), List.of(web), Map.of(), before);

        List<ServerAssessment> after = new ArrayList<>();
        AssessmentService.Run r = run(asIs(), List.of(web),
                Map.of(1L, List.of(new SizeOverride(1, Cloud.AWS, "zz9.plural", ""))), after);

        assertThat(after).isEqualTo(before);
        assertThat(r.notes()).containsExactly("web01, AWS us-east-1: size set by the consultant not used: zz9.plural: "
                + "AWS us-east-1 (on-demand) does not offer zz9.plural in the catalog; the cheapest fit is kept");
    }

    @Test
    void aSizeSmallerThanTheDemandIsHonouredAndFlagged() {
        Server big = Servers.server("big01", 16, 65536, Servers.UBUNTU, 100);
        big.id = 7;
        InstanceSize small = CATALOG.candidates(Cloud.AWS, "us-east-1", PricingOption.ON_DEMAND).sizes().stream()
                .filter(s -> s.vcpus() == 2 && s.current() && s.gpus() == 0
                        && s.arch() == com.migrationhub.domain.catalog.Arch.X86_64)
                .findFirst().orElseThrow();
        List<SizeOverride> sizes = List.of(new SizeOverride(7, Cloud.AWS, small.name().toUpperCase(), null));
        List<ServerAssessment> after = new ArrayList<>();
        AssessmentService.Run r = run(asIs(), List.of(big), Map.of(7L, sizes), after);
        assertThat(r.notes()).isEmpty();
        assertThat(row(after, 7, "aws").size()).as("matched whatever the case").isEqualTo(small.name());
        assertThat(row(SERVICE.explain(asIs(), big, null, null, sizes), 7, "aws").explanation())
                .anySatisfy(line -> assertThat(line).contains("falls short of the demand: 2 vCPU against 16 needed"));
    }
}
