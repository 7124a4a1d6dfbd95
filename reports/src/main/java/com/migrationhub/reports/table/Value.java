package com.migrationhub.reports.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * One cell of a report table, typed by what it means rather than how it is shown: the workbook
 * turns a {@link Money} into a number cell with a currency format, the CSV into "1234.56". Money
 * stays in whole cents and memory in MiB up to the renderer, so neither loses a cent to rounding.
 */
public sealed interface Value {

    /** An empty cell. */
    Value EMPTY = new Empty();

    /** Text, or {@link #EMPTY} for null. */
    static Value text(String text) {
        return text == null ? EMPTY : new Text(text);
    }

    /** A count, or {@link #EMPTY} for null. */
    static Value count(Number n) {
        return n == null ? EMPTY : new Count(n.longValue());
    }

    /** MiB shown as GiB, or {@link #EMPTY} for null. */
    static Value gib(Long mib) {
        return mib == null ? EMPTY : new Gib(mib);
    }

    /** A date, or {@link #EMPTY} for null. */
    static Value day(LocalDate date) {
        return date == null ? EMPTY : new Day(date);
    }

    /** A point in time, or {@link #EMPTY} for null. */
    static Value moment(OffsetDateTime time) {
        return time == null ? EMPTY : new Moment(time);
    }

    /** {@code part} of {@code all} as a share; {@link #EMPTY} when all is 0. */
    static Value share(long part, long all) {
        return all == 0 ? EMPTY : new Share((double) part / all);
    }

    /** A plain decimal such as an exchange rate; text when it is not a number. */
    static Value decimal(String text) {
        if (text == null) {
            return EMPTY;
        }
        try {
            return new Decimal(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return new Text(text);
        }
    }

    /** A date written as yyyy-MM-dd, as a date; any other text as text. */
    static Value dayOrText(String text) {
        if (text == null) {
            return EMPTY;
        }
        try {
            return new Day(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return new Text(text);
        }
    }

    /** Text, possibly the client's: the renderers pass it through {@code ClientText}. */
    record Text(String text) implements Value {
    }

    /** An amount in whole cents of the scenario's currency. */
    record Money(long cents) implements Value {
    }

    /** A whole number: servers, vCPUs, connections, a score. */
    record Count(long count) implements Value {
    }

    /** A size held in MiB, shown in GiB. */
    record Gib(long mib) implements Value {
    }

    /** A fraction of one, shown as a percentage. */
    record Share(double fraction) implements Value {
    }

    /** An exact decimal. */
    record Decimal(BigDecimal value) implements Value {
    }

    /** A calendar date. */
    record Day(LocalDate date) implements Value {
    }

    /** A point in time as it was recorded, with its offset. */
    record Moment(OffsetDateTime time) implements Value {
    }

    /** A month of the business case counted from the start; 0 means not within the horizon. */
    record Month(int month) implements Value {
    }

    /** No value. */
    record Empty() implements Value {
    }
}
