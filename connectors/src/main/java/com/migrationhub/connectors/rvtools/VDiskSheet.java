package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;

/** vDisk: one virtual disk per row. */
final class VDiskSheet extends VmChildSheet {
    private int label;
    private int capacity;
    private int thin;
    private int controller;
    private int path;
    private int sharing;
    private int raw;
    private int diskMode;

    VDiskSheet(RvContext context) {
        super("vDisk", context, true);
    }

    @Override
    void columns(SheetHeader header) {
        label = header.column(RvColumns.DISK);
        capacity = header.column(RvColumns.CAPACITY);
        thin = header.column(RvColumns.THIN);
        controller = header.column(RvColumns.CONTROLLER);
        path = header.column(RvColumns.DISK_PATH);
        sharing = header.column(RvColumns.SHARING);
        raw = header.column(RvColumns.RAW);
        diskMode = header.column(RvColumns.DISK_MODE);
    }

    @Override
    void read(SheetRow row, ServerKey vm, SourceRef where) {
        Disk disk = new Disk();
        disk.label = row.text(label);
        disk.capacityMiB = row.rounded(capacity);
        disk.thin = row.bool(thin);
        disk.controller = row.text(controller);
        disk.datastore = datastoreOf(row.text(path));
        disk.sharing = row.text(sharing);
        disk.raw = row.bool(raw);
        disk.diskMode = row.text(diskMode);
        disk.source = where;
        context.sink.disk(vm, disk);
    }

    @Override
    void counted(VmFacts facts) {
        if (facts.disksListed < Short.MAX_VALUE) {
            facts.disksListed++;
        }
    }

    /** The datastore of a vSphere path "[ds01] vm/vm.vmdk": "ds01"; null when the path has none. */
    static String datastoreOf(String path) {
        if (path == null || path.charAt(0) != '[') {
            return null;
        }
        int close = path.indexOf(']');
        if (close < 0) {
            return null;
        }
        String name = path.substring(1, close).trim();
        return name.isEmpty() ? null : name;
    }
}
