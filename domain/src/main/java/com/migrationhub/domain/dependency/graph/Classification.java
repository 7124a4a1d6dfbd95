package com.migrationhub.domain.dependency.graph;

/**
 * Why an edge is hard or soft.
 *
 * @param strength HARD or SOFT
 * @param basis    what decided: a user override, a rule of the rules file, the hub shape of an
 *                 endpoint, or (HARD) plain application traffic
 * @param ruleId   the rule's id for {@link Basis#RULE}, else null
 * @param category the shared service for {@link Basis#RULE}, else null
 * @param text     the reason in words: {@code dns-port: name resolution (DNS), port 53},
 *                 {@code hub: 412 servers call it (38 % of active servers, 57 applications)},
 *                 {@code user: marked soft}
 */
public record Classification(Strength strength, Basis basis, String ruleId, SharedService category, String text) {

    /** What decided a classification, in order of precedence. */
    public enum Basis {
        USER, RULE, HUB, TRAFFIC
    }

    public boolean isHard() {
        return strength == Strength.HARD;
    }
}
