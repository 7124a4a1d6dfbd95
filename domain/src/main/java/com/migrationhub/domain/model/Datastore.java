package com.migrationhub.domain.model;

/** A datastore where the source describes them. Sizes in MiB. */
public class Datastore {
    public String name;
    public String vCenter;
    public String type;
    public Long capacityMiB;
    public Long provisionedMiB;
    public Long inUseMiB;
    public Long freeMiB;
    public Integer hostCount;
    public String clusterName;
    public SourceRef source;
}
