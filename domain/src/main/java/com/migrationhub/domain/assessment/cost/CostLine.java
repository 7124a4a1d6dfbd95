package com.migrationhub.domain.assessment.cost;

import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.catalog.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a server's monthly cost with the figures it was computed from: a rate times a
 * quantity (an hourly price × the hours billed, a price per GB × GB), or a sum of quotes (the
 * disks), and the quotes whose sources and derivations make the figure traceable.
 *
 * @param kind                what the line is
 * @param usdNanosPerMonth    the amount a month, nano-dollars, rounded half-up once
 * @param rateNanos           the rate multiplied, or 0 when the line is a sum of quotes
 * @param rateUnit            "h", "GB", or null
 * @param quantityNumerator   the quantity as an exact fraction: numerator
 * @param quantityDenominator its denominator (1 for whole quantities)
 * @param quotes              the prices the line uses, with provenance
 * @param note                what the figure does not show (a licence brought, why it is 0), or null
 */
public record CostLine(CostKind kind, long usdNanosPerMonth, long rateNanos, String rateUnit, long quantityNumerator,
        long quantityDenominator, List<Quote> quotes, String note) {

    public CostLine {
        quotes = List.copyOf(quotes);
    }

    static CostLine zero(CostKind kind, String note) {
        return new CostLine(kind, 0, 0, null, 0, 1, List.of(), note);
    }

    static CostLine rate(CostKind kind, long rateNanos, String unit, long num, long den, List<Quote> quotes,
            String note) {
        return new CostLine(kind, Money.times(rateNanos, num, den), rateNanos, unit, num, den, quotes, note);
    }

    /** The distinct source ids the line's quotes name, in order. */
    public List<String> sourceIds() {
        Set<String> ids = new LinkedHashSet<>();
        quotes.forEach(q -> ids.add(q.sourceId()));
        return List.copyOf(ids);
    }

    /** The distinct derivation ids, in order (empty when every figure was read). */
    public List<String> derivationIds() {
        Set<String> ids = new LinkedHashSet<>();
        quotes.forEach(q -> {
            if (q.derivationId() != null) {
                ids.add(q.derivationId());
            }
        });
        return List.copyOf(ids);
    }

    /**
     * "compute: 0.096 USD/h × 730 h = 70.08 USD (AWS Price List 2025-04-04, read)", or for a sum,
     * the amount and each quote's provenance.
     */
    public String describe() {
        StringBuilder b = new StringBuilder(kind.label()).append(": ");
        if (rateUnit != null) {
            b.append(Usd.format(rateNanos)).append(" USD/").append(rateUnit).append(" × ").append(quantity())
                    .append(' ').append(rateUnit).append(" = ");
        }
        b.append(Usd.format(usdNanosPerMonth)).append(" USD a month");
        List<String> sources = new ArrayList<>();
        for (Quote q : quotes) {
            String d = q.describe();
            if (!sources.contains(d)) {
                sources.add(d);
            }
        }
        if (!sources.isEmpty()) {
            b.append(" (").append(String.join("; ", sources)).append(')');
        }
        if (note != null) {
            b.append("; ").append(note);
        }
        return b.toString();
    }

    private String quantity() {
        if (quantityDenominator == 1) {
            return Long.toString(quantityNumerator);
        }
        BigDecimal q = BigDecimal.valueOf(quantityNumerator).divide(BigDecimal.valueOf(quantityDenominator), 4,
                RoundingMode.HALF_UP).stripTrailingZeros();
        return quantityNumerator + "/" + quantityDenominator + " (" + q.toPlainString() + ")";
    }
}
