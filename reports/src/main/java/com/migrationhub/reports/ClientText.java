package com.migrationhub.reports;

/**
 * The guard against formula injection that every spreadsheet export shares. Server names,
 * applications, environments and other texts come from the client's inventory and dependency
 * tools; a spreadsheet that opens our export would run one starting with {@code =}, {@code +},
 * {@code -} or {@code @} (or a tab or carriage return, which some programs strip before looking)
 * as a formula, so "=HYPERLINK(...)" in a VM's notes would become a live link in the client's
 * workbook. Numbers are not text: a negative amount stays a number.
 *
 * <p>The Excel writer keeps such a value as a text cell with the quote-prefix style (Excel then
 * treats it as text even when the user edits the cell); the CSV writer prefixes an apostrophe,
 * which spreadsheets read as "this is text" and do not show.
 */
public final class ClientText {
    private ClientText() {
    }

    /** Whether a spreadsheet could read {@code text} as a formula. */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text as a CSV field should carry it: with a leading apostrophe when dangerous. */
    public static String neutralised(String text) {
        return isDangerous(text) ? "'" + text : text;
    }
}
