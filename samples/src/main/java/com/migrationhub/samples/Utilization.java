package com.migrationhub.samples;

/**
 * A VM's load over the collection window: averages and peaks of CPU, memory, disk and network.
 * Disk and network rates are in KiB per second, as vCenter's counters give them. A VM that was
 * not running has {@link #NONE}: no samples at all, which every source shows as empty cells.
 */
record Utilization(double cpuAvgPct, double cpuMaxPct, double memAvgPct, double memMaxPct, double readIopsAvg,
        double writeIopsAvg, double readIopsMax, double writeIopsMax, double readKBpsAvg, double writeKBpsAvg,
        double readKBpsMax, double writeKBpsMax, double netInKBpsAvg, double netOutKBpsAvg, double netInKBpsMax,
        double netOutKBpsMax) {

    static final Utilization NONE = new Utilization(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    boolean measured() {
        return this != NONE;
    }
}
