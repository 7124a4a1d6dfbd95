package com.migrationhub.domain.dependency;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of dependency data: a dependency export (Azure Migrate, AWS Application
 * Discovery), a generic connection list, or a socket capture taken on one server ({@code ss
 * -tanp}, {@code netstat -ano}). Implementations live in {@code connectors} and are found through
 * {@link java.util.ServiceLoader}.
 *
 * <p>Implementations stream (memory does not grow with the file) and report every problem with
 * the input as an {@link ImportException} naming the file, the row and, where one is meant, the
 * column and the value; nothing else may escape for bad input. A row that is readable but says
 * nothing usable (a connection with neither name nor IP on one side) is skipped and reported
 * through {@code skipped}, never dropped silently.
 */
public interface DependencyImporter {

    /** The format's id, as {@code --format} takes it: azure-migrate-deps, aws-ads, deps-csv, ss, netstat. */
    String format();

    /** A name for people: "Azure Migrate dependency export". */
    String displayName();

    /** How sure this importer is that the file is its format: 0 not at all, 100 certain. Cheap; never throws. */
    int detect(SourceProbe probe);

    /**
     * Reads the file, one {@link Connection} per usable row, in file order (not aggregated).
     *
     * @param skipped receives a one-line reason for each row that was read but not used
     */
    void read(Path file, DependencyOptions options, Consumer<Connection> sink, Consumer<Skipped> skipped,
            ProgressMonitor monitor) throws ImportException;

    /** A row read but not used, and why ("row 12: no source name or IP"). */
    record Skipped(long row, String reason) {
    }
}
