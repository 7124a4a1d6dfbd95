package com.migrationhub.connectors.dependency;

import static com.migrationhub.connectors.dependency.Imported.failure;
import static com.migrationhub.connectors.dependency.Imported.read;
import static com.migrationhub.connectors.dependency.Imported.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.DependencyImporter.Skipped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionListImporterTest {
    private final ConnectionListImporter importer = new ConnectionListImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheAliasedColumnsAndTellsNamesFromAddresses() throws Exception {
        Imported r = read(importer, resource("connections.csv"));

        assertThat(r.connections).extracting(c -> c.source().row(), Connection::sourceName, Connection::sourceIp,
                        Connection::sourceProcess, Connection::destinationName, Connection::destinationIp,
                        Connection::destinationProcess, Connection::port, Connection::protocol, Connection::connections)
                .containsExactly(
                        tuple(2L, "web01", null, "gunicorn", "db01", null, "postgres", 5432, "tcp", 42L),
                        tuple(3L, null, "10.0.1.15", null, "db01.contoso.local", null, null, 5432, "tcp", 1L),
                        // host:port gives the port when dport is empty; protocol 6 is TCP
                        tuple(4L, "web01", null, null, null, "10.0.2.40", "redis-server", 6379, "tcp", 1L),
                        tuple(5L, "web01", null, null, null, "2001:db8::20", null, 443, null, 1L),
                        tuple(6L, "ntp-client", null, "chronyd", null, "10.0.0.2", "ntpd", 123, "udp", 3L));
    }

    @Test
    void readsFirstAndLastSeen() throws Exception {
        Imported r = read(importer, resource("connections.csv"));

        assertThat(r.row(2).firstSeen()).isEqualTo(Instant.parse("2026-10-05T14:00:00Z"));
        assertThat(r.row(2).lastSeen()).isEqualTo(Instant.parse("2026-10-05T18:30:00Z"));
        assertThat(r.row(3).firstSeen()).isNull();
        assertThat(r.row(4).firstSeen()).isEqualTo(Instant.parse("2026-10-05T14:00:00Z"));
        assertThat(r.row(4).lastSeen()).isEqualTo(Instant.parse("2026-10-05T15:00:00Z"));
        assertThat(r.row(5).firstSeen()).isEqualTo(Instant.parse("2026-10-05T14:00:00Z"));
        assertThat(r.row(5).lastSeen()).isNull();
    }

    @Test
    void skipsRowsWithoutDestinationOtherProtocolsAndZeroCounts() throws Exception {
        Imported r = read(importer, resource("connections.csv"));

        assertThat(r.skipped).containsExactly(new Skipped(7, "no destination name or IP"),
                new Skipped(8, "protocol \"icmp\" is neither TCP nor UDP"), new Skipped(9, "a count of 0 connections"));
    }

    @Test
    void readsOtherAliasesAndSeparateAddressColumns() throws Exception {
        Path file = write("flows.csv", "Client,Client IP,Server,Server IP,Destination Port,Protocol,Connections\n"
                + "web01,10.0.1.15,db01,10.0.2.20,5432,TCP,7\n");

        Connection c = read(importer, file).connections.get(0);

        assertThat(c).extracting(Connection::sourceName, Connection::sourceIp, Connection::destinationName,
                        Connection::destinationIp, Connection::port, Connection::connections)
                .containsExactly("web01", "10.0.1.15", "db01", "10.0.2.20", 5432, 7L);
    }

    @Test
    void namesTheMissingColumnsAndWhatWasFound() throws Exception {
        Path file = write("flows.csv", "host,port,protocol\nweb01,443,tcp\n");

        assertThat(failure(importer, file)).isEqualTo("flows.csv: missing required columns "
                + "\"source\" (or src, client, from, source_ip), "
                + "\"destination\" (or dest, dst, server, target, to, destination_ip); "
                + "the header has \"host\", \"port\", \"protocol\"");
    }

    @Test
    void badCellsNameRowColumnAndValue() throws Exception {
        assertThat(failure(importer, write("a.csv", "from,to,port\nweb01,db01,99999\n")))
                .isEqualTo("a.csv: row 2, column \"port\": \"99999\" is not a port number (0 to 65535)");
        assertThat(failure(importer, write("b.csv", "from,to\nweb01,db01:https\n")))
                .isEqualTo("b.csv: row 2, column \"to\": \"db01:https\" has a port that is not a number from 0 to 65535");
        assertThat(failure(importer, write("c.csv", "from,to,count\nweb01,db01,many\n")))
                .isEqualTo("c.csv: row 2, column \"count\": \"many\" is not a count (a whole number, 0 or more)");
        assertThat(failure(importer, write("d.csv", "from,to,first_seen\nweb01,db01,05.10.2026\n")))
                .isEqualTo("d.csv: row 2, column \"first_seen\": \"05.10.2026\" is not a date and time this import "
                        + "can read (such as 2026-07-21 14:30:00 or 7/21/2026 2:30 PM)");
        assertThat(failure(importer, write("e.csv", "from,to,first_seen,last_seen\n"
                + "web01,db01,2026-10-05 15:00,2026-10-05 14:00\n")))
                .isEqualTo("e.csv: row 2: first seen \"2026-10-05 15:00\" is after last seen \"2026-10-05 14:00\"");
        assertThat(failure(importer, write("f.csv", "from,to_ip\nweb01,db01\n")))
                .isEqualTo("f.csv: missing required column \"destination\" (or dest, dst, server, target, to, "
                        + "destination_ip); the header has \"from\", \"to_ip\"");
    }
}
