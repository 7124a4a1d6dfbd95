package com.migrationhub.domain.dependency.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an {@link ExportGraph} in one file format. Implementations live in {@code connectors}
 * and are found through {@link java.util.ServiceLoader}.
 *
 * <p>Streaming, writes as it goes: O(nodes + edges) time, O(1) extra memory.
 */
public interface GraphExporter {

    /** The format's id, as {@code mhub graph export --format} takes it: graphml, dot, csv. */
    String format();

    /** The usual file extension, without the dot. */
    String extension();

    /** Writes the graph; the writer is flushed, not closed. */
    void write(ExportGraph graph, Writer out) throws IOException;

    /**
     * Writes the graph to a file in UTF-8, through a temporary file beside it moved into place,
     * so a failed export never leaves half a file under the name.
     */
    default void write(ExportGraph graph, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
                write(graph, out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
