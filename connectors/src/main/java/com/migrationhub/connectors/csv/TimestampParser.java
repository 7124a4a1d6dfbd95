package com.migrationhub.connectors.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Reads the date-time spellings of the utilization exports: ISO 8601 with or without an offset
 * ({@code 2026-07-21T14:30:00Z}, {@code 2026-07-21 14:30:00}), vROps' 12-hour
 * {@code 12:00 AM 21 July 2026} and {@code Jul 21, 2026 12:00:00 AM}, and US {@code 07/21/2026,
 * 14:30:00} as Migration Center's collection scripts write it (month first: day-first dates are not
 * read). English month names, any letter case. A time without an offset is taken as UTC: the
 * exports do not say which zone they were written in, and the statistics only need the samples'
 * order and the window's length.
 *
 * <p>Remembers the pattern that matched last, so a file in one spelling costs one parse per cell.
 * Not thread-safe: one per import.
 */
public final class TimestampParser {
    private final List<DateTimeFormatter> formats = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            pattern("uuuu-MM-dd[' ']['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]"),
            pattern("h:mm[:ss] a d [MMMM][MMM] uuuu"),
            pattern("d [MMMM][MMM] uuuu h:mm[:ss] a"),
            pattern("[MMMM][MMM] d, uuuu h:mm[:ss] a"),
            pattern("M/d/uuuu[,] h:mm[:ss] a"),
            pattern("M/d/uuuu[,] H:mm[:ss]"));
    private int last;

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
                .toFormatter(Locale.ENGLISH);
    }

    /** The instant the text names, or null when it is in none of the known spellings. */
    public Instant parse(String text) {
        String t = text.strip();
        // an explicit UTC marker says what the default assumes anyway
        if (t.endsWith(" UTC") || t.endsWith(" GMT")) {
            t = t.substring(0, t.length() - 4).strip();
        } else if (t.endsWith("Z") && t.indexOf('T') < 0 && t.length() > 1) {
            t = t.substring(0, t.length() - 1).strip();
        }
        for (int i = 0; i < formats.size(); i++) {
            int f = (last + i) % formats.size();
            Instant instant = tryParse(formats.get(f), t);
            if (instant != null) {
                last = f;
                return instant;
            }
        }
        return null;
    }

    private static Instant tryParse(DateTimeFormatter format, String text) {
        try {
            TemporalAccessor parsed = format.parse(text);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return OffsetDateTime.from(parsed).toInstant();
            }
            return LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
