package com.migrationhub.domain.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in US dollars held as a whole number of nano-dollars (10^-9 USD) in a {@code long}. Every
 * price the sources publish has at most nine decimals, so a catalog price is exact; sums and
 * products by hours are exact too, so an assessment gives the same figures bit for bit on every
 * run and machine. A long holds up to about 9.2 billion dollars: far beyond one engagement.
 */
public final class Usd {
    public static final long NANOS = 1_000_000_000L;
    private static final BigDecimal NANOS_DECIMAL = BigDecimal.valueOf(NANOS);

    private Usd() {
    }

    /**
     * Parses a decimal such as "0.0960" or "1.2E-4"; more than nine decimals are rounded half-even
     * to nano-dollars (a difference below a millionth of a cent an hour).
     *
     * @throws IllegalArgumentException when the text is not a number, or is negative
     */
    public static long parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a price");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("'" + text + "' is a negative price");
        }
        return value.multiply(NANOS_DECIMAL).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** The exact decimal, without trailing zeros: 96000000 gives "0.096". */
    public static String format(long nanos) {
        BigDecimal d = BigDecimal.valueOf(nanos, 9).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    public static BigDecimal toDecimal(long nanos) {
        return BigDecimal.valueOf(nanos, 9);
    }

    /** Rounded half-up to whole cents, as a figure is shown: 70079999999 gives "70.08". */
    public static String cents(long nanos) {
        return BigDecimal.valueOf(nanos, 9).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * nanos × numerator / denominator, rounded half-up to a nano-dollar; exact integer arithmetic
     * (for example an hourly price times 730 hours, or a price times a ratio in millionths).
     */
    public static long scale(long nanos, long numerator, long denominator) {
        // the same rounding in long arithmetic when the product fits: engines and reports scale
        // millions of prices, and the decimal way was the larger part of repricing them
        long product = nanos * numerator;
        if (denominator > 0 && Math.multiplyHigh(nanos, numerator) == product >> 63) {
            long whole = product / denominator;
            long rest = Math.abs(product % denominator);
            return rest >= denominator - rest ? whole + Long.signum(product) : whole;
        }
        return BigDecimal.valueOf(nanos).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
