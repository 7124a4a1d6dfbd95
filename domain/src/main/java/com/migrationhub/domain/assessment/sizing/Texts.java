package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the sizing texts write numbers: exact where short, else to four decimals. */
final class Texts {
    private Texts() {
    }

    /** A decimal to at most four places, without trailing zeros: 2.6, 8519.68, 1.7333. */
    static String decimal(BigDecimal d) {
        BigDecimal r = d.setScale(Math.min(d.scale(), 4), RoundingMode.HALF_UP).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }

    static String decimal(double d) {
        return decimal(BigDecimal.valueOf(d));
    }

    /** Mebibytes as gibibytes to at most two places: 8192 gives "8", 8520 gives "8.32". */
    static String gib(long mib) {
        BigDecimal g = BigDecimal.valueOf(mib).divide(BigDecimal.valueOf(1024), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return g.scale() < 0 ? g.setScale(0).toPlainString() : g.toPlainString();
    }

    /** An exact dollar amount: "0.096". */
    static String usd(long nanos) {
        return Usd.format(nanos);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
