package com.migrationhub.connectors.gcpmc;

import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.HeaderProbe;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.InventoryImporter;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;

/**
 * Reads the manually populated CSV templates of Google Cloud Migration Center: {@code vmInfo.csv},
 * {@code diskInfo.csv}, {@code tagInfo.csv} and {@code perfInfo.csv}. Each file is imported on its
 * own; which table it is comes from its header (not its name), and {@link #sequence} puts vmInfo
 * first, diskInfo and tagInfo after it and perfInfo last, so a set imports in any order. The
 * tables refer to machines by {@code MachineId}, kept as the server's external id and used as the
 * key of disks, tags and utilization. Headers may carry the templates' "(optional)" suffix.
 *
 * <ul>
 * <li>vmInfo ({@link VmInfoTable}): one server per row.</li>
 * <li>diskInfo ({@link DiskInfoTable}): one disk per row.</li>
 * <li>tagInfo ({@link TagInfoTable}): one label per row, gathered per machine.</li>
 * <li>perfInfo ({@link PerfInfoTable}): samples, reduced per machine and metric to average, 95th
 * percentile, maximum, count and window.</li>
 * </ul>
 *
 * <p>Cost: one streaming pass; perfInfo holds its samples (8 bytes each) and tagInfo its labels
 * until the end of the file.
 */
public final class GcpMigrationCenterImporter implements InventoryImporter {
    public static final String FORMAT = "gcp-mc";
    static final String TOOL = "Google Migration Center manual import";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Google Migration Center import tables";
    }

    @Override
    public int detect(SourceProbe probe) {
        Table table = Table.of(HeaderProbe.names(probe));
        if (table == null) {
            return 0;
        }
        return table == Table.TAG_INFO ? 90 : 95;
    }

    @Override
    public int sequence(SourceProbe probe) {
        Table table = Table.of(HeaderProbe.names(probe));
        return table == null ? 0 : table.sequence;
    }

    @Override
    public void read(Path file, ImportOptions options, InventorySink sink, ProgressMonitor monitor)
            throws ImportException {
        try (CsvReader reader = CsvReader.open(file, monitor)) {
            Table table = Table.of(reader.header().normalizedNames());
            if (table == null) {
                throw new ImportException(file, null, "not a Migration Center table: the header has neither "
                        + "vmInfo's MachineId and MachineName, diskInfo's DiskLabel and SizeInGib, perfInfo's "
                        + "TimeStamp and CpuUtilizationPercentage, nor tagInfo's Key and Value");
            }
            sink.source(TOOL, null);
            switch (table) {
                case VM_INFO -> VmInfoTable.read(reader, sink);
                case DISK_INFO -> DiskInfoTable.read(reader, sink);
                case TAG_INFO -> TagInfoTable.read(reader, sink);
                case PERF_INFO -> PerfInfoTable.read(reader, sink);
            }
        }
    }
}
