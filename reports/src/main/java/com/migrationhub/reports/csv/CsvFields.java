package com.migrationhub.reports.csv;

import com.migrationhub.reports.ClientText;
import com.migrationhub.reports.table.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/**
 * Values as CSV fields in machine form: dot decimals without grouping, money to the cent, sizes
 * in GiB, shares as fractions, ISO dates; text neutralised against formulas and quoted per RFC
 * 4180 when it holds a comma, a quote or a line break.
 */
final class CsvFields {
    private static final BigDecimal MIB_PER_GIB = BigDecimal.valueOf(1024);

    private CsvFields() {
    }

    static void append(StringBuilder line, Value v) {
        if (v instanceof Value.Text t) {
            text(line, t.text());
        } else if (v instanceof Value.Money m) {
            cents(line, m.cents());
        } else if (v instanceof Value.Count c) {
            line.append(c.count());
        } else if (v instanceof Value.Gib g) {
            // MiB / 1024 always ends within ten decimals: exact
            line.append(BigDecimal.valueOf(g.mib()).divide(MIB_PER_GIB).stripTrailingZeros().toPlainString());
        } else if (v instanceof Value.Share s) {
            line.append(BigDecimal.valueOf(s.fraction()).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString());
        } else if (v instanceof Value.Decimal d) {
            line.append(d.value().toPlainString());
        } else if (v instanceof Value.Day d) {
            line.append(d.date());
        } else if (v instanceof Value.Moment m) {
            line.append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(m.time()));
        } else if (v instanceof Value.Month m && m.month() != 0) {
            line.append(m.month());
        }
    }

    /** Whole cents as "1234.56", "-0.05". */
    static void cents(StringBuilder line, long cents) {
        if (cents < 0) {
            line.append('-');
        }
        long abs = Math.abs(cents);
        long units = abs / 100;
        int rest = (int) (abs % 100);
        line.append(units).append('.').append(rest < 10 ? "0" : "").append(rest);
    }

    static void text(StringBuilder line, String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        String s = ClientText.neutralised(raw);
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            line.append(s);
            return;
        }
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }
}
