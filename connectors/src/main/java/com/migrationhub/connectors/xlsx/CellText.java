package com.migrationhub.connectors.xlsx;

import java.util.Locale;

/**
 * Reads numbers and yes/no values from cell content without regular expressions or, for the
 * plain numbers spreadsheets store, without allocating. Text cells are read leniently ("4,096",
 * " 4096.0 ", "True", "Yes", "1") because re-saved and hand-edited exports hold numbers as text.
 */
final class CellText {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    /** Mantissas up to 2^53 convert to double exactly, so one division gives the correctly rounded value. */
    private static final long EXACT_MANTISSA = 1L << 53;

    private CellText() {
    }

    /** The 0-based column of a cell reference such as "AB12", or -1 when it does not start with letters. */
    static int columnIndex(String reference) {
        int column = 0;
        int i = 0;
        int n = reference.length();
        while (i < n) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }

    /** The row of a cell reference such as "AB12", or -1. */
    static long rowOf(String reference) {
        long row = 0;
        boolean digits = false;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                digits = true;
            } else if (digits) {
                return -1;
            }
        }
        return digits ? row : -1;
    }

    /** A non-negative integer written in digits only, or -1. */
    static long digits(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The number a numeric cell stores ("4096", "0.5", "1.2E-3"), or NaN when it is not one. The
     * common plain forms are read in place; only exponents and long fractions fall back to
     * {@link Double#parseDouble}.
     */
    static double number(char[] chars, int start, int length) {
        int i = start;
        int end = start + length;
        while (i < end && chars[i] <= ' ') {
            i++;
        }
        while (end > i && chars[end - 1] <= ' ') {
            end--;
        }
        if (i == end) {
            return Double.NaN;
        }
        boolean negative = false;
        if (chars[i] == '-' || chars[i] == '+') {
            negative = chars[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digitCount = 0;
        int fractionDigits = 0;
        boolean point = false;
        for (int p = i; p < end; p++) {
            char c = chars[p];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digitCount++;
                if (point) {
                    fractionDigits++;
                }
                if (mantissa >= EXACT_MANTISSA || digitCount > 17) {
                    return slowNumber(chars, start, length);
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return slowNumber(chars, start, length);
            }
        }
        if (digitCount == 0) {
            return Double.NaN;
        }
        double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    private static double slowNumber(char[] chars, int start, int length) {
        String text = new String(chars, start, length).trim();
        // parseDouble also takes "NaN", "Infinity" and hex floats, which no spreadsheet number is
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A number written as text: "4096", "4,096", "4096.0", "-1", "1 024" (a space or a no-break
     * space as the thousands separator). NaN when it is not one; a comma is only taken as a
     * thousands separator when groups of three digits follow it, so "1,5" is not a number.
     */
    static double textNumber(String text) {
        String t = text.trim();
        int length = t.length();
        if (length == 0) {
            return Double.NaN;
        }
        char[] chars = new char[length];
        int n = 0;
        int groupDigits = -1;
        boolean point = false;
        for (int i = 0; i < length; i++) {
            char c = t.charAt(i);
            if (c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F') {
                if (point || n == 0 || chars[n - 1] < '0' || chars[n - 1] > '9' || groupDigits > 0 && groupDigits != 3) {
                    return Double.NaN;
                }
                groupDigits = 0;
                continue;
            }
            if (c == '.') {
                if (groupDigits >= 0 && groupDigits != 3) {
                    return Double.NaN;
                }
                groupDigits = -1;
                point = true;
            } else if (c >= '0' && c <= '9') {
                if (groupDigits >= 0) {
                    groupDigits++;
                }
            }
            chars[n++] = c;
        }
        if (groupDigits >= 0 && groupDigits != 3) {
            return Double.NaN;
        }
        return number(chars, 0, n);
    }

    /** Reads "True"/"False", "Yes"/"No", "1"/"0" in any case; null when it is none of them. */
    static Boolean bool(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "1": case "y": case "on":
                return Boolean.TRUE;
            case "false": case "no": case "0": case "n": case "off":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** The value as it may be quoted in a one-line message: at most 60 characters, no line breaks. */
    static String quote(String value) {
        String v = value.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
        if (v.length() > 60) {
            v = v.substring(0, 57) + "...";
        }
        return '"' + v + '"';
    }
}
