package com.migrationhub.connectors.graph;

import java.math.BigDecimal;

/** Escaping shared by the writers. */
final class Text {

    private Text() {
    }

    /**
     * Text for XML 1.0 character data or a double-quoted attribute: markup characters escaped,
     * line breaks and tabs kept as character references (attribute values would fold them into
     * spaces), characters XML cannot hold (other control characters, unpaired surrogates,
     * U+FFFE, U+FFFF) replaced with U+FFFD.
     */
    static String xml(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                case '\t' -> "&#9;";
                case '\n' -> "&#10;";
                case '\r' -> "&#13;";
                default -> validXml(s, i) ? null : "\uFFFD";
            };
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? s : out.toString();
    }

    private static boolean validXml(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /** A number without exponent, as Graphviz reads coordinates ("12.5", "-3", "0.0001"). */
    static String plain(double d) {
        String s = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
