package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.DiskOffer;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.DiskType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the cheapest disk type for one disk, following {@link DiskType}'s performance model.
 * For each priced type in the region:
 * <ul>
 * <li>a fixed tier (Azure P, E, S) fits when the capacity is within its size; it delivers its
 * included performance at its full size and costs its per-disk price;</li>
 * <li>another type is bought at max(capacity, its minimum) GiB. IOPS or MB/s beyond those
 * included are bought where the type is provisioned and prices them (gp3, io2, Premium SSD v2,
 * Hyperdisk), enlarging the disk where the type caps IOPS per GiB; else, where performance grows
 * with size (gp2, pd-balanced, pd-ssd), the disk is enlarged until it delivers them. Then it
 * costs per GiB plus the performance bought.</li>
 * </ul>
 * Ties go to the type first by name. Cost: linear in the region's disk types.
 */
final class DiskSizing {
    private DiskSizing() {
    }

    static boolean hdd(DiskType t) {
        String m = t.media() == null ? "" : t.media().toLowerCase(Locale.ROOT);
        return m.contains("hdd") || m.contains("magnetic");
    }

    // the slots of a fit: GiB bought, IOPS and MB/s delivered, IOPS and MB/s bought, price a month
    private static final int GIB = 0;
    private static final int IOPS = 1;
    private static final int MBPS = 2;
    private static final int EXTRA_IOPS = 3;
    private static final int EXTRA_MBPS = 4;
    private static final int COST = 5;

    /**
     * The cheapest offer meeting the demand, ties to the first offer in the region's order: the
     * same choice as trying every offer in turn (which {@link #chooseByScan} does and the tests
     * compare with), found faster. Fixed tiers cost the same whatever the disk, so they are tried
     * cheapest first from flat arrays and the first that fits is the best of them; the other types
     * are tried one by one.
     */
    static DiskChoice choose(DiskDemand d, Offers offers, SizingTarget where) {
        if (d.capacityGiB() <= 0) {
            return new DiskChoice(d, null, 0, 0, 0, 0, 0, 0, "capacity unknown: not priced");
        }
        long gib = d.capacityGiB();
        long iops = d.iops();
        long mbps = d.mbps();
        int bestIndex = -1;
        long bestCost = 0;
        long[] best = null;
        int tier = offers.firstFixedFit(gib, iops, mbps);
        if (tier >= 0) {
            bestIndex = offers.fixedIndex[tier];
            bestCost = offers.fixedCost[tier];
        }
        long[] fit = new long[6];
        for (int i : offers.general) {
            if (fit(d, offers.all[i], fit) && (bestIndex < 0 || fit[COST] < bestCost
                    || fit[COST] == bestCost && i < bestIndex)) {
                bestIndex = i;
                bestCost = fit[COST];
                best = fit.clone();
            }
        }
        if (bestIndex < 0) {
            return new DiskChoice(d, null, 0, 0, 0, 0, 0, 0,
                    whyNone(d, offers.all, where.cloud().label() + " " + where.region()));
        }
        if (best == null) {
            // a fixed tier won: its figures are those of the tier
            best = fit;
            fit(d, offers.all[bestIndex], best);
        }
        return new DiskChoice(d, offers.all[bestIndex], best[GIB], best[IOPS], best[MBPS], best[EXTRA_IOPS],
                best[EXTRA_MBPS], best[COST], null);
    }

    /** The reference: every offer tried in turn, the first cheapest kept. */
    static DiskChoice chooseByScan(DiskDemand d, DiskOffer[] offers, SizingTarget where) {
        if (d.capacityGiB() <= 0) {
            return new DiskChoice(d, null, 0, 0, 0, 0, 0, 0, "capacity unknown: not priced");
        }
        long[] fit = new long[6];
        long[] best = new long[6];
        DiskOffer bestOffer = null;
        for (DiskOffer o : offers) {
            if (fit(d, o, fit) && (bestOffer == null || fit[COST] < best[COST])) {
                bestOffer = o;
                System.arraycopy(fit, 0, best, 0, fit.length);
            }
        }
        if (bestOffer == null) {
            return new DiskChoice(d, null, 0, 0, 0, 0, 0, 0,
                    whyNone(d, offers, where.cloud().label() + " " + where.region()));
        }
        return new DiskChoice(d, bestOffer, best[GIB], best[IOPS], best[MBPS], best[EXTRA_IOPS], best[EXTRA_MBPS],
                best[COST], null);
    }

