package com.migrationhub.reports.excel;

import com.migrationhub.reports.table.ReportSheet;
import com.migrationhub.reports.table.ReportTables;
import com.migrationhub.reports.table.RowProgress;
import com.migrationhub.reports.TempFiles;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.data.ReportData;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import com.migrationhub.domain.task.Alongside;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The client's Excel workbook: Summary, Inventory, Assessment (one row per server and cloud),
 * Costs, TCO, Risks, Move groups, Waves, Dependencies and Assumptions, as {@link ReportTables}
 * defines them. Figures are real number and date cells with formats; client text that a
 * spreadsheet could run as a formula stays text.
 *
 * <p>Streaming (POI's SXSSF): rows go to temporary files as they are written, so memory stays
 * flat whatever the estate's size; time is linear in the rows (about 300,000 Assessment rows for
 * 100,000 servers and three clouds). The sheets are written on two threads, the largest on one
 * and the rest on the other, each into its own file. The workbook is written beside {@code out}
 * and moved into place when complete; a failure or cancel leaves neither a half file nor POI's
 * temporary files.
 */
public final class ExcelReport {
    /** Rows kept in memory per sheet; the writer never goes back to an earlier row. */
    private static final int ROW_WINDOW = 100;

    private ExcelReport() {
    }

    /**
     * A workbook made before its data is at hand. POI's first workbook in a process takes most of
     * a second to make, on one core (the spreadsheet schema's types are loaded then): made on a
     * second thread while the report's data loads, that time is not waited for. A blank is
     * written once; close it when it is not written (closing a written one does nothing).
     */
    public static final class Blank implements AutoCloseable {
        private final StreamingWorkbook workbook;
        private boolean taken;

        private Blank() {
            workbook = new StreamingWorkbook(ROW_WINDOW);
        }

        private synchronized StreamingWorkbook take() {
            if (taken) {
                throw new IllegalStateException("this blank workbook was written already");
            }
            taken = true;
            return workbook;
        }

        @Override
        public synchronized void close() throws IOException {
            if (!taken) {
                taken = true;
                workbook.close();
            }
        }
    }

    /** A workbook to write later, made now; see {@link Blank}. */
    public static Blank blank() {
        return new Blank();
    }

    /**
     * Writes the workbook to {@code out}, replacing any file there.
     *
     * @throws com.migrationhub.domain.task.CancelledException when the monitor is cancelled
     */
    public static void write(ReportData data, ReportOptions options, Path out, ProgressMonitor monitor)
            throws IOException {
        write(data, options, out, monitor, blank());
    }

    /** As {@link #write(ReportData, ReportOptions, Path, ProgressMonitor)}, into a workbook made beforehand. */
    public static void write(ReportData data, ReportOptions options, Path out, ProgressMonitor monitor, Blank blank)
            throws IOException {
        StreamingWorkbook workbook = blank.take();
        Throwable failure = null;
        Path temp = null;
        try {
            List<ReportSheet> sheets = ReportTables.sheets(data, options);
            RowProgress progress = new RowProgress(monitor, ReportTables.expectedRows(sheets));
            progress.start("Workbook");
            temp = TempFiles.beside(out);
            String currency = data.scenario().currency();
            SheetWriter writer = new SheetWriter(workbook, new CellStyles(workbook, currency), currency, progress);
            writeSheets(workbook, sheets, writer, progress, monitor);
            describe(workbook, data);
            progress.finishing("Compressing the workbook");
            try (OutputStream file = new CancellableOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), monitor)) {
                workbook.write(file);
            }
            progress.finishing("Saving the workbook");
            TempFiles.moveIntoPlace(temp, out);
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            close(workbook, failure);
            if (temp != null) {
                TempFiles.deleteQuietly(temp, failure);
            }
        }
    }

    /**
     * Makes every sheet in the report's order, then fills them on two threads: the sheets in two
     * sets of about equal cells (the Assessment sheet alone is most of them), the larger set on a
     * second thread, whose sheets alone keep their repeated texts in the shared strings (one
     * thread, so that the numbers, and the file's bytes, are the same on every run). A failure or
     * cancel on either stops both.
     */
    private static void writeSheets(StreamingWorkbook workbook, List<ReportSheet> sheets, SheetWriter writer,
            RowProgress progress, ProgressMonitor monitor) {
        List<SXSSFSheet> made = new ArrayList<>(sheets.size());
        List<List<Runnable>> later = new ArrayList<>(sheets.size());
        for (ReportSheet spec : sheets) {
            made.add(workbook.createSheet(spec.name()));
            later.add(new ArrayList<>());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> cells(sheets.get(i))).reversed());
        List<Integer> there = new ArrayList<>();
        List<Integer> here = new ArrayList<>();
        long thereCells = 0;
        long hereCells = 0;
        for (int i : order) {
            if (thereCells <= hereCells) {
                there.add(i);
                thereCells += cells(sheets.get(i));
            } else {
                here.add(i);
                hereCells += cells(sheets.get(i));
            }
        }
        Alongside<Void> second = new Alongside<>("workbook-sheets", monitor, cancel -> {
            SheetWriter w = writer.with(progress.alongside(cancel));
            for (int i : there) {
                // this thread has the largest sheet: its sheets, one after the other, share texts
                w.write(sheets.get(i), made.get(i), workbook.sharedStrings(), later.get(i));
            }
            return null;
        });
        try {
            here.sort(Comparator.naturalOrder());
            for (int i : here) {
                writer.write(sheets.get(i), made.get(i), null, later.get(i));
            }
            // this thread tells the monitor of the other's rows and honours cancel meanwhile
            while (!second.awaitFor(100)) {
                progress.report();
            }
        } catch (RuntimeException | Error e) {
            second.abandon(e);
            throw e;
        }
        second.result();
        // the tables and filters, which number parts and names in the order they are made: the sheets' order
        for (List<Runnable> l : later) {
            l.forEach(Runnable::run);
        }
    }

    /** A sheet's work: its cells, as its tables expect them (the Assessment sheet has 22 columns, Dependencies 8). */
    private static long cells(ReportSheet sheet) {
        long n = 0;
        for (com.migrationhub.reports.table.Table<?> t : sheet.tables()) {
            n += t.expectedRows() * Math.max(1, t.columns().size());
        }
        return n;
    }

    /** The file's properties, as Excel's "Info" shows them. */
    private static void describe(SXSSFWorkbook workbook, ReportData data) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        ReportData.Engagement e = data.engagement();
        core.setTitle(e.engagement() + " - " + e.client());
        core.setSubjectProperty("Scenario " + data.scenario().name());
        core.setCreator(e.consultant());
    }

    /**
     * Removes POI's temporary sheet files, on success and failure alike. In the POI we use,
     * closing the workbook deletes them ({@code dispose()} is deprecated); a test checks it.
     */
    private static void close(SXSSFWorkbook workbook, Throwable failure) throws IOException {
        try {
            workbook.close();
        } catch (IOException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }
}
