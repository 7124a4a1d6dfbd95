package com.migrationhub.app.report;

import com.migrationhub.domain.store.ProjectSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The firm's logo for the report's cover, read from a file with the checks {@code mhub settings
 * --logo} makes: a PNG or a JPEG (told from its first bytes, then decoded to be sure) of at most
 * 2 MB, so the project file stays small and the PDF writer never meets a damaged image.
 */
public final class CoverLogo {
    /** The largest logo taken: a cover logo needs no more. */
    public static final long MAX_BYTES = 2L << 20;

    private CoverLogo() {
    }

    /**
     * Reads {@code file} as a logo.
     *
     * @throws IllegalArgumentException in one line when it is missing, too large, not a PNG or JPEG, or damaged
     */
    public static ProjectSettings.Logo read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException(file + ": " + String.format(Locale.ROOT, "%,d", size)
                    + " bytes; a logo may have at most 2 MB");
        }
        byte[] bytes = Files.readAllBytes(file);
        String type;
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            type = "image/png";
        } else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            type = "image/jpeg";
        } else {
            throw new IllegalArgumentException(file + ": not a PNG or JPEG image");
        }
        java.awt.image.BufferedImage img;
        try {
            img = javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            img = null;
        }
        if (img == null) {
            throw new IllegalArgumentException(file + ": the " + type.substring(6).toUpperCase(Locale.ROOT)
                    + " image cannot be read (damaged?)");
        }
        return new ProjectSettings.Logo(type, file.getFileName().toString(), bytes, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
