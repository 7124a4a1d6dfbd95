package com.migrationhub.e2e;

import com.migrationhub.app.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the {@code mhub} command line in this JVM, as a user would type it, and keeps what it printed. */
final class Mhub {

    record Result(int code, String out, String err) {
        /** The top-level numbers of a JSON object printed by {@code --format json}. */
        Map<String, Long> numbers() {
            Map<String, Long> m = new LinkedHashMap<>();
            Matcher x = Pattern.compile("^  \"(\\w+)\": (-?\\d+),?$", Pattern.MULTILINE).matcher(out);
            while (x.find()) {
                m.put(x.group(1), Long.parseLong(x.group(2)));
            }
            return m;
        }
    }

    private Mhub() {
    }

    static Result run(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), a);
        return new Result(code, out.toString(), err.toString());
    }

    /** The repository's root (the surefire configuration passes it). */
    static Path root() {
        return Path.of(System.getProperty("mhub.root", "..")).toAbsolutePath().normalize();
    }

    /** ../shared beside the repository, or null where it is absent (a user's clone). */
    static Path shared() {
        Path p = Path.of(System.getProperty("mhub.shared", "../../shared")).toAbsolutePath().normalize();
        return Files.isDirectory(p) ? p : null;
    }
}
