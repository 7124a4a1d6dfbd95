package com.migrationhub.app.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.app.ui.task.DirectTaskRunner;
import com.migrationhub.app.ui.task.LatestOnly;
import com.migrationhub.app.ui.task.TaskList;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportService;
import com.migrationhub.domain.store.ProjectFile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Import view's model over a new, empty project and the sample engagement's real export
 * files, with jobs on the calling thread: what the import does is checked in the project file,
 * reopened.
 */
class ImportViewModelTest {
    private static final Path SAMPLES = Fixtures.root().resolve("samples/engagement");

    @TempDir
    Path dir;

    private Fixtures.TestContext test;
    private ImportViewModel model;
    private Path projectPath;

    @BeforeEach
    void setUp() throws Exception {
        TaskList list = new TaskList();
        test = Fixtures.context(Files.createDirectory(dir.resolve("settings")), list, new DirectTaskRunner(list));
        projectPath = dir.resolve("acme.mhub");
        test.context().session().setProject(ProjectFile.create(projectPath, "ACME", "Readiness"));
        model = new ImportViewModel(test.context(), LatestOnly.direct(), LatestOnly.direct());
    }

    @AfterEach
    void tearDown() {
        test.context().session().close();
    }

    @Test
    void importsAnRvToolsWorkbookIntoANewProjectAndKeepsItInTheHistory() throws Exception {
        Path file = SAMPLES.resolve("contoso-rvtools.xlsx");
        assertThat(model.addFiles(List.of(file))).isEqualTo(1);
        PendingFile f = model.files().get(0);
        assertThat(f.state()).isEqualTo(PendingFile.State.READY);
        assertThat(f.preview().format()).isEqualTo("rvtools");
        assertThat(f.preview().tool()).contains("RVTools");
        assertThat(f.preview().servers()).isEqualTo(300); // 297 VMs and 3 templates
        assertThat(f.preview().templates()).isEqualTo(3);
        assertThat(f.preview().sample()).hasSize(ImportViewModel.PREVIEW_ROWS);
        assertThat(f.preview().sizeBytes()).isEqualTo(Files.size(file));
        assertThat(model.formats()).extracting(ImportViewModel.FormatChoice::id).contains("rvtools", "csv");
        // the preview did not touch the project
        assertThat(test.context().session().project().inventory().summary().servers()).isZero();
        assertThat(model.canImportProperty().get()).isTrue();

        model.importAll();

        assertThat(test.problems()).isEmpty();
        assertThat(model.outcomeProperty().get()).isEqualTo(ImportViewModel.Outcome.COMPLETE);
        assertThat(model.reports()).singleElement().satisfies(r -> assertThat(r.added()).isEqualTo(297));
        assertThat(model.files()).isEmpty();
        assertThat(model.history()).singleElement().satisfies(r -> {
            assertThat(r.fileName()).isEqualTo("contoso-rvtools.xlsx");
            assertThat(r.added()).isEqualTo(297);
        });
        assertThat(model.selectedRunProperty().get()).isEqualTo(model.history().get(0));
        assertThat(test.context().session().busyProperty().get()).isFalse();

        // choosing the very same file again says it was imported before (same SHA-256)
        model.addFiles(List.of(file));
        assertThat(model.importedBefore(model.files().get(0))).isEqualTo(model.history().get(0));

        test.context().session().close();
        try (ProjectFile reopened = ProjectFile.open(projectPath)) {
            assertThat(reopened.inventory().summary().servers()).isEqualTo(297);
            assertThat(reopened.inventory().summary().templates()).isEqualTo(3);
            List<ImportRun> runs = reopened.inventory().imports();
            assertThat(runs).singleElement().satisfies(r -> {
                assertThat(r.sha256()).isEqualTo(ImportService.sha256(file));
                assertThat(r.format()).isEqualTo("rvtools");
            });
        }
    }

    @Test
    void importsSeveralFilesInOrderAndShowsEachRunsIssues() throws Exception {
        // the CMDB extract takes its mapping from beside it, as `mhub sample` does
        model.addFiles(List.of(SAMPLES.resolve("contoso-cmdb.csv"), SAMPLES.resolve("contoso-azure-migrate.csv")));
        PendingFile cmdb = model.files().get(0);
        assertThat(cmdb.formatProperty().get()).isEqualTo("csv");
        assertThat(cmdb.mappingProperty().get()).isEqualTo(SAMPLES.resolve("contoso-cmdb.mapping.properties")
                .toAbsolutePath().normalize());
        assertThat(model.files()).allSatisfy(f -> assertThat(f.state()).isEqualTo(PendingFile.State.READY));

        model.importAll();

        assertThat(test.problems()).isEmpty();
        assertThat(model.reports()).hasSize(2);
        assertThat(model.history()).hasSize(2);
        // newest first; the planned order imports the more detailed source first
        assertThat(model.history().get(0).id()).isGreaterThan(model.history().get(1).id());
        long servers = test.context().session().project().inventory().summary().servers();
        assertThat(servers).isPositive();
        for (ImportRun run : model.history()) {
            model.selectedRunProperty().set(run);
            int expected = Math.min(ImportViewModel.ISSUE_LIMIT, run.skipped() + run.warnings());
            assertThat(model.issues()).hasSize(expected);
        }
    }

