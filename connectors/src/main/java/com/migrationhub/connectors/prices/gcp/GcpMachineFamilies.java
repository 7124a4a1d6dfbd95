package com.migrationhub.connectors.prices.gcp;

import static java.util.Map.entry;

import com.migrationhub.domain.catalog.Arch;
import java.util.Map;
import java.util.Set;

/**
 * What Google's documentation says about each machine series, which pricing.yml does not carry:
 * its machine family (the catalog's series), its processor architecture and whether compute
 * flexible committed use discounts cover it.
 */
final class GcpMachineFamilies {
    static final String GENERAL = "general purpose";
    static final String COMPUTE = "compute optimized";
    static final String MEMORY = "memory optimized";
    static final String ACCELERATOR = "accelerator optimized";
    static final String STORAGE = "storage optimized";

    /** Google's machine families (cloud.google.com/compute/docs/machine-resource). */
    private static final Map<String, String> SERIES = Map.ofEntries(
            entry("e2", GENERAL), entry("f1", GENERAL), entry("g1", GENERAL), entry("n1", GENERAL),
            entry("n2", GENERAL), entry("n2d", GENERAL), entry("n4", GENERAL), entry("n4a", GENERAL),
            entry("n4d", GENERAL), entry("t2a", GENERAL), entry("t2d", GENERAL), entry("c3", GENERAL),
            entry("c3d", GENERAL), entry("c4", GENERAL), entry("c4a", GENERAL), entry("c4d", GENERAL),
            entry("c4n", GENERAL),
            entry("c2", COMPUTE), entry("c2d", COMPUTE), entry("h3", COMPUTE), entry("h4d", COMPUTE),
            entry("m1", MEMORY), entry("m2", MEMORY), entry("m3", MEMORY), entry("m4", MEMORY),
            entry("m4n", MEMORY), entry("x4", MEMORY),
            entry("a2", ACCELERATOR), entry("a3", ACCELERATOR), entry("a4", ACCELERATOR),
            entry("a4x", ACCELERATOR), entry("g2", ACCELERATOR), entry("g4", ACCELERATOR),
            entry("z3", STORAGE));

    /** Google Axion and Ampere Altra series. */
    private static final Set<String> ARM = Set.of("t2a", "c4a", "n4a");

    /** The legacy N1 shared-core types, superseded by the E2 shared-core types. */
    static final Set<String> LEGACY_SHARED_CORE = Set.of("f1-micro", "g1-small");

    /**
     * Series that compute flexible CUDs cover at the general rates (28 % and 46 %). Series that
     * Google lists with other rates (H3, M-series) or not at all are left out on purpose.
     */
    static final Set<String> FLEX_CUD_FAMILIES = Set.of("c2", "c2d", "c3", "c3d", "c4", "c4a", "c4d", "e2", "n1",
            "n2", "n2d", "n4", "n4d", "t2d");

    private GcpMachineFamilies() {
    }

    /** The series prefix of a machine type's name: n2 for n2-standard-4, c4a for c4a-highmem-8-lssd. */
    static String familyOf(String machineType) {
        int dash = machineType.indexOf('-');
        return dash < 0 ? machineType : machineType.substring(0, dash);
    }

    /** The catalog's series for a family, or null when the builder does not know the family. */
    static String series(String family) {
        return SERIES.get(family);
    }

    static Arch arch(String family) {
        return ARM.contains(family) ? Arch.ARM64 : Arch.X86_64;
    }
}
