package com.migrationhub.reports.table;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words the tables use for the engine's codes, and the units in the headers. */
final class Labels {
    private static final Map<String, String> OPTIONS = Map.of(
            "on-demand", "On demand",
            "ri1y", "Reserved, 1 year",
            "ri3y", "Reserved, 3 years",
            "sp1y", "Savings plan, 1 year",
            "sp3y", "Savings plan, 3 years");

    private Labels() {
    }

    /** READY_WITH_CONDITIONS as "Ready with conditions"; null stays null. */
    static String code(String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A purchase option id (ri3y) as the consultant says it. */
    static String option(String id) {
        return id == null ? null : OPTIONS.getOrDefault(id, id);
    }

    /** A money header: "Compute (USD/month)". */
    static String money(String what, String currency, String per) {
        return what + " (" + currency + per + ")";
    }

    static String join(List<String> items) {
        return items == null ? null : String.join("; ", items);
    }
}
