package com.migrationhub.connectors.csv;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.ByteArrayInputStream;
import java.util.Set;

/**
 * The header of a file as format detection sees it: the first record of the probe's first 64 KiB,
 * read by the same {@link CsvReader} as the import (so a UTF-16 file or a quoted header is seen
 * correctly, which {@link SourceProbe#firstLine()} does not do), each name normalized by
 * {@link CsvHeader#normalize}. Never throws: a file without a readable header has no names.
 */
public final class HeaderProbe {

    private HeaderProbe() {
    }

    /** The normalized header names, or an empty set for a zip, an empty file or one not text. */
    public static Set<String> names(SourceProbe probe) {
        byte[] head = probe.head();
        if (head.length == 0 || probe.isZip()) {
            return Set.of();
        }
        try (CsvReader reader = CsvReader.open(probe.file(), new ByteArrayInputStream(head), head.length,
                ProgressMonitor.NONE)) {
            return reader.header().normalizedNames();
        } catch (ImportException | RuntimeException e) {
            return Set.of();
        }
    }

    /** Whether every one of the names (normalized as headers are) is in the set. */
    public static boolean hasAll(Set<String> names, String... wanted) {
        for (String w : wanted) {
            if (!names.contains(CsvHeader.normalize(w))) {
                return false;
            }
        }
        return true;
    }

    /** How many of the names (normalized as headers are) are in the set. */
    public static int countOf(Set<String> names, String... wanted) {
        int n = 0;
        for (String w : wanted) {
            if (names.contains(CsvHeader.normalize(w))) {
                n++;
            }
        }
        return n;
    }
}
