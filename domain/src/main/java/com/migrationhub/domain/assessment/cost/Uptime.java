package com.migrationhub.domain.assessment.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The hours a month a server runs, as an exact fraction: 730 (8,760 hours a year / 12, the
 * month the clouds' calculators use), or a weekly profile such as 50 h a week = 50 × 52 / 12 =
 * 216⅔ h a month. Pay-as-you-go compute is billed for these hours; commitments for every hour of
 * the month whatever the uptime ({@link CostOptions}).
 *
 * @param hoursNumerator   numerator of the hours a month (reduced)
 * @param hoursDenominator its denominator, positive
 * @param label            how a report names the profile
 */
public record Uptime(long hoursNumerator, long hoursDenominator, String label) {
    /** Hours in the calculators' month: 8,760 / 12. */
    public static final long MONTH_HOURS = 730;
    public static final Uptime ALWAYS_ON = new Uptime(MONTH_HOURS, 1, "always on, 730 h a month");

    public Uptime {
        Objects.requireNonNull(label, "label");
        if (hoursDenominator <= 0 || hoursNumerator <= 0) {
            throw new IllegalArgumentException("an uptime must be a positive number of hours");
        }
        if (hoursNumerator > MONTH_HOURS * hoursDenominator) {
            throw new IllegalArgumentException("an uptime cannot exceed 730 h a month");
        }
        long g = gcd(hoursNumerator, hoursDenominator);
        hoursNumerator /= g;
        hoursDenominator /= g;
    }

    /** A weekly profile: hours a week × 52 weeks / 12 months. */
    public static Uptime hoursPerWeek(int hours) {
        if (hours <= 0 || hours > 168) {
            throw new IllegalArgumentException("hours a week must be between 1 and 168, not " + hours);
        }
        Uptime u = new Uptime(hours * 52L, 12, "");
        return new Uptime(u.hoursNumerator, u.hoursDenominator,
                hours + " h a week, " + hours + " × 52 / 12 = " + u.hoursText() + " h a month");
    }

    /** A number of hours a month, an exact decimal such as "500" or "216.5". */
    public static Uptime hoursPerMonth(String hours) {
        BigDecimal h = new BigDecimal(hours).stripTrailingZeros();
        long den = h.scale() <= 0 ? 1 : BigDecimal.TEN.pow(h.scale()).longValueExact();
        long num = h.scale() <= 0 ? h.longValueExact() : h.unscaledValue().longValueExact();
        return new Uptime(num, den, h.toPlainString() + " h a month");
    }

    public boolean alwaysOn() {
        return hoursNumerator == MONTH_HOURS && hoursDenominator == 1;
    }

    /** The hours as a decimal to at most four places: "730", "216.6667". */
    public String hoursText() {
        BigDecimal h = BigDecimal.valueOf(hoursNumerator).divide(BigDecimal.valueOf(hoursDenominator), 4,
                RoundingMode.HALF_UP).stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0).toPlainString() : h.toPlainString();
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
