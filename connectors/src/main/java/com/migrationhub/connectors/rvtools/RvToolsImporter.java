package com.migrationhub.connectors.rvtools;

import com.migrationhub.connectors.xlsx.XlsxException;
import com.migrationhub.connectors.xlsx.XlsxWorkbook;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.InventoryImporter;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Imports an RVTools export (.xlsx, RVTools 3.x to 4.7): VMs with their disks, partitions and
 * network adapters, and the hosts, clusters and datastores of the estate. Streams the workbook
 * (see {@link RvToolsImport} for the order of sheets): memory holds one row plus about 200 bytes
 * per VM and the workbook's shared strings; time is one parse of each sheet.
 *
 * <p>Tolerates what re-saved and trimmed exports look like: missing sheets (only vInfo with a VM
 * column is required), missing columns, padded empty rows, unnamed columns, numbers stored as
 * text. Custom attributes become server tags; templates are imported, flagged.
 */
public final class RvToolsImporter implements InventoryImporter {
    static final String FORMAT = "rvtools";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "RVTools workbook";
    }

    /** 100 when the workbook lists a vInfo sheet; reads only the zip directory and xl/workbook.xml. */
    @Override
    public int detect(SourceProbe probe) {
        try {
            if (!probe.isZip()) {
                return 0;
            }
            Optional<byte[]> workbook = probe.zipEntry("xl/workbook.xml");
            if (workbook.isEmpty()) {
                return 0;
            }
            String xml = new String(workbook.get(), StandardCharsets.UTF_8);
            return xml.contains("name=\"vInfo\"") || xml.contains("name='vInfo'") ? 100 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void read(Path file, ImportOptions options, InventorySink sink, ProgressMonitor monitor)
            throws ImportException {
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            new RvToolsImport(file, workbook, sink, monitor).run();
        } catch (XlsxException e) {
            throw new ImportException(file, where(e), e.problem(), e);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            // a defect of this importer rather than bad input: still one line, the details in the cause
            throw new ImportException(file, null,
                    "the workbook cannot be read: the RVTools importer failed unexpectedly (details in the log)", e);
        }
    }

    private static SourceRef where(XlsxException e) {
        if (e.sheet() == null) {
            return null;
        }
        SourceRef where = new SourceRef(e.sheet(), e.row());
        return e.column() == null ? where : where.withColumn(e.column());
    }
}
