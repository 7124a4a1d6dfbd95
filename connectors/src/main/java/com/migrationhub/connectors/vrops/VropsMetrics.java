package com.migrationhub.connectors.vrops;

import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.domain.model.Metric;
import java.util.Map;

/**
 * The vROps (Aria Operations) virtual-machine metrics this import reads, by their display name as
 * exports head their columns ({@code CPU|Usage (%)}) and by their metric key
 * ({@code cpu|usage_average}), with the divisor to the model's unit: KBps and KB are divided by
 * 1024 to MB/s and MiB (vSphere's kilobytes are 1024 bytes). Names are matched as
 * {@link CsvHeader#normalize} leaves them.
 */
final class VropsMetrics {

    /** A metric and the divisor from the column's unit to the metric's. */
    record Reading(Metric metric, double divisor) {
    }

    private static final double KIB = 1024;

    private static final Map<String, Reading> BY_NAME = Map.ofEntries(
            Map.entry("cpu|usage (%)", new Reading(Metric.CPU_PERCENT, 1)),
            Map.entry("cpu|usage_average", new Reading(Metric.CPU_PERCENT, 1)),
            Map.entry("memory|usage (%)", new Reading(Metric.MEMORY_PERCENT, 1)),
            Map.entry("mem|usage_average", new Reading(Metric.MEMORY_PERCENT, 1)),
            Map.entry("memory|consumed (kb)", new Reading(Metric.MEMORY_USED_MIB, KIB)),
            Map.entry("mem|consumed_average", new Reading(Metric.MEMORY_USED_MIB, KIB)),
            Map.entry("disk|commands per second", new Reading(Metric.DISK_IOPS, 1)),
            Map.entry("disk|commandsaveraged_average", new Reading(Metric.DISK_IOPS, 1)),
            Map.entry("disk|reads per second", new Reading(Metric.DISK_READ_IOPS, 1)),
            Map.entry("disk|writes per second", new Reading(Metric.DISK_WRITE_IOPS, 1)),
            Map.entry("disk|usage rate (kbps)", new Reading(Metric.DISK_MBPS, KIB)),
            Map.entry("disk|usage_average", new Reading(Metric.DISK_MBPS, KIB)),
            // what Aria Operations 8.x displays for disk|usage_average
            Map.entry("physical disk|total throughput (kbps)", new Reading(Metric.DISK_MBPS, KIB)),
            Map.entry("disk|read rate (kbps)", new Reading(Metric.DISK_READ_MBPS, KIB)),
            Map.entry("disk|write rate (kbps)", new Reading(Metric.DISK_WRITE_MBPS, KIB)),
            Map.entry("network|usage rate (kbps)", new Reading(Metric.NETWORK_MBPS, KIB)),
            Map.entry("net|usage_average", new Reading(Metric.NETWORK_MBPS, KIB)),
            Map.entry("network|data receive rate (kbps)", new Reading(Metric.NETWORK_IN_MBPS, KIB)),
            Map.entry("network|data transmit rate (kbps)", new Reading(Metric.NETWORK_OUT_MBPS, KIB)));

    /** The columns that name the virtual machine, in order of preference. */
    static final String[] NAME_COLUMNS = {
        "Name", "Object Name", "Object", "Virtual Machine", "VM Name", "VM", "Resource Name", "Resource",
    };

    /** The columns that hold the sample time of the long layout. */
    static final String[] TIME_COLUMNS = {"Time", "Timestamp", "Time Stamp", "Date Time", "Date/Time", "Date"};

    private VropsMetrics() {
    }

    /** The reading of a column, or null for a column this import does not read. */
    static Reading of(String header) {
        return BY_NAME.get(CsvHeader.normalize(header));
    }
}
