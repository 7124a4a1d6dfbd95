package com.migrationhub.domain.inventory;

import java.time.Instant;

/** One change the user made to a server, as kept for undo and for the audit trail. */
public record ServerEdit(long id, long serverId, String field, String oldValue, String newValue, Instant at) {
}
