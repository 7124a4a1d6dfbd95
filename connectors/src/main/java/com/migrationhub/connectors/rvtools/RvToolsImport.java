package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.SheetHeader;
import com.migrationhub.connectors.xlsx.SheetRowHandler;
import com.migrationhub.connectors.xlsx.XlsxException;
import com.migrationhub.connectors.xlsx.XlsxWorkbook;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;

/**
 * One import of an RVTools workbook, sheet by sheet in the order that lets every record name
 * what it belongs to and keeps memory small:
 * <ol>
 * <li>vInfo's header alone, to fail early on a workbook that is not an export;</li>
 * <li>vMetaData and vSource: version and vCenter;</li>
 * <li>vCPU, vMemory, vTools, vSnapshot into one compact per-VM join ({@link VmFactsIndex}), and
 * vNetwork's addresses when vInfo has no "Primary IP Address" column;</li>
 * <li>vInfo: complete servers;</li>
 * <li>vDisk, vPartition, vNetwork: each row to its server by key;</li>
 * <li>vHost, vCluster, vDatastore.</li>
 * </ol>
 * Each sheet is parsed once, but for vInfo's first row and, in a vInfo cut down without its
 * "Primary IP Address" column, vNetwork (its addresses for the servers, then its NICs). Any sheet
 * but vInfo may be missing.
 */
final class RvToolsImport {
    static final String TOOL = "RVTools";

    private final Path file;
    private final XlsxWorkbook workbook;
    private final InventorySink sink;
    private final ProgressMonitor monitor;

    RvToolsImport(Path file, XlsxWorkbook workbook, InventorySink sink, ProgressMonitor monitor) {
        this.file = file;
        this.workbook = workbook;
        this.sink = sink;
        this.monitor = monitor;
    }

    void run() throws ImportException, XlsxException {
        String info = workbook.findSheet(VInfoSheet.SHEET);
        if (info == null) {
            throw new ImportException(file, null, "no vInfo sheet: this is not an RVTools export (sheets: "
                    + String.join(", ", workbook.sheetNames()) + ")");
        }
        SheetHeader infoHeader = workbook.readHeader(info);
        if (infoHeader == null) {
            throw new ImportException(file, new SourceRef(info, 0), "the sheet is empty: no header row, no VM");
        }
        if (!infoHeader.has(RvColumns.VM)) {
            throw new ImportException(file, new SourceRef(info, infoHeader.rowNumber()),
                    VInfoSheet.missingVmColumn(infoHeader));
        }

        ExportSource export = new ExportSource();
        read("vMetaData", export.metaData());
        read("vSource", export.source());
        String version = export.version() != null ? export.version() : RvColumns.versionFromHeader(infoHeader);
        sink.source(TOOL, version);

        RvContext context = new RvContext(sink, export.onlyVCenter(),
                !infoHeader.has(RvColumns.ANNOTATION),
                RvColumns.customAttributes(infoHeader).length == 0,
                workbook.findSheet("vDisk") != null || workbook.findSheet("vNetwork") != null);

        read("vCPU", new VCpuSheet(context));
        read("vMemory", new VMemorySheet(context));
        read("vTools", new VToolsSheet(context));
        VSnapshotSheet snapshots = new VSnapshotSheet(context);
        if (read("vSnapshot", snapshots)) {
            context.snapshotsListed = snapshots.used();
        }
        if (!infoHeader.has(RvColumns.PRIMARY_IP)) {
            // vInfo does not say how the VMs are addressed: take that from vNetwork first
            read("vNetwork", new VNetworkAddressSheet(context));
        }

        monitor.checkCancelled();
        workbook.read(info, new VInfoSheet(context), monitor);

        VDiskSheet disks = new VDiskSheet(context);
        boolean disksRead = read("vDisk", disks);
        read("vPartition", new VPartitionSheet(context));
        VNetworkSheet nics = new VNetworkSheet(context);
        boolean nicsRead = read("vNetwork", nics);
        CountCheck.report(context, disksRead && disks.countedPerVm(), nicsRead && nics.countedPerVm());
        // the join is no longer needed: give its memory back to the sink for the rest of the import
        context.facts.clear();

        read(VHostSheet.SHEET, new VHostSheet(context));
        read(VClusterSheet.SHEET, new VClusterSheet(context));
        read(VDatastoreSheet.SHEET, new VDatastoreSheet(context));
    }

    /**
     * Reads the sheet if the workbook has it, then its continuation sheets "vDisk (2)", "vDisk (3)"
     * ... where a sheet outgrew Excel's 1,048,576 rows and was split; false when it is absent.
     */
    private boolean read(String sheet, SheetRowHandler handler) throws XlsxException {
        String actual = workbook.findSheet(sheet);
        if (actual == null) {
            return false;
        }
        monitor.checkCancelled();
        workbook.read(actual, handler, monitor);
        for (int part = 2; (actual = workbook.findSheet(sheet + " (" + part + ")")) != null; part++) {
            monitor.checkCancelled();
            workbook.read(actual, handler, monitor);
        }
        return true;
    }
}
