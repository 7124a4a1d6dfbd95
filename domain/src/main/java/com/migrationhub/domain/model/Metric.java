package com.migrationhub.domain.model;

/** The utilization metrics kept per server, with the unit each is stored in. */
public enum Metric {
    CPU_PERCENT("%"),
    MEMORY_PERCENT("%"),
    MEMORY_USED_MIB("MiB"),
    DISK_READ_IOPS("IOPS"),
    DISK_WRITE_IOPS("IOPS"),
    DISK_IOPS("IOPS"),
    DISK_READ_MBPS("MB/s"),
    DISK_WRITE_MBPS("MB/s"),
    DISK_MBPS("MB/s"),
    NETWORK_IN_MBPS("MB/s"),
    NETWORK_OUT_MBPS("MB/s"),
    NETWORK_MBPS("MB/s");

    private final String unit;

    Metric(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }
}
