package com.migrationhub.domain.dependency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read pipeline (parsing on the caller's thread, summing on another): every row is summed
 * exactly once, a reader's error or a cancellation half-way comes out as itself, and the summing
 * thread does not outlive the read.
 */
class DependencyImportServiceTest {
    @TempDir
    Path dir;

    /** A reader of a made-up format: {@code rows} rows over 100 distinct traffics, then maybe a failure. */
    private static DependencyImporter reader(int rows, int failAt) {
        return new DependencyImporter() {
            @Override
            public String format() {
                return "test";
            }

            @Override
            public String displayName() {
                return "test rows";
            }

            @Override
            public int detect(SourceProbe probe) {
                return 100;
            }

            @Override
            public void read(Path file, DependencyOptions options, Consumer<Connection> sink, Consumer<Skipped> skipped,
                    ProgressMonitor monitor) throws ImportException {
                for (int i = 0; i < rows; i++) {
                    if (i == failAt) {
                        throw new ImportException(file, new SourceRef(file.getFileName().toString(), i + 2),
                                "bad row");
                    }
                    if (i % 1000 == 0) {
                        monitor.checkCancelled();
                    }
                    sink.accept(new Connection("s" + i % 10, null, null, null, "d" + i % 100 / 10, null, null, null,
                            443, "tcp", 1, 1, null, null, new SourceRef("f.csv", i + 2)));
                }
                skipped.accept(new Skipped(rows + 2, "trailer"));
            }
        };
    }

    private Path file() throws Exception {
        Path f = dir.resolve("rows.csv");
        Files.writeString(f, "anything\n");
        return f;
    }

    @Test
    void everyRowIsSummedOnce() throws Exception {
        DependencyImportService service = new DependencyImportService(List.of(reader(250_123, -1)));
        DependencyImportService.Read read = service.read(file(), null, DependencyOptions.NONE, ProgressMonitor.NONE);
        assertThat(read.connections()).hasSize(100);
        assertThat(read.connections().stream().mapToLong(Connection::connections).sum()).isEqualTo(250_123);
        assertThat(read.rows()).isEqualTo(250_124);
        assertThat(read.skips()).isEqualTo(1);
        assertThat(read.connections().get(0).source().row()).isEqualTo(2);
    }

    @Test
    void aReadersErrorHalfWayIsTheErrorAndTheSummingThreadEnds() throws Exception {
        DependencyImportService service = new DependencyImportService(List.of(reader(100_000, 60_001)));
        assertThatThrownBy(() -> service.read(file(), null, DependencyOptions.NONE, ProgressMonitor.NONE))
                .isInstanceOf(ImportException.class).hasMessage("rows.csv: rows.csv, row 60003: bad row");
        waitForSummingThreadToEnd();
    }

    @Test
    void aCancellationHalfWayIsACancellation() throws Exception {
        int[] polls = {0};
        ProgressMonitor cancelling = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
            }

            @Override
            public boolean isCancelled() {
                return ++polls[0] > 50;
            }
        };
        DependencyImportService service = new DependencyImportService(List.of(reader(100_000, -1)));
        assertThatThrownBy(() -> service.read(file(), null, DependencyOptions.NONE, cancelling))
                .isInstanceOf(CancelledException.class);
        waitForSummingThreadToEnd();
    }

    private static void waitForSummingThreadToEnd() throws InterruptedException {
        for (int i = 0; i < 100 && summingThreads() > 0; i++) {
            Thread.sleep(20);
        }
        assertThat(summingThreads()).isZero();
    }

    private static long summingThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("dependency-sum")).count();
    }
}
