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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsCaptureImporterTest {
    private static final String HEADER = "State  Recv-Q Send-Q Local Address:Port  Peer Address:Port Process\n";

    private final SsCaptureImporter importer = new SsCaptureImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void inboundConnectionsArriveOnListeningPortsAndOutboundOnesLeaveFromOthers() throws Exception {
        Imported r = read(importer, resource("app01.ss.txt"));

        assertThat(r.connections).extracting(c -> c.source().row(), Connection::sourceName, Connection::sourceIp,
                        Connection::sourceProcess, Connection::destinationName, Connection::destinationIp,
                        Connection::destinationProcess, Connection::port, Connection::protocol)
                .containsExactly(
                        tuple(7L, null, "10.0.0.9", null, "app01", "10.0.0.5", "nginx", 443, "tcp"),
                        tuple(8L, null, "10.0.9.100", null, "app01", "10.0.0.5", "sshd", 22, "tcp"),
                        tuple(9L, "app01", "10.0.0.5", "gunicorn", null, "10.0.2.20", null, 5432, "tcp"),
                        tuple(10L, "app01", "10.0.0.5", "gunicorn", null, "10.0.3.30", null, 6379, "tcp"),
                        // TIME-WAIT has no process: the listening socket's
                        tuple(11L, null, "10.0.0.10", null, "app01", "10.0.0.5", "nginx", 443, "tcp"),
                        tuple(12L, "app01", "10.0.0.5", "python3", null, "93.184.216.34", null, 443, "tcp"),
                        // IPv4-mapped IPv6 on a port listened on by *
                        tuple(15L, null, "10.0.9.50", null, "app01", "10.0.0.5", "node_exporter", 9100, "tcp"),
                        tuple(16L, "app01", "2001:db8::5", "systemd-resolve", null, "2001:db8::53", null, 53, "tcp"));
        assertThat(r.row(7).connections()).isEqualTo(1);
        assertThat(r.row(7).slots()).isEqualTo(1);
        assertThat(r.row(7).firstSeen()).isNull();
        assertThat(r.row(7).source().describe()).isEqualTo("app01.ss.txt, row 7");
    }

    @Test
    void skipsLoopbackAndTrafficToItself() throws Exception {
        Imported r = read(importer, resource("app01.ss.txt"));

        assertThat(r.skipped).containsExactly(new Skipped(13, "loopback traffic"), new Skipped(14, "loopback traffic"),
                new Skipped(17, "traffic to the capture host's own address 10.0.0.5"));
    }

    @Test
    void readsNetidUdpAndTheHostLine() throws Exception {
        Imported r = read(importer, resource("capture-2026-10-05.txt"));

        assertThat(r.connections).extracting(c -> c.source().row(), Connection::sourceName, Connection::sourceIp,
                        Connection::sourceProcess, Connection::destinationName, Connection::destinationIp,
                        Connection::destinationProcess, Connection::port, Connection::protocol)
                .containsExactly(
                        tuple(5L, "db01", "10.0.2.20", "systemd-resolve", null, "10.0.0.2", null, 53, "udp"),
                        tuple(6L, null, "10.0.1.15", null, "db01", "10.0.2.20", "chronyd", 123, "udp"),
                        tuple(8L, null, "10.0.0.5", null, "db01", "10.0.2.20", "postgres", 5432, "tcp"),
                        tuple(9L, null, "10.0.1.15", null, "db01", "10.0.2.20", "postgres", 5432, "tcp"));
        assertThat(r.skipped).containsExactly(new Skipped(10, "not a TCP or UDP socket (u_str)"));
    }

    @Test
    void theCaptureHostOptionWinsOverHostLineAndFileName() throws Exception {
        Imported given = read(importer, resource("capture-2026-10-05.txt"), new DependencyOptions("pg-primary"));
        Imported named = read(importer, resource("app01.ss.txt"));

        assertThat(given.row(8).destinationName()).isEqualTo("pg-primary");
        assertThat(named.row(9).sourceName()).isEqualTo("app01");
    }

    @Test
    void readsTheOlderFormatWithoutBracketsAndPid() throws Exception {
        Path file = write("web02.txt", "hostname: web02.contoso.local\n"
                + "State      Recv-Q Send-Q      Local Address:Port        Peer Address:Port\n"
                + "LISTEN     0      128                    :::22                    :::*      users:((\"sshd\",900,3))\n"
                + "ESTAB      0      0      ::ffff:10.0.0.6:22     ::ffff:10.0.9.1:50000  users:((\"sshd\",1200,3))\n");

        Connection c = read(importer, file).connections.get(0);

        assertThat(c).extracting(Connection::sourceIp, Connection::destinationName, Connection::destinationIp,
                Connection::destinationProcess, Connection::port)
                .containsExactly("10.0.9.1", "web02.contoso.local", "10.0.0.6", "sshd", 22);
    }

    @Test
    void reportsLinesThatAreNotSockets() throws Exception {
        Path file = write("app03.txt", "$ ss -tanp\n" + HEADER
                + "ESTAB 0 0 10.0.0.7:50000 10.0.0.9:443\n");

        Imported r = read(importer, file);

        assertThat(r.connections).hasSize(1);
        assertThat(r.skipped).containsExactly(new Skipped(1, "not an ss socket line"));
    }

    @Test
    void badLinesNameTheLineColumnAndValue() throws Exception {
        assertThat(failure(importer, write("a.txt", HEADER + "ESTAB 0 0 10.0.0.5:https 10.0.0.9:51234\n")))
                .isEqualTo("a.txt: row 2, column \"Local Address:Port\": \"10.0.0.5:https\" has no numeric port; "
                        + "take the capture with -n (numeric)");
        assertThat(failure(importer, write("b.txt", HEADER + "ESTAB 0 0 10.0.0.5:443 db01.local:5432\n")))
                .isEqualTo("b.txt: row 2, column \"Peer Address:Port\": \"db01.local:5432\" is not an IP address; "
                        + "take the capture with -n (numeric)");
        assertThat(failure(importer, write("c.txt", HEADER + "ESTAB 0 0 10.0.0.5:443\n")))
                .isEqualTo("c.txt: row 2: an ss socket line needs state, Recv-Q, Send-Q, local and peer address; "
                        + "this one has 4 fields");
        assertThat(failure(importer, write("d.txt", HEADER + "ESTAB x y 10.0.0.5:443 10.0.0.9:1\n")))
                .isEqualTo("d.txt: row 2, column \"Recv-Q\": \"x y\" are not queue sizes: this is not ss output");
    }

    @Test
    void aFileWithoutSocketLinesIsAnError() throws Exception {
        assertThat(failure(importer, write("app04.txt", HEADER)))
                .isEqualTo("app04.txt: no socket lines found: this is not the output of ss -tanp");
        assertThat(failure(importer, write("app05.txt", "")))
                .isEqualTo("app05.txt: the file is empty");
    }

    @Test
    void reportsProgressOverBothPassesAndStopsWhenCancelled() throws Exception {
        StringBuilder text = new StringBuilder(HEADER).append("LISTEN 0 128 0.0.0.0:443 0.0.0.0:*\n");
        for (int i = 0; i < 5000; i++) {
            text.append("ESTAB 0 0 10.0.0.5:443 10.1.").append(i / 250).append('.').append(i % 250 + 1)
                    .append(":50000\n");
        }
        Path file = write("big01.txt", text.toString());
        List<long[]> progress = new ArrayList<>();
        List<Connection> read = new ArrayList<>();
        importer.read(file, DependencyOptions.NONE, read::add, s -> { }, new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                progress.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(read).hasSize(5000).allSatisfy(c -> assertThat(c.destinationName()).isEqualTo("big01"));
        long size = Files.size(file);
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(2 * size));
        assertThat(progress).last().satisfies(p -> assertThat(p[0]).isEqualTo(2 * size));

        assertThatThrownBy(() -> importer.read(file, DependencyOptions.NONE, c -> { }, s -> { },
                new ProgressMonitor() {
                    @Override
                    public void progress(long done, long total, String what) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                })).isInstanceOf(CancelledException.class);
    }
}
