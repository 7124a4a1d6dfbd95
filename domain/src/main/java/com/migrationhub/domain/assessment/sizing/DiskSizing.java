package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.DiskOffer;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.DiskType;
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

    static DiskChoice choose(DiskDemand d, DiskOffer[] offers, SizingTarget where) {
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
