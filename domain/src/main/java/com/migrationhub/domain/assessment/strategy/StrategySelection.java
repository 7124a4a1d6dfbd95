package com.migrationhub.domain.assessment.strategy;

import com.migrationhub.domain.model.Server;

/**
 * The 7R problem: which migration strategy suits a server, and why. Implementations are immutable
 * and thread-safe; the assessment date is fixed when they are built.
 */
public interface StrategySelection {

    /** The strategy the rules give a server. */
    StrategyDecision decide(Server server);

    /**
     * The consultant's strategy where one is set for this server, with the rules' own decision kept
     * as {@link StrategyDecision#suggested()}; the rules' decision when {@code override} is null.
     *
     * @throws IllegalArgumentException when the override is for another server
     */
    default StrategyDecision decide(Server server, StrategyOverride override) {
        StrategyDecision rules = decide(server);
        if (override == null) {
            return rules;
        }
        if (override.serverId() != server.id) {
            throw new IllegalArgumentException("the override is for server " + override.serverId()
                    + ", not " + server.id + " (" + server.name + ")");
        }
        return StrategyDecisions.overridden(rules, override);
    }
}
