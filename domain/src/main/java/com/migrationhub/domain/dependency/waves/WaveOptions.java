package com.migrationhub.domain.dependency.waves;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Options of a wave plan.
 *
 * @param maxServers       servers per wave at most, null for no limit (default 50)
 * @param maxVcpus         vCPUs per wave at most, null for no limit (default none)
 * @param start            the first wave's first day
 * @param waveLengthDays   days per wave, at least 1 (default 14); the next wave starts the day
 *                         after, or after the blackout in the way
 * @param blackouts        ranges no wave may overlap: a wave that would is moved to start the day
 *                         after the blackout
 * @param pilotServers     the pilot wave's size in servers; 0 for no pilot (default 10). The pilot
 *                         takes the groups without dependencies on other groups, lowest risk first
 *                         (a known risk score of 50 or more never), then fewest dependents,
 *                         smallest
 * @param environmentOrder environments in the order their waves should come, each entry one or
 *                         more |-separated prefixes, case-insensitive ({@link #DEV_TEST_PROD});
 *                         empty for no order (default). A wave then holds groups of one rank only
 *                         (groups whose environment matches no entry come last); dependencies
 *                         still win
 * @param pins             the user's choices: group name (case-insensitive) to wave number (1 = the
 *                         first wave, the pilot when there is one)
 */
public record WaveOptions(Integer maxServers, Integer maxVcpus, LocalDate start, int waveLengthDays,
        List<Blackout> blackouts, int pilotServers, List<String> environmentOrder, Map<String, Integer> pins) {

    /** Development, then test and acceptance, then production. */
    public static final List<String> DEV_TEST_PROD = List.of("dev|sandbox|lab",
            "test|tst|qa|uat|sit|int|stag|preprod|pre-prod|acc", "prod|prd|live");

    public WaveOptions {
        Objects.requireNonNull(start, "the start date");
        if (maxServers != null && maxServers < 1 || maxVcpus != null && maxVcpus < 1) {
            throw new IllegalArgumentException("a wave's capacity must be at least 1");
        }
        if (waveLengthDays < 1) {
            throw new IllegalArgumentException("a wave lasts at least one day, not " + waveLengthDays);
        }
        if (pilotServers < 0) {
            throw new IllegalArgumentException("the pilot size cannot be negative");
        }
        blackouts = List.copyOf(blackouts == null ? List.of() : blackouts).stream()
                .sorted(Comparator.comparing(Blackout::from).thenComparing(Blackout::to)).toList();
        environmentOrder = List.copyOf(environmentOrder == null ? List.of() : environmentOrder);
        pins = pins == null ? Map.of() : new TreeMap<>(pins);
    }

    /** 50 servers a wave, 14 days each, a pilot of 10 servers, no blackouts, no environment order, no pins. */
    public static WaveOptions defaults(LocalDate start) {
        return new WaveOptions(50, null, start, 14, List.of(), 10, List.of(), Map.of());
    }

    public WaveOptions withCapacity(Integer servers, Integer vcpus) {
        return new WaveOptions(servers, vcpus, start, waveLengthDays, blackouts, pilotServers, environmentOrder, pins);
    }

    public WaveOptions withWaveLength(int days) {
        return new WaveOptions(maxServers, maxVcpus, start, days, blackouts, pilotServers, environmentOrder, pins);
    }

    public WaveOptions withBlackouts(List<Blackout> b) {
        return new WaveOptions(maxServers, maxVcpus, start, waveLengthDays, b, pilotServers, environmentOrder, pins);
    }

    public WaveOptions withPilot(int servers) {
        return new WaveOptions(maxServers, maxVcpus, start, waveLengthDays, blackouts, servers, environmentOrder, pins);
    }

    public WaveOptions withEnvironmentOrder(List<String> order) {
        return new WaveOptions(maxServers, maxVcpus, start, waveLengthDays, blackouts, pilotServers, order, pins);
    }

    public WaveOptions withPins(Map<String, Integer> p) {
        return new WaveOptions(maxServers, maxVcpus, start, waveLengthDays, blackouts, pilotServers, environmentOrder, p);
    }
}
