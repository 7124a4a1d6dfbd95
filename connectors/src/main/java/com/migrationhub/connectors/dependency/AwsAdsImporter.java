package com.migrationhub.connectors.dependency;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the network connections the AWS Application Discovery agent collects, as CSV: the Athena
 * tables {@code outbound_connection_agent} and {@code inbound_connection_agent} (the exported
 * {@code sourceProcessConnection} and {@code destinationProcessConnection} files) with columns
 * {@code account_number, agent_id, source_ip, source_port, destination_ip, destination_port,
 * ip_version, transport_protocol, agent_assigned_process_id, agent_creation_date}; when joined with
 * {@code processes_agent}, also {@code name} (or {@code process_name}), {@code cmd_line} and
 * {@code path}. The output of the console's predefined Athena queries is read too ({@code Source IP
 * Address, Destination IP Address, Destination Communication Port, Connection Frequency, Source
 * Host Name, Destination Host Name, Process Name}). {@code source_ip}, {@code destination_ip} and
 * {@code destination_port} are required; names match ignoring case, blanks and underscores, so
 * {@code sourceIp} reads too.
 *
 * <p>The agent sees the process on its own side: the source of an outbound connection, the
 * destination of an inbound one. Which one a file holds is told by its name ({@code inbound} or
 * {@code destinationProcessConnection}: inbound; anything else outbound). The process is
 * {@code name}, else the program of {@code cmd_line}. Host names are known only from the query
 * output; otherwise connections name IPs only. The time is {@code agent_creation_date} (or
 * {@code timestamp}), ISO or epoch seconds or milliseconds; the count {@code frequency} where the
 * file has it, else 1.
 *
 * <p>Transport {@code tcp}/{@code udp} or 6/17; rows of another protocol (ICMP) and loopback
 * traffic are skipped. An address, port, protocol, time or count that cannot be read ends the
 * import. Cost: one streaming pass, memory for one row.
 */
