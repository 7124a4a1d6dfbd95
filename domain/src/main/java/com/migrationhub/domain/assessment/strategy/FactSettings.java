package com.migrationhub.domain.assessment.strategy;

/**
 * The thresholds behind the utilization facts.
 *
 * @param idleCpuPercent   CPU below this (p95, else average) is idle; default 5 %
 * @param idleNetworkMBps  network in + out below this (p95, else average) is idle; default 0.1 MB/s,
 *                         above the background chatter of an unused server (monitoring, directory)
 * @param minIdleDays      a window shorter than this is too short to call a server idle; a source
 *                         that gives no window is taken as covering its whole collection (default 7)
 */
public record FactSettings(double idleCpuPercent, double idleNetworkMBps, int minIdleDays) {
    public static final FactSettings DEFAULTS = new FactSettings(5.0, 0.1, 7);
}
