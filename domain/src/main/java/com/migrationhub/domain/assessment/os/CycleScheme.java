package com.migrationhub.domain.assessment.os;

import java.util.Locale;

/**
 * How a product's version (as {@link com.migrationhub.domain.inventory.OsNormalizer} gives it) names
 * its lifecycle cycle in endoflife.date's files.
 */
public enum CycleScheme {
    /** "2008 R2" is cycle 2008-r2 or its latest service pack (2008-r2-sp1); "2003" is 2003-sp2. */
    WINDOWS,
    /** The version itself when a cycle has that name (Amazon Linux 2018.03), else its major number: RHEL 7.9 is 7. */
    MAJOR,
    /** Major and minor: Ubuntu 22.04, openSUSE 15.4; a bare major finds no cycle. */
    MAJOR_MINOR,
    /** Major and service pack (SLES 12 SP5 is 12.5), the pack read from the version or the raw text; unknown: the latest. */
    SERVICE_PACK;

    public static CycleScheme parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "windows" -> WINDOWS;
            case "major" -> MAJOR;
            case "major.minor" -> MAJOR_MINOR;
            case "service-pack" -> SERVICE_PACK;
            default -> throw new IllegalArgumentException(
                    "unknown cycle scheme '" + text + "': use windows, major, major.minor or service-pack");
        };
    }
}
