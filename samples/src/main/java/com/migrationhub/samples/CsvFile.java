package com.migrationhub.samples;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV file written row by row (RFC 4180 quoting). How each tool writes its CSV differs, so the
 * byte-order mark, the line ending and whether every field is quoted are chosen per file.
 */
final class CsvFile implements Closeable {
    private final Path path;
    private final BufferedWriter out;
    private final String lineEnd;
    private final boolean quoteAll;
    private final int width;
    private int column;
    private long rows;

    CsvFile(Path path, List<String> headers, boolean byteOrderMark, String lineEnd, boolean quoteAll)
            throws IOException {
        this.path = path;
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
                1 << 16);
        this.lineEnd = lineEnd;
        this.quoteAll = quoteAll;
        this.width = headers.size();
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        for (String h : headers) {
            add(h);
        }
        endHeader();
    }

    Path path() {
        return path;
    }

    CsvFile add(String value) throws IOException {
        if (column++ > 0) {
            out.write(',');
        }
        String v = value == null ? "" : value;
        if (quoteAll || needsQuotes(v)) {
            out.write('"');
            out.write(v.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(v);
        }
        return this;
    }

    CsvFile add(long value) throws IOException {
        return add(Long.toString(value));
    }

    void end() throws IOException {
        if (column != width) {
            throw new IllegalStateException(path.getFileName() + " row " + (rows + 1) + " has " + column
                    + " fields for " + width + " headers");
        }
        out.write(lineEnd);
        column = 0;
        rows++;
    }

    private void endHeader() throws IOException {
        out.write(lineEnd);
        column = 0;
    }

    private static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
