package com.migrationhub.connectors.awsmhub;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the Tags cell of the Migration Hub template: {@code name:value} pairs separated by commas
 * (AWS's documented form, {@code "zone:1, critical:yes"}) or semicolons. A pair without a colon is
 * a bare tag with an empty value; a name given twice keeps both values, joined by ", ".
 */
final class TagList {
    private static final Pattern SEPARATORS = Pattern.compile("[,;]");

    private TagList() {
    }

    static void parse(String cell, Map<String, String> into) {
        if (cell == null) {
            return;
        }
        for (String pair : SEPARATORS.split(cell)) {
            String p = pair.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            String name = (colon < 0 ? p : p.substring(0, colon)).strip();
            String value = colon < 0 ? "" : p.substring(colon + 1).strip();
            if (name.isEmpty()) {
                continue;
            }
            into.merge(name, value, (old, added) -> old.isEmpty() ? added
                    : added.isEmpty() || old.equals(added) ? old : old + ", " + added);
        }
    }
}
