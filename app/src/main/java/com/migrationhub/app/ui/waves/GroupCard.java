package com.migrationhub.app.ui.waves;

import java.util.List;
import java.util.Locale;

/**
 * A move group as a card on the wave board.
 *
 * @param name         the group's name
 * @param wave         the wave it is in (1 is the first)
 * @param servers      its servers' names, by name
 * @param vcpus        their vCPUs in total
 * @param environment  the environment most of its servers are in, or null
 * @param applications the applications its servers belong to, most servers first
 * @param risk         the highest risk score among its servers, null when not assessed
 * @param pinnedWave   the wave the consultant pinned it to, null when the planner places it
 * @param origin       how the group came about (APPLICATION, DEPENDENCIES, ...)
 * @param reason       why these servers are together
 * @param dependsOn    the groups it hard-depends on
 */
public record GroupCard(String name, int wave, List<String> servers, long vcpus, String environment,
        List<String> applications, Integer risk, Integer pinnedWave, String origin, String reason,
        List<String> dependsOn) {

    public GroupCard {
        servers = List.copyOf(servers);
        applications = List.copyOf(applications);
        dependsOn = List.copyOf(dependsOn);
    }

    public int serverCount() {
        return servers.size();
    }

    public boolean pinned() {
        return pinnedWave != null;
    }

    /** The name as groups compare: ignoring case. */
    public String key() {
        return key(name);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Whether the quick filter's text (lower case) names this group, one of its servers, applications or its environment. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).contains(f)
                || environment != null && environment.toLowerCase(Locale.ROOT).contains(f)) {
            return true;
        }
        return applications.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(f))
                || servers.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(f));
    }
}
