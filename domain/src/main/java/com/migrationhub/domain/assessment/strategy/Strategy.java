package com.migrationhub.domain.assessment.strategy;

import java.util.Locale;

/**
 * The 7R migration strategies, plus {@link #NOT_ASSESSED} for what gets no strategy (VM
 * templates): kept apart so counts of the 7Rs never include it.
 */
public enum Strategy {
    RETIRE("Retire"),
    RETAIN("Retain"),
    REHOST("Rehost"),
    RELOCATE("Relocate"),
    REPLATFORM("Replatform"),
    REPURCHASE("Repurchase"),
    REFACTOR("Refactor"),
    /** Not one of the 7Rs: the server is not assessed (a VM template). */
    NOT_ASSESSED("Not assessed");

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads RETIRE, retire, Not_Assessed, not-assessed. */
    public static Strategy parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
