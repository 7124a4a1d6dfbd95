package com.migrationhub.domain.assessment.cost;

import com.migrationhub.domain.catalog.Usd;

/** Exact money arithmetic on nano-dollars, fast where a long suffices. */
final class Money {
    private Money() {
    }

    /**
     * nanos × numerator / denominator, rounded half-up to a nano-dollar: the same figure as
     * {@link Usd#scale}, computed in longs unless the product would overflow.
     */
    static long times(long nanos, long numerator, long denominator) {
        if (nanos < 0 || numerator < 0 || denominator <= 0) {
            return Usd.scale(nanos, numerator, denominator);
        }
        long hi = Math.multiplyHigh(nanos, numerator);
        long p = nanos * numerator;
        if (hi != 0 || p < 0) {
            return Usd.scale(nanos, numerator, denominator);
        }
        long q = p / denominator;
        long r = p % denominator;
        return r >= denominator - r ? q + 1 : q;
    }
}
