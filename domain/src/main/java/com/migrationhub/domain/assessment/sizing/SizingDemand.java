package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.model.Metric;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one server needs in any cloud, worked out once and then matched against every cloud,
 * region and pricing option: vCPUs, memory, disks, NICs and storage performance, each with how
 * it was derived.
 *
 * @param serverId       the server's id in the project (0 when not stored)
 * @param serverName     its name, for texts
 * @param requested      the mode the options asked for
 * @param basis          the basis used: {@link SizingMode#AS_ON_PREMISES} or {@link SizingMode#PERFORMANCE}
 *                       (never AUTO)
 * @param percentile     the percentile asked for
 * @param comfortFactor  the comfort factor applied
 * @param cpu            how the vCPUs were derived
 * @param memory         how the memory was derived (MiB)
 * @param vcpus          vCPUs needed (at least 1); 0 when the server cannot be sized
 * @param memoryMiB      memory needed in MiB (at least 512); 0 when the server cannot be sized
 * @param dataDisks      data disks to attach: every disk but the first, which is taken as the OS disk
 * @param nics           network interfaces to attach (0 when the inventory lists none)
 * @param iops           the server's total storage IOPS need, 0 when no data
 * @param mbps           its total storage MB/s need, 0 when no data
 * @param iopsFigure     how the IOPS were derived, or null when from per-disk figures or no data
 * @param mbpsFigure     how the MB/s were derived, or null likewise
 * @param disks          each disk's need, in inventory order
 * @param confidence     the rating of the performance data used
 * @param licences       the operating-system licence the server brings (none or one)
 * @param windows        a Windows server: no Arm sizes
 * @param arm            an Arm server: only Arm sizes
 * @param unsizable      why no size can be chosen at all (no vCPU count, no memory), or null
 */
public record SizingDemand(long serverId, String serverName, SizingMode requested, SizingMode basis, int percentile,
        BigDecimal comfortFactor, Figure cpu, Figure memory, int vcpus, long memoryMiB, int dataDisks, int nics,
        long iops, long mbps, Figure iopsFigure, Figure mbpsFigure, List<DiskDemand> disks, Confidence confidence,
        List<Licence> licences, boolean windows, boolean arm, String unsizable) {

    public SizingDemand {
        disks = List.copyOf(disks);
        licences = List.copyOf(licences);
    }

    /** The fewest vCPUs a size is chosen for. */
    public static final int MIN_VCPUS = 1;
    /** The least memory a size is chosen for, in MiB: below it no current general-purpose size exists. */
    public static final long MIN_MEMORY_MIB = 512;

    /**
     * How one figure of the demand was derived.
     *
     * @param what       "CPU", "memory", "storage IOPS", "storage MB/s"
     * @param unit       "vCPU", "MiB", "IOPS", "MB/s"
     * @param allocated  the allocation on premises (0 when there is none, as for IOPS)
     * @param metric     the utilization metric read, or null when the allocation was used
     * @param plus       a second metric added to the first (DISK_WRITE_IOPS to DISK_READ_IOPS), or null
     * @param statistic  the statistic read, or null
     * @param wanted     the statistic the percentile asked for (differs from {@code statistic} when
     *                   the data lacks it), or null
     * @param observed   the statistic's value (per cent, or the metric's unit), or null
     * @param exact      the exact product before rounding, or null
     * @param needed     the whole figure needed after rounding up, capping and flooring
     * @param limit      whether the cap at the allocation or the floor applied
     */
    public record Figure(String what, String unit, long allocated, Metric metric, Metric plus, Statistic statistic,
            Statistic wanted, BigDecimal observed, BigDecimal exact, long needed, Limit limit) {

        /** Whether rounding up was followed by a cap or a floor. */
        public enum Limit {
            NONE, CAPPED, FLOORED
        }

        public boolean measured() {
            return metric != null;
        }

        /**
         * One line of the explanation, for example "CPU: 4 vCPU × p95 50 % × 1.3 = 2.6 → 3 vCPU
         * needed" or "memory: 16384 MiB allocated (as on premises) → 16384 MiB needed".
         */
        public String describe(BigDecimal comfort) {
            StringBuilder b = new StringBuilder(what).append(": ");
            if (metric == null) {
                b.append(allocated).append(' ').append(unit).append(" allocated");
            } else if (metric.unit().equals("%")) {
                b.append(allocated).append(' ').append(unit).append(" × ").append(statistic.label()).append(' ')
                        .append(Texts.decimal(observed)).append(" % × ").append(comfort.toPlainString()).append(" = ")
                        .append(Texts.decimal(exact));
            } else {
                b.append(statistic.label()).append(' ').append(metric.name())
                        .append(plus == null ? "" : " + " + plus.name()).append(' ')
                        .append(Texts.decimal(observed)).append(' ').append(metric.unit()).append(" × ")
                        .append(comfort.toPlainString()).append(" = ").append(Texts.decimal(exact));
            }
            if (wanted != null && statistic != null && wanted != statistic) {
                b.append(" (the data has no ").append(wanted.label()).append(", so the ").append(statistic.label())
                        .append(" is used)");
            }
            switch (limit) {
                case CAPPED -> b.append(", capped at the ").append(allocated).append(" allocated");
                case FLOORED -> b.append(", raised to the minimum");
                default -> {
                }
            }
            b.append(" → ").append(needed).append(' ').append(unit).append(" needed");
            if (unit.equals("MiB")) {
                b.append(" (").append(Texts.gib(needed)).append(" GiB)");
            }
            return b.toString();
        }
    }

    public boolean sizable() {
        return unsizable == null;
    }

    public long storageGiB() {
        long g = 0;
        for (DiskDemand d : disks) {
            g += d.capacityGiB();
        }
        return g;
    }
}
