package com.migrationhub.reports.excel;

import com.migrationhub.domain.task.ProgressMonitor;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Checks for cancel while POI compresses the workbook, a step of several seconds for a large
 * estate during which no row is written.
 */
final class CancellableOutputStream extends FilterOutputStream {
    private static final long EVERY = 1L << 20;

    private final ProgressMonitor monitor;
    private long sinceCheck;

    CancellableOutputStream(OutputStream out, ProgressMonitor monitor) {
        super(out);
        this.monitor = monitor;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count(1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        count(len);
    }

    private void count(int bytes) {
        sinceCheck += bytes;
        if (sinceCheck >= EVERY) {
            sinceCheck = 0;
            monitor.checkCancelled();
        }
    }
}
