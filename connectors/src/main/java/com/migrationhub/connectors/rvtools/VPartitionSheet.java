package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.domain.model.Partition;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;

/** vPartition: the guest file systems the VMware Tools report ("C:\", "/var"), one per row. */
final class VPartitionSheet extends VmChildSheet {
    private int path;
    private int capacity;
    private int consumed;
    private int free;

    VPartitionSheet(RvContext context) {
        super("vPartition", context, false);
    }

    @Override
    void columns(SheetHeader header) {
        path = header.column(RvColumns.DISK);
        capacity = header.column(RvColumns.CAPACITY);
        consumed = header.column(RvColumns.CONSUMED);
        free = header.column(RvColumns.FREE);
    }

    @Override
    void read(SheetRow row, ServerKey vm, SourceRef where) {
        Partition partition = new Partition();
        partition.path = row.text(path);
        partition.capacityMiB = row.rounded(capacity);
        partition.consumedMiB = row.rounded(consumed);
        partition.freeMiB = row.rounded(free);
        partition.source = where;
        context.sink.partition(vm, partition);
    }
}
