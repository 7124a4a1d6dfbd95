package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.connectors.xlsx.SheetRowHandler;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What vMetaData and vSource say about the export as a whole: the RVTools version that wrote it
 * and the vCenter(s) it was taken from. Both sheets are a few rows long.
 */
final class ExportSource {
    private String version;
    /** The vCenters vSource lists, and those vMetaData names, each up to two. */
    private final Set<String> sourceVCenters = new LinkedHashSet<>();
    private final Set<String> metaDataVCenters = new LinkedHashSet<>();

    /** The RVTools version vMetaData gives ("4.7.1.4"), or null. */
    String version() {
        return version;
    }

    /** The vCenter when the export names exactly one (vSource first, which names them all), else null. */
    String onlyVCenter() {
        Set<String> names = sourceVCenters.isEmpty() ? metaDataVCenters : sourceVCenters;
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** vMetaData: "RVTools major version", "RVTools version", "xlsx creation datetime", "Server". */
    SheetRowHandler metaData() {
        return new SheetRowHandler() {
            private int fullVersion;
            private int majorVersion;
            private int server;

            @Override
            public void header(SheetHeader header) {
                fullVersion = header.column(RvColumns.RVTOOLS_VERSION);
                majorVersion = header.column(RvColumns.RVTOOLS_MAJOR_VERSION);
                server = header.column(RvColumns.SERVER);
            }

            @Override
            public void row(SheetRow row) {
                if (version == null) {
                    String major = row.text(majorVersion);
                    version = row.text(fullVersion);
                    if (version == null && major != null) {
                        version = major.contains(".") ? major : major + ".x";
                    }
                }
                add(metaDataVCenters, row.text(server));
            }
        };
    }

    /** vSource: one row per vCenter the export covers. */
    SheetRowHandler source() {
        return new SheetRowHandler() {
            private int name;

            @Override
            public void header(SheetHeader header) {
                name = header.column(RvColumns.VI_SDK_SERVER);
                if (name < 0) {
                    name = header.column(RvColumns.NAME);
                }
            }

            @Override
            public void row(SheetRow row) {
                add(sourceVCenters, row.text(name));
            }
        };
    }

    private static void add(Set<String> names, String name) {
        // two are enough to know there is not only one
        if (name != null && names.size() < 2) {
            names.add(name);
        }
    }
}
