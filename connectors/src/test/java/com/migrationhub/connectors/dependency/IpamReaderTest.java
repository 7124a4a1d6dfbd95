package com.migrationhub.connectors.dependency;

import static com.migrationhub.connectors.dependency.Imported.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.dependency.DependencyImporter.Skipped;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IpamReaderTest {
    private final IpamReader reader = new IpamReader();
    private final List<IpamEntry> entries = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    @TempDir
    Path dir;

    private void read(Path file) throws ImportException {
        reader.read(file, entries::add, skipped::add, ProgressMonitor.NONE);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsAddressesAndHostNamesIgnoringOtherColumns() throws Exception {
        read(resource("ipam.csv"));

        assertThat(entries).extracting(IpamEntry::ip, IpamEntry::hostName, e -> e.source().row())
                .containsExactly(tuple("10.10.1.11", "contoso-web01.contoso.local", 2L),
                        // the prefix length is dropped
                        tuple("10.10.1.12", "contoso-web02.contoso.local", 3L),
                        tuple("2001:db8::20", "contoso-sql01.contoso.local", 6L));
        assertThat(entries.get(0).source().sheet()).isEqualTo("ipam.csv");
        assertThat(skipped).containsExactly(new Skipped(4, "no host name for 10.10.1.13"),
                new Skipped(5, "no IP address"));
        assertThat(reader.detect(new SourceProbe(resource("ipam.csv")))).isEqualTo(90);
        assertThat(reader.detect(new SourceProbe(resource("connections.csv")))).isZero();
    }

    @Test
    void readsTheOtherColumnNames() throws Exception {
        read(write("dns.csv", "IP_Address;DNS Name\n10.0.0.5;app01.contoso.local\n"));

        assertThat(entries).extracting(IpamEntry::ip, IpamEntry::hostName)
                .containsExactly(tuple("10.0.0.5", "app01.contoso.local"));
    }

    @Test
    void badInputIsOneLine() throws Exception {
        assertThatThrownBy(() -> read(write("a.csv", "ip,hostname\n10.0.0.5,a\n10.0.0/24,b\n")))
                .isInstanceOf(ImportException.class)
                .hasMessage("a.csv: row 3, column \"ip\": \"10.0.0/24\" is not an IP address");
        assertThatThrownBy(() -> read(write("b.csv", "ip,hostname\n10.0.0.5/33,a\n")))
                .hasMessage("b.csv: row 2, column \"ip\": \"10.0.0.5/33\" is not an IP address");
        assertThatThrownBy(() -> read(write("c.csv", "subnet,owner\n10.0.0.0/24,net\n")))
                .hasMessage("c.csv: missing required columns \"ip\" (or address, ip_address), "
                        + "\"hostname\" (or host, name, dns_name, fqdn); the header has \"subnet\", \"owner\"");
        assertThatThrownBy(() -> read(write("d.csv", "ip,hostname\n")))
                .hasMessage("d.csv: the file has a header line but no rows");
    }
}
