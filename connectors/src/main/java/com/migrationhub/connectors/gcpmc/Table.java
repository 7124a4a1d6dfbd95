package com.migrationhub.connectors.gcpmc;

import com.migrationhub.connectors.csv.HeaderProbe;
import java.util.Set;

/** The four manual-import tables of Migration Center, told apart by their header. */
enum Table {
    /** Machines: the table the others refer to by MachineId, so it is read first. */
    VM_INFO(0),
    DISK_INFO(1),
    TAG_INFO(1),
    /** The performance time series, read after every table that defines machines. */
    PERF_INFO(10);

    /** {@link com.migrationhub.domain.inventory.InventoryImporter#sequence}: lower is imported first. */
    final int sequence;

    Table(int sequence) {
        this.sequence = sequence;
    }

    /** The table whose characteristic columns the normalized header names hold, or null. */
    static Table of(Set<String> names) {
        if (!HeaderProbe.hasAll(names, "MachineId")) {
            return null;
        }
        if (HeaderProbe.hasAll(names, "MachineName")
                && HeaderProbe.countOf(names, "AllocatedProcessorCoreCount", "MemoryGiB", "MemoryMiB", "OsName") > 0) {
            return VM_INFO;
        }
        if (HeaderProbe.hasAll(names, "DiskLabel", "SizeInGib")) {
            return DISK_INFO;
        }
        if (HeaderProbe.hasAll(names, "TimeStamp") && HeaderProbe.countOf(names, "CpuUtilizationPercentage",
                "MemoryUtilizationPercentage", "DiskReadOperationsPerSec", "NetworkBytesPerSecSent") > 0) {
            return PERF_INFO;
        }
        if (HeaderProbe.hasAll(names, "Key", "Value")) {
            return TAG_INFO;
        }
        return null;
    }
}
