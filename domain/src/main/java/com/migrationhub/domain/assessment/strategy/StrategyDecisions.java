package com.migrationhub.domain.assessment.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How an override sits on top of the rules' decision. */
final class StrategyDecisions {
    private StrategyDecisions() {
    }

    /**
     * The consultant's strategy: the rationale says so; the targets are the rules' when the
     * strategy is the same (replatform to the same managed service), else none; the alternatives
     * are the rules' minus the chosen strategy.
     */
    static StrategyDecision overridden(StrategyDecision rules, StrategyOverride override) {
        List<StrategyDecision.Alternative> alternatives = new ArrayList<>();
        Map<com.migrationhub.domain.catalog.Cloud, String> targets = Map.of();
        if (rules.strategy() == override.strategy()) {
            targets = rules.targets();
        }
        for (StrategyDecision.Alternative a : rules.alternatives()) {
            if (a.strategy() != override.strategy()) {
                alternatives.add(a);
            } else if (targets.isEmpty()) {
                targets = a.targets();
            }
        }
        String note = override.note().isEmpty() ? "(no note)" : override.note();
        return new StrategyDecision(StrategyDecision.OVERRIDE, override.strategy(), "set by the consultant: " + note,
                targets, alternatives, rules);
    }
}
