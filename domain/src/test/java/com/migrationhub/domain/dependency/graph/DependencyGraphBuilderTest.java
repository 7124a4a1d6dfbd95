package com.migrationhub.domain.dependency.graph;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.Assertions;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

class DependencyGraphBuilderTest {
    static final DependencyGraphBuilder BUILDER = DependencyGraphBuilder.shipped();
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-05T10:00:00Z");

    static DependencyServer server(long id, String name, String app) {
        return new DependencyServer(id, name, null, List.of("10.0.0." + id), app, null, 2, 4096, null);
    }

    static Connection row(String from, String to, int port, String sp, String dp, long slots) {
        return new Connection(from, null, null, sp, to, null, null, dp, port, "tcp", 1, slots, T1, T2, null);
    }

    /** An edge keeps its times as numbers: nanoseconds, times before 1970 and no time at all come back as they were. */
    @Test
    void anEdgesTimesComeBackExactlyOrAsNone() {
        List<DependencyServer> inv = List.of(server(1, "web", "Shop"), server(2, "db", "Shop"), server(3, "app", "Shop"));
        Instant early = Instant.parse("1969-12-31T23:59:59.123456789Z");
        Instant late = Instant.parse("2026-03-05T10:00:00.000000001Z");
        List<Connection> rows = List.of(
                new Connection("web", null, null, null, "db", null, null, null, 1433, "tcp", 1, 1, late, late, null),
                new Connection("web", null, null, null, "db", null, null, null, 1433, "tcp", 1, 1, early, early, null),
                new Connection("web", null, null, null, "app", null, null, null, 8080, "tcp", 1, 1, null, null, null));

        DependencyGraph g = BUILDER.build(inv, rows, List.of(), DependencyOverrides.NONE, ProgressMonitor.NONE);

        DependencyEdge timed = edge(g, "web", "db");
        assertThat(timed.firstSeen()).isEqualTo(early);
        assertThat(timed.lastSeen()).isEqualTo(late);
        DependencyEdge untimed = edge(g, "web", "app");
        assertThat(untimed.firstSeen()).isNull();
        assertThat(untimed.lastSeen()).isNull();
    }

    @Test
    void rowsBetweenTwoEndpointsAggregateIntoOneEdge() {
        List<DependencyServer> inv = List.of(server(1, "web", "Shop"), server(2, "db", "Shop"));
        List<Connection> rows = List.of(
                new Connection("web", null, "Shop", "w3wp.exe", "db", null, null, "sqlservr.exe", 1433, "tcp", 4, 3,
                        T2, T2, null),
                new Connection(null, "10.0.0.1", null, "java", "DB.corp.local", null, "ShopDB", "sqlservr.exe", 1434,
                        "TCP", 2, 1, T1, T1, null),
                new Connection("web", null, null, "w3wp.exe", "db", null, null, null, 1433, "udp", 1, 1, null, null, null),
                row("web", "web", 80, null, null, 1));

        DependencyGraph g = BUILDER.build(inv, rows, List.of(), DependencyOverrides.NONE, ProgressMonitor.NONE);

        assertThat(g.edges()).hasSize(1);
        DependencyEdge e = g.edge(0);
        assertThat(g.endpoint(e.source()).label()).isEqualTo("web");
        assertThat(g.endpoint(e.target()).label()).isEqualTo("db");
        assertThat(e.ports()).containsExactly(1433, 1434);
        assertThat(e.protocols()).containsExactly("tcp", "udp");
        assertThat(e.sourceProcesses()).containsExactly("java", "w3wp.exe");
        assertThat(e.destinationProcesses()).containsExactly("sqlservr.exe");
        assertThat(e.applications()).containsExactly("Shop", "ShopDB");
        assertThat(e.connections()).isEqualTo(7);
        assertThat(e.slots()).isEqualTo(5);
        assertThat(e.firstSeen()).isEqualTo(T1);
        assertThat(e.lastSeen()).isEqualTo(T2);
        assertThat(e.isHard()).isTrue();
        assertThat(e.classification().basis()).isEqualTo(Classification.Basis.TRAFFIC);
        assertThat(g.resolution()).isEqualTo(new DependencyGraph.Resolution(4, 7, 1, 0, 0, 0, 1));
    }

