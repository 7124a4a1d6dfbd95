package com.migrationhub.domain.inventory;

import java.util.List;

/**
 * How detailed each import format's description of a server is, most detailed first. When two
 * exports describe the same machine, a value from a more detailed source is never overwritten by
 * a less detailed one (which only fills what is empty): an RVTools export reads the hypervisor's
 * own configuration in MiB, while an Azure Migrate CSV rounds disks to GB and is often typed by
 * hand. RVTools 3.x exports (MB headers, fewer sheets) rank below 4.x ones. Formats not listed
 * rank last.
 */
public final class SourceFidelity {

    private static final List<String> ORDER = List.of("rvtools", "rvtools-3", "aws-mhub", "gcp-mc", "azure-migrate",
            "csv", "vrops");

    private SourceFidelity() {
    }

    /** The key a source ranks by: the format, told apart by tool version where that matters. */
    public static String key(String format, String toolVersion) {
        if ("rvtools".equals(format) && toolVersion != null && toolVersion.startsWith("3")) {
            return "rvtools-3";
        }
        return format;
    }

    /** Lower is more detailed. */
    public static int rank(String format) {
        int i = format == null ? -1 : ORDER.indexOf(format);
        return i < 0 ? ORDER.size() : i;
    }

    /** Whether values from {@code incoming} may replace values that {@code stored} gave. */
    public static boolean mayOverwrite(String incoming, String stored) {
        return stored == null || rank(incoming) <= rank(stored);
    }
}
