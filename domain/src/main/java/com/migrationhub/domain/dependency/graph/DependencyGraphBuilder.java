package com.migrationhub.domain.dependency.graph;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.domain.util.LongMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link DependencyGraph} from an inventory, connection rows and an IP address plan:
 * resolves each row's endpoints ({@link EndpointResolver}), aggregates the rows per caller and
 * callee, detects hubs and classifies each edge hard or soft, in this precedence:
 * <ol>
 * <li>the user's override of the edge; then of the callee server, then of the caller server;</li>
 * <li>the port and process rules ({@link DependencyRules}): soft when every row of the edge
 * matched one (the first rule in file order that matched is the reason);</li>
 * <li>hub shape: the callee is called by many servers across many applications (or, with the
 * outbound setting, the caller calls many);</li>
 * <li>otherwise hard: application traffic.</li>
 * </ol>
 * The result does not depend on the order of servers, rows or plan entries.
 *
 * <p>Cost: O(rows) hash look-ups (endpoint answers are cached per name and address), then
 * O(edges log edges) to order the edges; memory O(endpoints + edges), not O(rows): the rows may be
 * streamed.
 */
public final class DependencyGraphBuilder {
    private static final int NO_RULE = Integer.MAX_VALUE;

    private final DependencyRules rules;

    public DependencyGraphBuilder(DependencyRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    /** With the shipped rules. */
    public static DependencyGraphBuilder shipped() {
        return new DependencyGraphBuilder(DependencyRules.readShipped());
    }

    /**
     * Builds the graph.
     *
     * @param servers     the inventory (ids unique)
     * @param connections the rows, in any order; iterated once
     * @param ipam        the IP address plan, possibly empty
     * @param overrides   the user's hard/soft overrides ({@link DependencyOverrides#NONE})
     * @throws IllegalArgumentException when two servers have the same id
     */
    public DependencyGraph build(Collection<DependencyServer> servers, Iterable<? extends Connection> connections,
            Collection<IpamEntry> ipam, DependencyOverrides overrides, ProgressMonitor monitor) {
        List<DependencyServer> inventory = new ArrayList<>(servers);
        inventory.sort(Comparator.comparingLong(DependencyServer::id));
        for (int i = 1; i < inventory.size(); i++) {
            if (inventory.get(i).id() == inventory.get(i - 1).id()) {
                throw new IllegalArgumentException("two servers with the id " + inventory.get(i).id());
            }
        }
        int n = inventory.size();
        monitor.progress(0, -1, "Resolving endpoints");
        EndpointResolver resolver = new EndpointResolver(inventory, ipam);
        Aggregation agg = new Aggregation(n, resolver, rules);
        long total = connections instanceof Collection<?> c ? c.size() : -1;
        for (Connection row : connections) {
            agg.add(row);
            if ((agg.rows & 0xFFFF) == 0) {
                monitor.checkCancelled();
                monitor.progress(agg.rows, total, "Aggregating connections");
            }
        }
        monitor.checkCancelled();
        monitor.progress(agg.rows, agg.rows, "Classifying dependencies");
        return agg.finish(inventory, overrides == null ? DependencyOverrides.NONE : overrides, monitor);
    }

    /** The running state of one build. */
    private static final class Aggregation {
        final int servers;
        final EndpointResolver resolver;
        final DependencyRules rules;
        final EndpointCodes endpointCache = new EndpointCodes();
        final Map<String, Integer> externalByKey = new HashMap<>();
        final List<String> externalKeys = new ArrayList<>();
        final List<String> externalLabels = new ArrayList<>();
        final Map<String, Integer> processRuleCache = new HashMap<>();
        LongMap<EdgeAcc> edges = new LongMap<>();
        /** Classifications made, by rule and port or process ({@link RuleKey}) and by hub. */
        final Map<Object, Classification> classified = new HashMap<>();
        /** Traffic classifications made, by hard rows (high half) and soft rows (low half). */
        final LongMap<Classification> traffic = new LongMap<>();
        final Map<String, String> interned = new HashMap<>();
        /** For each server: the servers calling it and called by it (an edge each), and whether it has any edge. */
        final int[] callers;
        final int[] callees;
        final boolean[] active;
        long rows;
        long byName;
        long byIp;
        long byIpam;
        long external;
        long self;

        Aggregation(int servers, EndpointResolver resolver, DependencyRules rules) {
            this.servers = servers;
            this.callers = new int[servers];
            this.callees = new int[servers];
            this.active = new boolean[servers];
            this.resolver = resolver;
            this.rules = rules;
        }

        void add(Connection c) {
            rows++;
            int s = node(c.sourceName(), c.sourceIp());
            int d = node(c.destinationName(), c.destinationIp());
            if (s == d) {
                self++;
                return;
            }
            long key = ((long) s << 32) | (d & 0xFFFFFFFFL);
            EdgeAcc e = edges.get(key);
            if (e == null) {
                e = new EdgeAcc(s, d);
                edges.put(key, e);
                // counted here, not in a pass over 360,000 scattered edges at the end; an index
                // below servers is a server's, before external endpoints get their final indices too
                if (s < servers) {
                    active[s] = true;
                    if (d < servers) {
                        callers[d]++;
                        callees[s]++;
                    }
                }
                if (d < servers) {
                    active[d] = true;
                }
            }
            e.add(c, this);
        }

        String intern(String s) {
            if (s == null) {
                return null;
            }
            String t = s.strip();
            if (t.isEmpty()) {
                return null;
            }
            String before = interned.putIfAbsent(t, t);
            return before == null ? t : before;
        }

        int processRule(String process) {
            if (process == null) {
                return -1;
            }
            Integer r = processRuleCache.get(process);
            if (r == null) {
                r = rules.matchProcess(process);
                processRuleCache.put(process, r);
            }
            return r;
        }

        /** The node of an endpoint: its server's index, or a provisional external index (servers + k). */
        int node(String name, String ip) {
            int code = endpointCache.get(name, ip);
            if (code < 0) {
                EndpointResolver.Resolved r = resolver.resolve(name, ip);
                int node;
                if (r.server() >= 0) {
                    node = r.server();
                } else {
                    String a = EndpointResolver.normalIp(ip);
                    String nm = EndpointResolver.normalName(name);
                    if (nm != null && EndpointResolver.looksLikeIp(nm) && a == null) {
                        a = EndpointResolver.normalIp(nm);
                        nm = null;
                    }
                    String key = a != null ? "ip:" + a : nm != null ? "name:" + nm : "unknown:";
                    Integer x = externalByKey.get(key);
                    if (x == null) {
                        x = servers + externalKeys.size();
                        externalByKey.put(key, x);
                        externalKeys.add(key);
                        String label = name != null && !name.isBlank() && !EndpointResolver.looksLikeIp(nm == null ? "0.0.0.0" : nm)
                                ? name.strip() : a != null ? a : "(unknown)";
                        externalLabels.add(label);
                    }
                    node = x;
                }
                code = node * 4 + r.how().ordinal();
                endpointCache.put(name, ip, code);
            }
            switch (code & 3) {
                case 0 -> byName++;
                case 1 -> byIp++;
                case 2 -> byIpam++;
                default -> external++;
            }
            return code >>> 2;
        }

        DependencyGraph finish(List<DependencyServer> inventory, DependencyOverrides overrides, ProgressMonitor monitor) {
            // externals get their final indices in key order, so the result does not depend on row order
            int x = externalKeys.size();
            Integer[] order = new Integer[x];
            for (int i = 0; i < x; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparing(externalKeys::get));
            int[] finalIndex = new int[x];
            List<Endpoint> endpoints = new ArrayList<>(servers + x);
            for (int i = 0; i < servers; i++) {
                DependencyServer s = inventory.get(i);
                endpoints.add(new Endpoint(i, Endpoint.serverKey(s.id()), s, s.label()));
            }
            for (int k = 0; k < x; k++) {
                int provisional = order[k];
                finalIndex[provisional] = servers + k;
                endpoints.add(new Endpoint(servers + k, externalKeys.get(provisional), null,
                        externalLabels.get(provisional)));
            }
            List<EdgeAcc> accs = new ArrayList<>(edges.size());
            edges.forEachValue(accs::add);
            edges = null;
            for (EdgeAcc a : accs) {
                if (a.source >= servers) {
                    a.source = finalIndex[a.source - servers];
                }
                if (a.target >= servers) {
                    a.target = finalIndex[a.target - servers];
                }
            }
            accs = bySourceThenTarget(accs, endpoints.size());
            monitor.checkCancelled();

            // hubs: distinct inventory callers (an edge per caller, counted as the edges appeared) and their applications
            int activeServers = 0;
            for (boolean b : active) {
                if (b) {
                    activeServers++;
                }
            }
            DependencyRules.HubThresholds t = rules.hubThresholds();
            double minByShare = t.minSharePercent() * activeServers / 100.0;
            String[] appKey = new String[servers];
            for (int i = 0; i < servers; i++) {
                String app = inventory.get(i).application();
                appKey[i] = app == null || app.isBlank() ? "#" + i : app.strip().toLowerCase(Locale.ROOT);
            }
            DependencyGraph.Hub[] inHub = new DependencyGraph.Hub[servers];
            DependencyGraph.Hub[] outHub = new DependencyGraph.Hub[servers];
            List<DependencyGraph.Hub> hubs = new ArrayList<>();
            // the applications calling (called by) each server that may be a hub, by server index
            @SuppressWarnings("unchecked")
            Set<String>[] inApps = new Set[servers];
            @SuppressWarnings("unchecked")
            Set<String>[] outApps = new Set[servers];
            boolean candidates = false;
            for (int i = 0; i < servers; i++) {
                if (callers[i] >= t.minCallers() && callers[i] >= minByShare) {
                    inApps[i] = new HashSet<>();
                    candidates = true;
                }
                if (t.outbound() && callees[i] >= t.minCallers() && callees[i] >= minByShare) {
                    outApps[i] = new HashSet<>();
                    candidates = true;
                }
            }
            if (candidates) {
                for (EdgeAcc a : accs) {
                    if (a.source < servers && a.target < servers) {
                        Set<String> s = inApps[a.target];
                        if (s != null) {
                            s.add(appKey[a.source]);
                        }
                        s = outApps[a.source];
                        if (s != null) {
                            s.add(appKey[a.target]);
                        }
                    }
                }
            }
            for (int i = 0; i < servers; i++) {
                Set<String> s = inApps[i];
                if (s != null && s.size() >= t.minApplications()) {
                    inHub[i] = new DependencyGraph.Hub(i, true, callers[i], 100.0 * callers[i] / activeServers, s.size());
                    hubs.add(inHub[i]);
                }
            }
            for (int i = 0; i < servers; i++) {
                Set<String> s = outApps[i];
                if (s != null && s.size() >= t.minApplications()) {
                    outHub[i] = new DependencyGraph.Hub(i, false, callees[i], 100.0 * callees[i] / activeServers, s.size());
                    hubs.add(outHub[i]);
                }
            }

            List<DependencyEdge> result = new ArrayList<>(accs.size());
            Shared shared = new Shared();
            Map<String, Classification> classifications = new HashMap<>();
            for (int e = 0; e < accs.size(); e++) {
                EdgeAcc a = accs.get(e);
                accs.set(e, null);
                Classification c = classify(a, endpoints, overrides, inHub, outHub);
                Classification before = classifications.putIfAbsent(c.text(), c);
                result.add(a.toEdge(e, before != null && before.equals(c) ? before : c, shared));
                if ((e & 0xFFFF) == 0) {
                    monitor.checkCancelled();
                }
            }
            DependencyGraph.Resolution res =
                    new DependencyGraph.Resolution(rows, byName, byIp, byIpam, external, x, self);
            return new DependencyGraph(endpoints, servers, result, res, hubs, activeServers);
        }

        /**
         * The edges by source, then target, the order they had kept for equal pairs: two stable
         * counting passes over the endpoint indices (a sort of objects by two keys was a second at
         * 360,000 edges).
         */
        static List<EdgeAcc> bySourceThenTarget(List<EdgeAcc> accs, int endpoints) {
            EdgeAcc[] in = accs.toArray(new EdgeAcc[0]);
            EdgeAcc[] byTarget = new EdgeAcc[in.length];
            int[] start = new int[endpoints + 1];
            for (EdgeAcc a : in) {
                start[a.target + 1]++;
            }
            for (int i = 0; i < endpoints; i++) {
                start[i + 1] += start[i];
            }
            for (EdgeAcc a : in) {
                byTarget[start[a.target]++] = a;
            }
            Arrays.fill(start, 0);
            for (EdgeAcc a : byTarget) {
                start[a.source + 1]++;
            }
            for (int i = 0; i < endpoints; i++) {
                start[i + 1] += start[i];
            }
            for (EdgeAcc a : byTarget) {
                in[start[a.source]++] = a;
            }
            return Arrays.asList(in);
        }

        Classification classify(EdgeAcc a, List<Endpoint> endpoints, DependencyOverrides o,
                DependencyGraph.Hub[] inHub, DependencyGraph.Hub[] outHub) {
            Endpoint from = endpoints.get(a.source);
            Endpoint to = endpoints.get(a.target);
            if (!o.edges().isEmpty()) {
                Strength s = o.edges().get(new DependencyOverrides.EdgeKey(from.key(), to.key()));
                if (s != null) {
                    return new Classification(s, Classification.Basis.USER, null, null,
                            "user: marked " + s.name().toLowerCase(Locale.ROOT));
                }
            }
            if (!o.servers().isEmpty()) {
                for (Endpoint end : new Endpoint[] {to, from}) {
                    if (end.server() != null) {
                        Strength s = o.servers().get(end.server().id());
                        if (s != null) {
                            return new Classification(s, Classification.Basis.USER, null, null, s == Strength.SOFT
                                    ? "user: " + end.label() + " marked a shared service"
                                    : "user: " + end.label() + " marked hard");
                        }
                    }
                }
            }
            // the rest depends on a few values that hundreds of thousands of edges share: each
            // classification is made once (its text was a sixth of the graph's garbage)
            if (a.hardRows == 0 && a.softRule != NO_RULE) {
                DependencyRules.Rule r = rules.rule(a.softRule);
                boolean byPort = r.kind() == DependencyRules.Kind.PORT;
                return classified.computeIfAbsent(new RuleKey(a.softRule, byPort ? a.softPort : 0,
                        byPort ? null : a.softProcess), k -> new Classification(Strength.SOFT,
                        Classification.Basis.RULE, r.id(), r.category(), r.id() + ": " + r.description() + ", "
                        + (byPort ? "port " + a.softPort : "process " + a.softProcess)));
            }
            DependencyGraph.Hub hub = a.target < servers && inHub[a.target] != null ? inHub[a.target]
                    : a.source < servers && outHub[a.source] != null ? outHub[a.source] : null;
            if (hub != null) {
                return classified.computeIfAbsent(hub, k -> new Classification(Strength.SOFT,
                        Classification.Basis.HUB, null, null, "hub: " + hub.describe()));
            }
            long rows = ((long) a.hardRows << 32) | a.softRows;
            Classification c = traffic.get(rows);
            if (c == null) {
                String text = a.softRows > 0
                        ? "application traffic (" + a.hardRows + " of " + (a.hardRows + a.softRows)
                                + " rows match no shared-service rule)"
                        : "application traffic";
                c = new Classification(Strength.HARD, Classification.Basis.TRAFFIC, null, null, text);
                traffic.put(rows, c);
            }
            return c;
        }
    }

    /**
     * The port sets and lists of names edges repeat (a few hundred distinct over hundreds of
     * thousands of edges), one instance each. A one-port set and a one-name list, most edges', are
     * found by their port and by their (interned) name, without hashing an array or a list.
     */
    private static final class Shared {
        private final Map<List<String>, List<String>> lists = new HashMap<>();
        private final Map<String, List<String>> single = new HashMap<>();
        private final Map<PortSet, int[]> portSets = new HashMap<>();
        private final LongMap<int[]> onePort = new LongMap<>();

        /** An edge's ports, sorted. */
        int[] ports(EdgeAcc a) {
            if (a.portCount == 1) {
                int[] p = onePort.get(a.firstPort);
                if (p == null) {
                    p = new int[] {a.firstPort};
                    onePort.put(a.firstPort, p);
                }
                return p;
            }
            int[] p = new int[a.portCount];
            if (a.portCount > 0) {
                p[0] = a.firstPort;
                System.arraycopy(a.ports, 0, p, 1, a.portCount - 1);
            }
            Arrays.sort(p);
            int[] before = portSets.putIfAbsent(new PortSet(p), p);
            return before == null ? p : before;
        }

        /** The list {@code l} made from a small set: the one instance of its content. */
        List<String> list(Object set, List<String> l) {
            if (l.isEmpty()) {
                return List.of();
            }
            if (set instanceof String name) {
                return single.computeIfAbsent(name, k -> l);
            }
            List<String> before = lists.putIfAbsent(l, l);
            return before == null ? l : before;
        }
    }

    /** What a shared-service rule's classification of an edge depends on. */
    private record RuleKey(int rule, int port, String process) {
    }

    /** A sorted port array compared by its content. */
    private record PortSet(int[] ports) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PortSet other && Arrays.equals(ports, other.ports);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ports);
        }

        @Override
        public String toString() {
            return Arrays.toString(ports);
        }
    }

    /** The aggregate of one edge while rows stream in; kept small, since there is one per edge. */
    private static final class EdgeAcc {
        int source;
        int target;
        /** The first port seen; the others, from the second on, in {@link #ports} (most edges have one). */
        int firstPort;
        int[] ports;
        int portCount;
        Object protocols;
        Object sourceProcesses;
        Object destinationProcesses;
        Object applications;
        long connections;
        long slots;
        /** The earliest and latest times seen, as epoch seconds and nanoseconds (nanoseconds -1: none yet); numbers,
         * so that the rows' own Instant objects are not kept for as long as the graph is built. */
        long firstSecond;
        int firstNano = -1;
        long lastSecond;
        int lastNano = -1;
        int hardRows;
        int softRows;
        int softRule = NO_RULE;
        int softPort;
        String softProcess;

        EdgeAcc(int source, int target) {
            this.source = source;
            this.target = target;
        }

        void add(Connection c, Aggregation agg) {
            int port = c.port();
            if (port >= 0) {
                addPort(port);
            }
            if (c.protocol() != null && !c.protocol().isBlank()) {
                protocols = SmallSet.add(protocols, agg.intern(c.protocol().toLowerCase(Locale.ROOT)));
            }
            String sp = agg.intern(c.sourceProcess());
            String dp = agg.intern(c.destinationProcess());
            if (sp != null) {
                sourceProcesses = SmallSet.add(sourceProcesses, sp);
            }
            if (dp != null) {
                destinationProcesses = SmallSet.add(destinationProcesses, dp);
            }
            String sa = agg.intern(c.sourceApplication());
            String da = agg.intern(c.destinationApplication());
            if (sa != null) {
                applications = SmallSet.add(applications, sa);
            }
            if (da != null) {
                applications = SmallSet.add(applications, da);
            }
            connections += Math.max(1, c.connections());
            slots += Math.max(1, c.slots());
            Instant f = c.firstSeen();
            if (f != null && (firstNano < 0 || f.getEpochSecond() < firstSecond
                    || f.getEpochSecond() == firstSecond && f.getNano() < firstNano)) {
                firstSecond = f.getEpochSecond();
                firstNano = f.getNano();
            }
            Instant l = c.lastSeen();
            if (l != null && (lastNano < 0 || l.getEpochSecond() > lastSecond
                    || l.getEpochSecond() == lastSecond && l.getNano() > lastNano)) {
                lastSecond = l.getEpochSecond();
                lastNano = l.getNano();
            }
            // the row is soft when its port or one of its processes is a shared service's
            int rule = agg.rules.matchPort(port);
            int byPort = rule;
            String process = null;
            if (rule < 0) {
                int r1 = agg.processRule(dp);
                int r2 = agg.processRule(sp);
                if (r1 >= 0 && (r2 < 0 || r1 <= r2)) {
                    rule = r1;
                    process = dp;
                } else if (r2 >= 0) {
                    rule = r2;
                    process = sp;
                }
            }
            if (rule < 0) {
                hardRows++;
                return;
            }
            softRows++;
            if (rule < softRule || rule == softRule && byPort >= 0 && port < softPort
                    || rule == softRule && process != null && softProcess != null && process.compareTo(softProcess) < 0) {
                softRule = rule;
                softPort = byPort >= 0 ? port : 0;
                softProcess = byPort >= 0 ? null : process;
            }
        }

        private void addPort(int port) {
            if (portCount == 0) {
                firstPort = port;
                portCount = 1;
                return;
            }
            if (firstPort == port) {
                return;
            }
            for (int i = 0; i < portCount - 1; i++) {
                if (ports[i] == port) {
                    return;
                }
            }
            if (ports == null) {
                ports = new int[2];
            } else if (portCount - 1 == ports.length) {
                ports = Arrays.copyOf(ports, ports.length * 2);
            }
            ports[portCount++ - 1] = port;
        }

        DependencyEdge toEdge(int index, Classification c, Shared shared) {
            int[] p = shared.ports(this);
            List<String> allSp = SmallSet.sorted(sourceProcesses);
            List<String> allDp = SmallSet.sorted(destinationProcesses);
            List<String> sp = shared.list(sourceProcesses, capped(allSp));
            List<String> dp = shared.list(destinationProcesses, capped(allDp));
            return new DependencyEdge(index, source, target, p, shared.list(protocols, SmallSet.sorted(protocols)), sp,
                    allSp.size() - sp.size(), dp, allDp.size() - dp.size(),
                    shared.list(applications, SmallSet.sorted(applications)), connections, slots, firstSecond,
                    firstNano, lastSecond, lastNano, c);
        }

        private static List<String> capped(List<String> all) {
            return all.size() > DependencyEdge.PROCESS_CAP ? List.copyOf(all.subList(0, DependencyEdge.PROCESS_CAP)) : all;
        }
    }

    /**
     * A set of strings stored as compactly as the usual case allows: null (empty), one String, an
     * array of distinct values of exactly their number (an edge's applications are mostly its two
     * ends'), or a HashSet beyond 16 values.
     */
    private static final class SmallSet {
        private static final int ARRAY_LIMIT = 16;

        private SmallSet() {
        }

        @SuppressWarnings("unchecked")
        static Object add(Object set, String v) {
            if (set == null) {
                return v;
            }
            if (set instanceof String s) {
                return s.equals(v) ? s : new String[] {s, v};
            }
            if (set instanceof String[] a) {
                for (String x : a) {
                    if (x.equals(v)) {
                        return a;
                    }
                }
                if (a.length < ARRAY_LIMIT) {
                    String[] more = Arrays.copyOf(a, a.length + 1);
                    more[a.length] = v;
                    return more;
                }
                HashSet<String> h = new HashSet<>(Arrays.asList(a));
                h.add(v);
                return h;
            }
            ((HashSet<String>) set).add(v);
            return set;
        }

        @SuppressWarnings("unchecked")
        static List<String> sorted(Object set) {
            if (set == null) {
                return List.of();
            }
            if (set instanceof String s) {
                return List.of(s);
            }
            // distinct already: an array sort, not a tree set per edge (a quarter of the graph's garbage)
            String[] a = set instanceof String[] values ? values.clone()
                    : ((java.util.Collection<String>) set).toArray(new String[0]);
            Arrays.sort(a);
            return List.of(a);
        }
    }

    /**
     * The endpoints' codes (node times four plus how it resolved) by name and address as the rows
     * give them, either possibly null: an open-addressing table of the pairs, so that the half a
     * million rows' lookups make no key of their own. Absent pairs answer -1.
     */
    private static final class EndpointCodes {
        private String[] names = new String[1024];
        private String[] ips = new String[1024];
        private int[] codes = new int[1024];
        private boolean[] used = new boolean[1024];
        private int size;

        int get(String name, String ip) {
            int mask = used.length - 1;
            for (int i = slot(name, ip, mask); used[i]; i = (i + 1) & mask) {
                if (Objects.equals(names[i], name) && Objects.equals(ips[i], ip)) {
                    return codes[i];
                }
            }
            return -1;
        }

        /** Puts the code of a pair that is not in the table yet. */
        void put(String name, String ip, int code) {
            if ((size + 1) * 2 > used.length) {
                grow();
            }
            insert(name, ip, code);
            size++;
        }

        private void insert(String name, String ip, int code) {
            int mask = used.length - 1;
            int i = slot(name, ip, mask);
            while (used[i]) {
                i = (i + 1) & mask;
            }
            used[i] = true;
            names[i] = name;
            ips[i] = ip;
            codes[i] = code;
        }

        private void grow() {
            String[] oldNames = names;
            String[] oldIps = ips;
            int[] oldCodes = codes;
            boolean[] oldUsed = used;
            int capacity = oldUsed.length * 2;
            names = new String[capacity];
            ips = new String[capacity];
            codes = new int[capacity];
            used = new boolean[capacity];
            for (int i = 0; i < oldUsed.length; i++) {
                if (oldUsed[i]) {
                    insert(oldNames[i], oldIps[i], oldCodes[i]);
                }
            }
        }

        private static int slot(String name, String ip, int mask) {
            int h = Objects.hashCode(name) * 31 + Objects.hashCode(ip);
            return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7 & mask;
        }
    }
}
