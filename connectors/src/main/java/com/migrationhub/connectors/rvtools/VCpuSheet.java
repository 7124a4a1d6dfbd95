package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;

/** vCPU: sockets and cores per socket of each VM. (The CPU count itself is vInfo's.) */
final class VCpuSheet extends VmDetailSheet {
    private int sockets;
    private int coresPerSocket;

    VCpuSheet(RvContext context) {
        super("vCPU", context);
    }

    @Override
    void columns(SheetHeader header) {
        sockets = header.column(RvColumns.SOCKETS);
        coresPerSocket = header.column(RvColumns.CORES_PER_SOCKET);
    }

    @Override
    boolean isFree(VmFacts facts) {
        return facts.cpuRow == 0;
    }

    @Override
    void read(SheetRow row, VmFacts facts) {
        facts.cpuRow = (int) row.number();
        Integer s = row.integer(sockets);
        Integer c = row.integer(coresPerSocket);
        facts.sockets = s == null ? VmFacts.UNKNOWN : s;
        facts.coresPerSocket = c == null ? VmFacts.UNKNOWN : c;
    }
}
