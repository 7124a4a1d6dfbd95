package com.migrationhub.connectors.gcpmc;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.ServerKey;

/**
 * diskInfo: {@code MachineId, DiskLabel, SizeInGib, UsedInGib, StorageTypeLabel}, one disk per
 * row, named by MachineId. Sizes are GiB, times 1024 to MiB. StorageTypeLabel ("SSD", "gp3") is
 * kept as the disk's storage type.
 */
final class DiskInfoTable {

    private DiskInfoTable() {
    }

    static void read(CsvReader reader, InventorySink sink) throws ImportException {
        CsvHeader h = reader.header();
        CsvColumn machineId = h.require("MachineId");
        CsvColumn label = h.column("DiskLabel");
        CsvColumn size = h.column("SizeInGib");
        CsvColumn used = h.column("UsedInGib");
        CsvColumn type = h.column("StorageTypeLabel");

        CsvRow row;
        while ((row = reader.next()) != null) {
            String id = row.text(machineId);
            if (id == null) {
                sink.skipped(row.ref(), "no MachineId");
                continue;
            }
            Disk disk = new Disk();
            disk.label = row.text(label);
            disk.capacityMiB = row.mebibytes(size, 1024);
            disk.usedMiB = row.mebibytes(used, 1024);
            disk.storageType = row.text(type);
            disk.source = row.ref();
            sink.disk(ServerKey.ofExternalId(id), disk);
        }
    }
}
