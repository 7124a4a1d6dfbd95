package com.migrationhub.connectors.prices.gcp;

import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.DiskType;
import java.util.List;

/**
 * The zonal Persistent Disk types the catalog prices, with the performance rules Google documents
 * for them ("About Persistent Disk performance"): limits per GiB, baseline and per VM. pricing.yml
 * gives only their price per GiB-month, under its own keys.
 */
final class GcpDiskTypes {

    /** A disk type and the compute.storage key pricing.yml prices it under. */
    record Priced(String yamlKey, DiskType type) {
    }

    private static final long MAX_GIB = 65_536;
    private static final long MIN_GIB = 10;

    private GcpDiskTypes() {
    }

    /**
     * Performance of a disk of g GiB = min(per-VM limit, baseline + per-GiB rate × g). The per-VM
     * limits are Google's read limits for the largest VMs (N2, 64 vCPUs or more); smaller VMs get
     * less. pd-standard's 0.75 read / 1.5 write IOPS per GiB has no whole-number form in the
     * catalog, so its IOPS per GiB is 0 (unknown): the catalog never counts on an HDD for IOPS.
     * pd-extreme and Hyperdisk are left out: pricing.yml does not price their provisioned IOPS
     * (nor Hyperdisk Balanced and Throughput at all), so they could not be priced whole.
     */
    static List<Priced> all(String source) {
        return List.of(
                new Priced("hdd", new DiskType(Cloud.GCP, "pd-standard", "Standard persistent disk", "hdd", MIN_GIB,
                        MAX_GIB, 0, 0, 7_500, 0, 120, 1_200, false, 0, false, source)),
                new Priced("balanced", new DiskType(Cloud.GCP, "pd-balanced", "Balanced persistent disk", "ssd",
                        MIN_GIB, MAX_GIB, 3_000, 6, 80_000, 140, 280, 1_200, false, 0, false, source)),
                new Priced("ssd", new DiskType(Cloud.GCP, "pd-ssd", "SSD (performance) persistent disk", "ssd",
                        MIN_GIB, MAX_GIB, 6_000, 30, 100_000, 240, 480, 1_200, false, 0, false, source)));
    }
}
