package com.migrationhub.app.deps;

import com.migrationhub.domain.dependency.groups.MoveGroups;
import com.migrationhub.domain.dependency.groups.SeededLabelPropagationGrouping;
import com.migrationhub.domain.dependency.waves.GreedyWavePlanning;
import com.migrationhub.domain.dependency.waves.WaveOptions;
import com.migrationhub.domain.dependency.waves.WavePlan;
import com.migrationhub.domain.dependency.waves.WavePlanValidation;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The consultant's edits of the wave plan, as {@code mhub waves plan/move/unpin/validate} and the
 * workbench's waves view both make them: re-plan (move groups recomputed and stored, then the
 * waves planned with the stored pins and stored), pin a group to a wave and re-plan, unpin and
 * re-plan, and validate the stored plan against the current dependencies. Also a snapshot of what
 * those edits change (groups, plan, wave pins), so the workbench can take an edit back exactly.
 *
 * <p>Cost: a re-plan or a validation builds the dependency graph and computes the groups, linear in
 * servers and connections; a snapshot reads the stored groups, plan and pins.
 */
public final class WaveWorkflow {
    /** What the command line and the workbench say when there is no plan to edit. */
    public static final String NO_PLAN = "no wave plan yet: make one with mhub waves plan --start DATE";

    private final ProjectFile project;
    private final DependencyStore store;
    private final DependencyWorkflow dependencies;

    public WaveWorkflow(ProjectFile project) {
        this.project = project;
        this.store = project.dependencies();
        this.dependencies = new DependencyWorkflow(project);
    }

    /** A plan as just made and stored, with its validation. */
    public record Replanned(WavePlan plan, WavePlanValidation validation) {
    }

    /** A group pinned to a wave, under its stored name, and the plan re-made after. */
    public record Moved(String group, int wave, Replanned replanned) {
    }

    /**
     * The stored plan checked against the current dependencies and groups.
     *
     * @param validation hard dependencies across waves and waves over capacity
     * @param notPlanned the current groups the stored plan does not place, by name
     */
    public record Validation(WavePlanValidation validation, List<String> notPlanned) {
        public Validation {
            notPlanned = List.copyOf(notPlanned);
        }

        /** Whether a dependency runs backwards or a wave is over capacity ({@code waves validate} exits 3). */
        public boolean failed() {
            return !validation.orderViolations().isEmpty() || !validation.capacityOverruns().isEmpty();
        }
    }

    /** What the wave edits change: the stored groups, the stored plan (null: none) and the wave pins. */
    public record Snapshot(List<DependencyStore.StoredGroup> groups, DependencyStore.StoredPlan plan,
            Map<String, Integer> pins) {
        public Snapshot {
            groups = List.copyOf(groups);
            pins = Map.copyOf(pins);
        }
    }

    /** The options of the stored plan; without a plan, {@link #NO_PLAN} as an {@link IllegalArgumentException}. */
    public WaveOptions storedOptions() {
        return dependencies.storedWaveOptions().orElseThrow(() -> new IllegalArgumentException(NO_PLAN));
    }

    /** The options of the stored plan, or the defaults from next Monday: what {@code waves plan} starts from. */
    public WaveOptions optionsOrDefaults() {
        return dependencies.storedWaveOptions().orElseGet(() -> WaveOptions.defaults(nextMonday(LocalDate.now())));
    }

