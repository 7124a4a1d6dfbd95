package com.migrationhub.connectors.dependency;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.dependency.DependencyImporter;
import com.migrationhub.domain.dependency.DependencyOptions;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that is not the format: each importer ends with one line naming the file and the place. */
class DependencyBadInputTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H',
        'D', 'R', 0, 0, 1, 0, (byte) 0xFF, (byte) 0xFE};
    private static final String AZURE_HEADER = "Time slot,Source server name,Source IP,Source application,"
            + "Source process,Destination server name,Destination IP,Destination application,Destination process,"
            + "Destination port\n";
    private static final String AZURE_ROW = "10/5/2026 14:00 - 15:00,CONTOSO-WEB01,10.10.1.11,IIS,w3wp.exe,"
            + "CONTOSO-SQL01,10.10.2.21,SQL Server,sqlservr.exe,1433\n";
    private static final String ADS_HEADER = "source_ip,source_port,destination_ip,destination_port,ip_version,"
            + "transport_protocol,agent_assigned_process_id\n";
    private static final String ADS_ROW = "10.0.1.15,49712,10.0.2.20,5432,IPv4,tcp,p-1\n";
    private static final String SS_HEADER = "State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text with a byte that is never valid UTF-8 in place of every "~". */
    private static byte[] withBadByte(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.write(b == '~' ? 0xFF : b);
        }
        return out.toByteArray();
    }

    private static String message(DependencyImporter importer, Path file) {
        return Imported.failure(importer, file);
    }

    @Test
    void azureMigrateDependencies() throws Exception {
        DependencyImporter azure = new AzureMigrateDependencyImporter();

        assertThat(message(azure, write("a.csv", PNG))).isEqualTo("a.csv: row 1: not valid UTF-8 text; save the file as UTF-8");
        assertThat(message(azure, write("b.csv", ""))).isEqualTo("b.csv: the file is empty: it has no header line");
        assertThat(message(azure, write("c.csv", AZURE_HEADER))).isEqualTo("c.csv: the file has a header line but no rows");
        assertThat(message(azure, write("d.csv", AZURE_HEADER.replace(',', '|') + AZURE_ROW.replace(',', '|'))))
                .isEqualTo("d.csv: missing required columns \"Source server name\", \"Destination server name\", "
                        + "\"Destination port\"; the header has \"Time slot|Source server name|Source IP|Source "
                        + "application|Source process|Destination server name|Des...\" (one column: is the file "
                        + "delimited by something other than commas, semicolons or tabs?)");
        assertThat(message(azure, write("e.csv", AZURE_HEADER + AZURE_ROW + "10/5/2026 14:00 - 15:00,\"CONTOSO-WEB01,"
                + "10.10.1.11\n")))
                .isEqualTo("e.csv: row 3: a quoted field is never closed (a closing \" is missing)");
        assertThat(message(azure, write("f.csv", withBadByte(AZURE_HEADER + AZURE_ROW + AZURE_ROW.replace("IIS", "I~S")))))
                .isEqualTo("f.csv: row 3: not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void awsApplicationDiscovery() throws Exception {
        DependencyImporter ads = new AwsAdsImporter();

        assertThat(message(ads, write("a.csv", PNG))).isEqualTo("a.csv: row 1: not valid UTF-8 text; save the file as UTF-8");
        assertThat(message(ads, write("b.csv", ""))).isEqualTo("b.csv: the file is empty: it has no header line");
        assertThat(message(ads, write("c.csv", ADS_HEADER))).isEqualTo("c.csv: the file has a header line but no rows");
        assertThat(message(ads, write("d.csv", ADS_HEADER.replace(',', ' ') + ADS_ROW.replace(',', ' '))))
                .startsWith("d.csv: missing required columns \"source_ip\", \"destination_ip\", \"destination_port\"; "
                        + "the header has \"source_ip source_port destination_ip");
        assertThat(message(ads, write("e.csv", ADS_HEADER + "\"10.0.1.15,49712\n")))
                .isEqualTo("e.csv: row 2: a quoted field is never closed (a closing \" is missing)");
        assertThat(message(ads, write("f.csv", withBadByte(ADS_HEADER + ADS_ROW + "10.0.1.15,49712,10.0.2.20,5432,IPv4,"
                + "tcp,p~1\n"))))
                .isEqualTo("f.csv: row 3: not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void connectionList() throws Exception {
        DependencyImporter list = new ConnectionListImporter();

        assertThat(message(list, write("a.csv", PNG))).isEqualTo("a.csv: row 1: not valid UTF-8 text; save the file as UTF-8");
        assertThat(message(list, write("b.csv", ""))).isEqualTo("b.csv: the file is empty: it has no header line");
        assertThat(message(list, write("c.csv", "source,destination,port\n")))
                .isEqualTo("c.csv: the file has a header line but no rows");
        assertThat(message(list, write("d.csv", "source|destination|port\nweb01|db01|5432\n")))
                .isEqualTo("d.csv: missing required columns \"source\" (or src, client, from, source_ip), "
                        + "\"destination\" (or dest, dst, server, target, to, destination_ip); the header has "
                        + "\"source|destination|port\" (one column: is the file delimited by something other than "
                        + "commas, semicolons or tabs?)");
        assertThat(message(list, write("e.csv", "source,destination,port\nweb01,\"db01,5432\n")))
                .isEqualTo("e.csv: row 2: a quoted field is never closed (a closing \" is missing)");
        assertThat(message(list, write("f.csv", withBadByte("source,destination,port\nweb01,db01,5432\nweb~1,db01,5432\n"))))
                .isEqualTo("f.csv: row 3: not valid UTF-8 text; save the file as UTF-8");
    }

    @Test
    void ssCapture() throws Exception {
        DependencyImporter ss = new SsCaptureImporter();

        assertThat(message(ss, write("a.txt", PNG))).isEqualTo("a.txt: row 1: not valid UTF-8 text; save the capture as UTF-8");
        assertThat(message(ss, write("b.txt", ""))).isEqualTo("b.txt: the file is empty");
        assertThat(message(ss, write("c.txt", SS_HEADER)))
                .isEqualTo("c.txt: no socket lines found: this is not the output of ss -tanp");
        assertThat(message(ss, write("d.txt", "State,Recv-Q,Send-Q,Local,Peer\nESTAB,0,0,10.0.0.5:443,10.0.0.9:1\n")))
                .isEqualTo("d.txt: no socket lines found: this is not the output of ss -tanp");
        assertThat(message(ss, write("e.txt", withBadByte(SS_HEADER + "ESTAB 0 0 10.0.0.5:443 10.0.0.9:1\n"
                + "ESTAB 0 0 10.0.0.5:443 10.0.0.9:2 users:((\"ngi~x\",pid=1,fd=2))\n"))))
                .isEqualTo("e.txt: row 3: not valid UTF-8 text; save the capture as UTF-8");
        assertThat(message(ss, write("f.txt", new byte[] {'E', 'S', 'T', 'A', 'B', ' ', 0, '\n'})))
                .isEqualTo("f.txt: row 1: contains a NUL character: this is binary data (or UTF-16 text without a "
                        + "byte-order mark), not a text capture");
        assertThat(message(ss, write("g.txt", "ESTAB " + "0".repeat(TextLines.MAX_LINE_CHARS))))
                .isEqualTo("g.txt: row 1: a line is longer than 16384 characters: this is not a text capture");
        assertThat(message(ss, write("h.zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0})))
                .isEqualTo("h.zip: this is a zip file, not a text capture; extract it first");
    }

    @Test
    void netstatCapture() throws Exception {
        DependencyImporter netstat = new NetstatCaptureImporter();

        // not UTF-8 is read as ISO 8859-1 (OEM code pages), so the NUL bytes are what give binary data away
        assertThat(message(netstat, write("a.txt", PNG))).isEqualTo("a.txt: row 3: contains a NUL character: this is "
                + "binary data (or UTF-16 text without a byte-order mark), not a text capture");
        assertThat(message(netstat, write("b.txt", ""))).isEqualTo("b.txt: the file is empty");
        assertThat(message(netstat, write("c.txt", "Active Connections\r\n\r\n  Proto  Local Address  Foreign Address"
                + "  State  PID\r\n")))
                .isEqualTo("c.txt: no TCP or UDP lines found: this is not the output of netstat -ano");
        assertThat(message(netstat, write("d.txt", "Proto;Local Address;Foreign Address;State;PID\r\n"
                + "TCP;10.0.0.5:49712;10.0.0.9:443;ESTABLISHED;4321\r\n")))
                .isEqualTo("d.txt: no TCP or UDP lines found: this is not the output of netstat -ano");
        assertThat(message(netstat, write("e.txt", withBadByte("  TCP    10.0.0.5:4~712   10.0.0.9:443   "
                + "ESTABLISHED   4321\r\n"))))
                .isEqualTo("e.txt: row 1, column \"Local Address\": \"10.0.0.5:4\u00ff712\" has no numeric port; "
                        + "take the capture with -n (numeric)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"azure-migrate-deps.csv", "outbound_connection_agent.csv", "connections.csv",
        "app01.ss.txt", "win-web01.netstat-anob.txt", "ipam.csv"})
    void damagedFixturesGiveOnlyOneLineImportExceptions(String fixture) throws Exception {
        byte[] original = Files.readAllBytes(Imported.resource(fixture));
        List<DependencyImporter> importers = List.of(new AzureMigrateDependencyImporter(), new AwsAdsImporter(),
                new ConnectionListImporter(), new SsCaptureImporter(), new NetstatCaptureImporter());
        IpamReader ipam = new IpamReader();
        Random random = new Random(fixture.hashCode());
        byte[] noise = {0, '"', ',', ':', '[', ']', '\n', '\r', (byte) 0xC3, (byte) 0xFF, '%', ' ', '*', '-', '9'};
        int failures = 0;
        for (int i = 0; i < 150; i++) {
            byte[] damaged = original.clone();
            if (i % 3 == 0) {
                damaged = java.util.Arrays.copyOf(original, random.nextInt(original.length));
            }
            for (int k = 0; k < 1 + random.nextInt(4) && damaged.length > 0; k++) {
                damaged[random.nextInt(damaged.length)] = noise[random.nextInt(noise.length)];
            }
            Path file = write("damaged-" + i + "." + fixture, damaged);
            for (DependencyImporter importer : importers) {
                try {
                    importer.read(file, DependencyOptions.NONE, c -> { }, s -> { }, ProgressMonitor.NONE);
                } catch (ImportException e) {
                    failures++;
                    assertThat(e.getMessage()).as(importer.format() + " on damaged " + fixture + " #" + i)
                            .startsWith(file.getFileName() + ": ").doesNotContain("\n", "\r", "Exception");
                }
            }
            try {
                ipam.read(file, e -> { }, s -> { }, ProgressMonitor.NONE);
            } catch (ImportException e) {
                assertThat(e.getMessage()).startsWith(file.getFileName() + ": ").doesNotContain("\n", "\r");
            }
        }
        assertThat(failures).isPositive();
    }
}
