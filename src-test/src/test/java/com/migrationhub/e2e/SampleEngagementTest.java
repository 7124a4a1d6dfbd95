package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job: the sample engagement (every export format of one estate) imported into
 * one project. Every format describes the same machines, so merging by identity must end with
 * exactly the generator's totals; and the command line's output is compared with golden files
 * (rerun with {@code -Dmhub.updateGolden=true} to rewrite them after a deliberate change).
 */
class SampleEngagementTest {

    @TempDir
    static Path dir;
    static Path project;
    static Mhub.Result sample;

    @BeforeAll
    static void runTheSample() {
        project = dir.resolve("sample.mhub");
        sample = Mhub.run("sample", "-p", project, "--from", Mhub.root().resolve("samples/engagement"));
    }

    @Test
    void importsEveryFormatAndPrintsTheSummary() {
        assertThat(sample.code()).as(sample.err()).isZero();
        assertThat(sample.err()).isEmpty();
        assertThat(sample.out()).contains("Imported contoso-rvtools.xlsx (RVTools 4.7.1.4)",
                "Imported contoso-rvtools3.xlsx (RVTools 3", "Imported contoso-azure-migrate.csv",
                "Imported contoso-aws-mhub.csv", "Imported vmInfo.csv", "Imported perfInfo.csv",
                "Imported contoso-vrops.csv", "Servers      297");
    }

    @Test
    void mergingEveryFormatGivesExactlyTheGeneratorsTotals() throws IOException {
        Properties expected = new Properties();
        try (Reader r = Files.newBufferedReader(Mhub.root().resolve("samples/engagement/totals.properties"))) {
            expected.load(r);
        }
        Map<String, Long> info = Mhub.run("info", "-p", project, "--format", "json").numbers();
        for (String key : new String[] {"servers", "templates", "vcpus", "memoryMiB", "provisionedMiB", "inUseMiB",
            "poweredOn", "disks", "nics"}) {
            assertThat(info.get(key)).as(key).isEqualTo(Long.parseLong(expected.getProperty(key)));
        }
    }

    @Test
    void laterImportsAddNoServerAndTheSecondRunChangesNothing() throws IOException {
        Mhub.Result imports = Mhub.run("imports", "-p", project, "--format", "csv");
        String[] lines = imports.out().split("\r\n");
        // the first file (RVTools 3.x or 4.x, alphabetical) adds; every later one merges
        long addedAfterFirst = 0;
        for (int i = 2; i < lines.length; i++) {
            addedAfterFirst += Long.parseLong(lines[i].split(",")[8]);
        }
        assertThat(addedAfterFirst).as(imports.out()).isZero();
        // on a copy, so that the other tests see the sample exactly as `mhub sample` leaves it
        Path copy = dir.resolve("copy.mhub");
        Files.copy(project, copy);
        Mhub.Result again = Mhub.run("import", "-p", copy, Mhub.root().resolve("samples/engagement/contoso-rvtools.xlsx"));
        assertThat(again.out()).contains("added 0, updated 0, unchanged 300");
    }

    @Test
    void oneServerShowsItsValuesFromEverySource() {
        Mhub.Result list = Mhub.run("inventory", "-p", project, "--format", "csv", "--limit", "1");
        String name = list.out().split("\r\n")[1].split(",")[1];
        Mhub.Result show = Mhub.run("inventory", "show", "-p", project, name);
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("Source        contoso-rvtools", "Also from", "vCPU row");
    }

    @Test
    void outputMatchesTheGoldenFiles() throws IOException {
        golden("sample-info.json", Mhub.run("info", "-p", project, "--format", "json").out()
                .replace(project.toString(), "sample.mhub"));
        golden("sample-inventory.csv", Mhub.run("inventory", "-p", project, "--format", "csv",
                "--templates", "include").out());
        Mhub.Result list = Mhub.run("inventory", "-p", project, "--format", "csv", "--limit", "1");
        String name = list.out().split("\r\n")[1].split(",")[1];
        golden("sample-server.json", Mhub.run("inventory", "show", "-p", project, name, "--format", "json").out());
        // the whole assessment of the sample, every server on every cloud: a change of catalog, rule or engine shows here
        golden("sample-assessment.csv", Mhub.run("assessment", "show", "-p", project, "--scenario", "sample",
                "--format", "csv").out());
    }

    @Test
    void theSampleIsAssessedForTheThreeClouds() {
        assertThat(sample.out()).contains("Assessed 297 servers for aws us-east-1, azure eastus, gcp us-central1")
                .contains("891 results in scenario 'sample'").containsPattern("aws +us-east-1 +297 ");
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = Mhub.root().resolve("src-test/src/test/resources/golden").resolve(name);
        if (Boolean.getBoolean("mhub.updateGolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file missing; write it with -Dmhub.updateGolden=true").exists();
        assertThat(actual).as("golden file " + file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
