package com.migrationhub.reports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a report is written: the locale for number and date formats (the project's unless the
 * user names another), the paper size and the sections included.
 */
public record ReportOptions(Locale locale, Paper paper, Set<Section> sections) {
    public ReportOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(paper, "paper");
        sections = sections == null || sections.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(sections);
    }

    /** Every section, A4, the given locale. */
    public static ReportOptions defaults(Locale locale) {
        return new ReportOptions(locale, Paper.A4, EnumSet.allOf(Section.class));
    }

    public boolean has(Section s) {
        return sections.contains(s);
    }

    /** Paper sizes, in PostScript points (1/72 inch). */
    public enum Paper {
        A4(595.28f, 841.89f), LETTER(612f, 792f);

        private final float width;
        private final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public float width() {
            return width;
        }

        public float height() {
            return height;
        }

        public static Paper parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "a4" -> A4;
                case "letter", "us-letter" -> LETTER;
                default -> throw new IllegalArgumentException("paper '" + text + "': use a4 or letter");
            };
        }
    }
}
