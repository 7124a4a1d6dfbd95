package com.migrationhub.domain.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.assessment.sizing.SizeOverride;
import com.migrationhub.domain.catalog.Cloud;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consultant's sizes in the project file (schema 6): set, replaced, cleared per cloud or all
 * at once, kept across reopening; and a project of schema 5 opens, migrates and takes them.
 */
class SizeOverrideStoreTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 26, 9, 30, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void sizesAreSetReplacedAndClearedPerCloudAndSurviveReopening() throws Exception {
        Path file = dir.resolve("p.mhub");
        try (ProjectFile p = ProjectFile.create(file, "c", "e")) {
            AssessmentStore s = p.assessments();
            assertThat(s.sizeOverrides()).isEmpty();
            s.setSizeOverride(5, "aws", "m5.large", "client standard", AT);
            s.setSizeOverride(5, "azure", "Standard_D2s_v5", null, AT);
            s.setSizeOverride(3, "gcp", "n2-standard-2", "line one\nline two", AT);
            s.setSizeOverride(5, "aws", "m5.xlarge", "bigger", AT.plusHours(1));
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            AssessmentStore s = p.assessments();
            assertThat(s.sizeOverrides()).containsExactly(
                    new AssessmentStore.StoredSizeOverride(3, "gcp", "n2-standard-2", "line one\nline two", AT),
                    new AssessmentStore.StoredSizeOverride(5, "aws", "m5.xlarge", "bigger", AT.plusHours(1)),
                    new AssessmentStore.StoredSizeOverride(5, "azure", "Standard_D2s_v5", null, AT));
            assertThat(s.sizeOverridesByServer().get(5L)).containsExactly(
                    new SizeOverride(5, Cloud.AWS, "m5.xlarge", "bigger"),
                    new SizeOverride(5, Cloud.AZURE, "Standard_D2s_v5", ""));
            assertThat(s.clearSizeOverride(5, "aws")).isTrue();
            assertThat(s.clearSizeOverride(5, "aws")).isFalse();
            assertThat(s.sizeOverrides()).extracting(AssessmentStore.StoredSizeOverride::cloud)
                    .containsExactly("gcp", "azure");
            assertThat(s.clearSizeOverride(3, null)).isTrue();
            assertThat(s.sizeOverrides()).hasSize(1);
        }
    }

    @Test
    void aProjectOfSchemaFiveOpensMigratesAndKeepsItsData() throws Exception {
        Path file = dir.resolve("v5.mhub");
        ProjectFile.createAtSchema(file, 5);
        try (Connection c = DriverManager.getConnection("jdbc:h2:mhub:" + file.toAbsolutePath(), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO STRATEGY_OVERRIDE (SERVER_ID, STRATEGY, NOTE, SET_AT) VALUES "
                    + "(9, 'RETAIN', 'kept on premises', TIMESTAMP WITH TIME ZONE '2026-01-02 03:04:05+00')");
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'SIZE_OVERRIDE'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("schema 5 has no size overrides yet").isZero();
            }
        }
        try (ProjectFile p = ProjectFile.open(file)) {
            assertThat(p.assessments().overrides()).containsOnlyKeys(9L);
            assertThat(p.assessments().overrides().get(9L).note()).isEqualTo("kept on premises");
            assertThat(p.assessments().sizeOverrides()).isEmpty();
            p.assessments().setSizeOverride(9, "aws", "m5.large", "", AT);
            assertThat(p.assessments().sizeOverrides()).hasSize(1);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).anySatisfy(n -> assertThat(n).startsWith("v5.mhub.schema-5-").endsWith(".bak"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:mhub:" + file.toAbsolutePath(), "sa", "");
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(ProjectFile.SCHEMA_VERSION);
        }
    }
}
