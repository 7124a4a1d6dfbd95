package com.migrationhub.connectors.dependency;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the lines of a text capture (the output of {@code ss} or {@code netstat} saved to a
 * file), numbered from 1. The encoding comes from the byte-order mark (UTF-8, UTF-16 LE as Windows
 * PowerShell 5 writes a redirect, UTF-16 BE); without one the text is UTF-8. Bytes not valid in
 * that encoding end the read with an {@link ImportException} naming the line they are on, unless
 * the reader was opened {@code latin1Fallback}: then the rest is read as ISO 8859-1, for
 * {@code netstat} output that {@code cmd.exe} wrote in an OEM code page (localized headers; the
 * data lines are ASCII). A NUL character, a zip container or a line over
 * {@value #MAX_LINE_CHARS} characters is an error: the file is not a text capture.
 *
 * <p>Cost: one pass, memory of a 64 KiB byte and character buffer and the current line. Every
 * {@value #PROGRESS_EVERY} lines it reports progress and polls the monitor for cancellation;
 * progress is {@code base} plus the bytes read, of {@code total}, so that two passes over one file
 * report as one job.
 */
final class TextLines implements AutoCloseable {
    static final int MAX_LINE_CHARS = 16 * 1024;
    static final int PROGRESS_EVERY = 2_000;
    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final String fileName;
    private final InputStream in;
    private final ProgressMonitor monitor;
    private final long base;
    private final long total;
    private final boolean latin1Fallback;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private final StringBuilder line = new StringBuilder();
    private final boolean hasBom;
    private Charset charset;
    private CharsetDecoder decoder;
    private boolean inputDone;
    private boolean decodeDone;
    private boolean afterCarriageReturn;
    private long bytesRead;
    private long row;

    private TextLines(Path file, InputStream in, ProgressMonitor monitor, long base, long total,
                      boolean latin1Fallback) throws IOException, ImportException {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.in = in;
        this.monitor = monitor;
        this.base = base;
        this.total = total;
        this.latin1Fallback = latin1Fallback;
        int n = in.readNBytes(bytes.array(), 0, BUFFER);
        bytesRead = n;
        inputDone = n < BUFFER;
        bytes.limit(n);
        byte[] b = bytes.array();
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            throw new ImportException(file, null, "this is a zip file, not a text capture; extract it first");
        }
        int bom = 0;
        charset = StandardCharsets.UTF_8;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            bom = 3;
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        }
        hasBom = bom > 0;
        bytes.position(bom);
        decoder = strict(charset);
        chars.limit(0);
    }

    /**
     * Opens a file.
     *
     * @param base  progress already made before this pass, in bytes
     * @param total the progress of the whole job, in bytes
     */
    static TextLines open(Path file, ProgressMonitor monitor, long base, long total, boolean latin1Fallback)
            throws ImportException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        try {
            return new TextLines(file, in, monitor, base, total, latin1Fallback);
        } catch (IOException e) {
            closeQuietly(in);
            throw unreadable(file, e);
        } catch (ImportException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** The size of a file, for progress; 0 when it cannot be read (the open then says why). */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The number of the line last returned. */
    long row() {
        return row;
    }

    /** This line as connections and skipped rows name it: the sheet is the file's name. */
    SourceRef ref() {
        return new SourceRef(0, fileName, row, null);
    }

    /** {@code file: row 7: <problem>}. */
    ImportException problem(String problem) {
        return new ImportException(file, new SourceRef(0, null, Math.max(row, 1), null), problem);
    }

    /** {@code file: row 7, column "Local Address": "x" <problem>}. */
    ImportException problem(String column, String value, String problem) {
        return new ImportException(file, new SourceRef(0, null, Math.max(row, 1), column),
                "\"" + value + "\" " + problem);
    }

    /**
     * The next line without its line end, or null at the end of the file.
     *
     * @throws com.migrationhub.domain.task.CancelledException when the monitor was cancelled
     */
    String next() throws ImportException {
        line.setLength(0);
        row++;
        if (row % PROGRESS_EVERY == 0) {
            monitor.checkCancelled();
            monitor.progress(base + bytesRead, total, "Reading " + fileName + ": line " + row);
        }
        boolean any = false;
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                if (!any) {
                    row--;
                    monitor.progress(base + bytesRead, total, "Read " + fileName);
                    return null;
                }
                return line.toString();
            }
            char c = chars.get();
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                afterCarriageReturn = c == '\r';
                return line.toString();
            }
            if (c == 0) {
                throw problem("contains a NUL character: this is binary data (or UTF-16 text without a "
                        + "byte-order mark), not a text capture");
            }
            if (line.length() >= MAX_LINE_CHARS) {
                throw problem("a line is longer than " + MAX_LINE_CHARS + " characters: this is not a text capture");
            }
            line.append(c);
        }
    }

    /** Decodes more characters; false at the end of the text. */
    private boolean fill() throws ImportException {
        chars.clear();
        try {
            while (!decodeDone) {
                CoderResult result = decoder.decode(bytes, chars, inputDone);
                if (result.isError()) {
                    if (chars.position() > 0) {
                        break;
                    }
                    if (latin1Fallback && !hasBom && charset.equals(StandardCharsets.UTF_8)) {
                        charset = StandardCharsets.ISO_8859_1;
                        decoder = strict(charset);
                        continue;
                    }
                    throw problem("not valid " + encodingName() + " text; save the capture as UTF-8");
                }
                if (result.isOverflow()) {
                    break;
                }
                if (inputDone) {
                    decoder.flush(chars);
                    decodeDone = true;
                    break;
                }
                if (chars.position() > 0) {
                    break;
                }
                readMoreBytes();
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            inputDone = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
    }

    private String encodingName() {
        return charset.equals(StandardCharsets.UTF_16LE) ? "UTF-16 (little-endian)"
                : charset.equals(StandardCharsets.UTF_16BE) ? "UTF-16 (big-endian)" : "UTF-8";
    }

    @Override
    public void close() throws ImportException {
        try {
            in.close();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the first problem is the one to report
        }
    }

    private static ImportException unreadable(Path file, IOException e) {
        return new ImportException(file, null, "cannot read the file: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }

    /**
     * The first lines of the probe's head, decoded by byte-order mark and leniently (for format
     * detection: never throws); the last line is left out when the head cuts it.
     */
    static List<String> headLines(SourceProbe probe, int max) {
        List<String> lines = new ArrayList<>();
        byte[] b = probe.head();
        if (b.length == 0 || probe.isZip()) {
            return lines;
        }
        Charset cs = StandardCharsets.UTF_8;
        int offset = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            offset = 2;
        }
        String text = new String(b, offset, b.length - offset, cs);
        if (text.indexOf('\0') >= 0) {
            return lines;
        }
        boolean cut = b.length >= 64 * 1024;
        int start = 0;
        while (lines.size() < max) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            if (end >= text.length()) {
                if (!cut && start < text.length()) {
                    lines.add(text.substring(start));
                }
                break;
            }
            lines.add(text.substring(start, end));
            start = end + 1;
            if (text.charAt(end) == '\r' && start < text.length() && text.charAt(start) == '\n') {
                start++;
            }
        }
        return lines;
    }
}
