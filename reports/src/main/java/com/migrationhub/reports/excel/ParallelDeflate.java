package com.migrationhub.reports.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Deflates one stream on several cores, as pigz does: the data is cut into chunks of
 * {@value #CHUNK} bytes, each compressed on its own (fastest level, no shared dictionary) and
 * ended by a sync flush, which leaves it on a byte boundary; the chunks, in order, and then an
 * empty final block form one valid raw Deflate stream, which a zip entry holds as it is. What this
 * costs is a few hundred bytes per megabyte; what it gains is that a workbook's 400 MB of sheet
 * XML no longer take one core three to four seconds.
 *
 * <p>Use: write the data to {@link #stream}, then {@link Compressed} tells the CRC-32 and sizes a
 * zip entry needs. At most a few chunks are in memory at a time, and their buffers are used again:
 * hundreds of megabytes of fresh buffers would keep the collector busy, and it cannot run while
 * the compressor holds an array.
 */
final class ParallelDeflate implements AutoCloseable {
    static final int CHUNK = 1 << 20;
    /** The final block of a Deflate stream with no data: BFINAL, fixed codes, end of block. */
    private static final byte[] EMPTY_FINAL_BLOCK = {0x03, 0x00};

    private final ExecutorService pool;
    private final int inFlight;

    /** @param threads how many chunks are compressed at once */
    ParallelDeflate(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "workbook-deflate");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = threads * 2;
    }

    /** The compressed stream's check value and sizes, once it is closed. */
    record Compressed(long crc, long size, long compressedSize) {
    }

    /**
     * A stream whose data is deflated into {@code raw} (the raw Deflate bytes, nothing else);
     * {@link CompressingStream#close()} writes the last chunks and the final block.
     */
    CompressingStream stream(OutputStream raw) {
        return new CompressingStream(raw);
    }

    final class CompressingStream extends OutputStream {
        private final OutputStream raw;
        private final CRC32 crc = new CRC32();
        private final ArrayDeque<Future<byte[]>> pending = new ArrayDeque<>();
        /** each pending chunk's buffer, in the same order, to be used again once it is compressed */
        private final ArrayDeque<byte[]> inUse = new ArrayDeque<>();
        private final ArrayDeque<byte[]> free = new ArrayDeque<>();
        private byte[] buffer = new byte[CHUNK];
        private int filled;
        private long size;
        private long compressed;
        private Compressed result;

        private CompressingStream(OutputStream raw) {
            this.raw = raw;
        }

        @Override
        public void write(int b) throws IOException {
            if (filled == buffer.length) {
                submit();
            }
            buffer[filled++] = (byte) b;
            crc.update(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            crc.update(b, off, len);
            size += len;
            while (len > 0) {
                if (filled == buffer.length) {
                    submit();
                }
                int n = Math.min(len, buffer.length - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        /** Writes everything {@code in} holds, read straight into the chunks (no copy through a small buffer). */
        void writeAll(InputStream in) throws IOException {
            while (true) {
                if (filled == buffer.length) {
                    submit();
                }
                int n = in.read(buffer, filled, buffer.length - filled);
                if (n < 0) {
                    return;
                }
                crc.update(buffer, filled, n);
                filled += n;
                size += n;
            }
        }

        private void submit() throws IOException {
            byte[] chunk = buffer;
            int length = filled;
            pending.add(pool.submit(() -> deflate(chunk, length)));
            inUse.add(chunk);
            filled = 0;
            while (pending.size() > inFlight) {
                drainOne();
            }
            buffer = free.isEmpty() ? new byte[CHUNK] : free.poll();
        }

        private void drainOne() throws IOException {
            byte[] out = await(pending.poll());
            free.add(inUse.poll());
            raw.write(out);
            compressed += out.length;
        }

        /** Writes what is left and the final block; the result is then {@link #compressed()}. */
        @Override
        public void close() throws IOException {
            if (result != null) {
                return;
            }
            if (filled > 0) {
                submit();
            }
            while (!pending.isEmpty()) {
                drainOne();
            }
            raw.write(EMPTY_FINAL_BLOCK);
            compressed += EMPTY_FINAL_BLOCK.length;
            result = new Compressed(crc.getValue(), size, compressed);
        }

        Compressed compressed() {
            if (result == null) {
                throw new IllegalStateException("the stream is not closed yet");
            }
            return result;
        }

        /** Stops the chunks still being compressed, after a failure. */
        void abandon() {
            pending.forEach(f -> f.cancel(true));
            pending.clear();
            inUse.clear();
        }
    }

    private static byte[] await(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while compressing the workbook");
        } catch (ExecutionException e) {
            throw new IOException("the workbook could not be compressed: " + e.getCause(), e.getCause());
        }
    }

    /** A deflater and its scratch buffer, used for one chunk at a time and then again. */
    private static final class Worker {
        final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        byte[] out = new byte[CHUNK / 2 + 1024];
    }

    /** Workers not in use; each made once per thread that needs one, and ended on close. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Worker> workers = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.List<Worker> made = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /**
     * One chunk, deflated and ended on a byte boundary (a sync flush), not final. The deflater and
     * its output buffer are used again for the next chunk: a new zlib stream per megabyte cost a
     * quarter of a megabyte of native memory set up and 600 KB of garbage each time.
     */
    byte[] deflate(byte[] chunk, int length) {
        Worker w = workers.poll();
        if (w == null) {
            w = new Worker();
            made.add(w);
        }
        try {
            Deflater d = w.deflater;
            d.reset();
            d.setInput(chunk, 0, length);
            int n = 0;
            while (true) {
                n += d.deflate(w.out, n, w.out.length - n, Deflater.SYNC_FLUSH);
                if (n < w.out.length) {
                    return Arrays.copyOf(w.out, n);
                }
                w.out = Arrays.copyOf(w.out, w.out.length * 2);
            }
        } finally {
            workers.add(w);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        synchronized (made) {
            // a chunk still being deflated when the pool is shut down ends its stream here: its result is not wanted
            for (Worker w : made) {
                w.deflater.end();
            }
        }
    }
}
