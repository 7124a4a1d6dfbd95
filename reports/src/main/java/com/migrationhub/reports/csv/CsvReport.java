package com.migrationhub.reports.csv;

import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.table.ReportSheet;
import com.migrationhub.reports.table.ReportTables;
import com.migrationhub.reports.table.RowProgress;
import com.migrationhub.reports.table.Table;
import com.migrationhub.reports.TempFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's tables as CSV files, one per table, for tools that read data rather than
 * spreadsheets: {@code summary.csv}, {@code inventory.csv}, {@code assessment.csv},
 * {@code costs.csv}, {@code tco.csv}, {@code risks.csv}, {@code move-groups.csv},
 * {@code waves.csv}, {@code dependencies.csv}, {@code assumptions.csv}, and for a sheet with
 * further tables one file each named after the sheet and the table ({@code costs-options.csv},
 * {@code tco-years.csv}, ...). The columns are the workbook's, from {@link ReportTables}.
 *
 * <p>Every file is written under a temporary name first; only when all are complete are they
 * moved into place, so a failure or cancel leaves the folder as it was. Streaming and linear in
 * the rows.
 */
public final class CsvReport {
    private CsvReport() {
    }

    /**
     * Writes the files into {@code dir} (created if missing), replacing files of the same names.
     *
     * @throws com.migrationhub.domain.task.CancelledException when the monitor is cancelled
     */
    public static void write(ReportData data, ReportOptions options, Path dir, ProgressMonitor monitor)
            throws IOException {
        List<ReportSheet> sheets = ReportTables.sheets(data, options);
        RowProgress progress = new RowProgress(monitor, ReportTables.expectedRows(sheets));
        Files.createDirectories(dir);
        Map<Path, Path> temps = new LinkedHashMap<>();
        Throwable failure = null;
        try {
            for (ReportSheet sheet : sheets) {
                for (Table<?> table : sheet.tables()) {
                    Path target = dir.resolve(table.id() + ".csv");
                    Path temp = TempFiles.beside(target);
                    temps.put(target, temp);
                    CsvTableWriter.write(table, temp, progress);
                }
            }
            progress.finishing("Saving the CSV files");
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                TempFiles.moveIntoPlace(e.getValue(), e.getKey());
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            for (Path temp : temps.values()) {
                TempFiles.deleteQuietly(temp, failure);
            }
        }
    }
}
