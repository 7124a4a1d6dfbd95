package com.migrationhub.domain.inventory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What format detection may look at: the file's first bytes, its first text line, and for a zip
 * container (xlsx) the entry names and small entries. Reads lazily and never throws: a file that
 * cannot be read looks empty.
 */
public final class SourceProbe {
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int MAX_ENTRY_BYTES = 1024 * 1024;

    private final Path file;
    private byte[] head;
    private List<String> entries;

    public SourceProbe(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** Up to the first 64 KiB of the file. */
    public byte[] head() {
        if (head == null) {
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            } catch (IOException | RuntimeException e) {
                head = new byte[0];
            }
        }
        return head;
    }

    public boolean isZip() {
        byte[] h = head();
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    /** The first line as UTF-8 text without a byte-order mark, or "" for a zip or an empty file. */
    public String firstLine() {
        if (isZip()) {
            return "";
        }
        String text = new String(head(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The entry names of a zip container; empty for anything else. */
    public List<String> zipEntries() {
        if (entries == null) {
            List<String> names = new ArrayList<>();
            if (isZip()) {
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    Enumeration<? extends ZipEntry> e = zip.entries();
                    while (e.hasMoreElements() && names.size() < 10_000) {
                        names.add(e.nextElement().getName());
                    }
                } catch (IOException | RuntimeException e) {
                    names.clear();
                }
            }
            entries = Collections.unmodifiableList(names);
        }
        return entries;
    }

    /** A zip entry's content, if present and at most 1 MiB once inflated. */
    public Optional<byte[]> zipEntry(String name) {
        if (!zipEntries().contains(name)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            try (InputStream in = zip.getInputStream(entry)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                int n;
                while ((n = in.read(buf)) > 0) {
                    out.write(buf, 0, n);
                    if (out.size() > MAX_ENTRY_BYTES) {
                        return Optional.empty();
                    }
                }
                return Optional.of(out.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
