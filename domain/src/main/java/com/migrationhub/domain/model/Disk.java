package com.migrationhub.domain.model;

/** A virtual or physical disk of a server. Sizes in MiB (base 2), as every importer converts them. */
public class Disk {
    public String label;
    public Long capacityMiB;
    /** Space used on the disk where the source knows it. */
    public Long usedMiB;
    public Boolean thin;
    public String controller;
    public String datastore;
    /** The kind of storage where the source says (Migration Center's "SSD", "gp3"). */
    public String storageType;
    /** Shared / multi-writer sharing mode, or a raw device mapping: matters for readiness. */
    public String sharing;
    public Boolean raw;
    public String diskMode;
    public Double readIops;
    public Double writeIops;
    public Double readMBps;
    public Double writeMBps;
    public SourceRef source;
}
