package com.migrationhub.connectors.prices.azure;

import com.migrationhub.connectors.prices.azure.AzureRetailPricesReader.Key;
import com.migrationhub.connectors.prices.azure.AzureRetailPricesReader.Quote;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Tells, in karpenter's Linux pay-as-you-go table, the Linux prices from the Cloud Services prices
 * of the sizes Azure also sells as Cloud Services (Dasv5, Easv5, B-series v2, ...). A Cloud
 * Services price includes a Windows licence, and the table took it instead of the VM's Linux price
 * for about half of those sizes. Two facts make them apart: within a family whose Linux price is
 * proportional to vCPUs, the Cloud Services price is exactly one Windows licence per vCPU above the
 * Linux level; and an AMD family costs less per vCPU than its Intel counterpart (Dasv5 against
 * Dsv5) while AMD plus Windows costs more. A price so identified is repaired by taking the Windows
 * licence off. Families whose price is not proportional to vCPUs or that lack such a counterpart
 * (the B-series v2) cannot be checked and are left out.
 *
 * <p>Cost: linear in the number of karpenter prices of the affected sizes.
 */
final class CloudServicesCheck {

    enum Verdict {
        /** the table's price is the Linux price */
        LINUX,
        /** the table's price is the Cloud Services price; Linux = price − Windows licence */
        REPAIRED,
        /** no way to tell: no price */
        OMITTED
    }

    /** @param linux the Linux price, null when omitted */
    record Decision(String region, String size, BigDecimal published, BigDecimal linux, Verdict verdict,
            String reason) {
    }

    /**
     * What pricing-radar, which publishes Linux and Windows for its regions, shows about the affected
     * families.
     *
     * @param checkable  families whose Linux price is proportional to vCPUs in every pricing-radar
     *                   region and that have an Intel counterpart sold only as VMs
     * @param uplift     per family, the median Windows licence per vCPU-hour of its sizes there
     * @param amdToIntel per family, the median over pricing-radar regions of its Linux price per vCPU
     *                   over its Intel counterpart's
     */
    record Calibration(Set<String> checkable, Map<String, BigDecimal> uplift, Map<String, BigDecimal> amdToIntel) {
    }

    private final Map<String, Integer> vcpus;
    private final Map<String, String> familyOf;
    private final Set<String> affected;

    /**
     * @param vcpus    vCPUs per catalog size (the parent count for constrained-vCPU sizes, which
     *                 Azure prices as the parent)
     * @param affected the catalog sizes Azure also sells as Cloud Services
     */
    CloudServicesCheck(Map<String, Integer> vcpus, Set<String> affected) {
        this.vcpus = vcpus;
        this.affected = affected;
        this.familyOf = new TreeMap<>();
        for (String size : vcpus.keySet()) {
            familyOf.put(size, AzureSizeName.parse(size).family());
        }
    }

    /** The Intel family an AMD family is compared with: Dsv5 for Dasv5, Edsv5 for Eadsv5. */
    static String counterpart(String size) {
        AzureSizeName n = AzureSizeName.parse(size);
        String additive = n.additive().replaceFirst("a", "");
        return n.prefix() + additive + n.extras() + (n.version() > 0 ? "v" + n.version() : "");
    }

    Calibration calibrate(SortedMap<Key, Quote> radar) {
        Map<String, Map<String, List<BigDecimal>>> rates = new TreeMap<>(); // family → region → Linux per vCPU
        Map<String, List<BigDecimal>> uplifts = new TreeMap<>();
        for (Map.Entry<Key, Quote> e : radar.entrySet()) {
            String size = e.getKey().size();
            Integer n = vcpus.get(size);
            BigDecimal linux = e.getValue().linux();
            if (n == null || linux == null) {
                continue;
            }
            BigDecimal rate = Stats.ratio(linux, BigDecimal.valueOf(n));
            rates.computeIfAbsent(familyOf.get(size), f -> new TreeMap<>())
                    .computeIfAbsent(e.getKey().region(), r -> new ArrayList<>()).add(rate);
            if (affected.contains(size) && e.getValue().windows() != null) {
                uplifts.computeIfAbsent(familyOf.get(size), f -> new ArrayList<>())
                        .add(Stats.ratio(e.getValue().windows().subtract(linux), BigDecimal.valueOf(n)));
            }
        }
        Set<String> families = new TreeSet<>();
        Map<String, String> counterparts = new TreeMap<>();
        for (String size : affected) {
            families.add(familyOf.get(size));
            counterparts.put(familyOf.get(size), counterpart(size));
        }
        Set<String> checkable = new TreeSet<>();
        Map<String, BigDecimal> amdToIntel = new TreeMap<>();
        Map<String, BigDecimal> uplift = new TreeMap<>();
        for (String family : families) {
            Map<String, List<BigDecimal>> byRegion = rates.getOrDefault(family, Map.of());
            boolean proportional = true;
            boolean seen = false;
            List<BigDecimal> ratios = new ArrayList<>();
            for (Map.Entry<String, List<BigDecimal>> r : byRegion.entrySet()) {
                List<BigDecimal> v = r.getValue();
                if (v.size() >= 2) {
                    BigDecimal min = v.stream().min(BigDecimal::compareTo).orElseThrow();
                    BigDecimal max = v.stream().max(BigDecimal::compareTo).orElseThrow();
                    // Azure rounds prices to three or four digits: 1 % of room
                    proportional &= Stats.ratio(max, min).compareTo(new BigDecimal("1.01")) <= 0;
                    seen |= v.size() >= 3;
                }
                List<BigDecimal> intel = rates.getOrDefault(counterparts.get(family), Map.of()).get(r.getKey());
                if (intel != null && !isAffectedFamily(counterparts.get(family))) {
                    ratios.add(Stats.ratio(Stats.median(v), Stats.median(intel)));
                }
            }
            if (!ratios.isEmpty()) {
                amdToIntel.put(family, Stats.median(ratios));
            }
            List<BigDecimal> u = uplifts.get(family);
            if (u != null) {
                uplift.put(family, Stats.median(u));
            }
            if (proportional && seen && !ratios.isEmpty() && u != null) {
                checkable.add(family);
            }
        }
        return new Calibration(checkable, uplift, amdToIntel);
    }

