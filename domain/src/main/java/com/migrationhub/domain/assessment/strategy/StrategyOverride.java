package com.migrationhub.domain.assessment.strategy;

import java.util.Objects;

/**
 * A strategy the consultant set for one server, on top of the rules: the decision then says
 * "set by the consultant: {@code note}" and keeps the rules' own decision as its suggestion.
 *
 * @param serverId the server's project id ({@link com.migrationhub.domain.model.Server#id})
 */
public record StrategyOverride(long serverId, Strategy strategy, String note) {
    public StrategyOverride {
        Objects.requireNonNull(strategy, "strategy");
        note = note == null ? "" : note.strip();
    }
}
