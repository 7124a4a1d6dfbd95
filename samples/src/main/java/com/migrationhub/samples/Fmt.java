package com.migrationhub.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting independent of the machine's locale, so files are the same everywhere. */
final class Fmt {
    private Fmt() {
    }

    /** At most {@code places} decimals, no trailing zeros, no exponent: 12.5, 3, 0.25. */
    static String decimal(double value, int places) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.toPlainString();
    }

    /** MiB as GiB with two decimals at most. */
    static String gib(long mib) {
        return decimal(mib / 1024.0, 2);
    }
}
