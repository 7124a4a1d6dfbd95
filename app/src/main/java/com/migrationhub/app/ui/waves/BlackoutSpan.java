package com.migrationhub.app.ui.waves;

import java.time.LocalDate;

/** Days of the plan's options no wave may touch (both ends included), as the timeline shows them. */
public record BlackoutSpan(LocalDate from, LocalDate to, String label) {
}
