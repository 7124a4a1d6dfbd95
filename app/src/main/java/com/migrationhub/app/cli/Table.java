package com.migrationhub.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text tables and CSV for the terminal. Numbers are right-aligned; a cell longer than
 * its column's limit is shortened with an ellipsis (CSV is never shortened).
 */
final class Table {
    private static final int MAX_WIDTH = 40;

    private final List<String> headers;
    private final boolean[] numeric;
    private final List<String[]> rows = new ArrayList<>();

    Table(List<String> headers, boolean... numeric) {
        this.headers = headers;
        this.numeric = numeric.length == headers.size() ? numeric : new boolean[headers.size()];
    }

    void add(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.min(MAX_WIDTH, Math.max(width[i], r[i].length()));
            }
        }
        line(out, headers.toArray(new String[0]), width, false);
        for (String[] r : rows) {
            line(out, r, width, true);
        }
        out.flush();
    }

    private void line(PrintWriter out, String[] cells, int[] width, boolean align) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = cells[i];
            if (c.length() > width[i]) {
                c = c.substring(0, width[i] - 1) + "…";
            }
            boolean right = align && numeric[i];
            if (i > 0) {
                b.append("  ");
            }
            if (right) {
                b.append(" ".repeat(width[i] - c.length())).append(c);
            } else {
                b.append(c);
                if (i < width.length - 1) {
                    b.append(" ".repeat(width[i] - c.length()));
                }
            }
        }
        out.println(b.toString().stripTrailing());
    }

    /** Writes one CSV record (RFC 4180 quoting). */
    /** A list's items separated by single spaces: "53 88 389". */
    static String words(java.util.List<?> items) {
        return items.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
    }

    static void csv(PrintWriter out, Object... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells[i] == null ? "" : cells[i].toString();
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        out.print(b.append("\r\n"));
    }
}
