package com.migrationhub.reports.pdf;

import java.util.List;
import java.util.Locale;

/** The consultant's words for the engines' codes ("READY_WITH_CONDITIONS", "ri3y"). */
final class Labels {
    /** The readiness states in the order every table and chart shows them. */
    static final List<String> READINESS = List.of("READY", "READY_WITH_CONDITIONS", "NOT_READY", "UNKNOWN");
    /** The risk levels, lowest first. */
    static final List<String> RISK_LEVELS = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    private Labels() {
    }

    static String readiness(String code) {
        return switch (code) {
            case "READY" -> "Ready";
            case "READY_WITH_CONDITIONS" -> "Ready with conditions";
            case "NOT_READY" -> "Not ready";
            case "UNKNOWN" -> "Unknown";
            default -> words(code);
        };
    }

    /** A purchase option by its id; unknown ids print as they are. */
    static String option(String id) {
        return switch (id) {
            case "on-demand" -> "On demand";
            case "ri1y" -> "1-year reservation";
            case "ri3y" -> "3-year reservation";
            case "sp1y" -> "1-year savings plan";
            case "sp3y" -> "3-year savings plan";
            default -> id;
        };
    }

    /** How a sentence says a cost is bought: "on demand", "with a 3-year reservation". */
    static String buying(String id) {
        String label = option(id);
        if (id.equals("on-demand")) {
            return "on demand";
        }
        return label.equals(id) ? "under " + id : "with a " + label.toLowerCase(Locale.ROOT);
    }

    /** REHOST as Rehost, RISK_LEVEL as Risk level. */
    static String words(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String t = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static String cloud(String label, String region) {
        return region == null || region.isBlank() ? label : label + " " + region;
    }

    /**
     * A cloud as a chart names it: "AWS" when the scenario assessed one region of it, "AWS
     * us-east-1" when several, so narrow charts need not break the label.
     */
    static String chartCloud(String cloud, String label, String region, java.util.List<String> cloudsOfAllRows) {
        return java.util.Collections.frequency(cloudsOfAllRows, cloud) > 1 ? cloud(label, region) : label;
    }
}
