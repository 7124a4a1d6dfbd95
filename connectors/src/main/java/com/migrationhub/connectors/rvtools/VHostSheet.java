package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.connectors.xlsx.SheetRowHandler;
import com.migrationhub.domain.model.Host;
import com.migrationhub.domain.model.SourceRef;

/** vHost: the ESXi hosts. Memory ("# Memory") is MiB in every RVTools version. */
final class VHostSheet implements SheetRowHandler {
    static final String SHEET = "vHost";

    private final RvContext context;
    private int name;
    private int vCenter;
    private int datacenter;
    private int cluster;
    private int cpuModel;
    private int sockets;
    private int cores;
    private int hyperthreading;
    private int memory;
    private int cpuUsage;
    private int memoryUsage;
    private int vmCount;
    private int vendor;
    private int model;
    private int esxVersion;

    VHostSheet(RvContext context) {
        this.context = context;
    }

    @Override
    public void header(SheetHeader header) {
        name = header.column(RvColumns.HOST);
        if (name < 0) {
            context.sink.warning(RvContext.at(SHEET, header.rowNumber()), "no \"Host\" column; the sheet is not used");
            header.skipRows();
            return;
        }
        vCenter = header.column(RvColumns.VI_SDK_SERVER);
        datacenter = header.column(RvColumns.DATACENTER);
        cluster = header.column(RvColumns.CLUSTER);
        cpuModel = header.column(RvColumns.CPU_MODEL);
        sockets = header.column(RvColumns.HOST_SOCKETS);
        cores = header.column(RvColumns.HOST_CORES);
        hyperthreading = header.column(RvColumns.HT_ACTIVE);
        memory = header.column(RvColumns.HOST_MEMORY);
        cpuUsage = header.column(RvColumns.CPU_USAGE);
        memoryUsage = header.column(RvColumns.MEMORY_USAGE);
        vmCount = header.column(RvColumns.HOST_VMS);
        vendor = header.column(RvColumns.VENDOR);
        model = header.column(RvColumns.MODEL);
        esxVersion = header.column(RvColumns.ESX_VERSION);
    }

    @Override
    public void row(SheetRow row) {
        SourceRef where = RvContext.at(SHEET, row.number());
        String hostName = row.text(name);
        if (hostName == null) {
            context.sink.skipped(where, "no host name");
            return;
        }
        Host host = new Host();
        host.name = hostName;
        host.vCenter = context.vCenter(row.text(vCenter));
        host.datacenter = row.text(datacenter);
        host.cluster = row.text(cluster);
        host.cpuModel = row.text(cpuModel);
        host.sockets = row.integer(sockets);
        host.cores = row.integer(cores);
        Boolean ht = row.bool(hyperthreading);
        if (host.cores != null && ht != null) {
            // x86 hyper-threading runs two threads per core
            host.threads = ht ? host.cores * 2 : host.cores;
        }
        host.memoryMiB = row.rounded(memory);
        host.cpuUsagePct = row.decimal(cpuUsage);
        host.memoryUsagePct = row.decimal(memoryUsage);
        host.vmCount = row.integer(vmCount);
        host.vendor = row.text(vendor);
        host.model = row.text(model);
        host.hypervisorVersion = row.text(esxVersion);
        host.source = where;
        context.sink.host(host);
    }
}
