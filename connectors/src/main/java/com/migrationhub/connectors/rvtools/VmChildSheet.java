package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.connectors.xlsx.SheetRowHandler;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;

/**
 * A sheet of things that belong to a VM (vDisk, vPartition, vNetwork), read after vInfo so that
 * every row can name a server already passed to the sink. Each row names its VM by its own VM,
 * VM UUID, VM ID (MoRef) and VI SDK Server columns; a sheet without a VM column is still read by
 * VM UUID or MoRef, with a warning.
 */
abstract class VmChildSheet implements SheetRowHandler {
    /** The sheet being read: "vDisk", then "vDisk (2)" where a split sheet continues. */
    protected String sheet;
    protected final RvContext context;
    private int vm;
    private int uuid;
    private int moRef;
    private int vCenter;
    /** Whether rows are counted per VM, to check vInfo's Disks or NICs column. */
    private boolean counting;
    private boolean used;

    VmChildSheet(String sheet, RvContext context, boolean counting) {
        this.sheet = sheet;
        this.context = context;
        this.counting = counting && context.countChildren;
    }

    @Override
    public final void header(SheetHeader header) {
        sheet = header.sheet();
        vm = header.column(RvColumns.VM);
        uuid = header.column(RvColumns.VM_UUID);
        moRef = header.column(RvColumns.VM_ID);
        vCenter = header.column(RvColumns.VI_SDK_SERVER);
        SourceRef where = RvContext.at(sheet, header.rowNumber());
        if (vm < 0 && uuid < 0 && moRef < 0) {
            context.sink.warning(where, "no \"VM\", \"VM UUID\" or \"VM ID\" column, so the rows cannot be"
                    + " matched to their VMs; the sheet is not used");
            header.skipRows();
            return;
        }
        if (vm < 0) {
            context.sink.warning(where, "no \"VM\" column; rows are matched to their VMs by "
                    + (uuid >= 0 ? "\"VM UUID\"" : "\"VM ID\""));
            // the count per VM joins on the name
            counting = false;
        }
        used = true;
        columns(header);
    }

    @Override
    public final void row(SheetRow row) {
        String name = row.text(vm);
        String vmUuid = row.text(uuid);
        String vmId = row.text(moRef);
        SourceRef where = RvContext.at(sheet, row.number());
        if (name == null && vmUuid == null && vmId == null) {
            context.sink.skipped(where, "no VM name");
            return;
        }
        ServerKey key = ServerKey.ofVm(name, vmUuid, vmId, context.vCenter(row.text(vCenter)));
        read(row, key, where);
        if (name != null && counting) {
            VmFacts facts = context.facts.match(name, VmFactsIndex.identity(vmUuid), VmFactsIndex.identity(vmId),
                    f -> f.infoRow != 0);
            if (facts != null && facts != VmFactsIndex.AMBIGUOUS) {
                counted(facts);
            }
        }
    }

    /** Whether every row was counted for its VM, so that the counts can be compared with vInfo's. */
    boolean countedPerVm() {
        return used && counting;
    }

    /** Selects the sheet's own columns. */
    abstract void columns(SheetHeader header);

    /** Reads the row's record and passes it to the sink. */
    abstract void read(SheetRow row, ServerKey vm, SourceRef where);

    /** Counts the row for its VM, to compare with vInfo's count afterwards. */
    void counted(VmFacts facts) {
        throw new UnsupportedOperationException(sheet + " counts nothing");
    }
}
