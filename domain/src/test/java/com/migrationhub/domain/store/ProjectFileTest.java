package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.store.ProjectFileException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {

    @TempDir
    Path dir;

    @Test
    void createsOneFileNamedMhubThatReopensWithItsSettings() throws Exception {
        Path file = dir.resolve("acme.mhub");
        try (ProjectFile p = ProjectFile.create(file, "ACME Corp", "Cloud readiness 2026")) {
            assertThat(p.settings().get(ProjectSettings.CLIENT)).contains("ACME Corp");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("acme.mhub");
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            assertThat(p.settings().get(ProjectSettings.ENGAGEMENT)).contains("Cloud readiness 2026");
            assertThat(p.inventory().summary().servers()).isZero();
        }
    }

    @Test
    void refusesToCreateOverAnExistingFileOrWithoutTheExtension() throws Exception {
        Path file = dir.resolve("acme.mhub");
        Files.writeString(file, "precious");
        assertThatThrownBy(() -> ProjectFile.create(file, "c", "e"))
                .isInstanceOf(ProjectFileException.class)
                .hasMessage("acme.mhub: already exists; open it, or choose another name");
        assertThat(Files.readString(file)).isEqualTo("precious");
        assertThatThrownBy(() -> ProjectFile.create(dir.resolve("acme.db"), "c", "e"))
                .hasMessage("acme.db: a project file's name must end in .mhub");
    }

    @Test
    void refusesAFileThatIsNotAProjectWithoutTouchingIt() throws Exception {
        Path file = dir.resolve("notes.mhub");
        byte[] content = "client notes, not a project\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);
        assertThatThrownBy(() -> ProjectFile.open(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_PROJECT))
                .hasMessage("notes.mhub: is not a MigrationHub project file");
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void refusesAnH2DatabaseOfAnotherApplication() throws Exception {
        Path file = dir.resolve("other.mhub");
        MhubFilePath.register();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mhub:" + file.toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customer (id INT)");
        }
        assertThatThrownBy(() -> ProjectFile.open(file))
                .hasMessage("other.mhub: is an H2 database, but not a MigrationHub project");
    }

    @Test
    void refusesAFileOfANewerSchema() throws Exception {
        Path file = dir.resolve("future.mhub");
        ProjectFile.create(file, "c", "e").close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mhub:" + file.toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 'sa', 0, TRUE)");
        }
        assertThatThrownBy(() -> ProjectFile.open(file))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NEWER_SCHEMA))
                .hasMessage("future.mhub: was written by a newer MigrationHub (project schema 99); this version reads "
                        + "schema " + ProjectFile.SCHEMA_VERSION + " and older. Update MigrationHub to open it.");
    }

    @Test
    void migratesAnOlderSchemaAfterWritingABackupBesideIt() throws Exception {
        Path file = dir.resolve("old.mhub");
        ProjectFile.createAtSchema(file, 1);
        byte[] before = Files.readAllBytes(file);
        try (ProjectFile p = ProjectFile.open(file)) {
            assertThat(p.inventory().summary().servers()).isZero();
        }
        Path backup;
        try (Stream<Path> files = Files.list(dir)) {
            backup = files.filter(f -> f.getFileName().toString().startsWith("old.mhub.schema-1-")).findFirst().orElseThrow();
        }
        assertThat(backup.getFileName().toString()).endsWith(".bak");
        assertThat(Files.readAllBytes(backup)).isEqualTo(before);
        // opened again: already current, no second backup
        ProjectFile.open(file).close();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".bak")).count()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedFileGivesOneClearLineAndIsNotRewritten() throws Exception {
        Path file = dir.resolve("broken.mhub");
        ProjectFile.create(file, "c", "e").close();
        byte[] bytes = Files.readAllBytes(file);
        // keep the header, garble everything after the first 4 KiB block
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> ProjectFile.open(file))
                .isInstanceOf(ProjectFileException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("broken.mhub: ").doesNotContain("\n"));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aMissingFileIsReportedAsSuch() {
        assertThatThrownBy(() -> ProjectFile.open(dir.resolve("nope.mhub"))).hasMessage("nope.mhub: no such project file");
    }

    @Test
    void oneProjectCannotBeOpenedTwice() throws IOException, ProjectFileException {
        Path file = dir.resolve("busy.mhub");
        try (ProjectFile p = ProjectFile.create(file, "c", "e")) {
            assertThat(p.path()).isEqualTo(file.toAbsolutePath());
            // H2 in one JVM shares the open database; a second process would be refused with IN_USE.
            try (ProjectFile again = ProjectFile.open(file)) {
                assertThat(again.settings().get(ProjectSettings.CLIENT)).contains("c");
            }
        }
    }
}
