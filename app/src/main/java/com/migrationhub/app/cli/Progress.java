package com.migrationhub.app.cli;

import com.migrationhub.domain.task.ProgressMonitor;
import java.io.PrintWriter;

/**
 * A progress bar on the terminal, redrawn at most ten times a second; silent when the output is
 * not a terminal (piped, redirected, in CI). Ctrl-C ends the process, and with it the import's
 * transaction, so the project is left as it was.
 */
final class Progress implements ProgressMonitor {
    private static final int BAR = 30;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar when this process talks to a terminal. */
    static Progress forTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    @Override
    public void progress(long done, long total, String what) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        StringBuilder b = new StringBuilder("\r");
        if (total > 0) {
            int filled = (int) Math.min(BAR, BAR * done / total);
            b.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ")
                    .append(String.format("%3d%% ", Math.min(100, 100 * done / total)));
        }
        b.append(what == null ? "" : what).append(String.format(" %,d", done));
        if (total > 0) {
            b.append(String.format("/%,d", total));
        }
        String line = b.toString();
        err.print(line.length() > 100 ? line.substring(0, 100) : line + "\u001b[K");
        err.flush();
        drawn = true;
    }

    /** Clears the bar before the next line of output. */
    void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
