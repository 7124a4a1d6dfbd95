package com.migrationhub.connectors.dependency;

import static com.migrationhub.connectors.dependency.Imported.failure;
import static com.migrationhub.connectors.dependency.Imported.read;
import static com.migrationhub.connectors.dependency.Imported.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.DependencyImporter.Skipped;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetstatCaptureImporterTest {
    private final NetstatCaptureImporter importer = new NetstatCaptureImporter();

    @TempDir
    Path dir;

    @Test
    void readsNetstatAnoWithDirectionFromTheListeningPorts() throws Exception {
        Imported r = read(importer, resource("win-sql01.netstat-ano.txt"));

        assertThat(r.connections).extracting(c -> c.source().row(), Connection::sourceName, Connection::sourceIp,
                        Connection::destinationName, Connection::destinationIp, Connection::port, Connection::protocol,
                        Connection::sourceProcess, Connection::destinationProcess)
                .containsExactly(
                        tuple(7L, null, "10.10.1.11", "win-sql01", "10.10.2.21", 1433, "tcp", null, null),
                        tuple(8L, null, "10.10.1.31", "win-sql01", "10.10.2.21", 1433, "tcp", null, null),
                        tuple(9L, "win-sql01", "10.10.2.21", null, "10.10.0.10", 389, "tcp", null, null),
                        tuple(13L, "win-sql01", "fe80::15", null, "fe80::21", 445, "tcp", null, null),
                        tuple(16L, "win-sql01", "10.10.2.21", null, "10.10.0.10", 53, "udp", null, null));
        assertThat(r.skipped).containsExactly(new Skipped(10, "a bound socket that neither listens nor connects"),
                new Skipped(11, "loopback traffic"));
    }

    @Test
    void readsTheProgramLinesOfNetstatAnob() throws Exception {
        Imported r = read(importer, resource("win-web01.netstat-anob.txt"));

        assertThat(r.connections).extracting(c -> c.source().row(), Connection::sourceName, Connection::sourceIp,
                        Connection::sourceProcess, Connection::destinationName, Connection::destinationIp,
                        Connection::destinationProcess, Connection::port)
                .containsExactly(
                        // "Can not obtain ownership information": no program
                        tuple(13L, null, "10.10.9.7", null, "win-web01", "10.10.1.11", null, 80),
                        tuple(15L, "win-web01", "10.10.1.11", "w3wp.exe", null, "10.10.2.21", null, 1433),
                        tuple(17L, "win-web01", "10.10.1.11", null, null, "10.10.2.21", null, 1433),
                        tuple(18L, null, "10.10.9.8", null, "win-web01", "10.10.1.11", "svchost.exe", 3389));
        assertThat(r.skipped).isEmpty();
    }

    @Test
    void readsUtf16AsPowerShellRedirectsIt() throws Exception {
        String text = Files.readString(resource("win-web01.netstat-anob.txt"), StandardCharsets.UTF_8);
        Path utf16 = dir.resolve("win-web01.txt");
        Files.write(utf16, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));

        Imported r = read(importer, utf16);

        assertThat(r.connections).hasSize(4);
        assertThat(r.row(15).sourceProcess()).isEqualTo("w3wp.exe");
        assertThat(importer.detect(new com.migrationhub.domain.inventory.SourceProbe(utf16))).isEqualTo(95);
    }

    @Test
    void readsALocalizedCaptureInTheOemCodePage() throws Exception {
        String german = "\r\nAktive Verbindungen\r\n\r\n  Proto  Lokale Adresse         Remoteadresse          Status"
                + "           PID\r\n"
                + "  TCP    0.0.0.0:445            0.0.0.0:0              ABH\u00d6REN         4\r\n"
                + "  TCP    10.10.2.30:445         10.10.1.11:50500       HERGESTELLT     4\r\n"
                + "  TCP    10.10.2.30:50600       10.10.0.10:88          WARTEND         0\r\n";
        Path file = dir.resolve("fs01.txt");
        Files.write(file, german.getBytes(Charset.forName("ISO-8859-1")));

        Imported r = read(importer, file);

        assertThat(r.connections).extracting(Connection::sourceName, Connection::sourceIp, Connection::destinationName,
                        Connection::destinationIp, Connection::port)
                .containsExactly(tuple(null, "10.10.1.11", "fs01", "10.10.2.30", 445),
                        tuple("fs01", "10.10.2.30", null, "10.10.0.10", 88));
    }

    @Test
    void badDataLinesNameTheLineColumnAndValue() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "  TCP    0.0.0.0:135   0.0.0.0:0   LISTENING   1000\n"
                + "  TCP    10.0.0.5   10.0.0.9:443   ESTABLISHED   4321\n");
        assertThat(failure(importer, file))
                .isEqualTo("a.txt: row 2, column \"Local Address\": \"10.0.0.5\" is not an address and port");
        Path shortLine = dir.resolve("b.txt");
        Files.writeString(shortLine, "  TCP    10.0.0.5:49712   10.0.0.9:443\n");
        assertThat(failure(importer, shortLine))
                .isEqualTo("b.txt: row 1: a netstat TCP line needs local and foreign address and state; "
                        + "this one has 2 fields");
        Path none = dir.resolve("c.txt");
        Files.writeString(none, "Active Connections\n\n  Proto  Local Address   Foreign Address   State   PID\n");
        assertThat(failure(importer, none))
                .isEqualTo("c.txt: no TCP or UDP lines found: this is not the output of netstat -ano");
    }
}
