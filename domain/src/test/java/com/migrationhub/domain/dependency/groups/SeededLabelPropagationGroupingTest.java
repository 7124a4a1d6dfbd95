package com.migrationhub.domain.dependency.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.graph.DependencyGraphBuilder;
import com.migrationhub.domain.dependency.graph.DependencyOverrides;
import com.migrationhub.domain.dependency.graph.DependencyServer;
import com.migrationhub.domain.dependency.graph.EstateGenerator;
import com.migrationhub.domain.dependency.graph.Strength;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeededLabelPropagationGroupingTest {
    private static final DependencyGraphBuilder BUILDER = DependencyGraphBuilder.shipped();
    private final MoveGroupAlgorithm grouping = new SeededLabelPropagationGrouping();

    static DependencyGraph graph(EstateGenerator.Estate e, DependencyOverrides o) {
        return BUILDER.build(e.servers(), e.connections(), e.ipam(), o, ProgressMonitor.NONE);
    }

    static Set<Set<Long>> partition(MoveGroups groups) {
        return groups.groups().stream().map(g -> (Set<Long>) new TreeSet<>(g.serverIds())).collect(Collectors.toSet());
    }

    @Test
    void theGroupsAreTheKnownApplicationsAndUnnamedServersJoinTheirs() {
        EstateGenerator.Estate estate = EstateGenerator.generate(42, EstateGenerator.namedShape(40));
        assertThat(estate.unnamed()).hasSizeGreaterThan(20);

        MoveGroups groups = grouping.compute(graph(estate, DependencyOverrides.NONE), GroupingOptions.DEFAULTS,
                ProgressMonitor.NONE);

        assertThat(partition(groups)).isEqualTo(new HashSet<>(estate.applications().values()));
        for (Map.Entry<String, Set<Long>> app : estate.applications().entrySet()) {
            MoveGroup g = groups.groupOf(app.getValue().iterator().next());
            assertThat(g.name()).isEqualTo(app.getKey());
            assertThat(g.origin()).isEqualTo(MoveGroup.Origin.APPLICATION);
        }
        long joined = estate.unnamed().size();
        assertThat(groups.groups()).filteredOn(g -> g.reason().contains("joined through hard dependencies")).isNotEmpty();
        assertThat(joined).isPositive();
        // the cross-application links are the group dependencies, nothing else (hubs are soft)
        Set<List<String>> expected = estate.crossLinks().stream()
                .map(l -> List.of(groups.groupOf(l[0]).name(), groups.groupOf(l[1]).name())).collect(Collectors.toSet());
        assertThat(groups.dependencies()).extracting(d -> List.of(d.consumer(), d.provider()))
                .containsExactlyInAnyOrderElementsOf(expected);
        MoveGroup consumer = groups.group(expected.iterator().next().get(0));
        assertThat(consumer.dependsOn()).contains(expected.iterator().next().get(1));
        assertThat(groups.links()).hasSize(estate.crossLinks().size());
        assertThat(groups.warnings()).isEmpty();
    }

    @Test
    void withoutApplicationNamesTheGroupsComeFromTheGraph() {
        EstateGenerator.Shape shape = new EstateGenerator.Shape(30, false, 4, 0, 2, 15);
        EstateGenerator.Estate estate = EstateGenerator.generate(9, shape);

        MoveGroups groups = grouping.compute(graph(estate, DependencyOverrides.NONE), GroupingOptions.DEFAULTS,
                ProgressMonitor.NONE);

        // known answer: applications joined by a cross link move together; hubs (all soft) alone
        Map<Long, Set<Long>> merged = new HashMap<>();
        for (Set<Long> app : estate.applications().values()) {
            Set<Long> copy = new TreeSet<>(app);
            for (long id : app) {
                merged.put(id, copy);
            }
        }
        for (long[] link : estate.crossLinks()) {
            Set<Long> a = merged.get(link[0]);
            Set<Long> b = merged.get(link[1]);
            if (a != b) {
                a.addAll(b);
                for (long id : b) {
                    merged.put(id, a);
                }
            }
        }
        Set<Set<Long>> expected = new HashSet<>(merged.values());
        assertThat(expected).allMatch(s -> s.size() <= GroupingOptions.DEFAULT_MAX_GROUP_SIZE);
        for (long hub : estate.hubs()) {
            expected.add(Set.of(hub));
        }
        Set<Set<Long>> actual = partition(groups);
        assertThat(actual).as("missing").containsAll(expected);
        assertThat(expected).as("unexpected").containsAll(actual);
        assertThat(groups.groups()).filteredOn(g -> g.servers() > 1)
                .allMatch(g -> g.origin() == MoveGroup.Origin.DEPENDENCIES && g.name().startsWith("Around "));
        assertThat(groups.groups()).filteredOn(g -> estate.hubs().contains(g.serverIds().get(0)))
                .allMatch(g -> g.origin() == MoveGroup.Origin.SINGLETON);
    }

    @Test
    void aComponentLargerThanTheMaximumIsSplitIntoItsCommunities() {
        // 10 dense applications of 20 servers in a ring of light links: one component of 200
        EstateGenerator.Shape shape = new EstateGenerator.Shape(10, false, 0, 0, 20, 20);
        EstateGenerator.Estate estate = EstateGenerator.generate(3, shape);
        List<Connection> rows = new ArrayList<>(estate.connections());
        List<Set<Long>> apps = new ArrayList<>(estate.applications().values());
        for (int a = 0; a < apps.size(); a++) {
            long from = apps.get(a).iterator().next();
            long to = apps.get((a + 1) % apps.size()).iterator().next();
            rows.add(new Connection(null, ip(from), null, null, null, ip(to), null, null, 7000, "tcp", 1, 1, null, null,
                    null));
        }
        DependencyGraph g = BUILDER.build(withIps(estate.servers()), rows, estate.ipam(), DependencyOverrides.NONE,
                ProgressMonitor.NONE);

        MoveGroups groups = grouping.compute(g, GroupingOptions.DEFAULTS, ProgressMonitor.NONE);

        Set<Set<Long>> expected = new HashSet<>(apps);
        estate.hubs().forEach(h -> expected.add(Set.of(h)));
        assertThat(partition(groups)).isEqualTo(expected);
        assertThat(groups.groups()).filteredOn(x -> x.servers() > 1)
                .allMatch(x -> x.origin() == MoveGroup.Origin.COMMUNITY && x.reason().contains("Louvain"));
        assertThat(groups.dependencies()).hasSize(10);
    }

    private static List<DependencyServer> withIps(List<DependencyServer> servers) {
        return servers.stream().map(s -> new DependencyServer(s.id(), s.name(), s.hostName(), List.of(ip(s.id())),
                s.application(), s.environment(), s.vcpus(), s.memoryMiB(), s.riskScore())).toList();
    }

    private static String ip(long id) {
        return "10." + (id / 65536) + "." + (id / 256 % 256) + "." + (id % 256);
    }

    private static DependencyServer server(long id, String name, String app, String env) {
        return new DependencyServer(id, name, null, List.of(), app, env, 4, 8192, (int) id * 10);
    }

    private static Connection row(String from, String to, long slots) {
        return new Connection(from, null, null, null, to, null, null, null, 8080, "tcp", 1, slots, null, null, null);
    }

    @Test
    void anApplicationInSeveralEnvironmentsIsOneGroupPerEnvironment() {
        List<DependencyServer> inv = List.of(server(1, "p1", "Payroll", "Production"),
                server(2, "p2", " payroll ", "production"), server(3, "t1", "PAYROLL", "Test"),
                server(4, "x1", "Payroll", null), server(5, "s1", "Shop", "Production"), server(6, "s2", "Shop", "Test"));
        DependencyGraph g = BUILDER.build(inv, List.of(), List.of(), DependencyOverrides.NONE, ProgressMonitor.NONE);

        MoveGroups groups = grouping.compute(g, GroupingOptions.DEFAULTS, ProgressMonitor.NONE);

        assertThat(groups.groups()).extracting(MoveGroup::name, MoveGroup::serverIds, MoveGroup::environment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Payroll (no environment)", List.of(4L), null),
                        org.assertj.core.groups.Tuple.tuple("Payroll (Production)", List.of(1L, 2L), "Production"),
                        org.assertj.core.groups.Tuple.tuple("Payroll (Test)", List.of(3L), "Test"),
                        org.assertj.core.groups.Tuple.tuple("Shop (Production)", List.of(5L), "Production"),
                        org.assertj.core.groups.Tuple.tuple("Shop (Test)", List.of(6L), "Test"));
        assertThat(groups.group("payroll (production)").vcpus()).isEqualTo(8);
        assertThat(groups.group("Payroll (Production)").maxRisk()).isEqualTo(20);
        assertThat(groups.group("Payroll (Production)").reason())
                .isEqualTo("the inventory names the application Payroll in Production for 2 servers");
    }

    @Test
    void spellingsOfOneEnvironmentAreOneGroupButQaAndUatStayApart() {
        List<DependencyServer> inv = List.of(server(1, "p1", "Payroll", "Production"), server(2, "p2", "Payroll", "PROD"),
                server(3, "p3", "Payroll", "prd"), server(4, "q1", "Payroll", "QA"), server(5, "u1", "Payroll", "UAT"),
                server(6, "d1", "Payroll", "Development"), server(7, "d2", "Payroll", "dev"));
        DependencyGraph g = BUILDER.build(inv, List.of(), List.of(), DependencyOverrides.NONE, ProgressMonitor.NONE);

        MoveGroups groups = grouping.compute(g, GroupingOptions.DEFAULTS, ProgressMonitor.NONE);

        assertThat(groups.groups()).extracting(MoveGroup::name, MoveGroup::serverIds).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Payroll (Development)", List.of(6L, 7L)),
                org.assertj.core.groups.Tuple.tuple("Payroll (PROD)", List.of(1L, 2L, 3L)),
                org.assertj.core.groups.Tuple.tuple("Payroll (QA)", List.of(4L)),
                org.assertj.core.groups.Tuple.tuple("Payroll (UAT)", List.of(5L)));
    }

    @Test
    void aServerOfSuchAnApplicationWithoutEnvironmentJoinsTheEnvironmentItTalksToMost() {
        List<DependencyServer> inv = List.of(server(1, "p1", "Payroll", "Production"),
                server(2, "t1", "Payroll", "Test"), server(3, "x1", "Payroll", null), server(4, "x2", "Payroll", null),
                server(5, "s1", "Shop", "Production"));
        // x1 talks to production more than to test; it also talks to a production server of another
        // application, which must not count
        List<Connection> rows = List.of(row("x1", "p1", 12), row("x1", "t1", 3), row("x1", "s1", 50));
        DependencyGraph g = BUILDER.build(inv, rows, List.of(), DependencyOverrides.NONE, ProgressMonitor.NONE);

        MoveGroups groups = grouping.compute(g, GroupingOptions.DEFAULTS, ProgressMonitor.NONE);

        assertThat(groups.groupOf(3).name()).isEqualTo("Payroll (Production)");
        assertThat(groups.groupOf(4).name()).isEqualTo("Payroll (no environment)");
        assertThat(groups.group("Payroll (Production)").reason()).contains("x1");
    }

    @Test
    void anUnnamedServerJoinsTheGroupItDependsOnMost() {
        List<DependencyServer> inv = List.of(server(1, "shop1", "Shop", null), server(2, "bill1", "Billing", null),
                server(3, "x", null, null), server(4, "y", null, null), server(5, "lonely", null, null));
        List<Connection> rows = List.of(row("x", "shop1", 30), row("x", "bill1", 10), row("y", "x", 5));
        DependencyGraph g = BUILDER.build(inv, rows, List.of(), DependencyOverrides.NONE, ProgressMonitor.NONE);

        MoveGroups groups = grouping.compute(g, GroupingOptions.DEFAULTS, ProgressMonitor.NONE);

        assertThat(groups.groupOf(3).name()).isEqualTo("Shop");
        assertThat(groups.groupOf(4).name()).as("two hops away").isEqualTo("Shop");
        assertThat(groups.groupOf(5).origin()).isEqualTo(MoveGroup.Origin.SINGLETON);
        assertThat(groups.groupOf(5).name()).isEqualTo("lonely");
        assertThat(groups.group("Shop").reason()).endsWith("2 without an application joined through hard dependencies: x, y");
        assertThat(groups.group("Shop").dependsOn()).containsExactly("Billing");
        assertThat(groups.group("Billing").dependents()).containsExactly("Shop");

        // the user says x -> shop1 is soft: x now leans to Billing
        DependencyGraph overridden = BUILDER.build(inv, rows, List.of(),
                DependencyOverrides.NONE.withEdge("server:3", "server:1", Strength.SOFT), ProgressMonitor.NONE);
        MoveGroups after = grouping.compute(overridden, GroupingOptions.DEFAULTS, ProgressMonitor.NONE);
        assertThat(after.groupOf(3).name()).isEqualTo("Billing");
        assertThat(after.group("Shop").dependsOn()).isEmpty();

        // the user marks bill1 a shared service: x's only hard link is to Shop
        DependencyGraph shared = BUILDER.build(inv, rows, List.of(),
                DependencyOverrides.NONE.withServer(2, Strength.SOFT), ProgressMonitor.NONE);
        MoveGroups sharedGroups = grouping.compute(shared, GroupingOptions.DEFAULTS, ProgressMonitor.NONE);
        assertThat(sharedGroups.group("Shop").dependsOn()).isEmpty();
        assertThat(sharedGroups.groupOf(3).name()).isEqualTo("Shop");
    }

    @Test
    void pinsArePlacedFirstAndSurviveRecomputation() {
        EstateGenerator.Estate estate = EstateGenerator.generate(42, EstateGenerator.namedShape(12));
        DependencyGraph g = graph(estate, DependencyOverrides.NONE);
        List<Set<Long>> apps = new ArrayList<>(estate.applications().values());
        Set<Long> big = apps.stream().filter(a -> a.size() >= 4).findFirst().orElseThrow();
        List<Long> members = new ArrayList<>(big);
        Map<Long, String> pins = new HashMap<>();
        pins.put(members.get(0), "Cutover batch");
        pins.put(members.get(1), "Cutover batch");
        String otherApp = estate.applications().entrySet().stream().filter(e -> e.getValue() != big)
                .map(Map.Entry::getKey).filter(n -> !n.equals("Backup")).findFirst().orElseThrow();
        pins.put(members.get(2), otherApp.toUpperCase());
        pins.put(999_999L, "Nowhere");

        MoveGroups groups = grouping.compute(g, GroupingOptions.DEFAULTS.withPins(pins), ProgressMonitor.NONE);

        assertThat(groups.group("Cutover batch").serverIds()).containsExactly(members.get(0), members.get(1));
        assertThat(groups.group("Cutover batch").origin()).isEqualTo(MoveGroup.Origin.USER);
        assertThat(groups.groupOf(members.get(2)).name()).isEqualTo(otherApp);
        assertThat(groups.group(otherApp).reason()).contains("1 pinned here by the user");
        assertThat(groups.warnings()).containsExactly(
                "server id 999999 is pinned to 'Nowhere' but is not in the inventory: pin ignored");
        // the rest of the application keeps its name
        assertThat(groups.groupOf(members.get(3)).serverIds()).doesNotContain(members.get(0), members.get(2));
    }

    @Test
    void aLargeApplicationIsKeptWholeWithAWarningUnlessSplittingIsAsked() {
        EstateGenerator.Shape shape = new EstateGenerator.Shape(3, true, 0, 0.3, 30, 30);
        EstateGenerator.Estate estate = EstateGenerator.generate(5, shape);
        DependencyGraph g = graph(estate, DependencyOverrides.NONE);
        GroupingOptions small = GroupingOptions.DEFAULTS.withMaxGroupSize(12);

        MoveGroups whole = grouping.compute(g, small, ProgressMonitor.NONE);
        assertThat(partition(whole)).isEqualTo(new HashSet<>(estate.applications().values()));
        assertThat(whole.warnings()).hasSize(3).allMatch(w -> w.contains("servers, more than 12: kept whole"));

        MoveGroups split = grouping.compute(g, small.withSplitLargeApplications(true), ProgressMonitor.NONE);
        assertThat(split.groups()).allMatch(x -> x.servers() <= 12);
        assertThat(split.groups()).filteredOn(x -> x.origin() == MoveGroup.Origin.COMMUNITY)
                .extracting(MoveGroup::name).contains("AppA part 1 of 3");
        // parts never mix applications
        for (MoveGroup part : split.groups()) {
            assertThat(estate.applications().values()).anyMatch(app -> app.containsAll(part.serverIds()));
        }
    }

    @Test
    void theGroupsAreTheSameWhateverTheOrderOfTheInput() {
        EstateGenerator.Estate estate = EstateGenerator.generate(77, new EstateGenerator.Shape(30, true, 12, 0.3, 2, 30));
        MoveGroups a = grouping.compute(graph(estate, DependencyOverrides.NONE), GroupingOptions.DEFAULTS.withMaxGroupSize(20),
                ProgressMonitor.NONE);
        List<DependencyServer> servers = new ArrayList<>(estate.servers());
        List<Connection> rows = new ArrayList<>(estate.connections());
        List<IpamEntry> ipam = new ArrayList<>(estate.ipam());
        Random random = new Random(1);
        Collections.shuffle(servers, random);
        Collections.shuffle(rows, random);
        Collections.shuffle(ipam, random);
        MoveGroups b = grouping.compute(BUILDER.build(servers, rows, ipam, DependencyOverrides.NONE, ProgressMonitor.NONE),
                GroupingOptions.DEFAULTS.withMaxGroupSize(20), ProgressMonitor.NONE);

        assertThat(b.groups()).isEqualTo(a.groups());
        assertThat(b.dependencies()).isEqualTo(a.dependencies());
        assertThat(b.links()).isEqualTo(a.links());
        assertThat(b.warnings()).isEqualTo(a.warnings());
    }
}
