package com.migrationhub.app.ui.waves;

import java.time.LocalDate;
import java.util.List;

/**
 * One wave of the stored plan as the board and the timeline show it.
 *
 * @param number     1, 2, ...
 * @param name       "Pilot", "Wave 3"
 * @param start      its first day
 * @param end        its last day
 * @param why        why these groups, as the planner explained it
 * @param cards      its move groups, by name
 * @param maxServers servers per wave at most, null for no limit
 * @param maxVcpus   vCPUs per wave at most, null for no limit
 */
public record WaveColumn(int number, String name, LocalDate start, LocalDate end, String why, List<GroupCard> cards,
        Integer maxServers, Integer maxVcpus) {

    public WaveColumn {
        cards = List.copyOf(cards);
    }

    public int servers() {
        return cards.stream().mapToInt(GroupCard::serverCount).sum();
    }

    public long vcpus() {
        return cards.stream().mapToLong(GroupCard::vcpus).sum();
    }

    /** How full the wave is (1 = at capacity; above 1 over it), 0 when it has no limit. */
    public double fill() {
        double f = 0;
        if (maxServers != null) {
            f = Math.max(f, (double) servers() / maxServers);
        }
        if (maxVcpus != null) {
            f = Math.max(f, (double) vcpus() / maxVcpus);
        }
        return f;
    }

    public boolean overCapacity() {
        return maxServers != null && servers() > maxServers || maxVcpus != null && vcpus() > maxVcpus;
    }
}
