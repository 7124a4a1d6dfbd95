package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.connectors.xlsx.SheetRowHandler;
import com.migrationhub.domain.model.Cluster;
import com.migrationhub.domain.model.SourceRef;

/** vCluster: the vSphere clusters, with HA and DRS settings. */
final class VClusterSheet implements SheetRowHandler {
    static final String SHEET = "vCluster";
    /**
     * "TotalMemory" is MiB in the exports seen; vSphere's API gives it in bytes, so a value this
     * large (an exbibyte if it were MiB) can only be bytes.
     */
    private static final long BYTES_THRESHOLD = 1_000_000_000L;

    private final RvContext context;
    private int name;
    private int vCenter;
    private int datacenter;
    private int hosts;
    private int cores;
    private int memory;
    private int ha;
    private int drs;

    VClusterSheet(RvContext context) {
        this.context = context;
    }

    @Override
    public void header(SheetHeader header) {
        name = header.column(RvColumns.NAME);
        if (name < 0) {
            context.sink.warning(RvContext.at(SHEET, header.rowNumber()), "no \"Name\" column; the sheet is not used");
            header.skipRows();
            return;
        }
        vCenter = header.column(RvColumns.VI_SDK_SERVER);
        datacenter = header.column(RvColumns.DATACENTER);
        hosts = header.column(RvColumns.NUM_HOSTS);
        cores = header.column(RvColumns.NUM_CPU_CORES);
        memory = header.column(RvColumns.TOTAL_MEMORY);
        ha = header.column(RvColumns.HA_ENABLED);
        drs = header.column(RvColumns.DRS_ENABLED);
    }

    @Override
    public void row(SheetRow row) {
        SourceRef where = RvContext.at(SHEET, row.number());
        String clusterName = row.text(name);
        if (clusterName == null) {
            context.sink.skipped(where, "no cluster name");
            return;
        }
        Cluster cluster = new Cluster();
        cluster.name = clusterName;
        cluster.vCenter = context.vCenter(row.text(vCenter));
        cluster.datacenter = row.text(datacenter);
        cluster.hostCount = row.integer(hosts);
        cluster.cores = row.integer(cores);
        Long total = row.rounded(memory);
        cluster.memoryMiB = total != null && total >= BYTES_THRESHOLD ? total / (1024 * 1024) : total;
        cluster.haEnabled = row.bool(ha);
        cluster.drsEnabled = row.bool(drs);
        cluster.source = where;
        context.sink.cluster(cluster);
    }
}
