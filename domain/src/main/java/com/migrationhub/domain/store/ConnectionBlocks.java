package com.migrationhub.domain.store;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of a dependency import's connections: blocks of up to {@link #ROWS} rows, each
 * one binary value (schema 7, see ADR 0005). A block is its own string table (names, addresses,
 * applications, processes and protocols repeat from row to row, so each is written once a block)
 * followed by the rows as variable-length integers, in the order they were given. Storing a
 * file's 50,000 connections is then a dozen values instead of 50,000 rows of 16 columns, which
 * was most of the time of a dependency import; reading them back shares each string between the
 * rows that name it.
 *
 * <p>Layout, all integers unsigned LEB128 unless said: format (1 byte, {@link #FORMAT}), row count,
 * string count, each string as its UTF-8 length and bytes; then per row: the eight endpoint
 * strings (source name, IP, application, process; destination name, IP, application, process) and
 * the protocol as string-table index + 1 (0 for null), the port + 1 (0 for "not said"),
 * connections, slots, a flags byte (1: first seen present, 2: last seen present) followed by each
 * present instant as zigzag epoch seconds and nanoseconds, and the file row.
 */
final class ConnectionBlocks {
    /** Rows a block holds at most. */
    static final int ROWS = 4096;
    static final byte FORMAT = 1;

    private ConnectionBlocks() {
    }

    /** Encodes rows (at most {@link #ROWS}; text cut to the lengths the store keeps). */
    static byte[] encode(List<Connection> rows) {
        if (rows.size() > ROWS) {
            throw new IllegalArgumentException("a block holds at most " + ROWS + " rows, not " + rows.size());
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> strings = new ArrayList<>();
        Out body = new Out(rows.size() * 40);
        for (Connection c : rows) {
            body.ref(c.sourceName(), 1000, index, strings);
            body.ref(c.sourceIp(), 64, index, strings);
            body.ref(c.sourceApplication(), 1000, index, strings);
            body.ref(c.sourceProcess(), 1000, index, strings);
            body.ref(c.destinationName(), 1000, index, strings);
            body.ref(c.destinationIp(), 64, index, strings);
            body.ref(c.destinationApplication(), 1000, index, strings);
            body.ref(c.destinationProcess(), 1000, index, strings);
            body.ref(c.protocol(), 8, index, strings);
            body.varLong(c.port() < 0 ? 0 : c.port() + 1L);
            body.varLong(c.connections());
            body.varLong(c.slots());
            body.b((c.firstSeen() == null ? 0 : 1) | (c.lastSeen() == null ? 0 : 2));
            body.instant(c.firstSeen());
            body.instant(c.lastSeen());
            body.varLong(c.source() == null ? 0 : c.source().row());
        }
        Out out = new Out(body.size + strings.size() * 16 + 16);
        out.b(FORMAT);
        out.varLong(rows.size());
        out.varLong(strings.size());
        for (String s : strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.varLong(utf8.length);
            out.bytes(utf8, utf8.length);
        }
        out.bytes(body.buf, body.size);
        return Arrays.copyOf(out.buf, out.size);
    }

    /**
     * Decodes a block, its rows attributed to the import and file they came from.
     *
     * @throws IllegalArgumentException when the value is not a block this version wrote
     */
    static List<Connection> decode(byte[] block, long importId, String fileName) {
        In in = new In(block);
        int format = in.b();
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown connection block format " + format);
        }
        int n = in.count(ROWS);
        int k = in.count(Integer.MAX_VALUE);
        String[] strings = new String[k + 1];
        for (int i = 1; i <= k; i++) {
            int len = in.count(block.length);
            strings[i] = in.text(len);
        }
        List<Connection> rows = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            String srcName = in.ref(strings);
            String srcIp = in.ref(strings);
            String srcApp = in.ref(strings);
            String srcProcess = in.ref(strings);
            String dstName = in.ref(strings);
            String dstIp = in.ref(strings);
            String dstApp = in.ref(strings);
            String dstProcess = in.ref(strings);
            String protocol = in.ref(strings);
            int port = (int) in.varLong() - 1;
            long connections = in.varLong();
            long slots = in.varLong();
            int flags = in.b();
            Instant first = (flags & 1) != 0 ? in.instant() : null;
            Instant last = (flags & 2) != 0 ? in.instant() : null;
            long row = in.varLong();
            rows.add(new Connection(srcName, srcIp, srcApp, srcProcess, dstName, dstIp, dstApp, dstProcess, port,
                    protocol, connections, slots, first, last, new SourceRef(importId, fileName, row, null)));
        }
        if (in.pos != block.length) {
            throw new IllegalArgumentException("connection block has " + (block.length - in.pos) + " bytes after its rows");
        }
        return rows;
    }

    private static final class Out {
        byte[] buf;
        int size;

        Out(int capacity) {
            buf = new byte[Math.max(64, capacity)];
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        void b(int v) {
            room(1);
            buf[size++] = (byte) v;
        }

        void bytes(byte[] b, int len) {
            room(len);
            System.arraycopy(b, 0, buf, size, len);
            size += len;
        }

        void varLong(long v) {
            room(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void ref(String s, int max, Map<String, Integer> index, List<String> strings) {
            if (s == null) {
                varLong(0);
                return;
            }
            String v = s.length() <= max ? s : s.substring(0, max);
            Integer i = index.get(v);
            if (i == null) {
                strings.add(v);
                i = strings.size();
                index.put(v, i);
            }
            varLong(i);
        }

        void instant(Instant t) {
            if (t != null) {
                long s = t.getEpochSecond();
                varLong((s << 1) ^ (s >> 63));
                varLong(t.getNano());
            }
        }
    }

    private static final class In {
        final byte[] buf;
        int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        int b() {
            if (pos >= buf.length) {
                throw new IllegalArgumentException("connection block ends early");
            }
            return buf[pos++] & 0xFF;
        }

        long varLong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = b();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("connection block holds a malformed number");
        }

        int count(int max) {
            long v = varLong();
            if (v < 0 || v > max) {
                throw new IllegalArgumentException("connection block holds a count out of range: " + v);
            }
            return (int) v;
        }

        String text(int len) {
            if (len > buf.length - pos) {
                throw new IllegalArgumentException("connection block ends early");
            }
            String s = new String(buf, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        String ref(String[] strings) {
            long i = varLong();
            if (i < 0 || i >= strings.length) {
                throw new IllegalArgumentException("connection block refers to string " + i + " of " + (strings.length - 1));
            }
            return strings[(int) i];
        }

        Instant instant() {
            long z = varLong();
            long s = (z >>> 1) ^ -(z & 1);
            long nanos = varLong();
            if (nanos > 999_999_999L) {
                throw new IllegalArgumentException("connection block holds a malformed time");
            }
            // the same few times recur through a block (an export's time slots): one object each,
            // as a graph keeps a first and a last time per edge
            int slot = (int) (s ^ s >>> 32 ^ nanos) & (times.length - 1);
            Instant t = times[slot];
            if (t == null || t.getEpochSecond() != s || t.getNano() != nanos) {
                t = Instant.ofEpochSecond(s, nanos);
                times[slot] = t;
            }
            return t;
        }

        private final Instant[] times = new Instant[64];
    }
}
