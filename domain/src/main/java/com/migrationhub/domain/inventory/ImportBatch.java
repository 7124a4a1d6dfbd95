package com.migrationhub.domain.inventory;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Imports several files in the planned order, each file one transaction (as {@code mhub import}
 * does): stops at the first file that fails or at a cancel, whose transaction is rolled back, so
 * the project keeps exactly the files imported before it. Reports progress over the whole batch.
 */
public final class ImportBatch {

    /**
     * What a batch did.
     *
     * @param reports the reports of the files imported, in order
     * @param failure the error of the file that failed (nothing of it was imported), or null
     * @param failedFile the file that failed or was being imported when cancelled, or null
     * @param cancelled whether the user cancelled
     * @param notImported the files not imported: the failed or cancelled one and every one after it
     */
    public record Outcome(List<ImportReport> reports, Exception failure, Path failedFile, boolean cancelled,
                          List<Path> notImported) {

        public Outcome {
            reports = List.copyOf(reports);
            notImported = List.copyOf(notImported);
        }

        /** Whether every file was imported. */
        public boolean complete() {
            return failure == null && !cancelled;
        }
    }

    /** Says which file of how many is being imported; the engine's own progress follows. */
    @FunctionalInterface
    public interface FileProgress {
        String describe(int index, int count, String fileName, String what);
    }

    private final ImportService service;

    public ImportBatch(ImportService service) {
        this.service = service;
    }

    /**
     * Imports the files of {@code requests} into {@code target}.
     *
     * @param options the options of each file (a CSV's column mapping); files not in it get none
     * @param each called after each file is committed, with its report
     * @throws ImportException when the batch cannot be planned (a file missing or of unknown
     *                         format): nothing was imported
     */
    public Outcome run(List<ImportService.Request> requests, Map<Path, ImportOptions> options, ImportTarget target,
            ProgressMonitor monitor, FileProgress describe, Consumer<ImportReport> each) throws ImportException {
        List<ImportService.Plan> plans = service.planEach(requests);
        List<ImportReport> reports = new ArrayList<>();
        int n = plans.size();
        for (int k = 0; k < n; k++) {
            ImportService.Plan plan = plans.get(k);
            ProgressMonitor fileMonitor = new FileMonitor(monitor, k, n, plan.file().getFileName().toString(), describe);
            try {
                monitor.checkCancelled();
                fileMonitor.progress(0, -1, "");
                ImportReport report = service.importFile(plan, options.getOrDefault(plan.file(), ImportOptions.NONE),
                        target, fileMonitor);
                reports.add(report);
                if (each != null) {
                    each.accept(report);
                }
            } catch (CancelledException e) {
                return new Outcome(reports, null, plan.file(), true, rest(plans, k));
            } catch (ImportException | RuntimeException e) {
                return new Outcome(reports, e, plan.file(), false, rest(plans, k));
            }
        }
        return new Outcome(reports, null, null, false, List.of());
    }

    private static List<Path> rest(List<ImportService.Plan> plans, int from) {
        return plans.subList(from, plans.size()).stream().map(ImportService.Plan::file).toList();
    }

    /** The engine's progress for file {@code index} of {@code count}, as a fraction of the whole batch. */
    private static final class FileMonitor implements ProgressMonitor {
        private final ProgressMonitor batch;
        private final int index;
        private final int count;
        private final String fileName;
        private final FileProgress describe;

        FileMonitor(ProgressMonitor batch, int index, int count, String fileName, FileProgress describe) {
            this.batch = batch;
            this.index = index;
            this.count = count;
            this.fileName = fileName;
            this.describe = describe;
        }

        @Override
        public void progress(long done, long total, String what) {
            double within = total > 0 ? Math.min(1, (double) done / total) : 0;
            long scale = 1_000_000L;
            String text = describe == null ? what : describe.describe(index + 1, count, fileName, what);
            batch.progress((long) ((index + within) * scale), (long) count * scale, text);
        }

        @Override
        public boolean isCancelled() {
            return batch.isCancelled();
        }
    }
}
