package com.migrationhub.connectors.dependency;

import static com.migrationhub.connectors.dependency.Imported.failure;
import static com.migrationhub.connectors.dependency.Imported.read;
import static com.migrationhub.connectors.dependency.Imported.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.DependencyImporter.Skipped;
import com.migrationhub.domain.dependency.DependencyOptions;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzureMigrateDependencyImporterTest {
    private static final String HEADER = "Time slot,Source server name,Source IP,Source application,Source process,"
            + "Destination server name,Destination IP,Destination application,Destination process,Destination port,"
            + "Source VLAN,Destination VLAN\n";

    private final AzureMigrateDependencyImporter importer = new AzureMigrateDependencyImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsEveryColumnOfTheCurrentExport() throws Exception {
        Imported r = read(importer, resource("azure-migrate-deps.csv"));

        assertThat(r.connections).hasSize(8);
        Connection web = r.row(2);
        assertThat(web).isEqualTo(new Connection("CONTOSO-WEB01", "10.10.1.11", "IIS", "w3wp.exe",
                "CONTOSO-SQL01", "10.10.2.21", "SQL Server", "sqlservr.exe", 1433, "tcp", 1, 1,
                Instant.parse("2026-10-05T14:00:00Z"), Instant.parse("2026-10-05T15:00:00Z"), web.source()));
        assertThat(web.source().sheet()).isEqualTo("azure-migrate-deps.csv");
        assertThat(web.source().describe()).isEqualTo("azure-migrate-deps.csv, row 2");

        assertThat(r.row(3).destinationApplication()).isNull();
        assertThat(r.row(3).destinationProcess()).isEqualTo("java");
        assertThat(r.row(3).port()).isEqualTo(8443);
        assertThat(r.row(4).sourceApplication()).isEqualTo("Contoso ERP, Finance");
    }

    @Test
    void readsTheSlotSpellings() throws Exception {
        Imported r = read(importer, resource("azure-migrate-deps.csv"));

        assertThat(r.connections).extracting(c -> c.source().row(), Connection::firstSeen, Connection::lastSeen)
                .containsExactly(
                        tuple(2L, Instant.parse("2026-10-05T14:00:00Z"), Instant.parse("2026-10-05T15:00:00Z")),
                        tuple(3L, Instant.parse("2026-10-05T14:00:00Z"), Instant.parse("2026-10-05T15:00:00Z")),
                        tuple(4L, Instant.parse("2026-10-05T15:00:00Z"), Instant.parse("2026-10-05T16:00:00Z")),
                        // 12-hour with seconds
                        tuple(5L, Instant.parse("2026-10-05T09:00:00Z"), Instant.parse("2026-10-05T10:00:00Z")),
                        // the end is on the next day
                        tuple(6L, Instant.parse("2026-10-06T23:00:00Z"), Instant.parse("2026-10-07T00:00:00Z")),
                        tuple(7L, Instant.parse("2026-10-06T23:00:00Z"), Instant.parse("2026-10-07T00:00:00Z")),
                        // a slot that cannot be read is not an error
                        tuple(8L, null, null),
                        // ISO with " to "
                        tuple(12L, Instant.parse("2026-10-07T08:00:00Z"), Instant.parse("2026-10-07T09:00:00Z")));
    }

    @Test
    void keepsWhatEachSideNamesAndNormalizesAddresses() throws Exception {
        Imported r = read(importer, resource("azure-migrate-deps.csv"));

        Connection ipOnly = r.row(6);
        assertThat(ipOnly.destinationName()).isNull();
        assertThat(ipOnly.destinationIp()).isEqualTo("10.20.0.9");
        assertThat(ipOnly.destinationProcess()).isNull();
        Connection noSourceIp = r.row(7);
        assertThat(noSourceIp.sourceName()).isEqualTo("CONTOSO-JUMP01");
        assertThat(noSourceIp.sourceIp()).isNull();
        assertThat(noSourceIp.sourceApplication()).isNull();
        assertThat(noSourceIp.sourceProcess()).isEqualTo("mstsc.exe");
        Connection v6 = r.row(12);
        assertThat(v6.sourceName()).isEqualTo("CONTOSO-WEB02");
        assertThat(v6.sourceIp()).isEqualTo("fe80::1");
        assertThat(v6.destinationIp()).isEqualTo("10.10.1.31");
    }

    @Test
    void skipsRowsWithoutNameOrIpOnASide() throws Exception {
        Imported r = read(importer, resource("azure-migrate-deps.csv"));

        assertThat(r.skipped).containsExactly(new Skipped(10, "no source server name or IP"),
                new Skipped(11, "no destination server name or IP"));
    }

    @Test
    void readsTheOlderExportWithTimeslotAndWithoutSourceIp() throws Exception {
        Imported r = read(importer, resource("azure-migrate-deps-old.csv"));

        assertThat(r.connections).extracting(Connection::sourceName, Connection::sourceIp, Connection::sourceProcess,
                        Connection::destinationName, Connection::destinationIp, Connection::port, Connection::firstSeen)
                .containsExactly(
                        tuple("CONTOSO-WEB01", null, "w3wp.exe", "CONTOSO-SQL01", "10.10.2.21", 1433,
                                Instant.parse("2026-09-28T10:00:00Z")),
                        tuple("CONTOSO-APP01", null, "java", "CONTOSO-MQ01", "10.10.2.40", 5672,
                                Instant.parse("2026-09-28T10:00:00Z")));
        assertThat(r.skipped).containsExactly(new Skipped(4, "no source server name or IP"));
    }

    @Test
    void findsColumnsInAnyOrderCaseAndSurroundingBlanks() throws Exception {
        Path file = write("shuffled.csv", " DESTINATION PORT , destination server name ,TIMESLOT, Source Server Name \n"
                + "443,CONTOSO-WEB01,10/5/2026 14:00 - 15:00,CONTOSO-APP01\n");

        Connection c = read(importer, file).connections.get(0);

        assertThat(c.sourceName()).isEqualTo("CONTOSO-APP01");
        assertThat(c.destinationName()).isEqualTo("CONTOSO-WEB01");
        assertThat(c.port()).isEqualTo(443);
        assertThat(c.firstSeen()).isEqualTo(Instant.parse("2026-10-05T14:00:00Z"));
    }

    @Test
    void aPortOutsideTheRangeNamesFileRowColumnAndValue() throws Exception {
        Path file = write("deps.csv", HEADER + "10/5/2026 14:00 - 15:00,A,10.0.0.1,,,B,10.0.0.2,,,1433,,\n"
                + "10/5/2026 14:00 - 15:00,A,10.0.0.1,,,B,10.0.0.2,,,70000,,\n");

        assertThat(failure(importer, file))
                .isEqualTo("deps.csv: row 3, column \"Destination port\": \"70000\" is not a port number (0 to 65535)");
        Path text = write("deps2.csv", HEADER + "10/5/2026 14:00 - 15:00,A,10.0.0.1,,,B,10.0.0.2,,,https,,\n");
        assertThat(failure(importer, text))
                .isEqualTo("deps2.csv: row 2, column \"Destination port\": \"https\" is not a port number (0 to 65535)");
    }

    @Test
    void anIpCellThatIsNotAnAddressIsAnError() throws Exception {
        Path file = write("deps.csv", HEADER + "10/5/2026 14:00 - 15:00,A,10.0.0.300,,,B,10.0.0.2,,,1433,,\n");

        assertThat(failure(importer, file))
                .isEqualTo("deps.csv: row 2, column \"Source IP\": \"10.0.0.300\" is not an IP address");
    }

    @Test
    void namesEveryMissingColumnAndWhatTheHeaderHas() throws Exception {
        Path file = write("deps.csv", "Time slot,Source server name,Destination IP\n1,2,3\n");

        assertThat(failure(importer, file)).isEqualTo("deps.csv: missing required columns \"Destination server name\", "
                + "\"Destination port\"; the header has \"Time slot\", \"Source server name\", \"Destination IP\"");
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 5000; i++) {
            text.append("10/5/2026 14:00 - 15:00,A,10.0.0.1,,,B,10.0.0.2,,,1433,,\n");
        }
        Path file = write("big.csv", text.toString());
        List<long[]> progress = new ArrayList<>();
        ProgressMonitor watching = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                progress.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        List<Connection> read = new ArrayList<>();
        importer.read(file, DependencyOptions.NONE, read::add, s -> { }, watching);
        assertThat(read).hasSize(5000);
        assertThat(progress).isNotEmpty().last().satisfies(p -> assertThat(p[0]).isEqualTo(p[1]));

        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        List<Connection> partial = new ArrayList<>();
        assertThatThrownBy(() -> importer.read(file, DependencyOptions.NONE, partial::add, s -> { }, cancelled))
                .isInstanceOf(CancelledException.class);
        assertThat(partial).hasSizeLessThan(5000);
    }
}