    /** The first Monday after {@code today}. */
    public static LocalDate nextMonday(LocalDate today) {
        LocalDate d = today.plusDays(1);
        while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Re-makes the plan with these options (the groups recomputed and stored first), stores and validates it. */
    public Replanned replan(WaveOptions options, ProgressMonitor monitor) {
        MoveGroups groups = dependencies.computeGroups(dependencies.graph(monitor), monitor);
        if (groups.groups().isEmpty()) {
            // the planner cannot make a plan of nothing; say what to do instead
            throw new IllegalArgumentException("there are no servers to plan: import an inventory first (mhub import)");
        }
        WavePlan plan = dependencies.planWaves(groups, options, monitor);
        return new Replanned(plan, new GreedyWavePlanning().validate(plan));
    }

    /** A stored group by name, ignoring case. */
    public DependencyStore.StoredGroup group(String name) {
        for (DependencyStore.StoredGroup g : store.groups()) {
            if (g.name().equalsIgnoreCase(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("no move group '" + name + "' (see mhub groups list)");
    }

    /**
     * Pins a group to a wave (1 is the first; one past the last adds a wave at the end), then
     * re-makes the plan with the stored options: {@code mhub waves move GROUP WAVE}.
     */
    public Moved move(String group, int wave, ProgressMonitor monitor) {
        WaveOptions options = storedOptions();
        String name = group(group).name();
        int waves = store.wavePlan().map(x -> x.waves().size()).orElse(0);
        if (wave < 1 || wave > waves + 1) {
            throw new IllegalArgumentException("wave " + wave + " does not exist: the plan has waves 1 to " + waves
                    + " (" + (waves + 1) + " adds one at the end)");
        }
        store.pinToWave(name, wave, OffsetDateTime.now());
        return new Moved(name, wave, replan(options, monitor));
    }

    /** Lets the planner place a group again, then re-makes the plan: {@code mhub waves unpin GROUP}. */
    public Replanned unpin(String group, ProgressMonitor monitor) {
        WaveOptions options = storedOptions();
        if (!store.unpinFromWave(group)) {
            throw new IllegalArgumentException("group '" + group + "' was not pinned to a wave");
        }
        return replan(options, monitor);
    }

    /**
     * The stored plan as it is (every group it places pinned to its wave) planned over the current
     * dependencies and groups, and validated; nothing is stored: {@code mhub waves validate}.
     */
    public Validation validate(ProgressMonitor monitor) {
        DependencyStore.StoredPlan stored = store.wavePlan().orElseThrow(() -> new IllegalArgumentException(NO_PLAN));
        Map<String, Integer> placed = new LinkedHashMap<>();
        stored.waves().forEach(wave -> wave.groups().forEach(g -> placed.put(g, wave.number())));
        WaveOptions options = storedOptions().withPins(placed);
        MoveGroups groups = new SeededLabelPropagationGrouping().compute(dependencies.graph(monitor),
                dependencies.groupingOptions(), monitor);
        GreedyWavePlanning planner = new GreedyWavePlanning();
        WavePlanValidation v = planner.validate(planner.plan(groups, options, monitor));
        Set<String> now = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        store.groups().forEach(g -> now.add(g.name()));
        Set<String> placedKeys = new HashSet<>();
        placed.keySet().forEach(g -> placedKeys.add(g.toLowerCase(Locale.ROOT)));
        List<String> missing = now.stream().filter(g -> !placedKeys.contains(g.toLowerCase(Locale.ROOT))).toList();
        return new Validation(v, missing);
    }

    /** Whether the stored groups differ from those the plan places (the plan should be re-made). */
    public static boolean stale(DependencyStore.StoredPlan plan, List<DependencyStore.StoredGroup> groups) {
        Set<String> planned = new HashSet<>();
        plan.waves().forEach(w -> planned.addAll(w.groups()));
        Set<String> names = new HashSet<>();
        groups.forEach(g -> names.add(g.name()));
        return !planned.equals(names);
    }

    /** What the wave edits change, as stored now. */
    public Snapshot snapshot() {
        return new Snapshot(store.groups(), store.wavePlan().orElse(null), store.wavePins());
    }

    /** Puts back the groups, plan and wave pins of a snapshot (an edit taken back, or made again). */
    public void restore(Snapshot s) {
        store.saveGroups(s.groups());
        if (s.plan() != null) {
            store.saveWavePlan(s.plan());
        }
        Map<String, Integer> now = store.wavePins();
        for (String g : now.keySet()) {
            if (!s.pins().containsKey(g)) {
                store.unpinFromWave(g);
            }
        }
        for (Map.Entry<String, Integer> pin : s.pins().entrySet()) {
            if (!pin.getValue().equals(now.get(pin.getKey()))) {
                store.pinToWave(pin.getKey(), pin.getValue(), OffsetDateTime.now());
            }
        }
    }

    /** The project these edits apply to. */
    public ProjectFile project() {
        return project;
    }

    /** The stored plan, if any. */
    public Optional<DependencyStore.StoredPlan> storedPlan() {
        return store.wavePlan();
    }
}
