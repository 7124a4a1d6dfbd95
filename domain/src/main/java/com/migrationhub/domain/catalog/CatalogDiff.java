package com.migrationhub.domain.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two catalogs (the shipped one and a new build, or two builds): sources
 * whose data date moved, sizes and prices added, removed or changed. Prices are compared by
 * (cloud, size, region, option); a price that moved only from read to derived or back is a change
 * too, since a report states which it is. Cost: linear in the catalogs' size.
 */
public record CatalogDiff(List<Change> sources, List<Change> sizes, List<PriceChange> prices,
        List<Change> licences, List<Change> diskPrices) {

    /** A row added (before null), removed (after null) or changed; texts describe the row. */
    public record Change(String key, String before, String after) {
        public String kind() {
            return before == null ? "added" : after == null ? "removed" : "changed";
        }
    }

    /** A compute price added, removed or changed, in nano-dollars an hour (0 when absent). */
    public record PriceChange(Cloud cloud, String size, String region, PricingOption option, long before,
            long after, boolean derivedBefore, boolean derivedAfter, boolean wasPresent, boolean isPresent) {
        public String kind() {
            return !wasPresent ? "added" : !isPresent ? "removed" : "changed";
        }

        /** The change in per cent of the old price; 0 for an added or removed price. */
        public double percent() {
            return wasPresent && isPresent && before > 0 ? (after - before) * 100.0 / before : 0;
        }
    }

    public boolean isEmpty() {
        return sources.isEmpty() && sizes.isEmpty() && prices.isEmpty() && licences.isEmpty() && diskPrices.isEmpty();
    }

    public static CatalogDiff between(CatalogContent before, CatalogContent after) {
        List<Change> sources = compare(before.sources, after.sources, CatalogSource::id,
                s -> s.dataDate() + " " + s.file() + " @ " + s.commit());
        List<Change> sizes = compare(before.sizes, after.sizes, s -> s.cloud().id() + " " + s.name(),
                s -> s.vcpus() + " vCPU, " + s.memoryMiB() + " MiB, " + s.arch().id() + (s.current() ? "" : ", previous")
                        + ", disks " + s.maxDataDisks() + ", NICs " + s.maxNics());
        List<Change> licences = compare(before.licences, after.licences,
                l -> l.cloud().id() + " " + l.licence().id() + " " + l.region() + " " + l.size(),
                l -> Usd.format(l.usdNanosPerHour()) + (l.perVcpu() ? "/vCPU-h" : "/h")
                        + (l.derivation() == null ? "" : " derived"));
        List<Change> disks = compare(before.diskPrices, after.diskPrices,
                d -> d.cloud().id() + " " + d.type() + " " + d.region(),
                d -> Usd.format(d.gibMonth()) + "/GiB " + Usd.format(d.diskMonth()) + "/disk "
                        + Usd.format(d.iopsMonth()) + "/IOPS " + Usd.format(d.mbpsMonth()) + "/MBps"
                        + (d.derivation() == null ? "" : " derived"));
        Map<String, Price> old = new HashMap<>();
        for (Price p : before.prices) {
            old.put(key(p), p);
        }
        List<PriceChange> prices = new ArrayList<>();
        Map<String, Price> seen = new HashMap<>();
        for (Price p : after.prices) {
            String k = key(p);
            seen.put(k, p);
            Price o = old.get(k);
            if (o == null) {
                prices.add(new PriceChange(p.cloud(), p.size(), p.region(), p.option(), 0, p.usdNanosPerHour(), false,
                        p.derivation() != null, false, true));
            } else if (o.usdNanosPerHour() != p.usdNanosPerHour()
                    || (o.derivation() == null) != (p.derivation() == null)) {
                prices.add(new PriceChange(p.cloud(), p.size(), p.region(), p.option(), o.usdNanosPerHour(),
                        p.usdNanosPerHour(), o.derivation() != null, p.derivation() != null, true, true));
            }
        }
        for (Price o : before.prices) {
            if (!seen.containsKey(key(o))) {
                prices.add(new PriceChange(o.cloud(), o.size(), o.region(), o.option(), o.usdNanosPerHour(), 0,
                        o.derivation() != null, false, true, false));
            }
        }
        prices.sort((a, b) -> (a.cloud().id() + " " + a.size() + " " + a.region() + " " + a.option().id())
                .compareTo(b.cloud().id() + " " + b.size() + " " + b.region() + " " + b.option().id()));
        return new CatalogDiff(sources, sizes, prices, licences, disks);
    }

    private static String key(Price p) {
        return p.cloud().id() + " " + p.size() + " " + p.region() + " " + p.option().id();
    }

    private static <T> List<Change> compare(List<T> before, List<T> after, Function<T, String> key,
            Function<T, String> text) {
        Map<String, String> a = new LinkedHashMap<>();
        for (T t : before) {
            a.put(key.apply(t), text.apply(t));
        }
        Map<String, String> b = new LinkedHashMap<>();
        for (T t : after) {
            b.put(key.apply(t), text.apply(t));
        }
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            String x = a.get(k);
            String y = b.get(k);
            if (!Objects.equals(x, y)) {
                changes.add(new Change(k, x, y));
            }
        }
        return changes;
    }
}
