package com.migrationhub.connectors.rvtools;

import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.SourceRef;

/**
 * What the sheet readers of one import share: the sink, the per-VM join, and what the workbook
 * as a whole says (the vCenter when it names only one, whether vInfo lacks columns other sheets
 * can supply).
 */
final class RvContext {
    final InventorySink sink;
    final VmFactsIndex facts = new VmFactsIndex();
    /** The vCenter of every row without a "VI SDK Server" value, when vSource or vMetaData name just one; else null. */
    final String defaultVCenter;
    /** vInfo has no Annotation column: take it from vCPU, vMemory or vTools. */
    final boolean annotationsElsewhere;
    /** vInfo has no custom-attribute columns: take them from vCPU, vMemory or vTools. */
    final boolean attributesElsewhere;
    /** vDisk or vNetwork follows: keep vInfo's Disks and NICs counts to check them against. */
    final boolean countChildren;
    /** A vSnapshot sheet was read, so a VM it does not name has no snapshot. */
    boolean snapshotsListed;

    RvContext(InventorySink sink, String defaultVCenter, boolean annotationsElsewhere, boolean attributesElsewhere,
              boolean countChildren) {
        this.sink = sink;
        this.defaultVCenter = defaultVCenter;
        this.annotationsElsewhere = annotationsElsewhere;
        this.attributesElsewhere = attributesElsewhere;
        this.countChildren = countChildren;
    }

    String vCenter(String rowValue) {
        return rowValue != null ? rowValue : defaultVCenter;
    }

    static SourceRef at(String sheet, long row) {
        return new SourceRef(sheet, row);
    }
}
