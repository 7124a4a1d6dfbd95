package com.migrationhub.connectors.dependency;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.DependencyImporter;
import com.migrationhub.domain.dependency.DependencyImporter.Skipped;
import com.migrationhub.domain.dependency.DependencyOptions;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one importer read from one file, for the tests: the connections and skipped rows in order. */
final class Imported {
    final List<Connection> connections = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();

    static Path resource(String name) {
        try {
            return Path.of(Imported.class.getResource("/dependency/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("no test resource " + name, e);
        }
    }

    static Imported read(DependencyImporter importer, Path file) throws ImportException {
        return read(importer, file, DependencyOptions.NONE);
    }

    static Imported read(DependencyImporter importer, Path file, DependencyOptions options) throws ImportException {
        Imported result = new Imported();
        importer.read(file, options, result.connections::add, result.skipped::add, ProgressMonitor.NONE);
        return result;
    }

    /** The message of the ImportException reading the file ends with; fails when it reads. */
    static String failure(DependencyImporter importer, Path file) {
        try {
            read(importer, file);
        } catch (ImportException e) {
            return e.getMessage();
        }
        throw new AssertionError("no ImportException for " + file.getFileName());
    }

    /** The connection read from a row (a line for captures). */
    Connection row(long row) {
        return connections.stream().filter(c -> c.source().row() == row).findFirst()
                .orElseThrow(() -> new AssertionError("no connection from row " + row + " in " + connections));
    }
}
