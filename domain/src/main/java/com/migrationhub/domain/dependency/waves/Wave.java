package com.migrationhub.domain.dependency.waves;

import java.time.LocalDate;
import java.util.List;

/**
 * One wave of a plan.
 *
 * @param number    1, 2, ...
 * @param name      "Pilot" or "Wave 3"
 * @param start     its first day
 * @param end       its last day
 * @param groups    its move groups, by name
 * @param serverIds their servers, ascending
 * @param vcpus     their vCPUs in total
 * @param why       why these groups, in a sentence
 * @param warnings  what the consultant should look at (a group larger than a wave, pins over capacity)
 */
public record Wave(int number, String name, LocalDate start, LocalDate end, List<String> groups, List<Long> serverIds,
        long vcpus, String why, List<String> warnings) {

    public Wave {
        groups = List.copyOf(groups);
        serverIds = List.copyOf(serverIds);
        warnings = List.copyOf(warnings);
    }

    public int servers() {
        return serverIds.size();
    }
}
