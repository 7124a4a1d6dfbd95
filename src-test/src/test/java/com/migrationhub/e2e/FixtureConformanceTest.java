package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real RVTools export in ../shared/fixtures imports through the command line with the
 * totals that shared/fixtures/SOURCES.md gives (computed there independently from the sheet XML).
 */
class FixtureConformanceTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kubev2v-example1.xlsx, 9, 0, 51, 105753, 1371610, 351571",
        "nutanix-billsample-rvtools3.xlsx, 129, 2, 436, 1001464, 40114689, 39638873",
        "nutanix-sizingworkshop.xlsx, 795, 10, 2721, 10733908, 233556214, 127336285",
        "mjvincent-sizingworkshop-with-vnetwork.xlsx, 795, 10, 2721, 10733908, 233556214, 127336285",
    })
    void importsWithTheDocumentedTotals(String file, long servers, long templates, long vcpus, long memoryMiB,
                                        long provisionedMiB, long inUseMiB) {
        Path shared = Mhub.shared();
        assumeTrue(shared != null, "../shared is absent (a user's clone): the third-party fixture files are not here");
        Path workbook = shared.resolve("fixtures/rvtools").resolve(file);
        assumeTrue(Files.isRegularFile(workbook), "fixture missing: " + workbook);

        Path project = dir.resolve("fixture.mhub");
        assertThat(Mhub.run("new", "-p", project, "--client", "Fixture").code()).isZero();
        Mhub.Result imported = Mhub.run("import", "-p", project, workbook);
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported " + file + " (RVTools");

        Mhub.Result info = Mhub.run("info", "-p", project, "--format", "json");
        Map<String, Long> n = info.numbers();
        assertThat(n).containsEntry("servers", servers).containsEntry("templates", templates)
                .containsEntry("vcpus", vcpus).containsEntry("memoryMiB", memoryMiB)
                .containsEntry("provisionedMiB", provisionedMiB).containsEntry("inUseMiB", inUseMiB);

        // The same export again: merged by identity, nothing added, nothing lost.
        Mhub.Result again = Mhub.run("import", "-p", project, workbook);
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("added 0, updated 0");
        Map<String, Long> after = Mhub.run("info", "-p", project, "--format", "json").numbers();
        assertThat(after.remove("imports")).isEqualTo(2);
        n.remove("imports");
        assertThat(after).isEqualTo(n);
    }
}
