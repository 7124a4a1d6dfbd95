package com.migrationhub.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, money and dates as the report's locale writes them: "1,234.56 USD" in en-US,
 * "1.234,56 EUR" in de-DE. Money arrives in whole cents of the scenario's currency. Not thread-safe
 * (the JDK's formats are not): one instance per report.
 */
public final class Formats {
    private final Locale locale;
    private final String currency;
    private final DecimalFormat money;
    private final DecimalFormat whole;
    private final DecimalFormat oneDecimal;
    private final NumberFormat percent;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale, String currency) {
        this.locale = locale;
        this.currency = currency;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        this.money = new DecimalFormat("#,##0.00", symbols);
        this.whole = new DecimalFormat("#,##0", symbols);
        this.oneDecimal = new DecimalFormat("#,##0.0", symbols);
        this.percent = new DecimalFormat("#,##0.0 '%'", symbols);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The ISO code of the money figures. */
    public String currency() {
        return currency;
    }

    /** The currency's symbol in the locale ("$", "€", "£"), or its code when the locale has none. */
    public String symbol() {
        try {
            return Currency.getInstance(currency).getSymbol(locale);
        } catch (IllegalArgumentException e) {
            return currency;
        }
    }

    /** Cents as an amount without the currency: "1,234.56". */
    public String amount(long cents) {
        return money.format(BigDecimal.valueOf(cents, 2));
    }

    /** Cents as an amount with the currency's code: "1,234.56 USD". */
    public String money(long cents) {
        return amount(cents) + " " + currency;
    }

    /** Cents rounded to whole units, with the code: "1,235 USD" (for charts and large totals). */
    public String moneyWhole(long cents) {
        return whole.format(BigDecimal.valueOf(cents, 2).setScale(0, java.math.RoundingMode.HALF_UP)) + " " + currency;
    }

    /** A count: "12,345". */
    public String count(long n) {
        return whole.format(n);
    }

    /** A number with one decimal: "1,234.5". */
    public String decimal(double d) {
        return oneDecimal.format(d);
    }

    /** {@code part} of {@code all} as a percentage with one decimal: "12.5 %"; "-" when all is 0. */
    public String percent(long part, long all) {
        return all == 0 ? "-" : percent.format(part * 100.0 / all);
    }

    /** MiB as GiB with one decimal: "16.0 GiB". */
    public String gib(long mib) {
        return oneDecimal.format(mib / 1024.0) + " GiB";
    }

    /** MiB as TiB with one decimal: "12.3 TiB". */
    public String tib(long mib) {
        return oneDecimal.format(mib / 1024.0 / 1024.0) + " TiB";
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    public String dateTime(OffsetDateTime t) {
        return t == null ? "" : dateTime.format(t);
    }
}
