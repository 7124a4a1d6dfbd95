package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;

/**
 * vMemory: adds nothing vInfo lacks (the memory size is vInfo's) except the row for provenance,
 * and the annotation and custom attributes when vInfo was cut down without them.
 */
final class VMemorySheet extends VmDetailSheet {

    VMemorySheet(RvContext context) {
        super("vMemory", context);
    }

    @Override
    void columns(SheetHeader header) {
        // no column of its own is needed
    }

    @Override
    boolean isFree(VmFacts facts) {
        return facts.memoryRow == 0;
    }

    @Override
    void read(SheetRow row, VmFacts facts) {
        facts.memoryRow = (int) row.number();
    }
}
