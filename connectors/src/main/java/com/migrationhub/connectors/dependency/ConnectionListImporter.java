package com.migrationhub.connectors.dependency;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a connection list a consultant wrote or a tool exported: one connection per row, columns
 * found by any of their usual names (case, blanks and underscores ignored):
 * <ul>
 * <li>source: {@code source, src, client, from, source_host, source_name, source_server}, and/or
 * its address {@code source_ip, src_ip, client_ip}; one of them is required;</li>
 * <li>destination: {@code destination, dest, dst, server, target, to, destination_host,
 * destination_name, destination_server}, and/or {@code destination_ip, dest_ip, dst_ip,
 * server_ip, target_ip}; one of them is required;</li>
 * <li>{@code port, dport, destination_port, dest_port, dst_port, server_port}; {@code protocol,
 * proto, transport}; {@code process, source_process, src_process, client_process};
 * {@code destination_process, service, dest_process, server_process}; {@code source_application,
 * destination_application}; {@code count, connections, connection_count, frequency};
 * {@code first_seen}, {@code last_seen}.</li>
 * </ul>
 *
 * <p>A source or destination cell is a host name or an IP address, told apart by syntax (IPv4 or
 * IPv6); {@code host:port} and {@code [v6]:port} are accepted, and the destination's port is used
 * when the port column is absent or empty. Times are read like Azure Migrate's slots
 * ({@link TimeSlotParser}). A bad port, IP, protocol, count or time ends the import; a row without
 * a source or destination, of a protocol other than TCP or UDP, or with a count of 0 is skipped.
 * Cost: one streaming pass, memory for one row.
 */
public final class ConnectionListImporter extends CsvConnectionImporter<ConnectionListImporter.Columns> {
    public static final String FORMAT = "deps-csv";

