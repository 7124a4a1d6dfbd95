package com.migrationhub.connectors.prices.azure;

import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.DiskType;
import com.migrationhub.domain.catalog.Usd;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Azure managed disks: the fixed tiers of Premium SSD (P), Standard SSD (E) and Standard HDD (S)
 * with the size band, IOPS and MB/s of each tier from Microsoft's documentation, and the
 * provisioned Premium SSD v2 and Ultra Disk; and their locally redundant (LRS) prices read from
 * Retail Prices API items.
 */
final class AzureDisks {
    static final String PREMIUM_V2 = "PremiumV2_LRS";
    static final String ULTRA = "UltraSSD_LRS";
    /** Hours in the month Azure's pricing calculator uses. */
    static final long HOURS_A_MONTH = 730;

    private static final Pattern TIER_METER = Pattern.compile("([PES]\\d+) LRS Disk");
    private static final Map<String, String> TIER_PRODUCTS = Map.of(
            "Premium SSD Managed Disks", "P",
            "Standard SSD Managed Disks", "E",
            "Standard HDD Managed Disks", "S");

    private record Tier(String name, long gib, long iops, long mbps) {
    }

    // includes/disk-storage-premium-ssd-sizes.md: size, base provisioned IOPS and MB/s (no bursting)
    private static final List<Tier> PREMIUM = List.of(
            new Tier("P1", 4, 120, 25), new Tier("P2", 8, 120, 25), new Tier("P3", 16, 120, 25),
            new Tier("P4", 32, 120, 25), new Tier("P6", 64, 240, 50), new Tier("P10", 128, 500, 100),
            new Tier("P15", 256, 1100, 125), new Tier("P20", 512, 2300, 150), new Tier("P30", 1024, 5000, 200),
            new Tier("P40", 2048, 7500, 250), new Tier("P50", 4096, 7500, 250), new Tier("P60", 8192, 16000, 500),
            new Tier("P70", 16384, 18000, 750), new Tier("P80", 32767, 20000, 900));
    // includes/disk-storage-standard-ssd-sizes.md: "up to" IOPS and MB/s without performance plus
    private static final List<Tier> STANDARD_SSD = List.of(
            new Tier("E1", 4, 500, 60), new Tier("E2", 8, 500, 60), new Tier("E3", 16, 500, 60),
            new Tier("E4", 32, 500, 60), new Tier("E6", 64, 500, 60), new Tier("E10", 128, 500, 60),
            new Tier("E15", 256, 500, 60), new Tier("E20", 512, 500, 60), new Tier("E30", 1024, 500, 60),
            new Tier("E40", 2048, 500, 60), new Tier("E50", 4096, 500, 60), new Tier("E60", 8192, 2000, 400),
            new Tier("E70", 16384, 4000, 600), new Tier("E80", 32767, 6000, 750));
    // includes/disk-storage-standard-hdd-sizes.md
    private static final List<Tier> STANDARD_HDD = List.of(
            new Tier("S4", 32, 500, 60), new Tier("S6", 64, 500, 60), new Tier("S10", 128, 500, 60),
            new Tier("S15", 256, 500, 60), new Tier("S20", 512, 500, 60), new Tier("S30", 1024, 500, 60),
            new Tier("S40", 2048, 500, 60), new Tier("S50", 4096, 500, 60), new Tier("S60", 8192, 1300, 300),
            new Tier("S70", 16384, 2000, 500), new Tier("S80", 32767, 2000, 500));

    private AzureDisks() {
    }

    /** Every disk type, its performance from the documentation source. */
    static List<DiskType> types(String source) {
        List<DiskType> out = new ArrayList<>();
        tiers(out, PREMIUM, "Premium SSD", "ssd", source);
        tiers(out, STANDARD_SSD, "Standard SSD", "ssd", source);
        tiers(out, STANDARD_HDD, "Standard HDD", "hdd", source);
        // 3,000 IOPS and 125 MB/s included; up to 500 IOPS per GiB, 80,000 IOPS and 1,200 MB/s
        out.add(new DiskType(Cloud.AZURE, PREMIUM_V2, "Premium SSD v2 (LRS)", "ssd", 1, 65536, 3000, 0, 80000, 125,
                0, 1200, true, 500, false, source));
        // nothing included: every IOPS and MB/s is bought; up to 1,000 IOPS per GiB, 400,000 IOPS, 10,000 MB/s
        out.add(new DiskType(Cloud.AZURE, ULTRA, "Ultra Disk (LRS)", "ssd", 4, 65536, 0, 0, 400000, 0, 0, 10000,
                true, 1000, false, source));
        return out;
    }

