package com.migrationhub.domain.store;

import java.util.LinkedHashSet;
import java.util.Set;

/** The set of a server's fields the user edited, stored comma-separated; imports keep them. */
final class ServerEdits {
    private ServerEdits() {
    }

    static Set<String> parse(String text) {
        Set<String> fields = new LinkedHashSet<>();
        if (text != null) {
            for (String f : text.split(",")) {
                if (!f.isBlank()) {
                    fields.add(f.trim());
                }
            }
        }
        return fields;
    }

    static String format(Set<String> fields) {
        return fields.isEmpty() ? null : String.join(",", fields);
    }
}
