package com.migrationhub.app.ui.error;

import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.CatalogException;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.store.ProjectFileException;
import com.migrationhub.domain.store.StoreException;
import com.migrationhub.domain.task.CancelledException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What went wrong, in the user's words: the one-line message the command line would print, and
 * whether it was expected (bad input, a file in use) or a defect, whose details the user can copy
 * into a bug report.
 *
 * @param message one line, in the user's words
 * @param details the whole story (stack trace), for the toggle and the copy button
 * @param expected whether this is a known failure of the input rather than a defect
 */
public record Problem(String message, String details, boolean expected) {

    /** Classifies {@code error} the way {@code mhub} does, so both say the same words. */
    public static Problem of(Throwable error) {
        Throwable e = unwrap(error);
        String details = trace(e);
        if (e instanceof ImportException || e instanceof ProjectFileException || e instanceof IllegalArgumentException
                || e instanceof StoreException || e instanceof CatalogException || e instanceof CatalogBuildException
                || e instanceof com.migrationhub.app.ui.project.ProjectBusyException) {
            return new Problem(oneLine(e.getMessage()), details, true);
        }
        if (e instanceof CancelledException) {
            return new Problem("Cancelled; the project was left as it was.", details, true);
        }
        if (e instanceof IOException io) {
            return new Problem(oneLine(io.getMessage() == null ? io.toString() : io.getMessage()), details, true);
        }
        return new Problem("Something went wrong that should not have (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())) + "). The project was left as it was; "
                + "the details below help us fix it.", details, false);
    }

    public static boolean isCancellation(Throwable error) {
        return unwrap(error) instanceof CancelledException;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof ExecutionException || e instanceof CompletionException
                || e instanceof UncheckedIOException
                || (e instanceof RuntimeException && e.getClass() == RuntimeException.class))
                && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static String trace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
