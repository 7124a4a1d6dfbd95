package com.migrationhub.samples;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One point of a VM's performance time series, for the sources that export samples rather than
 * summaries (vROps, Migration Center's perfInfo). Samples follow a working-day curve around the
 * VM's averages with noise, never exceed its peaks, and depend only on the VM and the instant, so
 * two sources sampling the same hour agree.
 */
record UtilizationSample(double cpuPct, double memPct, double readIops, double writeIops, double readKBps,
        double writeKBps, double netInKBps, double netOutKBps) {

    static UtilizationSample of(VirtualMachine vm, LocalDateTime at) {
        Utilization u = vm.utilization;
        long hourStamp = at.toEpochSecond(ZoneOffset.UTC) / 3600;
        // Busiest at 14:00, quietest at 02:00: the plants run day shifts.
        double curve = 1 + 0.35 * Math.sin(2 * Math.PI * (at.getHour() - 8) / 24.0);
        double cpuF = curve * (0.8 + 0.4 * noise(vm.seed, hourStamp, 1));
        double memF = 0.95 + 0.1 * noise(vm.seed, hourStamp, 2);
        double ioF = curve * (0.6 + 0.8 * noise(vm.seed, hourStamp, 3));
        double netF = curve * (0.6 + 0.8 * noise(vm.seed, hourStamp, 4));
        return new UtilizationSample(
                Math.min(u.cpuMaxPct(), u.cpuAvgPct() * cpuF),
                Math.min(u.memMaxPct(), u.memAvgPct() * memF),
                Math.min(u.readIopsMax(), u.readIopsAvg() * ioF),
                Math.min(u.writeIopsMax(), u.writeIopsAvg() * ioF),
                Math.min(u.readKBpsMax(), u.readKBpsAvg() * ioF),
                Math.min(u.writeKBpsMax(), u.writeKBpsAvg() * ioF),
                Math.min(u.netInKBpsMax(), u.netInKBpsAvg() * netF),
                Math.min(u.netOutKBpsMax(), u.netOutKBpsAvg() * netF));
    }

    /** A uniform value in [0, 1) fixed by the VM, the hour and the metric. */
    private static double noise(long vmSeed, long hourStamp, int metric) {
        long h = Seeds.mix(vmSeed ^ Seeds.mix(hourStamp * 31 + metric));
        return (h >>> 11) * 0x1.0p-53;
    }
}