public final class AwsAdsImporter extends CsvConnectionImporter<AwsAdsImporter.Columns> {
    public static final String FORMAT = "aws-ads";
    /** An epoch above this is in milliseconds (1e11 seconds is the year 5138). */
    private static final long EPOCH_MILLIS_FROM = 100_000_000_000L;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "AWS Application Discovery Service network connections";
    }

    @Override
    public int detect(SourceProbe probe) {
        Set<String> keys = ColumnNames.keys(probe);
        if (keys.contains("sourceip") && keys.contains("destinationip") && keys.contains("destinationport")) {
            return ColumnNames.hasAny(keys, "agent_assigned_process_id", "transport_protocol", "ip_version",
                    "agent_id") ? 95 : 0;
        }
        if (keys.contains("sourceipaddress") && keys.contains("destinationipaddress")
                && keys.contains("destinationcommunicationport")) {
            return 92;
        }
        return 0;
    }

    @Override
    Columns columns(ColumnNames names) {
        return new Columns(names);
    }

    /** Whether the file holds inbound connections (the agent is on the destination). */
    static boolean inbound(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains("inbound") || name.contains("destinationprocessconnection");
    }

    @Override
    void readRow(Path file, CsvRow row, Columns c, Consumer<Connection> sink, Consumer<Skipped> skipped)
            throws ImportException {
        String sourceIp = ip(row, c.sourceIp);
        String destinationIp = ip(row, c.destinationIp);
        int port = port(row, c.port);
        Transport transport = Transport.of(row.text(c.protocol));
        if (transport == Transport.UNREADABLE) {
            throw ColumnNames.problem(row, c.protocol, "is not a transport protocol (tcp, udp, 6 or 17)");
        }
        Instant time = time(row, c.time);
        long count = count(row, c.frequency);
        String sourceName = row.text(c.sourceName);
        String destinationName = row.text(c.destinationName);
        if (sourceIp == null && sourceName == null) {
            skipped.accept(new Skipped(row.row(), "no source IP"));
            return;
        }
        if (destinationIp == null && destinationName == null) {
            skipped.accept(new Skipped(row.row(), "no destination IP"));
            return;
        }
        if (transport == Transport.OTHER) {
            skipped.accept(new Skipped(row.row(),
                    "protocol " + ColumnNames.shown(row.text(c.protocol)) + " is neither TCP nor UDP"));
            return;
        }
        if ((sourceIp != null && Endpoints.isLoopback(sourceIp))
                || (destinationIp != null && Endpoints.isLoopback(destinationIp))) {
            skipped.accept(new Skipped(row.row(), "loopback traffic"));
            return;
        }
        if (count == 0) {
            skipped.accept(new Skipped(row.row(), "a count of 0 connections"));
            return;
        }
        String process = row.text(c.processName);
        if (process == null) {
            process = program(row.text(c.commandLine));
        }
        sink.accept(new Connection(sourceName, sourceIp, null, c.inbound ? null : process,
                destinationName, destinationIp, null, c.inbound ? process : null,
                port, transport.name, count, 1, time, time, row.ref()));
    }

    /** ISO text or epoch seconds or milliseconds; null when empty. */
    private static Instant time(CsvRow row, Columns.Time column) throws ImportException {
        String t = row.text(column == null ? null : column.column);
        if (t == null) {
            return null;
        }
        if (!t.isEmpty() && t.chars().allMatch(ch -> ch >= '0' && ch <= '9') && t.length() <= 15) {
            long value = Long.parseLong(t);
            return value >= EPOCH_MILLIS_FROM ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
        Instant instant = column.parser.instant(t);
        if (instant == null) {
            throw ColumnNames.problem(row, column.column, "is not a date and time this import can read (such as "
                    + "2026-07-21 14:30:00.000 or epoch seconds)");
        }
        return instant;
    }

    /**
     * The program a command line runs, without directory: {@code /usr/sbin/sshd -D} is sshd,
     * {@code "C:\Program Files\x\x.exe" -a} and {@code C:\Program Files\x\x.exe -a} are x.exe.
     */
    static String program(String commandLine) {
        if (commandLine == null) {
            return null;
        }
        String t = commandLine.strip();
        String exe;
        if (t.startsWith("\"")) {
            int close = t.indexOf('"', 1);
            exe = close > 0 ? t.substring(1, close) : t.substring(1);
        } else {
            // an unquoted Windows path may hold blanks: it ends at ".exe"
            int dotExe = t.toLowerCase(Locale.ROOT).indexOf(".exe");
            int blank = t.indexOf(' ');
            exe = dotExe > 0 ? t.substring(0, dotExe + 4) : blank > 0 ? t.substring(0, blank) : t;
        }
        int slash = Math.max(exe.lastIndexOf('/'), exe.lastIndexOf('\\'));
        String name = exe.substring(slash + 1);
        return name.isEmpty() ? null : name;
    }

    /** The table's columns as this file has them. */
    static final class Columns {
        final CsvColumn sourceIp;
        final CsvColumn destinationIp;
        final CsvColumn port;
        final CsvColumn protocol;
        final CsvColumn frequency;
        final CsvColumn sourceName;
        final CsvColumn destinationName;
        final CsvColumn processName;
        final CsvColumn commandLine;
        final Time time;
        final boolean inbound;

        /** The time column with its parser. */
        record Time(CsvColumn column, TimeSlotParser parser) {
        }

        Columns(ColumnNames names) {
            sourceIp = names.need(names.find("source_ip", "Source IP Address"), "\"source_ip\"");
            destinationIp = names.need(names.find("destination_ip", "Destination IP Address"), "\"destination_ip\"");
            port = names.need(names.find("destination_port", "Destination Communication Port"),
                    "\"destination_port\"");
            protocol = names.find("transport_protocol");
            frequency = names.find("frequency", "Connection Frequency", "count");
            sourceName = names.find("Source Host Name");
            destinationName = names.find("Destination Host Name");
            processName = names.find("name", "process_name", "Process Name");
            commandLine = names.find("cmd_line");
            CsvColumn when = names.find("agent_creation_date", "timestamp", "agent_provided_timestamp");
            time = when == null ? null : new Time(when, new TimeSlotParser());
            inbound = inbound(names.file());
        }
    }
}
