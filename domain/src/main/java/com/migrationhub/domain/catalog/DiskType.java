package com.migrationhub.domain.catalog;

/**
 * A block-storage offering (gp3, Premium SSD P30, pd-balanced) and how its performance follows
 * from its size. Performance of a disk of {@code g} GiB:
 * <ul>
 * <li>included IOPS = min(maxIops, baseIops + iopsPerGiB × g); throughput likewise with
 * baseMBps and mbpsPerGiBMilli / 1000;</li>
 * <li>when {@code provisioned}, more can be bought up to maxIops and maxMBps (and at most
 * maxIopsPerGiB × g IOPS), priced per IOPS-month and MB/s-month above what is included.</li>
 * </ul>
 * A fixed tier (Azure's P- and E- disks) has minGiB..maxGiB as its size band and is priced per
 * disk-month; other types are priced per GiB-month.
 */
public record DiskType(Cloud cloud, String name, String label, String media, long minGiB, long maxGiB,
        long baseIops, long iopsPerGiB, long maxIops, long baseMBps, long mbpsPerGiBMilli, long maxMBps,
        boolean provisioned, long maxIopsPerGiB, boolean fixedTier, String source) {
}
