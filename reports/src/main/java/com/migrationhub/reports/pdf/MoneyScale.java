package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;

/**
 * Money on a chart axis: in units, thousands or millions of the currency, whichever keeps the
 * tick labels short; the axis label names the unit ("Per month, thousand USD").
 */
record MoneyScale(double divisor, String unit) {
    static MoneyScale of(long maxCents, String currency) {
        double units = maxCents / 100.0;
        if (units >= 10_000_000) {
            return new MoneyScale(100_000_000.0, "million " + currency);
        }
        if (units >= 10_000) {
            return new MoneyScale(100_000.0, "thousand " + currency);
        }
        return new MoneyScale(100.0, currency);
    }

    double value(long cents) {
        return cents / divisor;
    }

    NumberFormat axisFormat(Formats f) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(f.locale()));
    }
}
