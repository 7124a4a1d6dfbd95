package com.migrationhub.domain.model;

/** A hypervisor host (ESXi) where the source describes hosts. */
public class Host {
    public String name;
    public String vCenter;
    public String datacenter;
    public String cluster;
    public String cpuModel;
    public Integer sockets;
    public Integer cores;
    public Integer threads;
    public Long memoryMiB;
    /** Percent, 0-100. */
    public Double cpuUsagePct;
    /** Percent, 0-100. */
    public Double memoryUsagePct;
    public Integer vmCount;
    public String vendor;
    public String model;
    public String hypervisorVersion;
    public SourceRef source;
}
