package com.migrationhub.app.cli;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.store.ProjectFileException;
import com.migrationhub.domain.store.StoreException;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.CatalogException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import picocli.CommandLine;

/**
 * Runs {@code mhub} with the exit codes the documentation promises: 0 ok, 1 bad input, 2 wrong
 * usage. Expected failures print one line; unexpected ones print one line too and leave the
 * details in a log file ({@code ~/.mhub/mhub.log}).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs one command with the given output streams: what tests and the launcher call. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(out, err);
        try {
            return cl.execute(args);
        } finally {
            // a command that ends with print rather than println leaves its last lines in the buffer
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new MhubCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("mhub: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("mhub: " + oneLine(describe(ex)));
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    /** The promise is one line: a cause's message may carry more (SQL, a parser's context). */
    static String oneLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).stripTrailing();
    }

    private static String describe(Exception ex) {
        if (ex instanceof ImportException || ex instanceof ProjectFileException || ex instanceof IllegalArgumentException
                || ex instanceof StoreException || ex instanceof CatalogException
                || ex instanceof CatalogBuildException) {
            return ex.getMessage();
        }
        if (ex instanceof CancelledException) {
            return "cancelled; the project was left as it was";
        }
        if (ex instanceof IOException) {
            return ex.getMessage() == null ? ex.toString() : ex.getMessage();
        }
        Path log = logDetails(ex);
        return "unexpected error (" + ex + ")" + (log == null ? "" : "; details in " + log);
    }

    /** Appends the stack trace to the user's log, for a bug report; returns the log's path. */
    private static Path logDetails(Exception ex) {
        try {
            Path dir = Path.of(System.getProperty("user.home"), ".mhub");
            Files.createDirectories(dir);
            Path log = dir.resolve("mhub.log");
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, Instant.now() + " " + trace + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
