package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportTransaction;
import com.migrationhub.domain.inventory.InventorySummary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening a project and reading a report take from the store (settings, the logo, the import
 * history, the kept inventory summary) is read with plain statements: jOOQ's first use costs half a
 * second, which a 100,000-server report could not spare. The answers are the ones written.
 */
class PlainReadsTest {

    @TempDir
    Path dir;

    @Test
    void openingAndTheReportsReadsStartNoJooqAndGiveWhatWasWritten() throws Exception {
        Path file = dir.resolve("p.mhub");
        OffsetDateTime stored = OffsetDateTime.of(2026, 11, 27, 9, 30, 15, 0, ZoneOffset.ofHours(1));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        InventorySummary summary;
        try (ProjectFile project = ProjectFile.create(file, "Client", "Engagement")) {
            project.settings().putAll(Map.of(ProjectSettings.FIRM, "Firm & Co", ProjectSettings.LOCALE, "de-DE"));
            project.settings().putLogo(new ProjectSettings.Logo("image/png", "logo.png", png, stored));
            try (ImportTransaction tx = project.begin(new ImportRun(0, "export.xlsx", "/tmp/export.xlsx",
                    "a".repeat(64), 1234, "rvtools", null, null, started, null, 0, 0, 0, 0, 0, 0, 0))) {
                tx.source("RVTools", "4.4.1");
                tx.server(ImportMergeTest.vm("web01", "uuid-1", 2, 4096, 2));
                tx.server(ImportMergeTest.vm("db01", "uuid-2", 8, 65536, 3));
                tx.commit();
            }
            summary = project.inventory().summary();
        }

        try (ProjectFile project = ProjectFile.open(file); ProjectFile reader = project.reader()) {
            assertThat(project.settings().get(ProjectSettings.LOCALE)).contains("de-DE");
            assertThat(reader.settings().get("no such setting")).isEmpty();
            assertThat(reader.settings().all()).containsEntry(ProjectSettings.CLIENT, "Client")
                    .containsEntry(ProjectSettings.FIRM, "Firm & Co").doesNotContainKey(InventoryFingerprint.KEY);
            assertThat(List.copyOf(reader.settings().all().keySet())).isSorted();
            ProjectSettings.Logo logo = reader.settings().logo().orElseThrow();
            assertThat(logo.content()).isEqualTo(png);
            assertThat(logo.storedAt()).isEqualTo(stored);
            assertThat(logo.fileName()).isEqualTo("logo.png");

            List<ImportRun> runs = reader.inventory().imports();
            assertThat(runs).hasSize(1);
            ImportRun run = runs.get(0);
            assertThat(run.fileName()).isEqualTo("export.xlsx");
            assertThat(run.sha256()).isEqualTo("a".repeat(64));
            assertThat(run.sizeBytes()).isEqualTo(1234);
            assertThat(run.tool()).isEqualTo("RVTools");
            assertThat(run.toolVersion()).isEqualTo("4.4.1");
            assertThat(run.startedAt()).isEqualTo(started);
            assertThat(run.finishedAt()).isNotNull();
            assertThat(run.added()).isEqualTo(2);
            assertThat(reader.inventory().importRun(run.id())).contains(run);
            assertThat(reader.inventory().importRun(run.id() + 1)).isEmpty();

            // kept from before: the fingerprint still matches, so nothing is computed
            assertThat(reader.inventory().summary()).isEqualTo(summary);
            assertThat(summary.servers()).isEqualTo(2);

            assertThat(project.jooqStarted()).isFalse();
            assertThat(reader.jooqStarted()).isFalse();
        }
    }

    @Test
    void theFingerprintKeepsTheFormProjectsStoredItIn() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement")) {
            assertThat(InventoryFingerprint.fingerprint(project.connection()))
                    .isEqualTo("v1;0,null;0,null;0,null;0,null;0,null;0,null;0,null;0,null;0,null");
            try (ImportTransaction tx = project.begin(new ImportRun(0, "export.xlsx", "/tmp/export.xlsx",
                    "a".repeat(64), 10, "rvtools", null, null, Instant.now(), null, 0, 0, 0, 0, 0, 0, 0))) {
                tx.server(ImportMergeTest.vm("web01", "uuid-1", 2, 4096, 2));
                tx.disk(ImportMergeTest.vm("web01", "uuid-1", 2, 4096, 2).key(), ImportMergeTest.disk(100_000, 4));
                tx.commit();
            }
            assertThat(InventoryFingerprint.fingerprint(project.connection()))
                    .isEqualTo("v1;1,1;1,1;0,null;0,null;0,null;1,1;0,null;0,null;0,null");
        }
    }
}
