package com.migrationhub.domain.assessment.sizing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a performance-based size can be trusted, as Azure Migrate rates it: by the share of
 * the performance window (default 30 days) that the utilization data covers. 0–20 % gives one
 * star, above 20 to 40 % two, above 40 to 60 % three, above 60 to 80 % four, above 80 % five; a
 * band's upper edge belongs to it (20 % is one star, 20.5 % two). A series without a time window
 * (a single figure typed into an import template) covers nothing. When CPU and memory both count,
 * the one covering less decides.
 *
 * <p>A server sized as on premises uses no utilization data, so the rating does not apply to
 * it: {@link #NOT_APPLICABLE}, zero stars, rather than a one-star rating that would read as a
 * poor performance-based estimate.
 *
 * @param stars          1 to 5, or 0 when not applicable
 * @param coveredSeconds the seconds of the window the weakest series covers (at most the window)
 * @param windowSeconds  the performance window in seconds
 * @param weakest        what decided the rating ("CPU", "memory"), or null
 * @param note           why, when the data has a gap ("memory has no utilization data"), or null
 */
public record Confidence(int stars, long coveredSeconds, long windowSeconds, String weakest, String note) {

    public static final Confidence NOT_APPLICABLE = new Confidence(0, 0, 0, null,
            "not applicable: sized as on premises, no utilization data used");

    /** A rating for a coverage of a window; the coverage is capped at the window. */
    public static Confidence of(long coveredSeconds, long windowSeconds, String weakest, String note) {
        long covered = Math.max(0, Math.min(coveredSeconds, windowSeconds));
        return new Confidence(stars(covered, windowSeconds), covered, windowSeconds, weakest, note);
    }

    /** The stars for a coverage, by exact integer comparison of covered × 100 with band × window. */
    public static int stars(long coveredSeconds, long windowSeconds) {
        long c = Math.max(0, Math.min(coveredSeconds, windowSeconds)) * 100;
        if (c <= 20 * windowSeconds) {
            return 1;
        }
        if (c <= 40 * windowSeconds) {
            return 2;
        }
        if (c <= 60 * windowSeconds) {
            return 3;
        }
        if (c <= 80 * windowSeconds) {
            return 4;
        }
        return 5;
    }

    public boolean applicable() {
        return stars > 0;
    }

    /** The share of the window covered, in per cent to one decimal. */
    public BigDecimal percent() {
        if (windowSeconds == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(coveredSeconds * 100).divide(BigDecimal.valueOf(windowSeconds), 1,
                RoundingMode.HALF_UP);
    }

    /** "4 of 5 stars: the CPU data covers 23 of the 30 days (76.7 %)". */
    public String describe() {
        if (!applicable()) {
            return note;
        }
        BigDecimal days = BigDecimal.valueOf(coveredSeconds).divide(BigDecimal.valueOf(86_400), 1,
                RoundingMode.HALF_UP).stripTrailingZeros();
        String d = days.scale() < 0 ? days.setScale(0).toPlainString() : days.toPlainString();
        StringBuilder b = new StringBuilder().append(stars).append(" of 5 stars: ");
        if (note != null) {
            b.append(note).append("; ");
        }
        b.append(weakest == null ? "the data" : "the " + weakest + " data").append(" covers ").append(d)
                .append(" of the ").append(windowSeconds / 86_400).append(" days (")
                .append(percent().stripTrailingZeros().toPlainString()).append(" %)");
        return b.toString();
    }
}
