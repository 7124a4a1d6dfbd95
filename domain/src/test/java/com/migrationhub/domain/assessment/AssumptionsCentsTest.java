package com.migrationhub.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Converting nano-dollars to cents of the scenario's currency: the fast way equals the decimal rule, to the cent. */
class AssumptionsCentsTest {

    private static Assumptions at(String rate) {
        Map<String, String> m = new java.util.HashMap<>(Assumptions.defaults(LocalDate.of(2026, 11, 1)).toMap());
        m.put("currency", "EUR");
        m.put("rate", rate);
        return Assumptions.fromMap(m);
    }

    private static long decimal(long nanos, String rate) {
        return BigDecimal.valueOf(nanos, 9).multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP)
                .movePointRight(2).longValueExact();
    }

    @ParameterizedTest
    @CsvSource({
        "1, 5000000, 1", "1, 4999999, 0", "1, -5000000, -1", "1, -4999999, 0", "1, 70079999999, 7008",
        "0.92, 10000000, 1", "0.92, 5434783, 1", "0.92, 5434782, 0", "0.92, -5434783, -1",
        "1.0850, 123456789012, 13395", "100, 1, 0", "100, 50000, 1",
    })
    void roundsHalfAwayFromZeroAtTheCent(String rate, long nanos, long cents) {
        assertThat(at(rate).cents(nanos)).isEqualTo(cents).isEqualTo(decimal(nanos, rate));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0.92", "1.08532", "0.000001234567", "157.3", "12345678901234567890.5",
        "0.85000000000000000001", "1E+3"})
    void equalsTheDecimalRuleForAnyAmountAndRate(String rate) {
        Assumptions a = at(rate);
        SplittableRandom random = new SplittableRandom(rate.hashCode());
        for (int i = 0; i < 20_000; i++) {
            long nanos = switch (i % 4) {
                case 0 -> random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
                case 1 -> random.nextLong(1_000_000L) * 5_000_000L;
                case 2 -> random.nextLong(-100_000_000L, 100_000_000L);
                default -> random.nextLong(Long.MIN_VALUE / 1_000_000_000_000L, Long.MAX_VALUE / 1_000_000_000_000L)
                        * 1_000L;
            };
            long expected;
            try {
                expected = decimal(nanos, rate);
            } catch (ArithmeticException tooLarge) {
                continue;
            }
            assertThat(a.cents(nanos)).as("%d nano-dollars at %s", nanos, rate).isEqualTo(expected);
        }
    }
}
