package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;

/** vTools: the VMware Tools status ("toolsOk", "toolsNotInstalled"...) and version of each VM. */
final class VToolsSheet extends VmDetailSheet {
    private int status;
    private int version;

    VToolsSheet(RvContext context) {
        super("vTools", context);
    }

    @Override
    void columns(SheetHeader header) {
        status = header.column(RvColumns.TOOLS_STATUS);
        version = header.column(RvColumns.TOOLS_VERSION);
    }

    @Override
    boolean isFree(VmFacts facts) {
        return facts.toolsRow == 0;
    }

    @Override
    void read(SheetRow row, VmFacts facts) {
        facts.toolsRow = (int) row.number();
        facts.toolsStatus = context.facts.shared(row.text(status));
        facts.toolsVersion = context.facts.shared(row.text(version));
    }
}