    @Test
    void processesAreCappedWithACountOfTheRest() {
        List<Connection> rows = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            rows.add(row("a", "b", 8080, "p" + (char) ('a' + i), null, 1));
        }
        DependencyGraph g = BUILDER.build(List.of(server(1, "a", null), server(2, "b", null)), rows, List.of(),
                DependencyOverrides.NONE, ProgressMonitor.NONE);

        assertThat(g.edge(0).sourceProcesses()).hasSize(DependencyEdge.PROCESS_CAP).startsWith("pa").endsWith("pj");
        assertThat(g.edge(0).moreSourceProcesses()).isEqualTo(4);
    }

    /** An edge keeps each port and process once, sorted, however many and in whatever order the rows repeat them. */
    @Test
    void manyPortsAndProcessesAreEachKeptOnceAndSorted() {
        int[] ports = {8443, 80, 8443, 22, 80, 3389, 5000, 22, 1, 65535, 5000, 8443};
        List<Connection> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // 20 processes, each twice, in a scrambled order: past the small sets' array into a hash set
            String process = "p" + (char) ('a' + (i * 7) % 20);
            rows.add(row("a", "b", ports[i % ports.length], process, null, 1));
        }
        DependencyGraph g = BUILDER.build(List.of(server(1, "a", null), server(2, "b", null)), rows, List.of(),
                DependencyOverrides.NONE, ProgressMonitor.NONE);

        DependencyEdge e = g.edge(0);
        assertThat(e.ports()).containsExactly(1, 22, 80, 3389, 5000, 8443, 65535);
        assertThat(e.sourceProcesses()).containsExactly("pa", "pb", "pc", "pd", "pe", "pf", "pg", "ph", "pi", "pj");
        assertThat(e.moreSourceProcesses()).isEqualTo(10);
        assertThat(e.connections()).isEqualTo(40);
    }

    /** Edges with the same ports, protocols and processes hold one instance of each (a report makes each one's text once). */
    @Test
    void equalPortSetsAndListsAreOneInstance() {
        List<Connection> rows = List.of(row("a", "b", 443, "java", null, 1), row("c", "b", 443, "java", null, 1),
                row("a", "c", 80, "java", null, 1), row("a", "c", 443, "nginx", null, 1),
                row("c", "a", 443, "nginx", null, 1), row("c", "a", 80, "java", null, 1));
        DependencyGraph g = BUILDER.build(List.of(server(1, "a", null), server(2, "b", null), server(3, "c", null)),
                rows, List.of(), DependencyOverrides.NONE, ProgressMonitor.NONE);

        // by source, then target: a>b, a>c, c>a, c>b
        assertThat(g.edges()).extracting(e -> e.source() + ">" + e.target()).containsExactly("0>1", "0>2", "2>0", "2>1");
        DependencyEdge ab = g.edge(0);
        DependencyEdge ac = g.edge(1);
        DependencyEdge ca = g.edge(2);
        DependencyEdge cb = g.edge(3);
        assertThat(ab.ports()).containsExactly(443);
        assertThat(ab.portSet()).isSameAs(cb.portSet());
        assertThat(ac.ports()).containsExactly(80, 443);
        assertThat(ac.portSet()).isSameAs(ca.portSet()).isNotSameAs(ab.portSet());
        assertThat(ab.sourceProcesses()).containsExactly("java").isSameAs(cb.sourceProcesses());
        assertThat(ac.sourceProcesses()).containsExactly("java", "nginx").isSameAs(ca.sourceProcesses());
        assertThat(ab.protocols()).containsExactly("tcp").isSameAs(ac.protocols()).isSameAs(cb.protocols());
    }

    @Test
    void sharedServicesAreSoftByPortProcessOrHubShapeAndSayWhy() {
        List<DependencyServer> inv = new ArrayList<>();
        List<Connection> rows = new ArrayList<>();
        inv.add(server(1, "dns01", null));
        inv.add(server(2, "lic01", null));
        inv.add(server(3, "logs01", null));
        for (int i = 10; i < 40; i++) {
            inv.add(server(i, "srv" + i, "App" + i));
            rows.add(row("srv" + i, "dns01", 53, null, null, 5));
            rows.add(row("srv" + i, "lic01", 27000, "app.exe", "lmgrd", 5));
        }
        rows.add(row("srv10", "logs01", 7000, "filebeat.exe", "logstash", 5));
        rows.add(row("srv11", "srv12", 53, null, null, 5));
        rows.add(row("srv11", "srv12", 1433, null, null, 5));

        DependencyGraph g = BUILDER.build(inv, rows, List.of(), DependencyOverrides.NONE, ProgressMonitor.NONE);

        DependencyEdge dns = edge(g, "srv10", "dns01");
        assertThat(dns.strength()).isEqualTo(Strength.SOFT);
        assertThat(dns.classification().ruleId()).isEqualTo("dns-port");
        assertThat(dns.classification().category()).isEqualTo(SharedService.DNS);
        assertThat(dns.classification().text()).isEqualTo("dns-port: name resolution (DNS), port 53");

        DependencyEdge lic = edge(g, "srv10", "lic01");
        assertThat(lic.strength()).isEqualTo(Strength.SOFT);
        assertThat(lic.classification().basis()).isEqualTo(Classification.Basis.HUB);
        assertThat(lic.classification().text()).isEqualTo("hub: 30 servers call it (91 % of active servers, 30 applications)");
        assertThat(g.hubs()).extracting(h -> g.endpoint(h.node()).label()).containsExactly("dns01", "lic01");

        DependencyEdge logs = edge(g, "srv10", "logs01");
        assertThat(logs.classification().ruleId()).isEqualTo("logging-process");
        assertThat(logs.classification().text()).endsWith("process filebeat.exe");

        DependencyEdge mixed = edge(g, "srv11", "srv12");
        assertThat(mixed.strength()).isEqualTo(Strength.HARD);
        assertThat(mixed.classification().text()).isEqualTo("application traffic (1 of 2 rows match no shared-service rule)");
    }

    @Test
    void userOverridesComeFirst() {
        List<DependencyServer> inv = new ArrayList<>();
        List<Connection> rows = new ArrayList<>();
        inv.add(server(2, "lic01", null));
        for (int i = 10; i < 40; i++) {
            inv.add(server(i, "srv" + i, "App" + i));
            rows.add(row("srv" + i, "lic01", 27000, null, null, 5));
        }
        rows.add(row("srv10", "srv11", 8080, null, null, 5));
        rows.add(row("srv12", "srv13", 53, null, null, 5));
        DependencyOverrides o = DependencyOverrides.NONE
                .withServer(2, Strength.HARD)
                .withServer(13, Strength.HARD)
                .withEdge("server:10", "server:11", Strength.SOFT)
                .withEdge("server:14", "server:2", Strength.SOFT);

        DependencyGraph g = BUILDER.build(inv, rows, List.of(), o, ProgressMonitor.NONE);

        assertThat(edge(g, "srv15", "lic01").classification())
                .isEqualTo(new Classification(Strength.HARD, Classification.Basis.USER, null, null, "user: lic01 marked hard"));
        assertThat(edge(g, "srv14", "lic01").classification().text()).isEqualTo("user: marked soft");
        assertThat(edge(g, "srv10", "srv11").strength()).isEqualTo(Strength.SOFT);
        assertThat(edge(g, "srv12", "srv13").strength()).as("the server override beats the DNS port rule")
                .isEqualTo(Strength.HARD);

        DependencyGraph soft = BUILDER.build(inv, rows, List.of(),
                DependencyOverrides.NONE.withServer(11, Strength.SOFT), ProgressMonitor.NONE);
        assertThat(edge(soft, "srv10", "srv11").classification().text()).isEqualTo("user: srv11 marked a shared service");
    }

    @Test
    void theGeneratedEstateResolvesEveryWayAndItsHubsAreSoft() {
        EstateGenerator.Estate estate = EstateGenerator.generate(7, EstateGenerator.namedShape(40));

        DependencyGraph g = BUILDER.build(estate.servers(), estate.connections(), estate.ipam(),
                DependencyOverrides.NONE, ProgressMonitor.NONE);

        DependencyGraph.Resolution r = g.resolution();
        assertThat(r.rows()).isEqualTo(estate.connections().size());
        assertThat(r.byName()).isPositive();
        assertThat(r.byIp()).isPositive();
        assertThat(r.byIpam()).isPositive();
        assertThat(r.external()).isPositive();
        assertThat(r.byName() + r.byIp() + r.byIpam() + r.external()).isEqualTo(2 * r.rows());
        assertThat(g.nodeCount()).isEqualTo(estate.servers().size() + r.externalEndpoints());
        assertThat(g.endpoints().subList(g.serverCount(), g.nodeCount()))
                .extracting(Endpoint::key).contains("name:api.partner.example.com").anyMatch(k -> k.startsWith("ip:203.0.113."));
        // every endpoint of every row is an inventory server except the internet and the partner API
        long externalRows = estate.connections().stream()
                .filter(c -> c.destinationName() != null && c.destinationName().startsWith("api.")
                        || c.sourceIp() != null && c.sourceIp().startsWith("203.")).count();
        assertThat(r.external()).isEqualTo(externalRows);

        for (DependencyEdge e : g.edges()) {
            DependencyServer to = g.server(e.target());
            DependencyServer from = g.server(e.source());
            boolean hubSide = to != null && estate.hubs().contains(to.id()) || from != null && estate.hubs().contains(from.id());
            if (hubSide) {
                assertThat(e.strength()).as(e.toString()).isEqualTo(Strength.SOFT);
            } else {
                assertThat(e.strength()).as(e.toString()).isEqualTo(Strength.HARD);
            }
        }
        Set<String> hubs = g.hubs().stream().map(h -> g.endpoint(h.node()).label().toLowerCase()).collect(Collectors.toSet());
        assertThat(hubs).contains("lic01", "bkp01", "dc01", "mon01");
    }

    @Test
    void theGraphIsTheSameWhateverTheOrderOfTheInput() {
        EstateGenerator.Estate estate = EstateGenerator.generate(11, EstateGenerator.namedShape(25));
        DependencyGraph a = BUILDER.build(estate.servers(), estate.connections(), estate.ipam(),
                DependencyOverrides.NONE, ProgressMonitor.NONE);
        List<DependencyServer> servers = new ArrayList<>(estate.servers());
        List<Connection> rows = new ArrayList<>(estate.connections());
        List<IpamEntry> ipam = new ArrayList<>(estate.ipam());
        Random random = new Random(3);
        Collections.shuffle(servers, random);
        Collections.shuffle(rows, random);
        Collections.shuffle(ipam, random);
        DependencyGraph b = BUILDER.build(servers, rows, ipam, DependencyOverrides.NONE, ProgressMonitor.NONE);

        assertThat(b.endpoints()).isEqualTo(a.endpoints());
        assertThat(b.edges()).extracting(DependencyGraphBuilderTest::describe)
                .containsExactlyElementsOf(a.edges().stream().map(DependencyGraphBuilderTest::describe).toList());
        assertThat(b.hubs()).isEqualTo(a.hubs());
        assertThat(b.resolution()).isEqualTo(a.resolution());
    }

    @Test
    void theJGraphTViewHasEveryNodeAndEdge() {
        EstateGenerator.Estate estate = EstateGenerator.generate(5, EstateGenerator.namedShape(5));
        DependencyGraph g = BUILDER.build(estate.servers(), estate.connections(), estate.ipam(),
                DependencyOverrides.NONE, ProgressMonitor.NONE);

        Graph<Integer, DependencyEdge> view = g.asGraph();

        assertThat(view.vertexSet()).hasSize(g.nodeCount());
        assertThat(view.edgeSet()).hasSize(g.edgeCount());
        DependencyEdge e = g.edge(3);
        assertThat(view.getEdgeSource(e)).isEqualTo(e.source());
        assertThat(view.outDegreeOf(e.source())).isEqualTo(g.outDegree(e.source()));
        Assertions.assertThatThrownBy(() -> view.addVertex(-1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCancelledBuildStops() {
        EstateGenerator.Estate estate = EstateGenerator.generate(5, EstateGenerator.namedShape(5));
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        Assertions.assertThatThrownBy(() -> BUILDER.build(estate.servers(), estate.connections(), estate.ipam(),
                DependencyOverrides.NONE, cancelled)).isInstanceOf(CancelledException.class);
    }

    static String describe(DependencyEdge e) {
        return e.index() + " " + e.source() + ">" + e.target() + " " + e.ports() + e.protocols() + e.sourceProcesses()
                + e.moreSourceProcesses() + e.destinationProcesses() + e.applications() + " " + e.connections() + "/"
                + e.slots() + " " + e.firstSeen() + " " + e.lastSeen() + " " + e.classification();
    }

    static DependencyEdge edge(DependencyGraph g, String from, String to) {
        for (DependencyEdge e : g.edges()) {
            if (g.endpoint(e.source()).label().equalsIgnoreCase(from) && g.endpoint(e.target()).label().equalsIgnoreCase(to)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
    }
}
