package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRow;
import com.migrationhub.connectors.xlsx.SheetRowHandler;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A per-VM sheet read before vInfo (vCPU, vMemory, vTools, vSnapshot, vNetwork's addresses): its
 * values go into the VM's {@link VmFacts}, to be merged into the server when vInfo is read. Also
 * takes the annotation and custom attributes when vInfo lacks them, keeping only non-empty ones.
 */
abstract class VmDetailSheet implements SheetRowHandler {
    protected final String sheet;
    protected final RvContext context;
    /** A second look at a sheet read again later, which reports its problems itself. */
    private final boolean quiet;
    private int vm;
    private int uuid;
    private int moRef;
    private int annotation = -1;
    private int[] attributes = new int[0];
    private String[] attributeNames = new String[0];
    private boolean used;
    private final Predicate<VmFacts> free = this::isFree;

    VmDetailSheet(String sheet, RvContext context) {
        this(sheet, context, false);
    }

    VmDetailSheet(String sheet, RvContext context, boolean quiet) {
        this.sheet = sheet;
        this.context = context;
        this.quiet = quiet;
    }

    @Override
    public final void header(SheetHeader header) {
        vm = header.column(RvColumns.VM);
        if (vm < 0) {
            if (!quiet) {
                context.sink.warning(RvContext.at(sheet, header.rowNumber()),
                        "no \"VM\" column, so the rows cannot be matched to vInfo; the sheet is not used");
            }
            header.skipRows();
            return;
        }
        used = true;
        uuid = header.column(RvColumns.VM_UUID);
        moRef = header.column(RvColumns.VM_ID);
        if (context.annotationsElsewhere) {
            annotation = header.column(RvColumns.ANNOTATION);
        }
        if (context.attributesElsewhere) {
            attributes = RvColumns.customAttributes(header);
            attributeNames = new String[attributes.length];
            for (int i = 0; i < attributes.length; i++) {
                header.use(attributes[i]);
                attributeNames[i] = header.name(attributes[i]);
            }
        }
        columns(header);
    }

    @Override
    public final void row(SheetRow row) {
        String name = row.text(vm);
        if (name == null) {
            if (!quiet) {
                context.sink.skipped(RvContext.at(sheet, row.number()), "no VM name");
            }
            return;
        }
        VmFacts facts = context.facts.claim(name, VmFactsIndex.identity(row.text(uuid)),
                VmFactsIndex.identity(row.text(moRef)), free);
        read(row, facts);
        if (annotation >= 0 && facts.annotation == null) {
            facts.annotation = row.text(annotation);
        }
        if (attributes.length > 0 && facts.attributes == null) {
            facts.attributes = nonEmptyAttributes(row);
        }
    }

    private String[] nonEmptyAttributes(SheetRow row) {
        String[] pairs = null;
        int n = 0;
        for (int i = 0; i < attributes.length; i++) {
            String value = row.text(attributes[i]);
            if (value != null) {
                if (pairs == null) {
                    pairs = new String[attributes.length * 2];
                }
                pairs[n++] = attributeNames[i];
                pairs[n++] = value;
            }
        }
        return pairs == null ? null : Arrays.copyOf(pairs, n);
    }

    /** Whether the sheet had a header with a VM column, so that its rows were read. */
    boolean used() {
        return used;
    }

    /** Selects the sheet's own columns. */
    abstract void columns(SheetHeader header);

    /** Whether this sheet has not yet filled the entry (false once a row of this sheet did). */
    abstract boolean isFree(VmFacts facts);

    abstract void read(SheetRow row, VmFacts facts);
}
