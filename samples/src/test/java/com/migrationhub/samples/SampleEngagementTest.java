package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample engagement (samples/engagement) must be exactly what the generator makes
 * today, so that other modules' tests compare their imports with totals that match the files.
 * When this fails after a change to the generator, regenerate the engagement with the command in
 * samples/README.md.
 */
class SampleEngagementTest {
    /** The engagement's dependency export is kept small: --connections 3000. */
    static final long ENGAGEMENT_CONNECTIONS = 3_000;

    @TempDir
    Path dir;

    @Test
    void committedEngagementIsWhatTheGeneratorWrites() throws IOException {
        Path committed = Path.of(System.getProperty("mhub.root", "..")).resolve("samples/engagement");
        assertThat(committed).as("the committed sample engagement").isDirectory();
        InventoryGenerator.Result fresh = InventoryGenerator.generate(new GeneratorOptions(300, 42, dir,
                EnumSet.allOf(ExportFormat.class), "contoso", ENGAGEMENT_CONNECTIONS));
        for (Path file : fresh.files()) {
            Path twin = committed.resolve(dir.relativize(file).toString());
            assertThat(twin).as("committed copy of " + dir.relativize(file)).isRegularFile();
            assertThat(Files.mismatch(file, twin)).as("first differing byte of " + twin).isEqualTo(-1L);
        }
        assertThat(EstateTotals.read(committed.resolve(EstateTotals.FILE_NAME)).servers()).isEqualTo(297);
    }
}
