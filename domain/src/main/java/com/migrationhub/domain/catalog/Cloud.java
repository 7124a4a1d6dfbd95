package com.migrationhub.domain.catalog;

import java.util.Locale;

/** The three public clouds the workbench assesses side by side. */
public enum Cloud {
    AWS("aws", "AWS"),
    AZURE("azure", "Azure"),
    GCP("gcp", "Google Cloud");

    private final String id;
    private final String label;

    Cloud(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The short lower-case name used in files and on the command line: aws, azure, gcp. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Parses aws, azure, gcp (also google), case-insensitive. */
    public static Cloud parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Cloud c : values()) {
            if (c.id.equals(t)) {
                return c;
            }
        }
        if (t.equals("google") || t.equals("google-cloud")) {
            return GCP;
        }
        throw new IllegalArgumentException("unknown cloud '" + text + "': use aws, azure or gcp");
    }
}
