package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.model.UtilizationStat;

/**
 * The statistics an import keeps of a utilization series ({@link UtilizationStat}), and the one
 * a sizing percentile reads: the 50th percentile reads the average, the 90th and 95th the p95,
 * the 99th the maximum. No finer statistics survive the imports, so a request for the 90th
 * percentile is served (conservatively) by the p95.
 */
public enum Statistic {
    AVERAGE("average"),
    P95("p95"),
    MAXIMUM("maximum");

    private final String label;

    Statistic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statistic a percentile (50, 90, 95 or 99) reads. */
    public static Statistic forPercentile(int percentile) {
        return switch (percentile) {
            case 50 -> AVERAGE;
            case 90, 95 -> P95;
            case 99 -> MAXIMUM;
            default -> throw new IllegalArgumentException("percentile " + percentile + ": use 50, 90, 95 or 99");
        };
    }

    /** This statistic's value in a series, or null when the source does not give it. */
    public Double of(UtilizationStat stat) {
        return switch (this) {
            case AVERAGE -> stat.average();
            case P95 -> stat.p95();
            case MAXIMUM -> stat.maximum();
        };
    }

    /**
     * The statistics to read, in order, when this one is wanted: itself, then the nearest
     * larger one (never underestimating when a larger one exists), then the smaller ones.
     */
    Statistic[] fallbacks() {
        return switch (this) {
            case AVERAGE -> FROM_AVERAGE;
            case P95 -> FROM_P95;
            case MAXIMUM -> FROM_MAXIMUM;
        };
    }

    // shared, never handed out: read on every demand
    private static final Statistic[] FROM_AVERAGE = {AVERAGE, P95, MAXIMUM};
    private static final Statistic[] FROM_P95 = {P95, MAXIMUM, AVERAGE};
    private static final Statistic[] FROM_MAXIMUM = {MAXIMUM, P95, AVERAGE};
}
