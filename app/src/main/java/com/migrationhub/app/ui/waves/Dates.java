package com.migrationhub.app.ui.waves;

import com.migrationhub.app.ui.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates as the waves view writes them, in the workbench's locale. */
final class Dates {
    private Dates() {
    }

    /** "Jan 4, 2027" (the locale's medium form). */
    static String format(Messages messages, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(date);
    }

    /** "Jan 4 – Jan 17, 2027": a wave's first and last day. */
    static String range(Messages messages, LocalDate from, LocalDate to) {
        return messages.get("waves.dates", format(messages, from), format(messages, to));
    }

    /** "Jan 2027": a month on the timeline's axis. */
    static String month(Messages messages, LocalDate date) {
        return DateTimeFormatter.ofPattern("MMM yyyy", messages.locale()).format(date);
    }
}
