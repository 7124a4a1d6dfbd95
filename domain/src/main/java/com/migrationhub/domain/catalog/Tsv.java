package com.migrationhub.domain.catalog;

import com.migrationhub.domain.util.Interner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The catalog's file format: UTF-8, one header line, tab-separated, "\n" line ends; a tab,
 * newline or backslash inside a value is written as \t, \n or \\. A name ending in ".gz" is
 * gzip-compressed (Java writes no time stamp, so the bytes depend on the content only).
 */
final class Tsv {
    private Tsv() {
    }

    static void write(OutputStream out, boolean gzip, String[] header, List<String[]> rows) throws IOException {
        OutputStream target = gzip ? new GZIPOutputStream(out, 1 << 16) : out;
        Writer w = new OutputStreamWriter(target, StandardCharsets.UTF_8);
        line(w, header);
        for (String[] row : rows) {
            if (row.length != header.length) {
                throw new IllegalStateException("a row of " + row.length + " values under " + header.length + " columns");
            }
            line(w, row);
        }
        w.flush();
        if (gzip) {
            ((GZIPOutputStream) target).finish();
        }
    }

    private static void line(Writer w, String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                w.write('\t');
            }
            String v = values[i] == null ? "" : values[i];
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                switch (c) {
                    case '\t' -> w.write("\\t");
                    case '\n' -> w.write("\\n");
                    case '\r' -> w.write("\\r");
                    case '\\' -> w.write("\\\\");
                    default -> w.write(c);
                }
            }
        }
        w.write('\n');
    }

    /** One data line of a file being read: values by column name, with the place for errors. */
    static final class Row {
        private final String file;
        private final Map<String, Integer> columns;
        private String[] values;
        private long line;

        Row(String file, Map<String, Integer> columns) {
            this.file = file;
            this.columns = columns;
        }

        String text(String column) {
            Integer at = columns.get(column);
            if (at == null) {
                throw new CatalogException(file + ": no column '" + column + "' in the header");
            }
            return at < values.length ? values[at] : "";
        }

        /** The value, or null when empty. */
        String optional(String column) {
            String t = text(column);
            return t.isEmpty() ? null : t;
        }

        String required(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                throw problem(column, "is empty");
            }
            return t;
        }

        long number(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return 0;
            }
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw problem(column, "'" + t + "' is not a whole number");
            }
        }

        boolean flag(String column) {
            String t = text(column);
            if (t.equals("1") || t.equals("yes")) {
                return true;
            }
            if (t.isEmpty() || t.equals("0") || t.equals("no")) {
                return false;
            }
            throw problem(column, "'" + t + "' is not 1 or 0");
        }

        long usd(String column) {
            String t = required(column);
            try {
                return Usd.parse(t);
            } catch (IllegalArgumentException e) {
                throw problem(column, e.getMessage());
            }
        }

        CatalogException problem(String column, String what) {
            return new CatalogException(file + ", line " + line + ", column " + column + ": " + what);
        }
    }

    static void read(InputStream in, String file, String[] required, Consumer<Row> consumer) throws IOException {
        InputStream source = file.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        BufferedReader r = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8), 1 << 16);
        String header = r.readLine();
        if (header == null) {
            throw new CatalogException(file + ": the file is empty (no header line)");
        }
        Map<String, Integer> columns = new HashMap<>();
        Interner interner = new Interner();
        String[] names = split(header, interner);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i], i);
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                throw new CatalogException(file + ": the header lacks the column '" + name + "'");
            }
        }
        Row row = new Row(file, columns);
        String text;
        long number = 1;
        while ((text = r.readLine()) != null) {
            number++;
            if (text.isEmpty()) {
                continue;
            }
            row.values = split(text, interner);
            row.line = number;
            try {
                consumer.accept(row);
            } catch (IllegalArgumentException e) {
                throw new CatalogException(file + ", line " + number + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * A line's values, tab-separated, with {@code \\t}, {@code \\n}, {@code \\r} and {@code \\\\}
     * unescaped. Each value is the interner's: a catalog repeats a few thousand texts (clouds,
     * regions, sizes, sources) over its 170,000 prices, and a copy of each per row would be most
     * of the memory the catalog holds for as long as it is used.
     */
    static String[] split(String line, Interner interner) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = line.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? line.charAt(i) : '\t';
            if (c == '\\') {
                // an escaped value: the rest of the line, the slow way
                return splitEscaped(line, start, out, interner);
            }
            if (c == '\t') {
                out.add(interner.of(line.substring(start, i)));
                start = i + 1;
            }
        }
        return out.toArray(new String[0]);
    }

    private static String[] splitEscaped(String line, int from, List<String> out, Interner interner) {
        StringBuilder cur = new StringBuilder();
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(interner.of(cur.toString()));
                cur.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                cur.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                cur.append(c);
            }
        }
        out.add(interner.of(cur.toString()));
        return out.toArray(new String[0]);
    }
}
