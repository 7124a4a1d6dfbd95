package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.assessment.Servers;
import com.migrationhub.domain.catalog.CatalogFixture;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A timing to run by hand, not a test: sizes 100,000 generated servers for 3 clouds × 2 regions
 * (on-demand) and prints how long it took; nothing is asserted. Run with
 * {@code -Dtest=SizingSpeedCheck -Dmhub.speed=true}.
 */
@EnabledIfSystemProperty(named = "mhub.speed", matches = "true")
class SizingSpeedCheck {

    private static long gcMillis() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean b
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, b.getCollectionTime());
        }
        return ms;
    }

    @Test
    void sizeAnEstate() {
        PriceCatalog catalog = CatalogFixture.catalog();
        List<Server> servers = Servers.generate(1, 100_000);
        List<SizingTarget> targets = new ArrayList<>();
        for (Cloud c : Cloud.values()) {
            for (String r : catalog.pricedRegions(c)) {
                targets.add(new SizingTarget(c, r, PricingOption.ON_DEMAND));
            }
        }
        for (int run = 1; run <= 5; run++) {
            CheapestFitSizing sizing = new CheapestFitSizing(catalog, SizingOptions.defaults());
            long g0 = gcMillis();
            long t0 = System.nanoTime();
            List<SizingResult> parallel = sizing.sizeAll(servers, targets, ProgressMonitor.NONE);
            long t1 = System.nanoTime();
            long g1 = gcMillis();
            int sized = 0;
            for (Server s : servers) {
                SizingDemand d = sizing.demand(s);
                for (SizingTarget t : targets) {
                    if (sizing.size(d, t).sized()) {
                        sized++;
                    }
                }
            }
            long t2 = System.nanoTime();
            List<SizingDemand> demands = new ArrayList<>(servers.size());
            for (Server s : servers) {
                demands.add(sizing.demand(s));
            }
            long t3 = System.nanoTime();
            List<SizingResult> kept = new ArrayList<>(600_000);
            for (SizingDemand d : demands) {
                for (SizingTarget t : targets) {
                    kept.add(sizing.size(d, t));
                }
            }
            long t4 = System.nanoTime();
            long g4 = gcMillis();
            System.out.printf("run %d: %,d sizings: sizeAll (parallel, %d cores) %d ms (of which GC %d ms); "
                    + "one thread: %d ms (%,d sized); demands alone %d ms; sizings alone, kept %d ms "
                    + "(GC in these three %d ms)%n",
                    run, parallel.size(), Runtime.getRuntime().availableProcessors(), (t1 - t0) / 1_000_000, g1 - g0,
                    (t2 - t1) / 1_000_000, sized, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, g4 - g1);
            parallel = null;
            kept = null;
        }
    }
}
