package com.migrationhub.connectors.gcpmc;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.connectors.csv.MetricColumn;
import com.migrationhub.connectors.csv.TimestampParser;
import com.migrationhub.connectors.csv.UtilizationReducer;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.ServerKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * perfInfo: {@code MachineId, TimeStamp, CpuUtilizationPercentage, MemoryUtilizationPercentage,
 * UtilizedMemoryBytes, DiskReadOperationsPerSec, DiskWriteOperationsPerSec, NetworkBytesPerSecSent,
 * NetworkBytesPerSecReceived}, one sample of one machine per row. Each machine × metric series is
 * reduced by {@link UtilizationReducer} (average, nearest-rank 95th percentile, maximum, count,
 * window). Bytes are divided by 2^20 to MiB and MiB per second. AvailableMemoryBytes, which the
 * template also has, is not kept: the model has no free-memory metric, and turning it into a
 * percentage needs the machine's memory, which is in another file. Timestamps: see
 * {@link TimestampParser}; a row without MachineId or TimeStamp is skipped.
 */
final class PerfInfoTable {
    private static final double BYTES_PER_MIB = 1024.0 * 1024.0;

    private PerfInfoTable() {
    }

    static void read(CsvReader reader, InventorySink sink) throws ImportException {
        CsvHeader h = reader.header();
        CsvColumn machineId = h.require("MachineId");
        CsvColumn timeStamp = h.require("TimeStamp");
        List<MetricColumn> metrics = new ArrayList<>();
        add(metrics, h.column("CpuUtilizationPercentage"), Metric.CPU_PERCENT, 1);
        add(metrics, h.column("MemoryUtilizationPercentage"), Metric.MEMORY_PERCENT, 1);
        add(metrics, h.column("UtilizedMemoryBytes"), Metric.MEMORY_USED_MIB, BYTES_PER_MIB);
        add(metrics, h.column("DiskReadOperationsPerSec"), Metric.DISK_READ_IOPS, 1);
        add(metrics, h.column("DiskWriteOperationsPerSec"), Metric.DISK_WRITE_IOPS, 1);
        add(metrics, h.column("NetworkBytesPerSecSent"), Metric.NETWORK_OUT_MBPS, BYTES_PER_MIB);
        add(metrics, h.column("NetworkBytesPerSecReceived"), Metric.NETWORK_IN_MBPS, BYTES_PER_MIB);

        TimestampParser times = new TimestampParser();
        UtilizationReducer reducer = new UtilizationReducer();
        CsvRow row;
        while ((row = reader.next()) != null) {
            String id = row.text(machineId);
            if (id == null) {
                sink.skipped(row.ref(), "no MachineId");
                continue;
            }
            Instant time = row.instant(timeStamp, times);
            if (time == null) {
                sink.skipped(row.ref(), "no TimeStamp");
                continue;
            }
            ServerKey key = ServerKey.ofExternalId(id);
            for (MetricColumn m : metrics) {
                Double value = m.value(row);
                if (value != null) {
                    reducer.add(key, m.metric(), time, value, row, m.column());
                }
            }
        }
        reducer.emit(sink);
    }

    private static void add(List<MetricColumn> metrics, CsvColumn column, Metric metric, double divisor) {
        if (column != null) {
            metrics.add(new MetricColumn(column, metric, divisor));
        }
    }
}
