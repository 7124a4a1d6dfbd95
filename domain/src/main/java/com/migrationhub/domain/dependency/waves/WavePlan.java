package com.migrationhub.domain.dependency.waves;

import com.migrationhub.domain.dependency.groups.MoveGroups;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A wave plan: the waves in order, where each group went and why, and warnings. Keeps the groups
 * and options it was planned from, so {@link WavePlanning#validate(WavePlan)} needs nothing else.
 * Immutable.
 */
public final class WavePlan {

    /** Where a group went and why ("after its providers Payroll DB (wave 2)", "pinned by the user"). */
    public record Placement(String group, int wave, String reason) {
    }

    private final MoveGroups groups;
    private final WaveOptions options;
    private final List<Wave> waves;
    private final List<Placement> placements;
    private final List<String> warnings;
    private final Map<String, Integer> waveOf = new HashMap<>();

    public WavePlan(MoveGroups groups, WaveOptions options, List<Wave> waves, List<Placement> placements,
            List<String> warnings) {
        this.groups = groups;
        this.options = options;
        this.waves = List.copyOf(waves);
        this.placements = List.copyOf(placements);
        this.warnings = List.copyOf(warnings);
        for (Placement p : this.placements) {
            waveOf.put(p.group().toLowerCase(Locale.ROOT), p.wave());
        }
    }

    public MoveGroups groups() {
        return groups;
    }

    public WaveOptions options() {
        return options;
    }

    public List<Wave> waves() {
        return waves;
    }

    /** Wave by number (1-based). */
    public Wave wave(int number) {
        return waves.get(number - 1);
    }

    /** Every group's placement, by wave then group name. */
    public List<Placement> placements() {
        return placements;
    }

    /** The wave number of a group (case-insensitive name), 0 when the plan does not have it. */
    public int waveOf(String group) {
        Integer w = group == null ? null : waveOf.get(group.toLowerCase(Locale.ROOT));
        return w == null ? 0 : w;
    }

    /** Plan-wide warnings (an unknown group pinned, no group fit for a pilot); waves carry their own. */
    public List<String> warnings() {
        return warnings;
    }
}
