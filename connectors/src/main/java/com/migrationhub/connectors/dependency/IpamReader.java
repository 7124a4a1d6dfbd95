package com.migrationhub.connectors.dependency;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.domain.dependency.DependencyImporter.Skipped;
import com.migrationhub.domain.dependency.IpamImporter;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an IP address plan exported as CSV into {@link IpamEntry IpamEntries}, so connections seen
 * only by IP resolve to servers: the address from {@code ip}, {@code address} or
 * {@code ip_address}, the host from {@code hostname}, {@code host}, {@code name}, {@code dns_name}
 * or {@code fqdn} (case, blanks and underscores ignored; other columns are not read). An address
 * may carry a prefix length ({@code 10.0.0.5/24}), which is dropped. A cell that is not an IP
 * address ends the read with an {@link ImportException}; a row without an address or a host name
 * (a free address in the plan) is skipped. Cost: one streaming pass, memory for one row.
 */
public final class IpamReader implements IpamImporter {
    private static final String[] IP = {"ip", "address", "ip_address", "ipaddress", "ipv4_address"};
    private static final String[] HOST = {"hostname", "host", "name", "dns_name", "fqdn", "dns"};

    /** Whether the file looks like an address plan: 0 not at all, 90 when it has both columns. Never throws. */
    @Override
    public int detect(SourceProbe probe) {
        Set<String> keys = ColumnNames.keys(probe);
        return ColumnNames.hasAny(keys, IP) && ColumnNames.hasAny(keys, HOST) ? 90 : 0;
    }

    /**
     * Reads the file, one entry per usable row, in file order.
     *
     * @param skipped receives a one-line reason for each row that was read but not used
     */
    @Override
    public void read(Path file, Consumer<IpamEntry> sink, Consumer<Skipped> skipped, ProgressMonitor monitor)
            throws ImportException {
        try (CsvReader reader = CsvReader.open(file, monitor)) {
            ColumnNames names = new ColumnNames(file, reader.header());
            CsvColumn ip = names.need(names.find(IP), ColumnNames.alternatives("ip", "address", "ip_address"));
            CsvColumn host = names.need(names.find(HOST),
                    ColumnNames.alternatives("hostname", "host", "name", "dns_name", "fqdn"));
            names.check();
            long rows = 0;
            CsvRow row;
            while ((row = reader.next()) != null) {
                rows++;
                String address = address(row, ip);
                String hostName = row.text(host);
                if (address == null) {
                    skipped.accept(new Skipped(row.row(), "no IP address"));
                } else if (hostName == null) {
                    skipped.accept(new Skipped(row.row(), "no host name for " + address));
                } else {
                    sink.accept(new IpamEntry(address, hostName, row.ref()));
                }
            }
            if (rows == 0) {
                throw new ImportException(file, null, "the file has a header line but no rows");
            }
        }
    }

    private static String address(CsvRow row, CsvColumn column) throws ImportException {
        String t = row.text(column);
        if (t == null) {
            return null;
        }
        int slash = t.indexOf('/');
        String a = slash >= 0 ? t.substring(0, slash).strip() : t;
        boolean prefixOk = slash < 0 || prefixLength(t.substring(slash + 1).strip(), a.indexOf(':') >= 0);
        if (!prefixOk || !Endpoints.isIp(a)) {
            throw ColumnNames.problem(row, column, "is not an IP address");
        }
        return Endpoints.normalizeIp(a);
    }

    private static boolean prefixLength(String text, boolean v6) {
        int n = Endpoints.port(text);
        return n >= 0 && n <= (v6 ? 128 : 32);
    }
}
