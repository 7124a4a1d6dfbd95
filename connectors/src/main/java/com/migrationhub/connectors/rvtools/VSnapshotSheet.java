package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;

/** vSnapshot: one row per snapshot; counted and their total sizes summed per VM. */
final class VSnapshotSheet extends VmDetailSheet {
    private int size;

    VSnapshotSheet(RvContext context) {
        super("vSnapshot", context);
    }

    @Override
    void columns(SheetHeader header) {
        size = header.column(RvColumns.SNAPSHOT_SIZE);
    }

    @Override
    boolean isFree(VmFacts facts) {
        // every snapshot of a VM adds to the same entry
        return true;
    }

    @Override
    void read(SheetRow row, VmFacts facts) {
        if (facts.snapshotRow == 0) {
            facts.snapshotRow = (int) row.number();
        }
        facts.snapshotCount++;
        Double mib = row.decimal(size);
        if (mib != null) {
            facts.snapshotMiB = Double.isNaN(facts.snapshotMiB) ? mib : facts.snapshotMiB + mib;
        }
    }
}
