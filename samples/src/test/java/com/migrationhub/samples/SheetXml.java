package com.migrationhub.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads a part of an .xlsx package as text, to check what was written rather than what POI makes of it. */
final class SheetXml {
    private SheetXml() {
    }

    static String read(Path xlsx, String part) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            if (entry == null) {
                throw new IOException(part + " not in " + xlsx);
            }
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