    private static void tiers(List<DiskType> out, List<Tier> tiers, String label, String media, String source) {
        long from = 1;
        for (Tier t : tiers) {
            // a fixed tier bills every disk up to its size, so its band starts above the tier below
            out.add(new DiskType(Cloud.AZURE, t.name, label + " " + t.name + " (LRS)", media, from, t.gib, t.iops, 0,
                    t.iops, t.mbps, 0, t.mbps, false, 0, true, source));
            from = t.gib + 1;
        }
    }

    /**
     * The LRS disk prices one region's storage items give, by disk type: the tiers per disk-month,
     * Premium SSD v2 and Ultra per GiB, IOPS and MB/s a month (their hourly meters × 730, named by
     * {@code hourlyDerivation}). A provisioned type lacking one of its three meters is left out.
     */
    static SortedMap<String, DiskPrice> prices(List<AzureRetailPricesReader.Item> items, String region, String source,
            String hourlyDerivation, String where) {
        SortedMap<String, DiskPrice> out = new TreeMap<>();
        Map<String, long[]> provisioned = new TreeMap<>();
        for (AzureRetailPricesReader.Item item : items) {
            if (!item.type().equalsIgnoreCase("Consumption") || !item.region().equals(region)) {
                continue;
            }
            String product = item.productName();
            String tierLetter = TIER_PRODUCTS.get(product);
            if (tierLetter != null) {
                Matcher m = TIER_METER.matcher(item.meterName());
                if (m.matches() && m.group(1).startsWith(tierLetter)) {
                    unit(item, "1/Month", where);
                    out.put(m.group(1), new DiskPrice(Cloud.AZURE, m.group(1), region, 0, nanos(item), 0, 0, source,
                            null));
                }
                continue;
            }
            String type = product.equals("Azure Premium SSD v2") && item.skuName().equals("Premium LRS") ? PREMIUM_V2
                    : product.equals("Ultra Disks") && item.skuName().equals("Ultra LRS") ? ULTRA : null;
            if (type == null || !item.meterName().startsWith(item.skuName())) {
                continue;
            }
            String meter = item.meterName().substring(item.skuName().length()).trim();
            int slot = switch (meter) {
                case "Provisioned Capacity" -> 0;
                case "Provisioned IOPS" -> 1;
                case "Provisioned Throughput (MBps)" -> 2;
                default -> -1;
            };
            if (slot < 0) {
                continue;
            }
            unit(item, slot == 0 ? "1 GiB/Hour" : "1/Hour", where);
            long[] month = provisioned.computeIfAbsent(type, t -> new long[] {-1, -1, -1});
            month[slot] = Usd.scale(nanos(item), HOURS_A_MONTH, 1);
        }
        for (Map.Entry<String, long[]> e : provisioned.entrySet()) {
            long[] m = e.getValue();
            if (m[0] >= 0 && m[1] >= 0 && m[2] >= 0) {
                out.put(e.getKey(), new DiskPrice(Cloud.AZURE, e.getKey(), region, m[0], 0, m[1], m[2], source,
                        hourlyDerivation));
            }
        }
        return out;
    }

    private static void unit(AzureRetailPricesReader.Item item, String expected, String where) {
        if (!item.unitOfMeasure().equals(expected)) {
            throw new CatalogBuildException(where + ": " + item.productName() + " / " + item.meterName()
                    + " is priced per '" + item.unitOfMeasure() + "', expected '" + expected + "'");
        }
    }

    private static long nanos(AzureRetailPricesReader.Item item) {
        return Usd.parse(item.unitPrice().toPlainString());
    }
}
