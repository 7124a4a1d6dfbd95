package com.migrationhub.domain.assessment.risk;

import java.util.List;

/**
 * A server's migration risk: a score from 0 to 100, its level, and the factors behind it, each
 * with its weight and the points it adds.
 *
 * @param score   min(100, total)
 * @param total   the sum of the points of the factors present, before the cap
 * @param factors the factors present with a weight above 0, in {@link RiskFactor} order
 */
public record Risk(int score, int total, Level level, List<Factor> factors) {

    /** Bands of the score: LOW 0-24, MEDIUM 25-49, HIGH 50-74, CRITICAL 75-100. */
    public enum Level {
        LOW(0), MEDIUM(25), HIGH(50), CRITICAL(75);

        private final int from;

        Level(int from) {
            this.from = from;
        }

        /** The lowest score of the band. */
        public int from() {
            return from;
        }

        public static Level of(int score) {
            Level found = LOW;
            for (Level l : values()) {
                if (score >= l.from) {
                    found = l;
                }
            }
            return found;
        }
    }

    /**
     * One factor present.
     *
     * @param points what it adds to the total: its weight
     * @param text   the server's figure behind it: "Windows Server 2008 R2 left extended support on 2020-01-14; ..."
     */
    public record Factor(RiskFactor factor, int weight, int points, String text) {
    }

    public Risk {
        factors = List.copyOf(factors);
    }

    /** The factor if present, else null. */
    public Factor factor(RiskFactor f) {
        for (Factor x : factors) {
            if (x.factor() == f) {
                return x;
            }
        }
        return null;
    }
}