    /**
     * A region's disk offers prepared for {@link #choose}: the fixed tiers with a size cap (whose
     * size, performance and price do not depend on the disk) as flat arrays ordered by price, then
     * by their place among the offers; the other types by their place.
     */
    static final class Offers {
        final DiskOffer[] all;
        final int[] general;
        final int[] fixedIndex;
        final long[] fixedMaxGiB;
        final long[] fixedIops;
        final long[] fixedMbps;
        final long[] fixedCost;

        Offers(DiskOffer[] all) {
            this.all = all.clone();
            List<Integer> fixed = new ArrayList<>();
            List<Integer> other = new ArrayList<>();
            for (int i = 0; i < all.length; i++) {
                DiskType t = all[i].type();
                (t.fixedTier() && t.maxGiB() > 0 ? fixed : other).add(i);
            }
            fixed.sort(Comparator.<Integer>comparingLong(i -> tierCost(all[i])).thenComparingInt(i -> i));
            general = other.stream().mapToInt(Integer::intValue).toArray();
            int n = fixed.size();
            fixedIndex = new int[n];
            fixedMaxGiB = new long[n];
            fixedIops = new long[n];
            fixedMbps = new long[n];
            fixedCost = new long[n];
            for (int k = 0; k < n; k++) {
                int i = fixed.get(k);
                DiskType t = all[i].type();
                fixedIndex[k] = i;
                fixedMaxGiB[k] = t.maxGiB();
                fixedIops[k] = includedIops(t, t.maxGiB());
                fixedMbps[k] = includedMbps(t, t.maxGiB());
                fixedCost[k] = tierCost(all[i]);
            }
        }

        private static long tierCost(DiskOffer o) {
            return o.price().diskMonth() + o.price().gibMonth() * o.type().maxGiB();
        }

        /** The first fixed tier, in price order, that holds and delivers the demand, or -1. */
        int firstFixedFit(long gib, long iops, long mbps) {
            for (int k = 0; k < fixedCost.length; k++) {
                if (gib <= fixedMaxGiB[k] && iops <= fixedIops[k] && mbps <= fixedMbps[k]) {
                    return k;
                }
            }
            return -1;
        }
    }

    /** The disk of this type meeting the demand, or null when the type cannot. */
    static DiskChoice fit(DiskDemand d, DiskOffer o) {
        long[] f = new long[6];
        return fit(d, o, f) ? new DiskChoice(d, o, f[GIB], f[IOPS], f[MBPS], f[EXTRA_IOPS], f[EXTRA_MBPS], f[COST], null)
                : null;
    }

