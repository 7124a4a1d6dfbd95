package com.migrationhub.domain.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a catalog holds, per cloud: sizes (current ones), regions, prices per purchase option
 * (read and derived), licence rows, disk types and prices; and the sources with their data dates.
 * For {@code mhub catalog show} and the assessment's assumptions.
 */
public record CatalogSummary(List<CloudPart> clouds, List<CatalogSource> sources, int lifecycles, int fxRates) {

    /** One cloud's share of the catalog. */
    public record CloudPart(Cloud cloud, int sizes, int currentSizes, int regions, Map<PricingOption, long[]> prices,
            int commitmentRules, int licenceRows, int diskTypes, int diskPrices, List<String> sourceIds) {

        /** Read prices for an option. */
        public long read(PricingOption o) {
            long[] n = prices.get(o);
            return n == null ? 0 : n[0];
        }

        /** Derived prices for an option. */
        public long derived(PricingOption o) {
            long[] n = prices.get(o);
            return n == null ? 0 : n[1];
        }
    }

    public static CatalogSummary of(CatalogContent c) {
        List<CloudPart> parts = new ArrayList<>();
        for (Cloud cloud : Cloud.values()) {
            int sizes = 0;
            int current = 0;
            TreeSet<String> sources = new TreeSet<>();
            for (InstanceSize s : c.sizes) {
                if (s.cloud() == cloud) {
                    sizes++;
                    current += s.current() ? 1 : 0;
                    sources.add(s.source());
                }
            }
            Map<PricingOption, long[]> prices = new EnumMap<>(PricingOption.class);
            for (Price p : c.prices) {
                if (p.cloud() == cloud) {
                    prices.computeIfAbsent(p.option(), o -> new long[2])[p.derivation() == null ? 0 : 1]++;
                    sources.add(p.source());
                }
            }
            int regions = (int) c.regions.stream().filter(r -> r.cloud() == cloud).count();
            int rules = (int) c.discounts.stream().filter(d -> d.cloud() == cloud).count();
            int licences = 0;
            for (LicencePrice l : c.licences) {
                if (l.cloud() == cloud) {
                    licences++;
                    sources.add(l.source());
                }
            }
            int diskTypes = (int) c.diskTypes.stream().filter(d -> d.cloud() == cloud).count();
            int diskPrices = 0;
            for (DiskPrice d : c.diskPrices) {
                if (d.cloud() == cloud) {
                    diskPrices++;
                    sources.add(d.source());
                }
            }
            if (sizes + regions + prices.size() > 0) {
                parts.add(new CloudPart(cloud, sizes, current, regions, prices, rules, licences, diskTypes, diskPrices,
                        List.copyOf(sources)));
            }
        }
        return new CatalogSummary(parts, List.copyOf(c.sources), c.lifecycles.size(), c.fxRates.size());
    }
}
