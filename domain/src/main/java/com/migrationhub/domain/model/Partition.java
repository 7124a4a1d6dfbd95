package com.migrationhub.domain.model;

/** A guest file system as the guest tools report it (RVTools vPartition). Sizes in MiB. */
public class Partition {
    public String path;
    public Long capacityMiB;
    public Long consumedMiB;
    public Long freeMiB;
    public SourceRef source;
}
