package com.migrationhub.domain.assessment.strategy;

import com.migrationhub.domain.assessment.os.OsLifecycleMatcher;
import com.migrationhub.domain.assessment.os.OsProducts;
import com.migrationhub.domain.catalog.OsLifecycle;
import com.migrationhub.domain.model.Server;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 7R strategy by an ordered rule set ({@link StrategyRuleSet}): the server's {@link Fact}s are
 * computed once, the deciding rules tried in file order until one holds, then every alternative
 * rule that holds adds its strategy (once per strategy, never the decided one). When no rule holds
 * the server is rehosted under the rule id {@value StrategyDecision#DEFAULT}.
 *
 * <p>Cost per server: computing the facts (one pass over name, tags and annotation, a cached OS
 * lookup) plus one small tree evaluation per rule tried; only the chosen rule's and the
 * alternatives' rationales are filled. Immutable and thread-safe.
 */
public final class FirstMatchStrategySelection implements StrategySelection {
    private final StrategyRuleSet rules;
    private final OsLifecycleMatcher lifecycles;
    private final LocalDate assessmentDate;
    private final FactSettings settings;
    private final DatabaseDetector detector = new DatabaseDetector();

    public FirstMatchStrategySelection(StrategyRuleSet rules, OsLifecycleMatcher lifecycles, LocalDate assessmentDate,
            FactSettings settings) {
        this.rules = Objects.requireNonNull(rules);
        this.lifecycles = Objects.requireNonNull(lifecycles);
        this.assessmentDate = Objects.requireNonNull(assessmentDate, "the assessment date");
        this.settings = Objects.requireNonNull(settings);
    }

    /** With the shipped rules and OS products, the catalog's lifecycle rows and default thresholds. */
    public static FirstMatchStrategySelection shipped(Collection<OsLifecycle> lifecycleRows, LocalDate assessmentDate) {
        return new FirstMatchStrategySelection(StrategyRuleSet.readShipped(),
                new OsLifecycleMatcher(OsProducts.readShipped(), lifecycleRows), assessmentDate, FactSettings.DEFAULTS);
    }

    /** The facts the rules see for a server, for display or tests. */
    public StrategyFacts facts(Server server) {
        return new StrategyFacts(server, lifecycles.support(server.os, assessmentDate), detector, settings);
    }

    @Override
    public StrategyDecision decide(Server server) {
        StrategyFacts facts = facts(server);
        StrategyRuleSet.Rule chosen = null;
        for (StrategyRuleSet.Rule r : rules.decisions()) {
            if (r.applies(facts)) {
                chosen = r;
                break;
            }
        }
        Strategy strategy = chosen == null ? Strategy.REHOST : chosen.strategy();
        List<StrategyDecision.Alternative> alternatives = new ArrayList<>(2);
        if (strategy != Strategy.NOT_ASSESSED) {
            Set<Strategy> offered = EnumSet.of(strategy);
            for (StrategyRuleSet.Rule a : rules.alternatives()) {
                if (!offered.contains(a.strategy()) && a.applies(facts)) {
                    offered.add(a.strategy());
                    alternatives.add(new StrategyDecision.Alternative(a.id(), a.strategy(), a.rationale(facts),
                            a.targets()));
                }
            }
        }
        if (chosen == null) {
            return new StrategyDecision(StrategyDecision.DEFAULT, Strategy.REHOST,
                    "no rule of " + rules.name() + " matched: move the server as it is", Map.of(), alternatives, null);
        }
        return new StrategyDecision(chosen.id(), strategy, chosen.rationale(facts), chosen.targets(), alternatives, null);
    }
}
