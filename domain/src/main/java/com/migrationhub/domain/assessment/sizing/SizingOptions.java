package com.migrationhub.domain.assessment.sizing;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How servers are sized: the basis, the statistic and head-room for performance-based sizing,
 * and which of a cloud's sizes may be chosen. {@link #defaults()} gives the workbench's defaults;
 * the {@code with...} methods change one setting.
 *
 * @param mode                  as on premises, performance-based, or automatic (default)
 * @param percentile            50, 90, 95 (default) or 99; see {@link Statistic#forPercentile}
 * @param comfortFactor         head-room multiplied onto measured utilization, an exact decimal
 *                              (default 1.3, as Azure Migrate); positive
 * @param families              the only size families allowed, compared case-insensitively;
 *                              empty (default) allows all
 * @param allowArm              Arm (Graviton, Ampere, Axion) sizes for x86 servers; default false,
 *                              since moving to Arm means rebuilding the software. Never for Windows;
 *                              an Arm server always gets an Arm size
 * @param allowBurstable        burstable sizes (t3, B-series, e2 shared-core); default false:
 *                              sustained load exhausts their CPU credits
 * @param allowGpu              sizes with GPUs; default false (a GPU server needs a GPU-aware choice)
 * @param allowHdd              hard-disk storage types (st1, sc1, Standard HDD, pd-standard); default
 *                              false: they cannot boot (AWS) or serve random I/O
 * @param minMemoryMiBPerVcpu   a size must have at least this memory per vCPU; 0 (default) for none
 * @param currentOnly           only sizes offered for new deployments (default true)
 * @param performanceWindowDays the period utilization data should cover for full confidence
 *                              (default 30 days)
 */
public record SizingOptions(SizingMode mode, int percentile, BigDecimal comfortFactor, Set<String> families,
        boolean allowArm, boolean allowBurstable, boolean allowGpu, boolean allowHdd, long minMemoryMiBPerVcpu,
        boolean currentOnly, int performanceWindowDays) {

    public static final BigDecimal DEFAULT_COMFORT = new BigDecimal("1.3");

    public SizingOptions {
        Objects.requireNonNull(mode, "mode");
        Statistic.forPercentile(percentile);
        Objects.requireNonNull(comfortFactor, "comfortFactor");
        if (comfortFactor.signum() <= 0) {
            throw new IllegalArgumentException("the comfort factor must be positive, not " + comfortFactor);
        }
        comfortFactor = comfortFactor.stripTrailingZeros();
        TreeSet<String> f = new TreeSet<>();
        for (String family : families) {
            f.add(family.trim().toLowerCase(Locale.ROOT));
        }
        families = Set.copyOf(f);
        if (minMemoryMiBPerVcpu < 0) {
            throw new IllegalArgumentException("minimum memory per vCPU must not be negative");
        }
        if (performanceWindowDays <= 0) {
            throw new IllegalArgumentException("the performance window must be at least one day");
        }
    }

    public static SizingOptions defaults() {
        return new SizingOptions(SizingMode.AUTO, 95, DEFAULT_COMFORT, Set.of(), false, false, false, false, 0, true,
                30);
    }

    /** The statistic the percentile reads. */
    public Statistic statistic() {
        return Statistic.forPercentile(percentile);
    }

    public SizingOptions withMode(SizingMode m) {
        return new SizingOptions(m, percentile, comfortFactor, families, allowArm, allowBurstable, allowGpu, allowHdd,
                minMemoryMiBPerVcpu, currentOnly, performanceWindowDays);
    }

    public SizingOptions withPercentile(int p) {
        return new SizingOptions(mode, p, comfortFactor, families, allowArm, allowBurstable, allowGpu, allowHdd,
                minMemoryMiBPerVcpu, currentOnly, performanceWindowDays);
    }

    /** The comfort factor as a decimal text such as "1.3". */
    public SizingOptions withComfortFactor(String factor) {
        return withComfortFactor(new BigDecimal(factor));
    }

    public SizingOptions withComfortFactor(BigDecimal factor) {
        return new SizingOptions(mode, percentile, factor, families, allowArm, allowBurstable, allowGpu, allowHdd,
                minMemoryMiBPerVcpu, currentOnly, performanceWindowDays);
    }

    public SizingOptions withFamilies(Set<String> f) {
        return new SizingOptions(mode, percentile, comfortFactor, f, allowArm, allowBurstable, allowGpu, allowHdd,
                minMemoryMiBPerVcpu, currentOnly, performanceWindowDays);
    }

    public SizingOptions withAllowArm(boolean allow) {
        return new SizingOptions(mode, percentile, comfortFactor, families, allow, allowBurstable, allowGpu, allowHdd,
                minMemoryMiBPerVcpu, currentOnly, performanceWindowDays);
    }

    public SizingOptions withAllowBurstable(boolean allow) {
        return new SizingOptions(mode, percentile, comfortFactor, families, allowArm, allow, allowGpu, allowHdd,
                minMemoryMiBPerVcpu, currentOnly, performanceWindowDays);
    }

    public SizingOptions withAllowGpu(boolean allow) {
        return new SizingOptions(mode, percentile, comfortFactor, families, allowArm, allowBurstable, allow, allowHdd,
                minMemoryMiBPerVcpu, currentOnly, performanceWindowDays);
    }

    public SizingOptions withAllowHdd(boolean allow) {
        return new SizingOptions(mode, percentile, comfortFactor, families, allowArm, allowBurstable, allowGpu, allow,
                minMemoryMiBPerVcpu, currentOnly, performanceWindowDays);
    }

    public SizingOptions withMinMemoryMiBPerVcpu(long mib) {
        return new SizingOptions(mode, percentile, comfortFactor, families, allowArm, allowBurstable, allowGpu, allowHdd,
                mib, currentOnly, performanceWindowDays);
    }

    public SizingOptions withCurrentOnly(boolean only) {
        return new SizingOptions(mode, percentile, comfortFactor, families, allowArm, allowBurstable, allowGpu, allowHdd,
                minMemoryMiBPerVcpu, only, performanceWindowDays);
    }

    public SizingOptions withPerformanceWindowDays(int days) {
        return new SizingOptions(mode, percentile, comfortFactor, families, allowArm, allowBurstable, allowGpu, allowHdd,
                minMemoryMiBPerVcpu, currentOnly, days);
    }
}
