package com.migrationhub.connectors.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into characters in a buffer the CSV parser reads directly. The
 * encoding comes from the byte-order mark (UTF-8, UTF-16 LE or BE); without one the file is read
 * as UTF-8. Bytes that are not valid in that encoding are reported, never replaced, and only after
 * every character before them was handed out, so the parser can name the row they are on.
 */
final class TextDecoder implements Closeable {
    /** {@link #fill()}: the text is over. */
    static final int END = -1;
    /** {@link #fill()}: the next bytes are not valid text in the file's encoding. */
    static final int MALFORMED = -2;

    private static final int BYTE_BUFFER = 64 * 1024;
    private static final int CHAR_BUFFER = 64 * 1024;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private final boolean zip;
    private boolean inputDone;
    private boolean flushed;
    private boolean malformed;
    private long bytesRead;

    /** Decoded characters: {@code buf[pos..limit)} are not yet read. */
    final char[] buf = new char[CHAR_BUFFER];
    int pos;
    int limit;

    TextDecoder(InputStream in) throws IOException {
        this.in = in;
        bytes = ByteBuffer.allocate(BYTE_BUFFER);
        // readNBytes fills the buffer unless the file is shorter, so the byte-order mark is always visible
        int n = in.readNBytes(bytes.array(), 0, BYTE_BUFFER);
        bytesRead = n;
        bytes.limit(n);
        inputDone = n < BYTE_BUFFER;
        byte[] b = bytes.array();
        zip = n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        int bom = 0;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = StandardCharsets.UTF_8;
        }
        bytes.position(bom);
        decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    Charset charset() {
        return charset;
    }

    /** Whether the file starts like a zip container (an xlsx workbook, say). */
    boolean isZip() {
        return zip;
    }

    long bytesRead() {
        return bytesRead;
    }

    boolean isFull() {
        return pos == 0 && limit == buf.length;
    }

    /**
     * Moves the unread characters to the front of the buffer and decodes more after them.
     *
     * @return the number of characters added, {@link #END} at the end of the text, or
     *         {@link #MALFORMED} when the next bytes cannot be decoded
     */
    int fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buf, limit, buf.length - limit);
        int before = limit;
        while (!malformed && !flushed) {
            CoderResult result = decoder.decode(bytes, out, inputDone);
            if (result.isError()) {
                malformed = true;
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (inputDone) {
                if (!flushed && !decoder.flush(out).isOverflow()) {
                    flushed = true;
                }
                break;
            }
            if (out.position() > before) {
                break;
            }
            readMoreBytes();
        }
        limit = out.position();
        int added = limit - before;
        if (added > 0) {
            return added;
        }
        return malformed ? MALFORMED : END;
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

    @Override
    public void close() throws IOException {
        in.close();
    }
}
