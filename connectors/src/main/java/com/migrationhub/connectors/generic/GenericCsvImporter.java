package com.migrationhub.connectors.generic;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.connectors.csv.HeaderProbe;
import com.migrationhub.connectors.csv.OsColumns;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.InventoryImporter;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.ServerKind;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads servers from any CSV (a CMDB or spreadsheet export), one server per row, through a column
 * mapping the consultant gives: {@link ImportOptions#mapping()} (field to column header) and/or
 * {@link ImportOptions#mappingFile()}, a {@code .properties} file (UTF-8) of the same pairs, for
 * example:
 *
 * <pre>
 * name=hostname
 * ips=ip
 * vcpus=cpu
 * memoryGiB=ram_gb
 * os=os
 * environment=environment
 * owner=owner
 * application=app
 * powerState=state
 * tag.CostCenter=cost_center
 * </pre>
 *
 * Options override the file. Column headers are matched ignoring case and surrounding blanks.
 * Never detected automatically: the format is chosen by the user.
 *
 * <p>Fields (keys ignore letter case):
 * <ul>
 * <li>{@code name}: the server's name; {@code hostName}: its host name (also the name when
 * {@code name} is not mapped). One of the two is required; a row without a name is skipped.</li>
 * <li>{@code ips}: IP addresses, separated by commas, semicolons or blanks.</li>
 * <li>{@code vcpus}, {@code sockets}, {@code coresPerSocket}: whole numbers.</li>
 * <li>{@code memoryMiB} or {@code memoryGiB} (times 1024): memory; one of the two.</li>
 * <li>{@code provisionedMiB} or {@code provisionedGiB}, {@code inUseMiB} or {@code inUseGiB}:
 * storage totals.</li>
 * <li>{@code os}, with {@code osVersion} and {@code architecture} where the file splits them:
 * the operating system, normalized.</li>
 * <li>{@code powerState} (on/off/running/stopped/suspended...), {@code kind}
 * (physical, virtual or cloud), {@code firmware} (BIOS or EFI/UEFI): a value not understood is
 * left unknown with a warning.</li>
 * <li>{@code environment}, {@code owner}, {@code application}, {@code hypervisor},
 * {@code datacenter}, {@code cluster}, {@code host}, {@code folder}, {@code annotation}: text.</li>
 * <li>{@code vmUuid}, {@code biosUuid}, {@code instanceId}, {@code externalId}, {@code moRef},
 * {@code vCenter}: identity keys, text.</li>
 * <li>{@code cpuUsagePercent}, {@code memoryUsagePercent}: one utilization figure each, kept as
 * the average with 0 samples.</li>
 * <li>{@code tag.<Name>}: the tag {@code <Name>} (an empty cell adds no tag).</li>
 * </ul>
 *
 * <p>Numbers are plain ({@code 16.5}; in a semicolon- or tab-delimited file {@code 16,5} too).
 * Mapping errors (no mapping, an unknown key, a column not in the file) and bad values (text in a
 * number column, a negative size) end the import with an {@link ImportException}; percentages over
 * 100 are kept with a warning. Cost: one streaming pass, memory for one row.
 */
public final class GenericCsvImporter implements InventoryImporter {
    public static final String FORMAT = "csv";
    static final String TOOL = "Generic CSV";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "CSV with a column mapping";
    }

    /** 1 for any file with a header line: chosen only when nothing else claims the file. */
    @Override
    public int detect(SourceProbe probe) {
        return HeaderProbe.names(probe).isEmpty() ? 0 : 1;
    }

    @Override
    public void read(Path file, ImportOptions options, InventorySink sink, ProgressMonitor monitor)
            throws ImportException {
        ImportOptions given = options == null ? ImportOptions.NONE : options;
        try (CsvReader reader = CsvReader.open(file, monitor)) {
            ColumnMapping mapping = ColumnMapping.resolve(given, file, reader.header());
            sink.source(TOOL, null);
            CsvRow row;
            while ((row = reader.next()) != null) {
                readServer(row, mapping, sink);
            }
        }
    }

    private static void readServer(CsvRow row, ColumnMapping m, InventorySink sink) throws ImportException {
        Server server = new Server();
        server.hostName = row.text(m.column(MappedField.HOST_NAME));
        String name = row.text(m.column(MappedField.NAME));
        server.name = name != null ? name : server.hostName;
        if (server.name == null) {
            sink.skipped(row.ref(), "no server name");
            return;
        }
        server.source = row.ref();
        server.ips.addAll(row.items(m.column(MappedField.IPS)));
        server.vcpus = row.count(m.column(MappedField.VCPUS));
        server.sockets = row.count(m.column(MappedField.SOCKETS));
        server.coresPerSocket = row.count(m.column(MappedField.CORES_PER_SOCKET));
        server.memoryMiB = mebibytes(row, m, MappedField.MEMORY_MIB, MappedField.MEMORY_GIB);
        server.provisionedMiB = mebibytes(row, m, MappedField.PROVISIONED_MIB, MappedField.PROVISIONED_GIB);
        server.inUseMiB = mebibytes(row, m, MappedField.IN_USE_MIB, MappedField.IN_USE_GIB);
        if (m.column(MappedField.OS) != null || m.column(MappedField.OS_VERSION) != null) {
            server.os = OsColumns.read(row.text(m.column(MappedField.OS)), row.text(m.column(MappedField.OS_VERSION)),
                    row.text(m.column(MappedField.ARCHITECTURE)));
        }
        server.powerState = parsed(row, m.column(MappedField.POWER_STATE), PowerState.parse(
                row.text(m.column(MappedField.POWER_STATE))), PowerState.UNKNOWN, "power state", sink);
        server.kind = parsed(row, m.column(MappedField.KIND), kind(row.text(m.column(MappedField.KIND))),
                ServerKind.UNKNOWN, "kind (physical, virtual or cloud)", sink);
        server.firmware = parsed(row, m.column(MappedField.FIRMWARE), Firmware.parse(
                row.text(m.column(MappedField.FIRMWARE))), Firmware.UNKNOWN, "firmware (BIOS or EFI)", sink);
        server.environment = row.text(m.column(MappedField.ENVIRONMENT));
        server.owner = row.text(m.column(MappedField.OWNER));
        server.application = row.text(m.column(MappedField.APPLICATION));
        server.hypervisor = row.text(m.column(MappedField.HYPERVISOR));
        server.datacenter = row.text(m.column(MappedField.DATACENTER));
        server.cluster = row.text(m.column(MappedField.CLUSTER));
        server.host = row.text(m.column(MappedField.HOST));
        server.folder = row.text(m.column(MappedField.FOLDER));
        server.annotation = row.text(m.column(MappedField.ANNOTATION));
        server.vmUuid = row.text(m.column(MappedField.VM_UUID));
        server.biosUuid = row.text(m.column(MappedField.BIOS_UUID));
        server.instanceId = row.text(m.column(MappedField.INSTANCE_ID));
        server.externalId = row.text(m.column(MappedField.EXTERNAL_ID));
        server.moRef = row.text(m.column(MappedField.MOREF));
        server.vCenter = row.text(m.column(MappedField.VCENTER));
        for (Map.Entry<String, CsvColumn> tag : m.tags().entrySet()) {
            String value = row.text(tag.getValue());
            if (value != null) {
                server.tags.put(tag.getKey(), value);
            }
        }
        Double cpu = row.percent(m.column(MappedField.CPU_USAGE_PERCENT), sink);
        Double memory = row.percent(m.column(MappedField.MEMORY_USAGE_PERCENT), sink);
        sink.server(server);
        usage(row, m.column(MappedField.CPU_USAGE_PERCENT), Metric.CPU_PERCENT, cpu, server, sink);
        usage(row, m.column(MappedField.MEMORY_USAGE_PERCENT), Metric.MEMORY_PERCENT, memory, server, sink);
    }

    private static Long mebibytes(CsvRow row, ColumnMapping m, MappedField mib, MappedField gib)
            throws ImportException {
        Long value = row.mebibytes(m.column(mib), 1);
        return value != null ? value : row.mebibytes(m.column(gib), 1024);
    }

    /** The parsed value; an unknown one for a non-empty cell is reported once, as a warning. */
    private static <T> T parsed(CsvRow row, CsvColumn column, T value, T unknown, String what, InventorySink sink) {
        String text = row.text(column);
        if (text != null && value == unknown) {
            sink.warning(row.ref(column), "\"" + text + "\" is not a " + what + " this import knows; left unknown");
        }
        return value;
    }

    private static ServerKind kind(String text) {
        if (text == null) {
            return ServerKind.UNKNOWN;
        }
        switch (text.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "")) {
            case "physical": case "baremetal": case "hardware":
                return ServerKind.PHYSICAL;
            case "virtual": case "vm": case "virtualmachine":
                return ServerKind.VIRTUAL;
            case "cloud": case "instance": case "cloudinstance":
                return ServerKind.CLOUD;
            default:
                return ServerKind.UNKNOWN;
        }
    }

    private static void usage(CsvRow row, CsvColumn column, Metric metric, Double value, Server server,
                              InventorySink sink) {
        if (value != null) {
            sink.utilization(server.key(), new UtilizationStat(metric, value, null, null, 0, null, null,
                    row.ref(column)));
        }
    }
}
