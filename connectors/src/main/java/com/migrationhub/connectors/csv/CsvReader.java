package com.migrationhub.connectors.csv;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a delimited text file record by record: the one CSV reader every file importer uses.
 *
 * <p>It reads RFC 4180 quoting (doubled quotes, delimiters and line breaks inside quotes), any of
 * CRLF, LF or CR as line ends, and takes the delimiter ({@code ,} {@code ;} or tab) that occurs most
 * often in the header line. The encoding is UTF-8 with or without a byte-order mark, or UTF-16
 * LE/BE with one; bytes not valid in that encoding, a NUL character, a quoted field never closed,
 * a field over {@value #MAX_FIELD_CHARS} characters or a record over {@value #MAX_COLUMNS} fields
 * end the read with an {@link ImportException} naming the row. Rows are numbered as a spreadsheet
 * program shows them: the header is row 1, and a quoted line break does not start a new row. Empty
 * rows (nothing but blanks and delimiters) are skipped silently.
 *
 * <p>Cost: one pass over the file (about 100 MB/s on one core); memory is the current record plus
 * a 64 KiB byte buffer and a 64 Ki-character buffer, whatever the file's size. Every
 * {@value #PROGRESS_EVERY} rows it reports progress (bytes read of the file's size) and polls the
 * monitor for cancellation.
 */
public final class CsvReader implements AutoCloseable {
    /** The longest field accepted: beyond it the file is not a sensible export (or a quote is missing). */
    public static final int MAX_FIELD_CHARS = 1024 * 1024;
    public static final int MAX_COLUMNS = 16_384;
    static final int PROGRESS_EVERY = 2_000;

    private final Path file;
    private final String fileName;
    private final TextDecoder text;
    private final ProgressMonitor monitor;
    private final long size;
    private final char delimiter;
    private final CsvHeader header;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private NumberStyle numberStyle = NumberStyle.PLAIN;
    /** The row of the record being read or last read. */
    private long row;
    private boolean afterCarriageReturn;

    private CsvReader(Path file, InputStream in, long size, ProgressMonitor monitor) throws ImportException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.monitor = monitor;
        this.size = size;
        try {
            this.text = new TextDecoder(in);
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (text.isZip()) {
            throw new ImportException(file, null,
                    "this is a zip file (an xlsx workbook?), not CSV text; save the sheet as CSV (UTF-8)");
        }
        this.delimiter = sniffDelimiter();
        this.header = readHeader();
    }

    /**
     * Opens a file and reads its header line.
     *
     * @throws ImportException when the file cannot be read, is empty, or its header is not text
     */
    public static CsvReader open(Path file, ProgressMonitor monitor) throws ImportException {
        InputStream in;
        long size;
        try {
            size = Files.size(file);
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new ImportException(file, null, "cannot read the file: " + describe(e), e);
        }
        return open(file, in, size, monitor);
    }

    /** Reads from a stream that holds the content of {@code file} (for format detection). */
    static CsvReader open(Path file, InputStream in, long size, ProgressMonitor monitor) throws ImportException {
        try {
            return new CsvReader(file, in, size, monitor);
        } catch (ImportException | RuntimeException e) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the first problem is the one to report
            }
            throw e;
        }
    }

    public CsvHeader header() {
        return header;
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return fileName;
    }

    public char delimiter() {
        return delimiter;
    }

    public Charset charset() {
        return text.charset();
    }

    public NumberStyle numberStyle() {
        return numberStyle;
    }

    /** Sets how numbers are written in this file; {@link NumberStyle#PLAIN} unless set. */
    public CsvReader numberStyle(NumberStyle style) {
        this.numberStyle = style;
        return this;
    }

    /** The row of the record last returned (1 for the header). */
    public long row() {
        return row;
    }

    /**
     * The next non-empty record, or null at the end of the file.
     *
     * @throws ImportException when the text is not valid (see the class documentation)
     * @throws com.migrationhub.domain.task.CancelledException when the monitor was cancelled
     */
    public CsvRow next() throws ImportException {
        while (readRecord()) {
            if (row % PROGRESS_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress(text.bytesRead(), size, "Reading " + fileName + ": row " + row);
            }
            if (!allBlank()) {
                return new CsvRow(this, row, fields.toArray(new String[0]));
            }
        }
        monitor.progress(size, size, "Read " + fileName);
        return null;
    }

    @Override
    public void close() throws ImportException {
        try {
            text.close();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    // ---- parsing

    private CsvHeader readHeader() throws ImportException {
        while (readRecord()) {
            if (!allBlank()) {
                return new CsvHeader(file, new ArrayList<>(fields));
            }
        }
        throw new ImportException(file, null, "the file is empty: it has no header line");
    }

    /**
     * Picks the delimiter that occurs most often, outside quotes, in the first non-empty line; a
     * comma when there is a tie or none. Reads ahead into the decoder's buffer without consuming.
     */
    private char sniffDelimiter() throws ImportException {
        int i = 0;
        boolean quoted = false;
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean started = false;
        while (true) {
            if (i >= text.limit) {
                if (text.isFull() || fill(true) == TextDecoder.END) {
                    break;
                }
                continue;
            }
            char c = text.buf[i++];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    if (started) {
                        break;
                    }
                    continue;
                }
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
            started = true;
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }

    /** Reads the next record into {@link #fields}; false at the end of the file. */
    private boolean readRecord() throws ImportException {
        fields.clear();
        // counted before reading, so text that cannot be decoded is blamed on the row it starts
        row++;
        int c = read();
        if (c == '\n' && afterCarriageReturn) {
            c = read();
        }
        afterCarriageReturn = false;
        if (c < 0) {
            row--;
            return false;
        }
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = readQuoted();
            } else {
                String whole = c > 0 && c != delimiter && c != '\n' && c != '\r' ? wholeField() : null;
                if (whole != null) {
                    addField(whole);
                    c = text.buf[text.pos - 1];
                    if (c != delimiter) {
                        break;
                    }
                    c = read();
                    continue;
                }
                // it runs past the decoded text (or is refused): character by character
                while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                    append(c);
                    c = read();
                }
            }
            addField(field.toString());
            if (c != delimiter) {
                break;
            }
            c = read();
        }
        // the line feed of a CRLF is skipped by the next call, so that a decoding error after it
        // is reported on the row it belongs to
        afterCarriageReturn = c == '\r';
        return true;
    }

    /**
     * An unquoted field whose first character was just read, taken from the decoded text whole when
     * it ends there (most do), with the text then past its end; null, the text untouched, when it
     * runs past what is decoded or holds what {@link #append} refuses.
     */
    private String wholeField() {
        int start = text.pos - 1;
        int end = text.pos;
        char[] buf = text.buf;
        int limit = text.limit;
        while (end < limit) {
            char x = buf[end];
            if (x == delimiter || x == '\n' || x == '\r' || x == 0) {
                break;
            }
            end++;
        }
        if (end == limit || buf[end] == 0 || end - start > MAX_FIELD_CHARS) {
            return null;
        }
        text.pos = end + 1;
        return new String(buf, start, end - start);
    }

    /** Reads a quoted field after its opening quote; returns the character that ends the field. */
    private int readQuoted() throws ImportException {
        while (true) {
            int c = read();
            if (c < 0) {
                throw error("a quoted field is never closed (a closing \" is missing)");
            }
            if (c == '"') {
                c = read();
                if (c == '"') {
                    append('"');
                    continue;
                }
                // text after the closing quote is kept as it stands, as spreadsheet programs do
                while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                    append(c);
                    c = read();
                }
                return c;
            }
            append(c);
        }
    }

    private void append(int c) throws ImportException {
        if (c == 0) {
            throw error("contains a NUL character: this is binary data (or UTF-16 text without a "
                    + "byte-order mark), not CSV text");
        }
        if (field.length() >= MAX_FIELD_CHARS) {
            String column = header == null || fields.size() >= header.columns().size() ? null
                    : header.columns().get(fields.size()).name();
            throw new ImportException(file, new SourceRef(0, null, Math.max(row, 1), column),
                    "a field is longer than " + MAX_FIELD_CHARS + " characters; is a closing quote missing?");
        }
        field.append((char) c);
    }

    private void addField(String value) throws ImportException {
        if (fields.size() >= MAX_COLUMNS) {
            throw error("more than " + MAX_COLUMNS + " fields in one row; this is not a CSV export "
                    + "this import can read");
        }
        fields.add(value);
    }

    private boolean allBlank() {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private int read() throws ImportException {
        if (text.pos < text.limit) {
            return text.buf[text.pos++];
        }
        if (fill(false) == TextDecoder.END) {
            return -1;
        }
        return text.buf[text.pos++];
    }

    /** Decodes more text; END at the end, else the number of characters added. */
    private int fill(boolean readingAhead) throws ImportException {
        int n;
        try {
            n = text.fill();
        } catch (IOException e) {
            throw unreadable(e);
        }
        if (n == TextDecoder.MALFORMED) {
            long at = readingAhead ? 1 : Math.max(row, 1);
            String encoding = text.charset().equals(StandardCharsets.UTF_8) ? "UTF-8"
                    : text.charset().equals(StandardCharsets.UTF_16LE) ? "UTF-16 (little-endian)"
                    : "UTF-16 (big-endian)";
            throw new ImportException(file, new SourceRef(0, null, at, null),
                    "not valid " + encoding + " text; save the file as UTF-8");
        }
        return n;
    }

    private ImportException error(String problem) {
        return new ImportException(file, new SourceRef(0, null, Math.max(row, 1), null), problem);
    }

    private ImportException unreadable(IOException e) {
        return new ImportException(file, null, "cannot read the file: " + describe(e), e);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