    @Test
    void aGarbageCsvNeedsAFormatAndForcedFailsInOneLineLeavingTheProjectAsItWas() throws Exception {
        model.addFiles(List.of(SAMPLES.resolve("contoso-rvtools.xlsx")));
        model.importAll();
        long before = serverCount();
        int runs = model.history().size();

        Path garbage = dir.resolve("garbage.csv");
        Files.writeString(garbage, "\u0000\u0001%%%;;;\nthis is not,an export\n\"unclosed,quote\n");
        model.addFiles(List.of(garbage));
        PendingFile f = model.files().get(0);
        assertThat(f.state()).isEqualTo(PendingFile.State.PROBLEM);
        assertThat(f.preview().problem()).startsWith("garbage.csv").doesNotContain("\n");
        assertThat(f.needsFormat()).isTrue();
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.hintProperty().get()).contains("garbage.csv");

        model.setFormat(f, "azure-migrate");
        assertThat(f.needsFormat()).isFalse();
        assertThat(f.state()).isEqualTo(PendingFile.State.PROBLEM);
        assertThat(model.canImportProperty().get()).isTrue();
        model.importAll();

        assertThat(test.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("garbage.csv").doesNotContain("\n").doesNotContain("Exception");
            assertThat(p.expected()).isTrue();
        });
        assertThat(model.outcomeProperty().get()).isEqualTo(ImportViewModel.Outcome.FAILED);
        assertThat(model.files()).containsExactly(f);
        assertThat(serverCount()).isEqualTo(before);
        assertThat(model.history()).hasSize(runs);
        assertThat(test.context().session().busyProperty().get()).isFalse();
    }

    @Test
    void aTruncatedWorkbookFailsInOneLineAndLeavesTheProjectAsItWas() throws Exception {
        Path whole = SAMPLES.resolve("contoso-rvtools.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        model.addFiles(List.of(truncated));
        PendingFile f = model.files().get(0);
        assertThat(f.state()).isEqualTo(PendingFile.State.PROBLEM);
        assertThat(f.preview().problem()).contains("truncated.xlsx");

        model.setFormat(f, "rvtools");
        model.importAll();

        assertThat(test.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("truncated.xlsx").doesNotContain("\n"));
        assertThat(serverCount()).isZero();
        test.context().session().close();
        try (ProjectFile reopened = ProjectFile.open(projectPath)) {
            assertThat(reopened.inventory().summary().servers()).isZero();
            assertThat(reopened.inventory().imports()).isEmpty();
        }
    }

    @Test
    void aFailingFileKeepsTheFilesImportedBeforeItAndNamesTheRest() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "nothing,to,see\n1,2,3\n");
        model.addFiles(List.of(SAMPLES.resolve("contoso-azure-migrate.csv"), bad));
        model.setFormat(model.files().get(1), "vrops");
        model.importAll();

        assertThat(model.outcomeProperty().get()).isEqualTo(ImportViewModel.Outcome.FAILED);
        assertThat(model.reports()).singleElement().satisfies(r ->
                assertThat(r.run().fileName()).isEqualTo("contoso-azure-migrate.csv"));
        assertThat(model.outcomeTextProperty().get()).contains("bad.csv");
        assertThat(test.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("bad.csv"));
        assertThat(model.files()).extracting(PendingFile::fileName).containsExactly("bad.csv");
        assertThat(model.history()).singleElement().satisfies(r ->
                assertThat(r.fileName()).isEqualTo("contoso-azure-migrate.csv"));
    }

    @Test
    void aDropTakesFilesAndFoldersButNotNothing() {
        assertThat(model.acceptsDrop(List.of())).isFalse();
        assertThat(model.acceptsDrop(List.of(dir.resolve("nowhere.csv").toFile()))).isFalse();
        File folder = SAMPLES.resolve("contoso-gcp-mc").toFile();
        assertThat(model.acceptsDrop(List.of(folder))).isTrue();

        assertThat(model.drop(List.of(folder, SAMPLES.resolve("contoso-vrops.csv").toFile()))).isEqualTo(5);
        assertThat(model.files()).extracting(PendingFile::fileName).containsExactly("diskInfo.csv", "perfInfo.csv",
                "tagInfo.csv", "vmInfo.csv", "contoso-vrops.csv");
        assertThat(model.files()).allSatisfy(f -> {
            assertThat(f.state()).isEqualTo(PendingFile.State.READY);
            assertThat(f.effectiveFormat()).isNotNull();
        });
        // a second drop of the same files adds nothing; the folder is remembered
        assertThat(model.drop(List.of(folder))).isZero();
        assertThat(model.lastFolder()).isNotNull();

        model.importAll();
        assertThat(test.problems()).isEmpty();
        assertThat(model.history()).hasSize(5);
        assertThat(serverCount()).isPositive();
    }

    @Test
    void removingAndClearingForgetFilesButNotTheProject() {
        model.addFiles(List.of(SAMPLES.resolve("contoso-vrops.csv"), SAMPLES.resolve("contoso-aws-mhub.csv")));
        assertThat(model.files()).hasSize(2);
        model.remove(model.files().get(0));
        assertThat(model.files()).extracting(PendingFile::fileName).containsExactly("contoso-aws-mhub.csv");
        assertThat(model.selectedFileProperty().get()).isEqualTo(model.files().get(0));
        model.clear();
        assertThat(model.files()).isEmpty();
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(serverCount()).isZero();
    }

    private long serverCount() {
        return test.context().session().project().inventory().summary().servers();
    }
}
