package com.migrationhub.connectors.gcpmc;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * tagInfo: {@code MachineId, Key, Value}, one label per row. The labels of a machine are gathered
 * and passed at the end of the file in one {@link InventorySink#tags} call, keyed by the machine id
 * vmInfo defined, with the row of its first label. A key given twice for a machine keeps the last
 * value.
 */
final class TagInfoTable {

    private TagInfoTable() {
    }

    static void read(CsvReader reader, InventorySink sink) throws ImportException {
        CsvHeader h = reader.header();
        CsvColumn machineId = h.require("MachineId");
        CsvColumn key = h.require("Key");
        CsvColumn value = h.column("Value");
        Map<String, Map<String, String>> machines = new LinkedHashMap<>();
        Map<String, SourceRef> firstRow = new LinkedHashMap<>();

        CsvRow row;
        while ((row = reader.next()) != null) {
            String id = row.text(machineId);
            String name = row.text(key);
            if (id == null || name == null) {
                sink.skipped(row.ref(), id == null ? "no MachineId" : "no Key");
                continue;
            }
            firstRow.putIfAbsent(id, row.ref());
            String v = row.text(value);
            machines.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(name, v == null ? "" : v);
        }
        for (Map.Entry<String, Map<String, String>> machine : machines.entrySet()) {
            sink.tags(ServerKey.ofExternalId(machine.getKey()), machine.getValue(), firstRow.get(machine.getKey()));
        }
    }
}