    /** Whether the type can meet the demand; if so, fills {@code out} with how. */
    private static boolean fit(DiskDemand d, DiskOffer o, long[] out) {
        DiskType t = o.type();
        DiskPrice p = o.price();
        long gib = d.capacityGiB();
        long iops = d.iops();
        long mbps = d.mbps();
        if (t.fixedTier()) {
            if (t.maxGiB() > 0 && gib > t.maxGiB()) {
                return false;
            }
            long g = t.maxGiB() > 0 ? t.maxGiB() : gib;
            long incI = includedIops(t, g);
            long incM = includedMbps(t, g);
            if (iops > incI || mbps > incM) {
                return false;
            }
            return set(out, g, incI, incM, 0, 0, p.diskMonth() + p.gibMonth() * g);
        }
        long g = Math.max(Math.max(gib, t.minGiB()), 1);
        boolean buyIops = t.provisioned() && p.iopsMonth() > 0;
        boolean buyMbps = t.provisioned() && p.mbpsMonth() > 0;
        // first the size the disk must have, then what it must buy at that size
        if (iops > includedIops(t, g)) {
            if (t.maxIops() > 0 && iops > t.maxIops()) {
                return false;
            }
            if (buyIops) {
                if (t.maxIopsPerGiB() > 0) {
                    g = Math.max(g, ceilDiv(iops, t.maxIopsPerGiB()));
                }
            } else if (t.iopsPerGiB() > 0) {
                g = Math.max(g, ceilDiv(iops - t.baseIops(), t.iopsPerGiB()));
            } else {
                return false;
            }
        }
        if (mbps > includedMbps(t, g)) {
            if (t.maxMBps() > 0 && mbps > t.maxMBps()) {
                return false;
            }
            if (!buyMbps) {
                if (t.mbpsPerGiBMilli() <= 0) {
                    return false;
                }
                g = Math.max(g, ceilDiv((mbps - t.baseMBps()) * 1000, t.mbpsPerGiBMilli()));
            }
        }
        if (t.maxGiB() > 0 && g > t.maxGiB()) {
            return false;
        }
        long incI = includedIops(t, g);
        long incM = includedMbps(t, g);
        long extraI = buyIops ? Math.max(0, iops - incI) : 0;
        long extraM = buyMbps ? Math.max(0, mbps - incM) : 0;
        if (iops > incI + extraI || mbps > incM + extraM) {
            return false;
        }
        return set(out, g, incI + extraI, incM + extraM, extraI, extraM,
                p.diskMonth() + p.gibMonth() * g + p.iopsMonth() * extraI + p.mbpsMonth() * extraM);
    }

    private static boolean set(long[] out, long g, long iops, long mbps, long extraIops, long extraMbps, long cost) {
        out[GIB] = g;
        out[IOPS] = iops;
        out[MBPS] = mbps;
        out[EXTRA_IOPS] = extraIops;
        out[EXTRA_MBPS] = extraMbps;
        out[COST] = cost;
        return true;
    }

    static long includedIops(DiskType t, long gib) {
        long inc = t.baseIops() + t.iopsPerGiB() * gib;
        return t.maxIops() > 0 ? Math.min(t.maxIops(), inc) : inc;
    }

    static long includedMbps(DiskType t, long gib) {
        long inc = t.baseMBps() + t.mbpsPerGiBMilli() * gib / 1000;
        return t.maxMBps() > 0 ? Math.min(t.maxMBps(), inc) : inc;
    }

    private static long ceilDiv(long a, long b) {
        return a <= 0 ? 0 : (a + b - 1) / b;
    }

    private static String whyNone(DiskDemand d, DiskOffer[] offers, String where) {
        if (offers.length == 0) {
            return "no disk type is priced in " + where;
        }
        long maxG = 0;
        long maxI = 0;
        long maxM = 0;
        for (DiskOffer o : offers) {
            DiskType t = o.type();
            maxG = Math.max(maxG, t.maxGiB() > 0 ? t.maxGiB() : Long.MAX_VALUE);
            maxI = Math.max(maxI, t.maxIops() > 0 ? t.maxIops() : Long.MAX_VALUE);
            maxM = Math.max(maxM, t.maxMBps() > 0 ? t.maxMBps() : Long.MAX_VALUE);
        }
        if (maxG < d.capacityGiB()) {
            return "no disk type in " + where + " holds " + d.capacityGiB() + " GiB (the most: " + maxG
                    + " GiB): split the volume";
        }
        if (maxI < d.iops()) {
            return "no disk type in " + where + " delivers " + d.iops() + " IOPS (the most: " + maxI + ")";
        }
        if (maxM < d.mbps()) {
            return "no disk type in " + where + " delivers " + d.mbps() + " MB/s (the most: " + maxM + ")";
        }
        return "no single disk type in " + where + " meets " + d.capacityGiB() + " GiB, " + d.iops() + " IOPS and "
                + d.mbps() + " MB/s together";
    }
}
