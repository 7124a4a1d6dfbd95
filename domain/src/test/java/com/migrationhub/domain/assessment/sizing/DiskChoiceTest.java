package com.migrationhub.domain.assessment.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.DiskOffer;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The disk chooser against the plain scan it replaces: over every region of the shipped
 * catalog, with and without HDD types, for disks from 1 GiB to 64 TiB and performance from none
 * to beyond any type, both must pick the same type with the same size, performance and price (or
 * both none, for the same reason).
 */
class DiskChoiceTest {

    @Test
    void theFastChoiceIsThePlainScansChoiceInEveryRegion() {
        PriceCatalog catalog = PriceCatalog.of(CatalogFiles.readShipped());
        Random random = new Random(7);
        List<DiskDemand> demands = new ArrayList<>();
        long[] sizes = {1, 4, 5, 32, 33, 64, 100, 128, 129, 500, 512, 1024, 1025, 4096, 8192, 32767, 32768, 65536,
            70000};
        long[] iops = {0, 120, 500, 501, 2300, 3000, 5000, 7500, 16000, 20000, 80000, 400000, 500000};
        long[] mbps = {0, 25, 60, 100, 125, 250, 750, 900, 1200, 10000, 20000};
        for (long g : sizes) {
            for (long i : iops) {
                for (long m : mbps) {
                    demands.add(demand(g, i, m));
                }
            }
        }
        for (int k = 0; k < 3000; k++) {
            demands.add(demand(1 + random.nextInt(40_000), random.nextInt(25_000), random.nextInt(1_500)));
        }
        demands.add(demand(0, 0, 0));
        int compared = 0;
        int chosen = 0;
        for (Cloud cloud : Cloud.values()) {
            for (String region : catalog.pricedRegions(cloud)) {
                List<DiskOffer> all = catalog.diskOffers(cloud, region);
                List<DiskOffer> noHdd = all.stream().filter(o -> !DiskSizing.hdd(o.type())).toList();
                SizingTarget where = new SizingTarget(cloud, region, PricingOption.ON_DEMAND);
                for (List<DiskOffer> offers : List.of(all, noHdd)) {
                    DiskOffer[] array = offers.toArray(new DiskOffer[0]);
                    DiskSizing.Offers prepared = new DiskSizing.Offers(array);
                    for (DiskDemand d : demands) {
                        DiskChoice fast = DiskSizing.choose(d, prepared, where);
                        DiskChoice scan = DiskSizing.chooseByScan(d, array, where);
                        assertThat(fast).as("%s %s %s", cloud, region, d).isEqualTo(scan);
                        compared++;
                        chosen += fast.fits() ? 1 : 0;
                    }
                }
            }
        }
        // the comparison covered real choices, not only refusals
        assertThat(compared).isGreaterThan(100_000);
        assertThat(chosen).isGreaterThan(compared / 3);
    }

    private static DiskDemand demand(long gib, long iops, long mbps) {
        return new DiskDemand("disk", gib * 1024, gib, iops, mbps, DiskDemand.Basis.values()[0]);
    }
}
