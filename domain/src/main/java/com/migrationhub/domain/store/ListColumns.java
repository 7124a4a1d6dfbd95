package com.migrationhub.domain.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists kept in one text column ("10.0.0.1; 10.0.0.2"). Apart from {@link Rows}, whose column
 * tables take a few hundred lambdas to set up: reading the servers' names and addresses alone
 * (the dependency graph does, at every import) need not pay for them.
 */
final class ListColumns {
    private ListColumns() {
    }

    static String join(List<String> list) {
        if (list == null || list.isEmpty()) {
            return null;
        }
        return String.join("; ", list);
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String s : text.split(";")) {
            String t = s.trim();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
