package com.migrationhub.reports.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer without locks. The JDK's writers take a lock on every call, and POI's
 * sheet writer calls once per character of text and once per piece of markup: hundreds of millions of calls
 * for 300,000 Assessment rows, which made locking one of the export's largest costs. One thread only.
 * An unpaired surrogate is written as "?", as POI itself does with characters XML cannot hold.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    /** Strings longer than this are copied out in bulk first, which pays only for long ones. */
    private static final int SHORT = 24;

    private final byte[] buffer = new byte[1 << 16];
    private final char[] chars = new char[4096];
    private int size;
    private char highSurrogate;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    /** Markup and most text are ASCII: copied in a tight loop, the rest char by char. */
    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > SHORT) {
            for (int i = offset; i < offset + length; i += chars.length) {
                int n = Math.min(chars.length, offset + length - i);
                text.getChars(i, i + n, chars, 0);
                write(chars, 0, n);
            }
            return;
        }
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (highSurrogate == 0) {
                byte[] b = buffer;
                int n = size;
                int stop = Math.min(end, i + b.length - n);
                while (i < stop) {
                    char c = text.charAt(i);
                    if (c >= 0x80) {
                        break;
                    }
                    b[n++] = (byte) c;
                    i++;
                }
                size = n;
                if (i == end) {
                    return;
                }
                if (n == b.length) {
                    drain();
                    continue;
                }
            }
            put(text.charAt(i++));
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (highSurrogate == 0) {
                byte[] b = buffer;
                int n = size;
                int stop = Math.min(end, i + b.length - n);
                while (i < stop) {
                    char c = text[i];
                    if (c >= 0x80) {
                        break;
                    }
                    b[n++] = (byte) c;
                    i++;
                }
                size = n;
                if (i == end) {
                    return;
                }
                if (n == b.length) {
                    drain();
                    continue;
                }
            }
            put(text[i++]);
        }
    }

    /** Writes bytes that are ASCII (markup encoded beforehand), in bulk. */
    void ascii(byte[] bytes) throws IOException {
        if (highSurrogate != 0) {
            for (byte b : bytes) {
                put((char) b);
            }
            return;
        }
        if (bytes.length > buffer.length - size) {
            drain();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    /**
     * Writes a text the caller knows to be ASCII, its bytes copied in bulk (a compact string's
     * bytes are its characters); any other text must go through {@link #write(String)}.
     */
    @SuppressWarnings("deprecation") // the copy of each char's low byte is exact for ASCII, and is what makes it fast
    void ascii(String text) throws IOException {
        int n = text.length();
        if (highSurrogate != 0 || n > buffer.length) {
            write(text, 0, n);
            return;
        }
        if (n > buffer.length - size) {
            drain();
        }
        text.getBytes(0, n, buffer, size);
        size += n;
    }

    /** Writes a whole number in decimal, as {@link Long#toString(long)} spells it, without making the string. */
    void decimal(long value) throws IOException {
        if (value == Long.MIN_VALUE || highSurrogate != 0) {
            ascii(Long.toString(value));
            return;
        }
        if (size > buffer.length - 20) {
            drain();
        }
        long v = value;
        if (v < 0) {
            buffer[size++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long p = 10; digits < 19 && v >= p; p *= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buffer[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size += digits;
    }

    private void put(char c) throws IOException {
        if (size > buffer.length - 4) {
            drain();
        }
        if (highSurrogate != 0) {
            char high = highSurrogate;
            highSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buffer[size++] = (byte) (0xF0 | cp >> 18);
                buffer[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[size++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buffer[size++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buffer[size++] = (byte) c;
        } else if (c < 0x800) {
            buffer[size++] = (byte) (0xC0 | c >> 6);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            highSurrogate = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[size++] = '?';
        } else {
            buffer[size++] = (byte) (0xE0 | c >> 12);
            buffer[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (highSurrogate != 0) {
                highSurrogate = 0;
                put('?');
            }
            drain();
        } finally {
            out.close();
        }
    }
}
