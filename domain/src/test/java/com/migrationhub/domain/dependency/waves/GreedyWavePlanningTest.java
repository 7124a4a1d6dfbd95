package com.migrationhub.domain.dependency.waves;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.graph.DependencyGraphBuilder;
import com.migrationhub.domain.dependency.graph.DependencyOverrides;
import com.migrationhub.domain.dependency.graph.EstateGenerator;
import com.migrationhub.domain.dependency.groups.GroupDependency;
import com.migrationhub.domain.dependency.groups.GroupLink;
import com.migrationhub.domain.dependency.groups.GroupingOptions;
import com.migrationhub.domain.dependency.groups.MoveGroup;
import com.migrationhub.domain.dependency.groups.MoveGroups;
import com.migrationhub.domain.dependency.groups.SeededLabelPropagationGrouping;
import com.migrationhub.domain.task.ProgressMonitor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GreedyWavePlanningTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static final DependencyGraphBuilder BUILDER = DependencyGraphBuilder.shipped();
    private final WavePlanning planning = new GreedyWavePlanning();

    static MoveGroups groups(long seed, int apps, int crossLinks) {
        EstateGenerator.Estate e = EstateGenerator.generate(seed, new EstateGenerator.Shape(apps, true, crossLinks, 0.1, 2, 25));
        DependencyGraph g = BUILDER.build(e.servers(), e.connections(), e.ipam(), DependencyOverrides.NONE,
                ProgressMonitor.NONE);
        return new SeededLabelPropagationGrouping().compute(g, GroupingOptions.DEFAULTS, ProgressMonitor.NONE);
    }

    /** Transitive closure: does a depend on b (directly or through others)? */
    static boolean reaches(MoveGroups mg, String a, String b) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(a));
        while (!todo.isEmpty()) {
            String x = todo.remove(todo.size() - 1);
            for (String p : mg.group(x).dependsOn()) {
                if (p.equalsIgnoreCase(b)) {
                    return true;
                }
                if (seen.add(p)) {
                    todo.add(p);
                }
            }
        }
        return false;
    }

    @Test
    void randomPlansKeepGroupsWholeInDependencyOrderWithinCapacityAroundBlackouts() {
        Random random = new Random(2026);
        for (int round = 0; round < 40; round++) {
            MoveGroups mg = groups(round, 5 + random.nextInt(40), random.nextInt(60));
            Integer maxServers = random.nextInt(4) == 0 ? null : 10 + random.nextInt(60);
            Integer maxVcpus = random.nextInt(3) == 0 ? 40 + random.nextInt(300) : null;
            List<Blackout> blackouts = List.of(
                    new Blackout(START.plusDays(random.nextInt(60)), START.plusDays(60 + random.nextInt(20)), "freeze"),
                    new Blackout(START.plusDays(120), START.plusDays(121 + random.nextInt(30)), "year end"));
            Map<String, Integer> pins = new HashMap<>();
            boolean pinned = random.nextBoolean();
            if (pinned) {
                for (int k = 0; k < 3; k++) {
                    MoveGroup g = mg.groups().get(random.nextInt(mg.groups().size()));
                    pins.put(g.name(), 1 + random.nextInt(6));
                }
            }
            WaveOptions o = new WaveOptions(maxServers, maxVcpus, START, 7 + random.nextInt(14), blackouts,
                    random.nextBoolean() ? 0 : 5 + random.nextInt(10),
                    random.nextBoolean() ? WaveOptions.DEV_TEST_PROD : List.of(), pins);

            WavePlan plan = planning.plan(mg, o, ProgressMonitor.NONE);
            String context = "round " + round + " " + o;

            // every group in exactly one wave, whole
            Set<Long> seen = new HashSet<>();
            for (Wave w : plan.waves()) {
                for (Long id : w.serverIds()) {
                    assertThat(seen.add(id)).as(context).isTrue();
                }
                long servers = w.groups().stream().mapToLong(n -> mg.group(n).servers()).sum();
                assertThat(w.servers()).as(context).isEqualTo((int) servers);
            }
            assertThat(plan.placements()).hasSize(mg.groups().size());
            for (MoveGroup g : mg.groups()) {
                int w = plan.waveOf(g.name());
                assertThat(plan.wave(w).serverIds()).as(context).containsAll(g.serverIds());
            }
            // pins honoured
            pins.forEach((name, wave) -> assertThat(plan.waveOf(name)).as(context).isEqualTo(wave));
            // dependency order: never before a provider, unless a pin forces it
            for (GroupDependency d : mg.dependencies()) {
                int cw = plan.waveOf(d.consumer());
                int pw = plan.waveOf(d.provider());
                boolean pinInvolved = pins.keySet().stream().anyMatch(p -> p.equalsIgnoreCase(d.consumer())
                        || p.equalsIgnoreCase(d.provider()) || reaches(mg, d.consumer(), p) && reaches(mg, p, d.consumer())
                        || reaches(mg, d.provider(), p) && reaches(mg, p, d.provider()));
                if (!pinInvolved) {
                    assertThat(cw).as(context + " " + d).isGreaterThanOrEqualTo(pw);
                }
                if (!pinned && reaches(mg, d.provider(), d.consumer())) {
                    assertThat(cw).as(context + " cycle " + d).isEqualTo(pw);
                }
            }
            // capacity, except a flagged oversize group or flagged pins
            for (Wave w : plan.waves()) {
                boolean over = maxServers != null && w.servers() > maxServers || maxVcpus != null && w.vcpus() > maxVcpus;
                if (over) {
                    assertThat(w.warnings()).as(context + " wave " + w.number()).isNotEmpty();
                    if (w.warnings().stream().anyMatch(x -> x.contains("larger than a wave"))) {
                        assertThat(w.groups().size() == 1 || !pinned || w.why().contains("cycle")
                                || w.groups().stream().allMatch(n -> reaches(mg, n, w.groups().get(0))))
                                .as(context + " oversize wave " + w).isTrue();
                    }
                }
            }
            // dates: in order, never overlapping a blackout
            LocalDate last = START.minusDays(1);
            for (Wave w : plan.waves()) {
                assertThat(w.start()).as(context).isAfter(last);
                assertThat(w.end()).isEqualTo(w.start().plusDays(o.waveLengthDays() - 1L));
                for (Blackout b : blackouts) {
                    assertThat(b.overlaps(w.start(), w.end())).as(context + " " + w).isFalse();
                }
                last = w.end();
            }
            // validation reports exactly the order violations and splits
            WavePlanValidation v = planning.validate(plan);
            int order = 0;
            int splits = 0;
            for (GroupLink l : mg.links()) {
                int cw = plan.waveOf(l.sourceGroup());
                int pw = plan.waveOf(l.targetGroup());
                if (cw < pw) {
                    order++;
                } else if (cw > pw) {
                    splits++;
                }
            }
            assertThat(v.orderViolations()).as(context).hasSize(order);
            assertThat(v.splits()).as(context).hasSize(splits);
            if (!pinned) {
                assertThat(v.orderViolations()).as(context).isEmpty();
            }
            assertThat(v.orderViolations()).allMatch(x -> x.kind() == WavePlanValidation.Kind.ORDER
                    && x.consumerWave() < x.providerWave());
            // the same input plans the same
            assertThat(planning.plan(mg, o, ProgressMonitor.NONE).waves()).as(context).isEqualTo(plan.waves());
        }
    }

    @Test
    void aPilotTakesLowRiskGroupsWithoutDependenciesAndWavesFollowDependencies() {
        MoveGroups mg = groups(4, 20, 15);
        WaveOptions o = WaveOptions.defaults(START).withCapacity(40, null).withPilot(8);

        WavePlan plan = planning.plan(mg, o, ProgressMonitor.NONE);

        Wave pilot = plan.wave(1);
        assertThat(pilot.name()).isEqualTo("Pilot");
        assertThat(pilot.servers()).isBetween(1, 8);
        assertThat(pilot.why()).startsWith("pilot: ");
        for (String name : pilot.groups()) {
            MoveGroup g = mg.group(name);
            assertThat(g.dependsOn()).isEmpty();
            assertThat(g.maxRisk() == null || g.maxRisk() < 50).isTrue();
        }
        assertThat(plan.wave(2).name()).isEqualTo("Wave 2");
        assertThat(plan.wave(1).start()).isEqualTo(START);
        assertThat(plan.wave(2).start()).isEqualTo(START.plusDays(14));
        assertThat(plan.placements()).filteredOn(p -> p.reason().startsWith("after its providers")).isNotEmpty();
    }

    @Test
    void environmentOrderPutsDevAndTestBeforeProduction() {
        MoveGroups mg = groups(8, 30, 0);
        WaveOptions o = WaveOptions.defaults(START).withPilot(0).withCapacity(60, null)
                .withEnvironmentOrder(WaveOptions.DEV_TEST_PROD);

        WavePlan plan = planning.plan(mg, o, ProgressMonitor.NONE);

        int lastTest = 0;
        int firstProd = Integer.MAX_VALUE;
        for (MoveGroup g : mg.groups()) {
            int w = plan.waveOf(g.name());
            if ("Test".equals(g.environment())) {
                lastTest = Math.max(lastTest, w);
            } else {
                firstProd = Math.min(firstProd, w);
            }
        }
        assertThat(lastTest).isLessThan(firstProd);
        for (Wave w : plan.waves()) {
            assertThat(w.groups().stream().map(n -> "Test".equals(mg.group(n).environment())).distinct()).hasSize(1);
        }
    }

    @Test
    void aBlackoutPushesTheWaveAfterIt() {
        MoveGroups mg = groups(8, 6, 0);
        Blackout freeze = new Blackout(START.plusDays(20), START.plusDays(30), "change freeze");
        WaveOptions o = WaveOptions.defaults(START).withPilot(0).withCapacity(10, null).withBlackouts(List.of(freeze));

        WavePlan plan = planning.plan(mg, o, ProgressMonitor.NONE);

        assertThat(plan.wave(1).start()).isEqualTo(START);
        assertThat(plan.wave(2).start()).isEqualTo(START.plusDays(31));
        assertThat(plan.wave(2).why()).endsWith("moved after change freeze (" + freeze.from() + " to " + freeze.to() + ")");
        assertThat(plan.wave(3).start()).isEqualTo(START.plusDays(45));
    }

    @Test
    void pinsAreHonouredAndTheirViolationsReported() {
        MoveGroups mg = groups(12, 25, 30);
        GroupDependency d = mg.dependencies().stream()
                .filter(x -> !reaches(mg, x.provider(), x.consumer())).findFirst().orElseThrow();
        Map<String, Integer> pins = Map.of(d.consumer(), 1, d.provider(), 3, "no such group", 2);
        WaveOptions o = WaveOptions.defaults(START).withPilot(0).withCapacity(5, null).withPins(pins);

        WavePlan plan = planning.plan(mg, o, ProgressMonitor.NONE);
        WavePlanValidation v = planning.validate(plan);

        assertThat(plan.waveOf(d.consumer())).isEqualTo(1);
        assertThat(plan.waveOf(d.provider())).isEqualTo(3);
        assertThat(plan.warnings()).containsExactly(
                "the group 'no such group' is pinned to wave 2 but there is no such group: pin ignored");
        assertThat(v.orderViolations()).filteredOn(x -> x.consumerGroup().equals(d.consumer())
                && x.providerGroup().equals(d.provider())).hasSize(d.edges())
                .allMatch(x -> x.consumerWave() == 1 && x.providerWave() == 3 && x.consumerServer() != null);
        assertThat(plan.placements()).filteredOn(p -> p.group().equals(d.consumer()))
                .extracting(WavePlan.Placement::reason).containsExactly("pinned to wave 1 by the user");
        // small capacity: pinned groups larger than 5 servers overrun, and are flagged as pins
        if (mg.group(d.consumer()).servers() > 5) {
            assertThat(v.capacityOverruns()).anyMatch(c -> c.wave() == 1 && c.cause().equals("pins"));
            assertThat(plan.wave(1).warnings()).anyMatch(w -> w.startsWith("pinned groups take it over capacity"));
        }
    }

    @Test
    void aGroupLargerThanAWaveGetsAWaveOfItsOwn() {
        MoveGroups mg = groups(21, 8, 0);
        MoveGroup largest = mg.groups().stream().max(java.util.Comparator.comparingInt(MoveGroup::servers)).orElseThrow();
        WaveOptions o = WaveOptions.defaults(START).withPilot(0).withCapacity(largest.servers() - 1, null);

        WavePlan plan = planning.plan(mg, o, ProgressMonitor.NONE);

        Wave own = plan.wave(plan.waveOf(largest.name()));
        assertThat(own.groups()).containsExactly(largest.name());
        assertThat(own.warnings()).singleElement().asString().contains("larger than a wave's capacity");
        assertThat(planning.validate(plan).capacityOverruns()).singleElement()
                .satisfies(c -> assertThat(c.cause()).isEqualTo("one group larger than a wave"));
    }
}
