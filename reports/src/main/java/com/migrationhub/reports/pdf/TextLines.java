package com.migrationhub.reports.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a given width as the font measures it: at spaces where it can, inside
 * a word when one word is wider than the line (a server name, a hash), so no text ever runs past
 * its column. Used where the report draws text itself rather than through OpenPDF's layout.
 */
final class TextLines {
    private static final String ELLIPSIS = "\u2026";

    private TextLines() {
    }

    /**
     * The lines of {@code text} at most {@code width} wide; at most {@code maxLines}, the last one
     * ending in an ellipsis when the text is longer.
     */
    static List<String> wrap(String text, BaseFont font, float size, float width, int maxLines) {
        List<String> lines = new ArrayList<>(2);
        String rest = text == null ? "" : text.strip();
        if (font.getWidthPoint(rest, size) <= width) {
            lines.add(rest);
            return lines;
        }
        while (!rest.isEmpty()) {
            if (lines.size() == maxLines - 1) {
                lines.add(ellipsize(rest, font, size, width));
                return lines;
            }
            int cut = fit(rest, font, size, width);
            int space = rest.lastIndexOf(' ', cut);
            if (cut < rest.length() && space > 0 && rest.charAt(cut) != ' ') {
                cut = space;
            }
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        return lines;
    }

    /** {@code text} cut to {@code width} with an ellipsis when it is wider. */
    static String ellipsize(String text, BaseFont font, float size, float width) {
        String t = text == null ? "" : text.strip();
        if (font.getWidthPoint(t, size) <= width) {
            return t;
        }
        float room = width - font.getWidthPoint(ELLIPSIS, size);
        return t.substring(0, room <= 0 ? 0 : fit(t, font, size, room)).strip() + ELLIPSIS;
    }

    /** How many leading characters fit (at least one, so a line always advances). */
    private static int fit(String text, BaseFont font, float size, float width) {
        float used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            float w = font.getWidthPoint(cp, size);
            if (used + w > width) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return Math.max(i, Character.charCount(text.codePointAt(0)));
    }
}
