package com.migrationhub.domain.assessment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading of the rule and limit files the assessment engines take: the shipped ones from the class
 * path (the assets module's {@value #CLASSPATH_FOLDER}), any other from a stream. Only the loaders
 * ({@code readShipped()} methods) come here; the engines themselves never touch the class path.
 *
 * <p>The tabular files ({@code .tsv}) are UTF-8, tab-separated, with lines starting with
 * {@code #} and blank lines ignored; the first other line is the header naming the columns.
 */
public final class RuleFiles {
    /** Where the shipped rule files lie on the class path. */
    public static final String CLASSPATH_FOLDER = "mhub/rules/";

    private RuleFiles() {
    }

    /** Opens a shipped rule file by its name ({@code os-support.tsv}); fails when it is not on the class path. */
    public static InputStream openShipped(String name) {
        InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name);
        if (in == null) {
            throw new RulesException(name, 0, "not on the class path under " + CLASSPATH_FOLDER
                    + " (the assets module provides it)");
        }
        return in;
    }

    /** One line of a rules file with its 1-based number, for error messages. */
    public record Line(String file, int number, String text) {
        public RulesException problem(String what) {
            return new RulesException(file, number, what);
        }
    }

    /** All lines of a text file, numbered; does not close the stream's source for the caller. */
    public static List<Line> lines(InputStream in, String file) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int number = 0;
            while ((text = r.readLine()) != null) {
                number++;
                if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                lines.add(new Line(file, number, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return lines;
    }

    /** One data row of a tab-separated rules file: values by column name, and its place for errors. */
    public static final class Row {
        private final Map<String, Integer> columns;
        private final String[] values;
        private final Line line;

        Row(Map<String, Integer> columns, String[] values, Line line) {
            this.columns = columns;
            this.values = values;
            this.line = line;
        }

        /** The trimmed value, "" when empty; "-" also reads as empty. */
        public String text(String column) {
            Integer at = columns.get(column);
            if (at == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            String v = at < values.length ? values[at].trim() : "";
            return v.equals("-") ? "" : v;
        }

        public String required(String column) {
            String v = text(column);
            if (v.isEmpty()) {
                throw problem(column + " is empty");
            }
            return v;
        }

        public Line line() {
            return line;
        }

        /** An error naming the file, the line and the line's text. */
        public RulesException problem(String what) {
            return line.problem(what + " in \"" + line.text().replace('\t', ' ').strip() + "\"");
        }
    }

    /**
     * Reads a tab-separated rules file: checks the header names every required column and each row
     * has no more values than the header has columns.
     */
    public static List<Row> table(InputStream in, String file, String... required) {
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = null;
        for (Line line : lines(in, file)) {
            String text = line.text();
            if (text.isBlank() || text.stripLeading().startsWith("#")) {
                continue;
            }
            String[] values = text.split("\t", -1);
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < values.length; i++) {
                    columns.put(values[i].trim(), i);
                }
                for (String c : required) {
                    if (!columns.containsKey(c)) {
                        throw line.problem("the header lacks the column '" + c + "' in \"" + text.strip() + "\"");
                    }
                }
                continue;
            }
            Row row = new Row(columns, values, line);
            if (values.length > columns.size()) {
                throw row.problem(values.length + " tab-separated values under " + columns.size() + " columns");
            }
            rows.add(row);
        }
        if (columns == null) {
            throw new RulesException(file, 0, "the file is empty (no header line)");
        }
        return rows;
    }
}
