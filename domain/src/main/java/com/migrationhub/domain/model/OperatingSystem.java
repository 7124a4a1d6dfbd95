package com.migrationhub.domain.model;

/**
 * An operating system: the text exactly as the source gave it, and its normalized reading
 * ({@link com.migrationhub.domain.inventory.OsNormalizer}). {@code distribution} is for example
 * "Windows Server", "Red Hat Enterprise Linux", "Ubuntu"; {@code version} "2019", "8", "22.04".
 */
public record OperatingSystem(String raw, OsFamily family, String distribution, String version,
                              Architecture architecture) {

    public static final OperatingSystem UNKNOWN =
            new OperatingSystem(null, OsFamily.UNKNOWN, null, null, Architecture.UNKNOWN);

    /** A short label such as "Windows Server 2019" or "Ubuntu 22.04". */
    public String label() {
        if (distribution == null) {
            return raw == null ? "unknown" : raw;
        }
        return version == null ? distribution : distribution + " " + version;
    }
}
