package com.migrationhub.domain.catalog;

/**
 * The monthly price of a disk type in a region, in nano-dollars: per GiB provisioned, per disk
 * (fixed tiers), and per IOPS and MB/s provisioned above what the type includes.
 */
public record DiskPrice(Cloud cloud, String type, String region, long gibMonth, long diskMonth, long iopsMonth,
        long mbpsMonth, String source, String derivation) {
}
