package com.migrationhub.connectors.csv;

import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.model.OperatingSystem;

/**
 * The operating system of a template that splits it into a name column and a version column
 * (Azure Migrate, Migration Hub, Migration Center): {@code "Red Hat Enterprise Linux"} with
 * {@code "8.9"}. The name alone is read first; the version is added to the text only when the name
 * carries none, so {@code "Windows Server 2019"} with {@code "10.0.17763"} stays Windows Server 2019.
 */
public final class OsColumns {

    private OsColumns() {
    }

    /**
     * @param name         the OS name cell, may be null
     * @param version      the OS version cell, may be null
     * @param architecture an architecture cell ("x64", "64-bit"), may be null
     */
    public static OperatingSystem read(String name, String version, String architecture) {
        if (name == null) {
            return OsNormalizer.normalize(version, architecture);
        }
        OperatingSystem os = OsNormalizer.normalize(name, architecture);
        if (os.version() == null && version != null && !name.contains(version)) {
            return OsNormalizer.normalize(name + " " + version, architecture);
        }
        return os;
    }
}
