package com.migrationhub.connectors.prices.azure;

import com.migrationhub.domain.catalog.OptionDiscount;
import com.migrationhub.domain.catalog.Usd;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Exact decimal statistics for calibrating the derived figures, so every run gives the same digits. */
final class Stats {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Stats() {
    }

    /** The median; of an even count, the mean of the two middle values. */
    static BigDecimal median(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of nothing");
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO, MathContext.DECIMAL128);
    }

    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, MathContext.DECIMAL128);
    }

    /** A ratio in millionths, rounded half-up. */
    static long ppm(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(OptionDiscount.ONE)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Dollars rounded half-even to nano-dollars, as {@link Usd#parse} does. */
    static long nanos(BigDecimal usd) {
        return Usd.parse(usd.toPlainString());
    }

    /** A ratio as a percentage with one decimal, for derivation texts. */
    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