    private boolean isAffectedFamily(String family) {
        for (String size : affected) {
            if (familyOf.get(size).equals(family)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Decides every karpenter price of an affected size.
     *
     * @param upliftByRegion the Windows licence per vCPU-hour measured in a region on the Intel
     *                       counterparts, where a source gives it; elsewhere the family's in pricing-radar
     */
    List<Decision> check(SortedMap<String, SortedMap<String, BigDecimal>> karpenter,
            Map<String, BigDecimal> upliftByRegion, Calibration cal) {
        List<Decision> out = new ArrayList<>();
        for (Map.Entry<String, SortedMap<String, BigDecimal>> r : karpenter.entrySet()) {
            String region = r.getKey();
            Map<String, SortedMap<String, BigDecimal>> byFamily = new TreeMap<>();
            for (Map.Entry<String, BigDecimal> p : r.getValue().entrySet()) {
                if (affected.contains(p.getKey()) && vcpus.containsKey(p.getKey())) {
                    byFamily.computeIfAbsent(familyOf.get(p.getKey()), f -> new TreeMap<>()).put(p.getKey(), p.getValue());
                }
            }
            for (Map.Entry<String, SortedMap<String, BigDecimal>> f : byFamily.entrySet()) {
                BigDecimal uplift = upliftByRegion.getOrDefault(region, cal.uplift().get(f.getKey()));
                out.addAll(family(region, f.getKey(), f.getValue(), r.getValue(), uplift, cal));
            }
        }
        return out;
    }

    private List<Decision> family(String region, String family, SortedMap<String, BigDecimal> prices,
            SortedMap<String, BigDecimal> regionPrices, BigDecimal uplift, Calibration cal) {
        if (!cal.checkable().contains(family)) {
            return omit(region, prices, family + " is not priced in proportion to vCPUs or has no Intel counterpart"
                    + " sold only as VMs, so a Cloud Services price cannot be told from a Linux one");
        }
        Map<String, BigDecimal> rates = new TreeMap<>();
        for (Map.Entry<String, BigDecimal> p : prices.entrySet()) {
            rates.put(p.getKey(), Stats.ratio(p.getValue(), BigDecimal.valueOf(vcpus.get(p.getKey()))));
        }
        BigDecimal low = rates.values().stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal room = uplift.divide(BigDecimal.valueOf(4));
        Set<String> windows = new TreeSet<>();
        for (Map.Entry<String, BigDecimal> e : rates.entrySet()) {
            BigDecimal above = e.getValue().subtract(low);
            if (above.subtract(uplift).abs().compareTo(room) <= 0) {
                windows.add(e.getKey());
            } else if (above.compareTo(room) > 0) {
                return omit(region, prices, family + " has prices at more than two levels per vCPU");
            }
        }
        if (windows.isEmpty()) {
            // one level: Linux or all Cloud Services; the Intel counterpart in the region tells
            String intelFamily = counterpart(prices.firstKey());
            List<BigDecimal> intel = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> p : regionPrices.entrySet()) {
                String f = familyOf.get(p.getKey());
                if (intelFamily.equals(f) && !affected.contains(p.getKey())) {
                    intel.add(Stats.ratio(p.getValue(), BigDecimal.valueOf(vcpus.get(p.getKey()))));
                }
            }
            BigDecimal expected = cal.amdToIntel().get(family);
            if (intel.isEmpty() || expected == null) {
                return omit(region, prices, family + " has one price level and no " + intelFamily
                        + " price to tell whether it is Linux");
            }
            BigDecimal intelRate = Stats.median(intel);
            BigDecimal asLinux = Stats.ratio(low, intelRate).subtract(expected).abs();
            BigDecimal asWindows = Stats.ratio(low.subtract(uplift), intelRate).subtract(expected).abs();
            if (asWindows.compareTo(asLinux) < 0) {
                windows.addAll(prices.keySet());
            }
        }
        List<Decision> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> p : prices.entrySet()) {
            if (windows.contains(p.getKey())) {
                BigDecimal linux = p.getValue().subtract(uplift.multiply(BigDecimal.valueOf(vcpus.get(p.getKey()))));
                out.add(new Decision(region, p.getKey(), p.getValue(), linux, Verdict.REPAIRED,
                        "Cloud Services price"));
            } else {
                out.add(new Decision(region, p.getKey(), p.getValue(), p.getValue(), Verdict.LINUX, "Linux price"));
            }
        }
        return out;
    }

    private static List<Decision> omit(String region, SortedMap<String, BigDecimal> prices, String reason) {
        List<Decision> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> p : prices.entrySet()) {
            out.add(new Decision(region, p.getKey(), p.getValue(), null, Verdict.OMITTED, reason));
        }
        return out;
    }
}
