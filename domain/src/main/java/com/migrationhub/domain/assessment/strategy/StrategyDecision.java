package com.migrationhub.domain.assessment.strategy;

import com.migrationhub.domain.catalog.Cloud;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The strategy chosen for one server and why: the rule that chose it, its rationale with the
 * server's own figures filled in, the target service per cloud where the rule names one, the other
 * strategies worth showing, and, when the consultant overrode it, the rules' own decision.
 *
 * @param ruleId       the rule's id in the rules file, {@value #OVERRIDE} for a consultant's choice,
 *                     {@value #DEFAULT} when no rule matched
 * @param targets      the target service per cloud ("Azure SQL Managed Instance"); clouds without one absent
 * @param alternatives other strategies the rules offer for this server, in file order
 * @param suggested    the rules' decision when the consultant overrode it, else null
 */
public record StrategyDecision(String ruleId, Strategy strategy, String rationale, Map<Cloud, String> targets,
        List<Alternative> alternatives, StrategyDecision suggested) {

    public static final String OVERRIDE = "override";
    public static final String DEFAULT = "default";

    /** Another strategy worth showing beside the decision (relocate for a VMware estate). */
    public record Alternative(String ruleId, Strategy strategy, String rationale, Map<Cloud, String> targets) {
        public Alternative {
            targets = copy(targets);
        }

        public String target(Cloud cloud) {
            return targets.get(cloud);
        }
    }

    public StrategyDecision {
        targets = copy(targets);
        alternatives = List.copyOf(alternatives);
    }

    /** The target service on a cloud, or null when the strategy names none. */
    public String target(Cloud cloud) {
        return targets.get(cloud);
    }

    public boolean overridden() {
        return suggested != null;
    }

    private static Map<Cloud, String> copy(Map<Cloud, String> targets) {
        if (targets.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new EnumMap<>(targets));
    }
}
