package com.migrationhub.domain.inventory;

import java.time.Instant;

/**
 * One import as the project's history keeps it: the file (name, path, SHA-256, size), the
 * detected format and tool, when, and what it did.
 */
public record ImportRun(long id, String fileName, String filePath, String sha256, long sizeBytes, String format,
                        String tool, String toolVersion, Instant startedAt, Instant finishedAt,
                        int added, int updated, int unchanged, int skipped, int warnings, int templates,
                        long rowsRead) {
}
