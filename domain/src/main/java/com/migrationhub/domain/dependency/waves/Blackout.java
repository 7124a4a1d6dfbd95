package com.migrationhub.domain.dependency.waves;

import java.time.LocalDate;
import java.util.Objects;

/** Days no wave may touch (a change freeze, year end), both ends included. */
public record Blackout(LocalDate from, LocalDate to, String label) {
    public Blackout {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("blackout " + label + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !end.isBefore(from) && !start.isAfter(to);
    }
}
