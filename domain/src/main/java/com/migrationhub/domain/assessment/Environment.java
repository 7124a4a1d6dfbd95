package com.migrationhub.domain.assessment;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The environment a server serves, read from the free text sources use ("Production", "PRD",
 * "UAT", "pre-prod"): the engines reason on these five values, never on the raw text.
 */
public enum Environment {
    PROD("prod"), TEST("test"), DEV("dev"), DR("dr"), OTHER("other"), UNKNOWN("unknown");

    /** An estate spells its environments a few ways: each spelling is read once (up to a bound). */
    private static final Map<String, Environment> READ = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4096;

    private final String id;

    Environment(String id) {
        this.id = id;
    }

    /** The lower-case name used in rule files: prod, test, dev, dr, other, unknown. */
    public String id() {
        return id;
    }

    /**
     * Reads a source's text. Acceptance, QA, staging, UAT and pre-production count as test (they
     * are not production even when they hold production-like data); null or blank is unknown.
     */
    public static Environment parse(String text) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        Environment known = READ.get(text);
        if (known != null) {
            return known;
        }
        Environment e = read(text);
        if (READ.size() < MAX_CACHED) {
            READ.put(text, e);
        }
        return e;
    }

    private static Environment read(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String joined = letters.toString();
        // "pre-prod" and "non-prod" contain "prod" but are not production
        if (joined.startsWith("preprod") || joined.startsWith("nonprod") || joined.startsWith("preproduction")) {
            return TEST;
        }
        Environment found = null;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                found = word(lower.substring(start, i));
                if (found != null) {
                    return found;
                }
                start = -1;
            }
        }
        return OTHER;
    }

    private static Environment word(String w) {
        switch (w) {
            case "prod": case "production": case "prd": case "live": case "prodution":
                return PROD;
            case "dev": case "development": case "develop": case "devel": case "sandbox": case "lab":
                return DEV;
            case "test": case "testing": case "tst": case "qa": case "uat": case "staging": case "stage": case "stg":
            case "acceptance": case "acc": case "integration": case "int": case "sit": case "preprod": case "ppd":
                return TEST;
            case "dr": case "disaster": case "recovery":
                return DR;
            default:
                return null;
        }
    }
}
