package com.migrationhub.domain.util;

import java.util.HashMap;
import java.util.Map;

/**
 * Equal texts as one object, for a pass that keeps a few values repeated over a whole estate (an
 * operating system, an environment, a cloud's name): 100,000 servers hold a few dozen of them,
 * and a database hands each row its own copy. Not thread-safe; one per pass.
 */
public final class Interner {
    private final Map<String, String> known = new HashMap<>();

    /** The first text equal to {@code s} this interner was given, or {@code s}; null stays null. */
    public String of(String s) {
        if (s == null) {
            return null;
        }
        String before = known.putIfAbsent(s, s);
        return before == null ? s : before;
    }
}
