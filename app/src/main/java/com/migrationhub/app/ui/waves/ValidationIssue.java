package com.migrationhub.app.ui.waves;

import java.util.List;

/**
 * One finding of the plan's validation as the list shows it, with the groups and servers involved
 * (selecting it highlights their cards).
 *
 * @param kind     what sort of finding
 * @param text     one line, in the user's words
 * @param detail   more, or ""
 * @param groups   the groups involved, by name
 * @param servers  the servers involved, by name
 * @param waves    the waves involved
 * @param line     the line {@code mhub waves validate} prints for it (without its indent), or ""
 */
public record ValidationIssue(Kind kind, String text, String detail, List<String> groups, List<String> servers,
        List<Integer> waves, String line) {

    /** Sorts of findings, the worst first. */
    public enum Kind {
        /** A server moves before one it hard-depends on. */
        ORDER,
        /** A wave holds more servers or vCPUs than the capacity. */
        CAPACITY,
        /** A hard dependency is broken for a while: the consumer moves later than its provider. */
        SPLIT,
        /** A group the stored plan does not place. */
        NOT_PLANNED,
        /** A warning the planner stored with the plan. */
        PLAN_WARNING;

        /** Whether {@code mhub waves validate} fails (exit status 3) for it. */
        public boolean severe() {
            return this == ORDER || this == CAPACITY;
        }
    }

    public ValidationIssue {
        groups = List.copyOf(groups);
        servers = List.copyOf(servers);
        waves = List.copyOf(waves);
    }
}
