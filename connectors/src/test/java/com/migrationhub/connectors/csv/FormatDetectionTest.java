package com.migrationhub.connectors.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.connectors.awsmhub.AwsMigrationHubImporter;
import com.migrationhub.connectors.azuremigrate.AzureMigrateImporter;
import com.migrationhub.connectors.gcpmc.GcpMigrationCenterImporter;
import com.migrationhub.connectors.generic.GenericCsvImporter;
import com.migrationhub.connectors.vrops.VropsImporter;
import com.migrationhub.domain.inventory.InventoryImporter;
import com.migrationhub.domain.inventory.SourceProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV importer against every fixture: the right one claims it, the others refuse it. */
class FormatDetectionTest {

    private static final List<InventoryImporter> IMPORTERS = List.of(new AzureMigrateImporter(),
            new AwsMigrationHubImporter(), new GcpMigrationCenterImporter(), new VropsImporter(),
            new GenericCsvImporter());

    @TempDir
    Path dir;

    private static Path resource(String path) throws Exception {
        return Path.of(FormatDetectionTest.class.getResource("/" + path).toURI());
    }

    private static Map<String, Integer> scores(Path file) {
        SourceProbe probe = new SourceProbe(file);
        return IMPORTERS.stream().collect(Collectors.toMap(InventoryImporter::format, i -> i.detect(probe)));
    }

    @ParameterizedTest
    @CsvSource({
        "azuremigrate/azure-migrate-import.csv, azure-migrate",
        "awsmhub/aws-migration-hub-import.csv, aws-mhub",
        "gcpmc/vmInfo.csv, gcp-mc",
        "gcpmc/diskInfo.csv, gcp-mc",
        "gcpmc/tagInfo.csv, gcp-mc",
        "gcpmc/perfInfo.csv, gcp-mc",
        "vrops/vrops-vm-utilization.csv, vrops",
        "vrops/vrops-vm-summary.csv, vrops",
        "generic/cmdb-export.csv, csv",
    })
    void theRightImporterClaimsEachFixtureAndTheOthersRefuseIt(String fixture, String format) throws Exception {
        Map<String, Integer> scores = scores(resource(fixture));

        String best = scores.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
        assertThat(best).isEqualTo(format);
        scores.forEach((other, score) -> {
            if (!other.equals(format)) {
                assertThat(score).as(other + " on " + fixture).isLessThanOrEqualTo(1);
            } else if (!format.equals("csv")) {
                assertThat(score).as(format + " on " + fixture).isGreaterThanOrEqualTo(90);
            }
        });
    }

    @Test
    void noneClaimsAWorkbookOrBinaryData() throws Exception {
        Path xlsx = dir.resolve("RVTools_export_all.xlsx");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
        Path binary = dir.resolve("dump.bin");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3});

        assertThat(scores(xlsx)).allSatisfy((format, score) -> assertThat(score).isZero());
        assertThat(scores(binary)).allSatisfy((format, score) -> assertThat(score).isZero());
    }

    @Test
    void detectsAUtf16Template() throws Exception {
        Path utf16 = dir.resolve("export.csv");
        String text = Files.readString(resource("awsmhub/aws-migration-hub-import.csv"), StandardCharsets.UTF_8);
        Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE));

        assertThat(scores(utf16)).containsEntry("aws-mhub", 96).containsEntry("azure-migrate", 0);
    }
}
