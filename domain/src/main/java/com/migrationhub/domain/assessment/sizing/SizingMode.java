package com.migrationhub.domain.assessment.sizing;

/** What a server's cloud size is based on. */
public enum SizingMode {
    /** The allocated vCPUs, memory, disks and NICs, whatever their use. */
    AS_ON_PREMISES("as on premises"),
    /**
     * Measured utilization times the comfort factor, capped at the allocation; a resource without
     * data falls back to its allocation, and the confidence rating says so.
     */
    PERFORMANCE("performance-based"),
    /**
     * Performance-based for a server with CPU or memory utilization data, as on premises for one
     * without; the result says which was used.
     */
    AUTO("automatic");

    private final String label;

    SizingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
