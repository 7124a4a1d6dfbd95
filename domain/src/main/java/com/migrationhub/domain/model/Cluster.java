package com.migrationhub.domain.model;

/** A cluster of hosts where the source describes clusters. */
public class Cluster {
    public String name;
    public String vCenter;
    public String datacenter;
    public Integer hostCount;
    public Integer cores;
    public Long memoryMiB;
    public Double cpuUsagePct;
    public Double memoryUsagePct;
    public Boolean haEnabled;
    public Boolean drsEnabled;
    public SourceRef source;
}
