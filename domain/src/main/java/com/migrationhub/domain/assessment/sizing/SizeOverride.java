package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Cloud;
import java.util.Objects;

/**
 * A size the consultant set for one server on one cloud, on top of the engine's cheapest fit: the
 * next run prices that size from the catalog in each of the scenario's regions of the cloud; where
 * a region does not offer it, the run says so and keeps the engine's own choice.
 *
 * @param serverId the server's project id
 * @param cloud    the cloud the size belongs to
 * @param size     the size's name as the cloud's catalog spells it ("m5.large", "Standard_D4s_v5")
 * @param note     why, as the consultant wrote it ("" when none)
 */
public record SizeOverride(long serverId, Cloud cloud, String size, String note) {
    public SizeOverride {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(size, "size");
        size = size.strip();
        if (size.isEmpty()) {
            throw new IllegalArgumentException("a size override needs a size name");
        }
        note = note == null ? "" : note.strip();
    }
}
