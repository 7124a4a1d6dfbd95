package com.migrationhub.connectors.vrops;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.connectors.csv.HeaderProbe;
import com.migrationhub.connectors.csv.MetricColumn;
import com.migrationhub.connectors.csv.NumberStyle;
import com.migrationhub.connectors.csv.TimestampParser;
import com.migrationhub.connectors.csv.UtilizationReducer;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.InventoryImporter;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads utilization from CSV exports of VMware vRealize / Aria Operations (vROps) views of
 * virtual machines: a column naming the VM ({@code Name}, {@code Object Name}, ...), optionally a
 * time column, and metric columns headed as vROps names them, such as {@code CPU|Usage (%)},
 * {@code Memory|Usage (%)}, {@code Disk|Commands per second} (IOPS), {@code Disk|Usage Rate (KBps)}
 * and {@code Network|Usage Rate (KBps)} (the full list is in {@link VropsMetrics}). The exports
 * carry a UTF-8 byte-order mark and quote numbers with thousands separators ({@code "1,546.6"});
 * both are read.
 *
 * <p>Two layouts: with a time column ({@code 12:00 AM 21 July 2026}, see {@link TimestampParser};
 * taken as UTC) each row is one sample of one VM, and each VM × metric series is reduced by
 * {@link UtilizationReducer} to average, nearest-rank 95th percentile, maximum, count and window.
 * Without one, each row is one VM with the figures the view computed over its time range, kept as
 * the average with 0 samples (the export does not say which transformation the view applied).
 * VMs are named by name only ({@link ServerKey#ofName}): the exports carry no other identity.
 *
 * <p>A column that is neither name, time nor a known metric is ignored with one warning. Text in a
 * metric column or a negative figure ends the import with an {@link ImportException}; percentages
 * over 100 are kept with a warning. Cost: one streaming pass; the long layout holds every sample
 * (8 bytes) until the end of the file.
 */
public final class VropsImporter implements InventoryImporter {
    public static final String FORMAT = "vrops";
    static final String TOOL = "VMware Aria Operations (vROps) CSV export";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return TOOL;
    }

    @Override
    public int detect(SourceProbe probe) {
        Set<String> names = HeaderProbe.names(probe);
        if (HeaderProbe.countOf(names, VropsMetrics.NAME_COLUMNS) == 0) {
            return 0;
        }
        if (names.stream().anyMatch(n -> VropsMetrics.of(n) != null)) {
            return 95;
        }
        return names.stream().anyMatch(n -> n.indexOf('|') > 0) ? 70 : 0;
    }

    /** After the inventories: the rows name servers those files define. */
    @Override
    public int sequence(SourceProbe probe) {
        return 10;
    }

    @Override
    public void read(Path file, ImportOptions options, InventorySink sink, ProgressMonitor monitor)
            throws ImportException {
        try (CsvReader reader = CsvReader.open(file, monitor)) {
            reader.numberStyle(NumberStyle.THOUSANDS_COMMA);
            CsvHeader header = reader.header();
            CsvColumn name = header.column(VropsMetrics.NAME_COLUMNS);
            if (name == null) {
                throw new ImportException(file, null, "missing required column \"Name\" (the virtual machine's "
                        + "name; \"Object Name\" or \"Virtual Machine\" are read too)");
            }
            CsvColumn time = header.column(VropsMetrics.TIME_COLUMNS);
            List<MetricColumn> metrics = new ArrayList<>();
            for (CsvColumn column : header.columns()) {
                if (column.equals(name) || column.equals(time)) {
                    continue;
                }
                VropsMetrics.Reading reading = VropsMetrics.of(column.name());
                if (reading != null) {
                    metrics.add(new MetricColumn(column, reading.metric(), reading.divisor()));
                } else if (!column.name().isEmpty()) {
                    sink.warning(new SourceRef(0, reader.fileName(), 1, column.name()),
                            "column \"" + column.name() + "\" is not a metric this import reads; ignored");
                }
            }
            if (metrics.isEmpty()) {
                throw new ImportException(file, null, "no metric column this import reads, such as "
                        + "\"CPU|Usage (%)\" or \"Memory|Usage (%)\"");
            }
            sink.source(TOOL, null);
            if (time != null) {
                readSamples(reader, name, time, metrics, sink);
            } else {
                readSummaries(reader, name, metrics, sink);
            }
        }
    }

    private static void readSamples(CsvReader reader, CsvColumn name, CsvColumn time, List<MetricColumn> metrics,
                                    InventorySink sink) throws ImportException {
        TimestampParser times = new TimestampParser();
        UtilizationReducer reducer = new UtilizationReducer();
        CsvRow row;
        while ((row = reader.next()) != null) {
            String vm = row.text(name);
            if (vm == null) {
                sink.skipped(row.ref(), "no virtual machine name");
                continue;
            }
            Instant at = row.instant(time, times);
            if (at == null) {
                sink.skipped(row.ref(), "no time");
                continue;
            }
            ServerKey key = ServerKey.ofName(vm);
            for (MetricColumn m : metrics) {
                Double value = m.value(row);
                if (value != null) {
                    reducer.add(key, m.metric(), at, value, row, m.column());
                }
            }
        }
        reducer.emit(sink);
    }

    private static void readSummaries(CsvReader reader, CsvColumn name, List<MetricColumn> metrics,
                                      InventorySink sink) throws ImportException {
        CsvRow row;
        while ((row = reader.next()) != null) {
            String vm = row.text(name);
            if (vm == null) {
                sink.skipped(row.ref(), "no virtual machine name");
                continue;
            }
            ServerKey key = ServerKey.ofName(vm);
            for (MetricColumn m : metrics) {
                Double value = m.figure(row, sink);
                if (value != null) {
                    sink.utilization(key, new UtilizationStat(m.metric(), value, null, null, 0, null, null,
                            row.ref(m.column())));
                }
            }
        }
    }
}
