package com.migrationhub.domain.assessment;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A stored assessment scenario: its name, every assumption it ran with (key to value, as
 * {@link Assumptions#toMap()} writes them), the catalog it priced with, when it ran and over how
 * many servers.
 */
public record ScenarioInfo(long id, String name, Map<String, String> assumptions, String catalog,
        OffsetDateTime assessedAt, int servers) {
}
