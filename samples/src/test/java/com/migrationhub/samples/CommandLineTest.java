package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, usage on bad arguments with exit status 2, files on success. */
class CommandLineTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return InventoryGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheChosenFormatsUnderThePrefix() {
        int status = run("--vms", "25", "--seed", "3", "--out", dir.toString(), "--formats", "rvtools3,generic-csv",
                "--name", "contoso");
        assertThat(status).isZero();
        assertThat(dir.resolve("contoso-rvtools3.xlsx")).isRegularFile();
        assertThat(dir.resolve("contoso-cmdb.csv")).isRegularFile();
        assertThat(dir.resolve("totals.properties")).isRegularFile();
        assertThat(dir.resolve("contoso-rvtools.xlsx")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated 25 VMs");
    }

    @Test
    void acceptsEqualsSignsAndAnEmptyPrefix() {
        assertThat(run("--vms=10", "--out=" + dir, "--formats=vrops", "--name=")).isZero();
        assertThat(dir.resolve("vrops.csv")).isRegularFile();
    }

    @Test
    void badArgumentsPrintUsageAndExitWithTwo() {
        assertThat(run("--vms", "many", "--out", dir.toString())).isEqualTo(2);
        assertThat(err()).contains("--vms must be a whole number").contains("Usage: InventoryGenerator");
    }

    @Test
    void unknownFormatIsRejected() {
        assertThat(run("--out", dir.toString(), "--formats", "rvtools,excel")).isEqualTo(2);
        assertThat(err()).contains("unknown format: excel");
    }

    @Test
    void missingOutputFolderIsRejected() {
        assertThat(run("--vms", "5")).isEqualTo(2);
        assertThat(err()).contains("--out is required");
    }

    @Test
    void outOfRangeCountsAndUnknownOptionsAreRejected() {
        assertThat(run("--vms", "0", "--out", dir.toString())).isEqualTo(2);
        assertThat(run("--vms", "1000001", "--out", dir.toString())).isEqualTo(2);
        assertThat(run("--colour", "red", "--out", dir.toString())).isEqualTo(2);
        assertThat(run("--out")).isEqualTo(2);
        assertThat(err()).contains("unknown option: --colour").contains("--out needs a value");
    }

    @Test
    void connectionsSetTheDependencyRows() throws java.io.IOException {
        assertThat(run("--vms", "40", "--out", dir.toString(), "--formats", "azure-migrate-deps,ipam",
                "--connections", "1_234")).isZero();
        assertThat(java.nio.file.Files.readAllLines(dir.resolve("estate-dependencies.csv"))).hasSize(1_235);
        assertThat(dir.resolve("estate-dependencies.truth.tsv")).isRegularFile();
        assertThat(dir.resolve("estate-ipam.csv")).isRegularFile();
    }

    @Test
    void badConnectionCountsAreRejected() {
        assertThat(run("--out", dir.toString(), "--connections", "0")).isEqualTo(2);
        assertThat(run("--out", dir.toString(), "--connections", "lots")).isEqualTo(2);
        assertThat(run("--out", dir.toString(), "--connections", "100000001")).isEqualTo(2);
        assertThat(err()).contains("--connections must be between 1 and 100000000")
                .contains("--connections must be a whole number");
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--formats LIST").contains("--name PREFIX")
                .contains("--connections N").contains("azure-migrate-deps, ipam");
    }
}
