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

class AwsAdsImporterTest {
    private static final String HEADER = "account_number,agent_id,source_ip,source_port,destination_ip,"
            + "destination_port,ip_version,transport_protocol,agent_assigned_process_id,agent_creation_date\n";

    private final AwsAdsImporter importer = new AwsAdsImporter();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsTheOutboundTableAsAthenaExportsIt() throws Exception {
        Imported r = read(importer, resource("outbound_connection_agent.csv"));

        assertThat(r.connections).extracting(c -> c.source().row(), Connection::sourceIp, Connection::destinationIp,
                        Connection::port, Connection::protocol, Connection::firstSeen)
                .containsExactly(
                        tuple(2L, "10.0.1.15", "10.0.2.20", 5432, "tcp", Instant.parse("2026-10-05T14:03:11Z")),
                        tuple(3L, "10.0.1.15", "10.0.2.20", 5432, "tcp", Instant.parse("2026-10-05T14:18:11Z")),
                        tuple(4L, "10.0.1.15", "10.0.0.2", 53, "udp", Instant.parse("2026-10-05T14:03:12Z")),
                        tuple(7L, "2001:db8::15", "2001:db8::20", 443, "tcp", Instant.parse("2026-10-05T14:05:00Z")));
        Connection first = r.row(2);
        // the table names no servers and, without the process join, no processes
        assertThat(first.sourceName()).isNull();
        assertThat(first.destinationName()).isNull();
        assertThat(first.sourceProcess()).isNull();
        assertThat(first.lastSeen()).isEqualTo(first.firstSeen());
        assertThat(first.connections()).isEqualTo(1);
        assertThat(first.slots()).isEqualTo(1);
    }

    @Test
    void skipsOtherProtocolsLoopbackAndRowsWithoutAnAddress() throws Exception {
        Imported r = read(importer, resource("outbound_connection_agent.csv"));

        assertThat(r.skipped).containsExactly(new Skipped(5, "protocol \"icmp\" is neither TCP nor UDP"),
                new Skipped(6, "loopback traffic"), new Skipped(8, "no destination IP"));
    }

    @Test
    void putsTheJoinedProcessOnTheDestinationOfInboundConnections() throws Exception {
        Imported r = read(importer, resource("inbound_connection_agent-processes.csv"));

        assertThat(r.connections).extracting(Connection::sourceIp, Connection::sourceProcess,
                        Connection::destinationIp, Connection::destinationProcess, Connection::port, Connection::firstSeen)
                .containsExactly(
                        tuple("10.0.1.15", null, "10.0.2.20", "postgres", 5432, Instant.ofEpochMilli(1_791_216_191_000L)),
                        // no name: the program of the command line; epoch seconds
                        tuple("10.0.1.16", null, "10.0.2.20", "sshd", 22, Instant.ofEpochSecond(1_791_216_251L)),
                        tuple("10.0.1.17", null, "10.0.2.20", null, 9100, null));
        assertThat(r.skipped).isEmpty();
    }

    @Test
    void putsTheProcessOnTheSourceOfOutboundConnections() throws Exception {
        Path file = write("sourceProcessConnection.csv", "source_ip,source_port,destination_ip,destination_port,"
                + "transport_protocol,agent_assigned_process_id,process_name,cmd_line\n"
                + "10.0.1.15,49712,10.0.2.20,5432,tcp,p-1,,\"\"\"C:\\Program Files\\App\\app.exe\"\" --serve\"\n"
                + "10.0.1.15,49713,10.0.2.20,5432,tcp,p-2,,C:\\Program Files\\Agent\\agent.exe -run\n"
                + "10.0.1.15,49714,10.0.2.20,5432,tcp,p-3,,/opt/app/bin/worker --queue main\n");

        Imported r = read(importer, file);

        assertThat(r.connections).extracting(Connection::sourceProcess, Connection::destinationProcess)
                .containsExactly(tuple("app.exe", null), tuple("agent.exe", null), tuple("worker", null));
    }

    @Test
    void readsThePredefinedQueryOutputWithHostNamesAndFrequency() throws Exception {
        Path file = write("outbound-query.csv", "\"Source Host Name\",\"Source IP Address\",\"Destination Host Name\","
                + "\"Destination IP Address\",\"Connection Frequency\",\"Destination Communication Port\","
                + "\"Process Name\",\"Process Service Name\",\"Process Service Description\"\n"
                + "\"web01\",\"10.0.1.15\",\"db01\",\"10.0.2.20\",\"96\",\"5432\",\"gunicorn\",\"postgresql\","
                + "\"PostgreSQL Database\"\n"
                + "\"web01\",\"10.0.1.15\",,\"10.0.0.2\",\"4\",\"53\",\"systemd-resolve\",\"domain\",\"DNS\"\n");

        Imported r = read(importer, file);

        assertThat(r.connections).extracting(Connection::sourceName, Connection::sourceIp, Connection::sourceProcess,
                        Connection::destinationName, Connection::destinationIp, Connection::port, Connection::connections,
                        Connection::protocol)
                .containsExactly(tuple("web01", "10.0.1.15", "gunicorn", "db01", "10.0.2.20", 5432, 96L, null),
                        tuple("web01", "10.0.1.15", "systemd-resolve", null, "10.0.0.2", 53, 4L, null));
    }

    @Test
    void badCellsNameFileRowColumnAndValue() throws Exception {
        String row = "1,a,10.0.1.15,49712,10.0.2.20,%s,IPv4,%s,p,%s\n";
        assertThat(failure(importer, write("a.csv", HEADER + String.format(row, "65536", "tcp", ""))))
                .isEqualTo("a.csv: row 2, column \"destination_port\": \"65536\" is not a port number (0 to 65535)");
        assertThat(failure(importer, write("b.csv", HEADER + String.format(row, "443", "t c p", ""))))
                .isEqualTo("b.csv: row 2, column \"transport_protocol\": \"t c p\" is not a transport protocol "
                        + "(tcp, udp, 6 or 17)");
        assertThat(failure(importer, write("c.csv", HEADER + String.format(row, "443", "tcp", "yesterday"))))
                .isEqualTo("c.csv: row 2, column \"agent_creation_date\": \"yesterday\" is not a date and time this "
                        + "import can read (such as 2026-07-21 14:30:00.000 or epoch seconds)");
        assertThat(failure(importer, write("d.csv", HEADER + "1,a,host-a,1,10.0.2.20,443,IPv4,tcp,p,\n")))
                .isEqualTo("d.csv: row 2, column \"source_ip\": \"host-a\" is not an IP address");
    }

    @Test
    void namesTheMissingColumns() throws Exception {
        Path file = write("e.csv", "agent_id,source_ip,destination_ip,transport_protocol\na,10.0.0.1,10.0.0.2,tcp\n");

        assertThat(failure(importer, file)).isEqualTo("e.csv: missing required column \"destination_port\"; the header "
                + "has \"agent_id\", \"source_ip\", \"destination_ip\", \"transport_protocol\"");
    }

    @Test
    void tellsInboundFilesByName() {
        assertThat(AwsAdsImporter.inbound(Path.of("inbound_connection_agent.csv"))).isTrue();
        assertThat(AwsAdsImporter.inbound(Path.of("o-1234_destinationProcessConnection.csv"))).isTrue();
        assertThat(AwsAdsImporter.inbound(Path.of("outbound_connection_agent.csv"))).isFalse();
        assertThat(AwsAdsImporter.inbound(Path.of("o-1234_sourceProcessConnection.csv"))).isFalse();
    }
}
