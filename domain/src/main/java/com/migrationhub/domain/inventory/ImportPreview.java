package com.migrationhub.domain.inventory;

import com.migrationhub.domain.model.Server;
import java.nio.file.Path;
import java.util.List;

/**
 * A dry run of one file: what an import of it would read, found without touching any project.
 * The counts are of the records the importer produced; whether each server would be added or
 * merged into one the project already has is only known when it is imported.
 *
 * @param sha256 the file's SHA-256 (as the import history keeps it), or null when it could not be read
 * @param format the importer's format id, or null when none could be chosen
 * @param formatName the importer's name for people, or null
 * @param detected whether the format was detected from the content (not forced)
 * @param tool the tool and version the file names itself, where it does
 * @param problem the one-line reason the file cannot be imported (names file and place), or null
 * @param servers servers read, templates included
 * @param sample the first servers read, in file order, without their children
 * @param issues the first skipped rows and warnings, in file order
 */
public record ImportPreview(Path file, long sizeBytes, String sha256, String format, String formatName, boolean detected,
                            String tool, String toolVersion, String problem, int servers, int templates, int disks,
                            int nics, int partitions, int utilization, int tags, int hosts, int clusters,
                            int datastores, int skipped, int warnings, List<Server> sample,
                            List<ImportReport.Issue> issues) {

    public ImportPreview {
        sample = List.copyOf(sample);
        issues = List.copyOf(issues);
    }

    /** Whether the file can be imported as previewed. */
    public boolean ok() {
        return problem == null;
    }

    /** A preview of a file that cannot be read or whose format is unknown. */
    static ImportPreview failed(Path file, long size, InventoryImporter importer, boolean detected, String problem) {
        return new ImportPreview(file, size, null, importer == null ? null : importer.format(),
                importer == null ? null : importer.displayName(), detected, null, null, problem,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), List.of());
    }
}
