package com.migrationhub.samples;

import java.time.LocalDateTime;

/** A VM snapshot someone forgot to delete. */
record VmSnapshot(String name, String description, LocalDateTime taken, String fileName, long vmsnMiB,
        long totalMiB, boolean quiesced) {
}
