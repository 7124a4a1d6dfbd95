package com.migrationhub.domain.assessment.risk;

/**
 * The figures behind the threshold factors.
 *
 * @param extremeVcpus        size-extreme from this many vCPUs (default 64: few cloud sizes above, and those are costly)
 * @param extremeMemoryGiB    size-extreme from this much memory (default 512 GiB: memory-optimized sizes only)
 * @param extremeStorageGiB   size-extreme from this much disk (default 16 TiB: days of replication over a 1 Gbit/s link)
 * @param manyDependencies    many-dependencies from this many (default 10)
 * @param minUtilizationDays  a utilization window shorter than this is partial (default 14: a month-end can be missed)
 * @param eolWarningMonths    os-eol-within-12-months looks this far ahead (default 12)
 */
public record RiskThresholds(int extremeVcpus, long extremeMemoryGiB, long extremeStorageGiB, int manyDependencies,
        int minUtilizationDays, int eolWarningMonths) {
    public static final RiskThresholds DEFAULTS = new RiskThresholds(64, 512, 16 * 1024, 10, 14, 12);
}
