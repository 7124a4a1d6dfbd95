package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportTransaction;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.Server;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kept inventory summary is always the summary the tables give, whatever was written since. */
class InventoryFingerprintTest {

    @TempDir
    Path dir;

    private static void importing(ProjectFile project, Consumer<ImportTransaction> body) {
        try (ImportTransaction tx = project.begin(new ImportRun(0, "export.xlsx", "/tmp/export.xlsx", "0".repeat(64),
                10, "rvtools", null, null, Instant.now(), null, 0, 0, 0, 0, 0, 0, 0))) {
            body.accept(tx);
            tx.commit();
        }
    }

    private static void sameAsComputed(ProjectFile project) {
        InventoryStore store = project.inventory();
        assertThat(store.summary()).isEqualTo(store.computeSummary());
        // asked twice, the second answer comes from what was kept, and is still the same
        assertThat(store.summary()).isEqualTo(store.computeSummary());
    }

    @Test
    void followsImportsEditsDeletesUndoAndRestore() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement")) {
            sameAsComputed(project);
            importing(project, tx -> {
                tx.server(ImportMergeTest.vm("web01", "uuid-1", 2, 4096, 2));
                tx.server(ImportMergeTest.vm("db01", "uuid-2", 8, 65536, 3));
                tx.disk(ImportMergeTest.vm("db01", "uuid-2", 8, 65536, 3).key(), ImportMergeTest.disk(100_000, 4));
            });
            sameAsComputed(project);
            assertThat(project.inventory().summary().vcpus()).isEqualTo(10);

            InventoryStore store = project.inventory();
            Server web = store.find("web01").get(0);
            store.edit(web.id, "vcpus", "6");
            sameAsComputed(project);
            assertThat(store.summary().vcpus()).isEqualTo(14);
            store.undo();
            sameAsComputed(project);
            assertThat(store.summary().vcpus()).isEqualTo(10);

            store.delete(web.id);
            sameAsComputed(project);
            assertThat(store.summary().servers()).isEqualTo(1);
            store.restore(web.id);
            sameAsComputed(project);
            assertThat(store.summary().servers()).isEqualTo(2);

            importing(project, tx -> tx.server(ImportMergeTest.vm("app01", "uuid-3", 4, 8192, 5)));
            sameAsComputed(project);
            assertThat(store.summary().servers()).isEqualTo(3);
            assertThat(store.servers(ServerFilter.ALL)).hasSize(3);
        }
    }

    @Test
    void nothingIsKeptWhileAnImportIsUnderWayAndARolledBackImportLeavesNoTrace() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement")) {
            importing(project, tx -> tx.server(ImportMergeTest.vm("web01", "uuid-1", 2, 4096, 2)));
            project.inventory().summary();
            String before = project.settings().get(InventoryFingerprint.KEY).orElseThrow();
            try (ImportTransaction tx = project.begin(new ImportRun(0, "b.xlsx", "/tmp/b.xlsx", "1".repeat(64), 10,
                    "rvtools", null, null, Instant.now(), null, 0, 0, 0, 0, 0, 0, 0))) {
                tx.server(ImportMergeTest.vm("db01", "uuid-2", 8, 65536, 3));
                project.inventory().summary(); // a reader while the import runs: computes, keeps nothing
                // closed without commit: rolled back
            }
            assertThat(project.settings().get(InventoryFingerprint.KEY)).contains(before);
            sameAsComputed(project);
            assertThat(project.inventory().summary().servers()).isEqualTo(1);
        }
    }

    @Test
    void theKeptFiguresAreNotAmongTheSettings() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement")) {
            project.inventory().summary();
            assertThat(project.settings().get(InventoryFingerprint.KEY)).isPresent();
            assertThat(project.settings().all()).noneSatisfy((k, v) -> assertThat(k).startsWith("derived."));
        }
    }

    @Test
    void aDamagedKeptValueIsComputedAgain() throws Exception {
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement")) {
            importing(project, tx -> tx.server(ImportMergeTest.vm("web01", "uuid-1", 2, 4096, 2)));
            project.inventory().summary();
            String kept = project.settings().get(InventoryFingerprint.KEY).orElseThrow();
            project.settings().put(InventoryFingerprint.KEY, kept.substring(0, kept.indexOf('|') + 1) + "garbage");
            sameAsComputed(project);
        }
    }
}
