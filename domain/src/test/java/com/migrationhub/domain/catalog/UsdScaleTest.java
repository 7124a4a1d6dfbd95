package com.migrationhub.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scaling a price by a ratio: the long arithmetic gives exactly the decimal rule, rounded half away from zero. */
class UsdScaleTest {

    private static long decimal(long nanos, long numerator, long denominator) {
        return BigDecimal.valueOf(nanos).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    @ParameterizedTest
    @CsvSource({
        "96000000, 730, 1, 70080000000", "1, 1, 2, 1", "-1, 1, 2, -1", "1, 1, 3, 0", "-1, 1, 3, 0",
        "5, 1, 2, 3", "-5, 1, 2, -3", "123456789, 365, 12, 3755143999", "7, -1, 2, -4",
    })
    void roundsHalfAwayFromZero(long nanos, long numerator, long denominator, long expected) {
        assertThat(Usd.scale(nanos, numerator, denominator)).isEqualTo(expected)
                .isEqualTo(decimal(nanos, numerator, denominator));
    }

    @Test
    void equalsTheDecimalRuleWhereverTheProductFallsIncludingBeyondALong() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200_000; i++) {
            long nanos = i % 2 == 0 ? random.nextLong(-10_000_000_000_000L, 10_000_000_000_000L) : random.nextLong();
            long numerator = i % 3 == 0 ? 730 : random.nextLong(-1_000_000_000L, 1_000_000_000L);
            long denominator = i % 5 == 0 ? 1_000_000 : random.nextLong(1, 1_000_000_000L);
            long expected;
            try {
                expected = decimal(nanos, numerator, denominator);
            } catch (ArithmeticException tooLarge) {
                assertThatThrownBy(() -> Usd.scale(nanos, numerator, denominator))
                        .isInstanceOf(ArithmeticException.class);
                continue;
            }
            assertThat(Usd.scale(nanos, numerator, denominator))
                    .as("%d × %d / %d", nanos, numerator, denominator).isEqualTo(expected);
        }
    }
}
