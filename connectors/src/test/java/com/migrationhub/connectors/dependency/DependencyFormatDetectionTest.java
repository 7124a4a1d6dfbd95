package com.migrationhub.connectors.dependency;

import static com.migrationhub.connectors.dependency.Imported.resource;
import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.dependency.DependencyImporter;
import com.migrationhub.domain.inventory.SourceProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every dependency importer against every fixture: the right one claims it, the others refuse it. */
class DependencyFormatDetectionTest {

    private static final List<DependencyImporter> IMPORTERS = ServiceLoader.load(DependencyImporter.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    @TempDir
    Path dir;

    private static Map<String, Integer> scores(Path file) {
        SourceProbe probe = new SourceProbe(file);
        Map<String, Integer> scores = new TreeMap<>();
        IMPORTERS.forEach(i -> scores.put(i.format(), i.detect(probe)));
        return scores;
    }

    @Test
    void theFiveImportersAreRegisteredForServiceLoader() {
        assertThat(IMPORTERS).extracting(DependencyImporter::format)
                .containsExactly("azure-migrate-deps", "aws-ads", "deps-csv", "ss", "netstat");
        assertThat(IMPORTERS).extracting(DependencyImporter::displayName).doesNotContainNull();
    }

    @ParameterizedTest
    @CsvSource({
        "azure-migrate-deps.csv, azure-migrate-deps, 98",
        "azure-migrate-deps-old.csv, azure-migrate-deps, 98",
        "outbound_connection_agent.csv, aws-ads, 95",
        "inbound_connection_agent-processes.csv, aws-ads, 95",
        "connections.csv, deps-csv, 75",
        "app01.ss.txt, ss, 95",
        "capture-2026-10-05.txt, ss, 95",
        "win-sql01.netstat-ano.txt, netstat, 95",
        "win-web01.netstat-anob.txt, netstat, 95",
    })
    void theRightImporterClaimsEachFixtureAndTheOthersRefuseIt(String fixture, String format, int score) {
        Map<String, Integer> scores = scores(resource(fixture));

        String best = scores.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
        assertThat(best).isEqualTo(format);
        assertThat(scores.get(format)).isEqualTo(score);
        scores.forEach((other, s) -> {
            if (!other.equals(format)) {
                assertThat(s).as(other + " on " + fixture).isZero();
            }
        });
    }

    @Test
    void noneClaimsAnAddressPlanAWorkbookOrBinaryData() throws Exception {
        Path xlsx = dir.resolve("deps.xlsx");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
        Path binary = dir.resolve("dump.bin");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, (byte) 0xFE, 1, 2, 3});
        Path empty = dir.resolve("empty.csv");
        Files.write(empty, new byte[0]);

        assertThat(scores(resource("ipam.csv"))).allSatisfy((f, s) -> assertThat(s).as(f).isZero());
        assertThat(scores(xlsx)).allSatisfy((f, s) -> assertThat(s).as(f).isZero());
        assertThat(scores(binary)).allSatisfy((f, s) -> assertThat(s).as(f).isZero());
        assertThat(scores(empty)).allSatisfy((f, s) -> assertThat(s).as(f).isZero());
    }

    @Test
    void aHeaderlessSsCaptureAndTheQueryOutputAreStillRecognized() throws Exception {
        Path ss = dir.resolve("app02.txt");
        Files.writeString(ss, "ESTAB 0 0 10.0.0.5:443 10.0.0.9:51234 users:((\"nginx\",pid=812,fd=7))\n"
                + "ESTAB 0 0 10.0.0.5:443 10.0.0.9:51235 users:((\"nginx\",pid=812,fd=8))\n"
                + "LISTEN 0 511 0.0.0.0:443 0.0.0.0:*\n", StandardCharsets.UTF_8);
        Path query = dir.resolve("query.csv");
        Files.writeString(query, "Source Host Name,Source IP Address,Destination Host Name,Destination IP Address,"
                + "Connection Frequency,Destination Communication Port\n", StandardCharsets.UTF_8);

        assertThat(scores(ss)).containsEntry("ss", 85).containsEntry("netstat", 0).containsEntry("deps-csv", 0);
        assertThat(scores(query)).containsEntry("aws-ads", 92).containsEntry("deps-csv", 0)
                .containsEntry("azure-migrate-deps", 0);
    }
}