    static final String[] SOURCE = {"source", "src", "client", "from", "source_host", "source_name",
        "source_server", "src_host", "client_host"};
    static final String[] SOURCE_IP = {"source_ip", "src_ip", "client_ip", "source_address"};
    static final String[] DESTINATION = {"destination", "dest", "dst", "server", "target", "to",
        "destination_host", "destination_name", "destination_server", "dest_host", "dst_host", "target_host"};
    static final String[] DESTINATION_IP = {"destination_ip", "dest_ip", "dst_ip", "server_ip", "target_ip",
        "destination_address"};
    static final String[] PORT = {"port", "dport", "destination_port", "dest_port", "dst_port", "server_port",
        "target_port"};
    /** Columns only the specific exports have: their files are theirs, not a generic list. */
    private static final String[] EXPORT_ONLY = {"time slot", "source server name", "agent_assigned_process_id",
        "transport_protocol", "ip_version", "agent_id", "destination communication port"};

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Connection list (CSV)";
    }

    @Override
    public int detect(SourceProbe probe) {
        Set<String> keys = ColumnNames.keys(probe);
        if (ColumnNames.hasAny(keys, EXPORT_ONLY)) {
            return 0;
        }
        boolean source = ColumnNames.hasAny(keys, SOURCE) || ColumnNames.hasAny(keys, SOURCE_IP);
        boolean destination = ColumnNames.hasAny(keys, DESTINATION) || ColumnNames.hasAny(keys, DESTINATION_IP);
        if (!source || !destination) {
            return 0;
        }
        return ColumnNames.hasAny(keys, PORT) ? 75 : 60;
    }

    @Override
    Columns columns(ColumnNames names) {
        return new Columns(names);
    }

    @Override
    void readRow(Path file, CsvRow row, Columns c, Consumer<Connection> sink, Consumer<Skipped> skipped)
            throws ImportException {
        Endpoint source = endpoint(row, c.source, c.sourceIp);
        Endpoint destination = endpoint(row, c.destination, c.destinationIp);
        int port = port(row, c.port);
        if (port == Endpoints.NO_PORT && destination.port != null) {
            port = Endpoints.port(destination.port);
            if (port == Endpoints.BAD_PORT) {
                throw ColumnNames.problem(row, c.destination, "has a port that is not a number from 0 to 65535");
            }
        }
        Transport transport = Transport.of(row.text(c.protocol));
        if (transport == Transport.UNREADABLE) {
            throw ColumnNames.problem(row, c.protocol, "is not a transport protocol (tcp, udp, 6 or 17)");
        }
        long count = count(row, c.count);
        Instant firstSeen = time(row, c.firstSeen, c.times);
        Instant lastSeen = time(row, c.lastSeen, c.times);
        if (firstSeen != null && lastSeen != null && firstSeen.isAfter(lastSeen)) {
            throw row.problem("first seen " + ColumnNames.shown(row.text(c.firstSeen)) + " is after last seen "
                    + ColumnNames.shown(row.text(c.lastSeen)));
        }
        if (source.name == null && source.ip == null) {
            skipped.accept(new Skipped(row.row(), "no source name or IP"));
            return;
        }
        if (destination.name == null && destination.ip == null) {
            skipped.accept(new Skipped(row.row(), "no destination name or IP"));
            return;
        }
        if (transport == Transport.OTHER) {
            skipped.accept(new Skipped(row.row(),
                    "protocol " + ColumnNames.shown(row.text(c.protocol)) + " is neither TCP nor UDP"));
            return;
        }
        if (count == 0) {
            skipped.accept(new Skipped(row.row(), "a count of 0 connections"));
            return;
        }
        sink.accept(new Connection(source.name, source.ip, row.text(c.sourceApplication), row.text(c.sourceProcess),
                destination.name, destination.ip, row.text(c.destinationApplication), row.text(c.destinationProcess),
                port, transport.name, count, 1, firstSeen, lastSeen, row.ref()));
    }

    /** One side as the row states it: a name, an IP, and the port its host cell names. */
    private record Endpoint(String name, String ip, String port) {
    }

    private static Endpoint endpoint(CsvRow row, CsvColumn hostColumn, CsvColumn ipColumn) throws ImportException {
        String ip = ip(row, ipColumn);
        String host = row.text(hostColumn);
        if (host == null) {
            return new Endpoint(null, ip, null);
        }
        Endpoints.HostPort hp = Endpoints.split(host);
        String h = hp.host().strip();
        if (h.isEmpty()) {
            throw ColumnNames.problem(row, hostColumn, "has a port but no host");
        }
        if (Endpoints.isIp(h)) {
            String written = Endpoints.normalizeIp(h);
            return new Endpoint(null, ip != null ? ip : written, hp.port());
        }
        return new Endpoint(h, ip, hp.port());
    }

    private static Instant time(CsvRow row, CsvColumn column, TimeSlotParser parser) throws ImportException {
        String t = row.text(column);
        if (t == null) {
            return null;
        }
        Instant instant = parser.instant(t);
        if (instant == null) {
            throw ColumnNames.problem(row, column, "is not a date and time this import can read (such as "
                    + "2026-07-21 14:30:00 or 7/21/2026 2:30 PM)");
        }
        return instant;
    }

    /** The list's columns as this file has them. */
    static final class Columns {
        final CsvColumn source;
        final CsvColumn sourceIp;
        final CsvColumn destination;
        final CsvColumn destinationIp;
        final CsvColumn port;
        final CsvColumn protocol;
        final CsvColumn sourceProcess;
        final CsvColumn destinationProcess;
        final CsvColumn sourceApplication;
        final CsvColumn destinationApplication;
        final CsvColumn count;
        final CsvColumn firstSeen;
        final CsvColumn lastSeen;
        final TimeSlotParser times = new TimeSlotParser();

        Columns(ColumnNames names) {
            source = names.find(SOURCE);
            sourceIp = names.find(SOURCE_IP);
            if (source == null && sourceIp == null) {
                names.need(null, ColumnNames.alternatives("source", "src", "client", "from", "source_ip"));
            }
            destination = names.find(DESTINATION);
            destinationIp = names.find(DESTINATION_IP);
            if (destination == null && destinationIp == null) {
                names.need(null, ColumnNames.alternatives("destination", "dest", "dst", "server", "target", "to",
                        "destination_ip"));
            }
            port = names.find(PORT);
            protocol = names.find("protocol", "proto", "transport", "transport_protocol");
            sourceProcess = names.find("process", "source_process", "src_process", "client_process");
            destinationProcess = names.find("destination_process", "service", "dest_process", "dst_process",
                    "server_process");
            sourceApplication = names.find("source_application", "source_app", "src_app");
            destinationApplication = names.find("destination_application", "destination_app", "dest_app", "dst_app");
            count = names.find("count", "connections", "connection_count", "frequency");
            firstSeen = names.find("first_seen", "first seen", "firstseen", "first");
            lastSeen = names.find("last_seen", "last seen", "lastseen", "last");
        }
    }
}
