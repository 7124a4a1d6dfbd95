package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportTransaction;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader session streams a long read while the project's own session commits on another
 * thread, as the workbench's jobs do: the read is not cut short ("transaction is closed", which
 * a lazy read on the shared session met), and closing the reader leaves the project open.
 */
class ReaderSessionTest {

    @TempDir
    Path dir;

    @Test
    void streamsALongReadWhileTheProjectCommitsOnAnotherThread() throws Exception {
        int servers = 3_000;
        try (ProjectFile project = ProjectFile.create(dir.resolve("p.mhub"), "Client", "Engagement")) {
            try (ImportTransaction tx = project.begin(new ImportRun(0, "export.xlsx", "/tmp/export.xlsx",
                    "0".repeat(64), servers, "rvtools", null, null, Instant.now(), null, 0, 0, 0, 0, 0, 0, 0))) {
                for (int i = 0; i < servers; i++) {
                    tx.server(ImportMergeTest.vm(String.format("vm%05d", i), "uuid-" + i, 2, 4096, i + 2));
                }
                tx.commit();
            }
            List<String> seen = new ArrayList<>();
            try (ProjectFile reader = project.reader()) {
                reader.inventory().forEachServerOutline(s -> {
                    seen.add(s.name);
                    if (seen.size() % 500 == 0) {
                        // the project's session writes and commits on another thread mid-read
                        Thread writer = new Thread(() -> project.settings().put("note." + seen.size(), "x"));
                        writer.start();
                        try {
                            writer.join();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            }
            assertThat(seen).hasSize(servers);
            assertThat(project.settings().get("note.3000")).contains("x");
            // the project is still open and usable after the reader closed
            assertThat(project.inventory().summary().servers()).isEqualTo(servers);
        }
    }
}
