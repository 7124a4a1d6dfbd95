package com.migrationhub.domain.dependency.groups;

import com.migrationhub.domain.assessment.Environment;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.graph.DependencyServer;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Move groups seeded by the applications the inventory names, grown along hard dependencies:
 * <ol>
 * <li>pinned servers go to their named group first and stay there;</li>
 * <li>servers with an application form one group per application (case-insensitive, trimmed);
 * when one application spans several environments, one group per environment ("Payroll
 * (Production)");</li>
 * <li>servers without an application join the group they have the strongest hard dependencies
 * with: synchronous label propagation outward from the seeds, one ring of neighbours per round,
 * strength = the slots (then connections) of the hard edges to that group in either direction,
 * ties to the group first by name;</li>
 * <li>servers still without a group and connected by hard edges form groups from the connected
 * components; a component larger than {@link GroupingOptions#maxGroupSize()} is split by
 * {@link LouvainCommunities} (recursively while a part is still too large and can be split);</li>
 * <li>an application larger than the maximum is kept whole with a warning, or (option) split the
 * same way, its communities packed first-fit into parts of at most the maximum;</li>
 * <li>every other server (no application, no hard dependency on another inventory server) is a
 * group of its own (SINGLETON): it can move alone, and the wave plan packs singletons freely.
 * One bucket "no dependencies seen" would suggest they must move together, which nothing
 * says.</li>
 * </ol>
 * External endpoints belong to no group; soft edges play no part.
 *
 * <p>Cost: O(servers + hard edges) for seeding, propagation and components, plus Louvain on the
 * oversized components only. Deterministic: depends only on the graph (whose order is canonical)
 * and the options.
 */
public final class SeededLabelPropagationGrouping implements MoveGroupAlgorithm {

    private static final Comparator<String> BY_NAME =
            Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    /** A group while it is being computed. */
    /**
     * Spellings of one environment share a key: "Production", "PROD" and "prd" are production
     * (likewise development and disaster recovery); the test family (QA, UAT, staging...) keeps
     * its names apart, since an estate's QA and UAT are different environments.
     */
    static String environmentKey(String env) {
        Environment e = Environment.parse(env);
        return switch (e) {
            case PROD, DEV, DR -> "~" + e.id();
            default -> env.toLowerCase(Locale.ROOT);
        };
    }

    private static final class Spec {
        String name;
        MoveGroup.Origin origin;
        String application;
        String environment;
        int pinned;
        int named;
        String extraReason;
        int[] members;

        Spec(String name, MoveGroup.Origin origin) {
            this.name = name;
            this.origin = origin;
        }
    }

    @Override
    public MoveGroups compute(DependencyGraph g, GroupingOptions o, ProgressMonitor monitor) {
        return new Run(g, o, monitor).run();
    }

    private static final class Run {
        final DependencyGraph g;
        final GroupingOptions o;
        final ProgressMonitor monitor;
        final int n;
        final int[] start;
        final int[] adj;
        final long[] adjSlots;
        final long[] adjConns;
        final List<Spec> specs = new ArrayList<>();
        final Map<String, Integer> specByKey = new HashMap<>();
        final List<String> warnings = new ArrayList<>();
        final int[] label;
        final boolean[] joined;

        Run(DependencyGraph g, GroupingOptions o, ProgressMonitor monitor) {
            this.g = g;
            this.o = o;
            this.monitor = monitor;
            this.n = g.serverCount();
            int[] deg = new int[n + 1];
            int m = g.edgeCount();
            for (int e = 0; e < m; e++) {
                if (serverToServerHard(e)) {
                    deg[g.source(e) + 1]++;
                    deg[g.target(e) + 1]++;
                }
            }
            for (int i = 0; i < n; i++) {
                deg[i + 1] += deg[i];
            }
            start = deg;
            adj = new int[start[n]];
            adjSlots = new long[start[n]];
            adjConns = new long[start[n]];
            int[] fill = Arrays.copyOf(start, n);
            for (int e = 0; e < m; e++) {
                if (serverToServerHard(e)) {
                    int s = g.source(e);
                    int t = g.target(e);
                    adj[fill[s]] = t;
                    adjSlots[fill[s]] = g.slots(e);
                    adjConns[fill[s]++] = g.connections(e);
                    adj[fill[t]] = s;
                    adjSlots[fill[t]] = g.slots(e);
                    adjConns[fill[t]++] = g.connections(e);
                }
            }
            label = new int[n];
            Arrays.fill(label, -1);
            joined = new boolean[n];
        }

        boolean serverToServerHard(int e) {
            return g.isHard(e) && g.source(e) < n && g.target(e) < n && g.source(e) != g.target(e);
        }

        int spec(String name, MoveGroup.Origin origin) {
            String key = name.toLowerCase(Locale.ROOT);
            Integer at = specByKey.get(key);
            if (at == null) {
                at = specs.size();
                specs.add(new Spec(name, origin));
                specByKey.put(key, at);
            } else if (origin == MoveGroup.Origin.APPLICATION && specs.get(at).origin != origin) {
                // a pin to an application's name: the group keeps the application's spelling
                specs.get(at).origin = origin;
                specs.get(at).name = name;
            }
            return at;
        }

        MoveGroups run() {
            monitor.progress(0, 4, "Move groups: applications and pins");
            seed();
            monitor.checkCancelled();
            monitor.progress(1, 4, "Move groups: following dependencies");
            propagate();
            monitor.checkCancelled();
            monitor.progress(2, 4, "Move groups: connected servers");
            components();
            collectMembers();
            splitLargeApplications();
            monitor.checkCancelled();
            monitor.progress(3, 4, "Move groups: dependencies between groups");
            MoveGroups result = build();
            monitor.progress(4, 4, "Move groups: done");
            return result;
        }

        void seed() {
            for (Map.Entry<Long, String> pin : o.pins().entrySet()) {
                int node = g.nodeOf(pin.getKey());
                String name = clean(pin.getValue());
                if (node < 0) {
                    warnings.add("server id " + pin.getKey() + " is pinned to '" + pin.getValue()
                            + "' but is not in the inventory: pin ignored");
                    continue;
                }
                if (name == null) {
                    warnings.add(g.server(node).label() + " is pinned to an empty group name: pin ignored");
                    continue;
                }
                int s = spec(name, MoveGroup.Origin.USER);
                label[node] = s;
                specs.get(s).pinned++;
            }
            // applications, by their key; spellings and environments counted for display
            Map<String, Map<String, Integer>> spellings = new TreeMap<>();
            Map<String, Map<String, Map<String, Integer>>> environments = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                if (label[i] >= 0) {
                    continue;
                }
                String app = clean(g.server(i).application());
                if (app == null) {
                    continue;
                }
                String key = app.toLowerCase(Locale.ROOT);
                spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(app, 1, Integer::sum);
                String env = clean(g.server(i).environment());
                if (env != null) {
                    environments.computeIfAbsent(key, k -> new TreeMap<>())
                            .computeIfAbsent(environmentKey(env), k -> new TreeMap<>()).merge(env, 1, Integer::sum);
                }
            }
            Map<String, String> appName = new HashMap<>();
            Map<String, Boolean> perEnvironment = new HashMap<>();
            for (Map.Entry<String, Map<String, Integer>> e : spellings.entrySet()) {
                appName.put(e.getKey(), mostFrequent(e.getValue()));
                Map<String, Map<String, Integer>> envs = environments.get(e.getKey());
                perEnvironment.put(e.getKey(), envs != null && envs.size() >= 2);
            }
            for (int i = 0; i < n; i++) {
                if (label[i] >= 0) {
                    continue;
                }
                String app = clean(g.server(i).application());
                if (app == null) {
                    continue;
                }
                String key = app.toLowerCase(Locale.ROOT);
                String name = appName.get(key);
                String envDisplay = null;
                if (perEnvironment.get(key)) {
                    String env = clean(g.server(i).environment());
                    if (env == null) {
                        // placed below, once every environment's group exists
                        continue;
                    }
                    envDisplay = mostFrequent(environments.get(key).get(environmentKey(env)));
                    name = name + " (" + envDisplay + ")";
                }
                labelApplication(i, name, appName.get(key), envDisplay);
            }
            // A server of an application that spans environments, with no environment of its own,
            // joins the environment of its application it has the most hard traffic with; without
            // any, it goes to "App (no environment)".
            for (int i = 0; i < n; i++) {
                if (label[i] >= 0) {
                    continue;
                }
                String app = clean(g.server(i).application());
                if (app == null || !perEnvironment.get(app.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String application = appName.get(app.toLowerCase(Locale.ROOT));
                int best = -1;
                long bestSlots = 0;
                for (int p = start[i]; p < start[i + 1]; p++) {
                    int l = label[adj[p]];
                    if (l < 0 || !application.equals(specs.get(l).application) || specs.get(l).environment == null) {
                        continue;
                    }
                    long slots = 0;
                    for (int q = start[i]; q < start[i + 1]; q++) {
                        if (label[adj[q]] == l) {
                            slots += adjSlots[q];
                        }
                    }
                    if (best < 0 || slots > bestSlots
                            || slots == bestSlots && BY_NAME.compare(specs.get(l).name, specs.get(best).name) < 0) {
                        best = l;
                        bestSlots = slots;
                    }
                }
                if (best >= 0) {
                    label[i] = best;
                    joined[i] = true;
                } else {
                    labelApplication(i, application + " (no environment)", application, "no environment");
                }
            }
        }

        private void labelApplication(int i, String name, String application, String envDisplay) {
            int s = spec(name, MoveGroup.Origin.APPLICATION);
            Spec sp = specs.get(s);
            sp.application = application;
            sp.environment = envDisplay;
            sp.named++;
            label[i] = s;
        }

        void propagate() {
            int groups = specs.size();
            if (groups == 0) {
                return;
            }
            int[] rank = rankByName();
            long[] accS = new long[groups];
            long[] accC = new long[groups];
            boolean[] touched = new boolean[groups];
            int[] touchedList = new int[groups];
            boolean[] queued = new boolean[n];
            int[] cands = new int[n];
            int c = 0;
            for (int i = 0; i < n; i++) {
                if (label[i] < 0 && hasLabelledNeighbour(i)) {
                    cands[c++] = i;
                    queued[i] = true;
                }
            }
            int[] chosen = new int[n];
            int round = 0;
            while (c > 0) {
                monitor.checkCancelled();
                round++;
                for (int q = 0; q < c; q++) {
                    int i = cands[q];
                    int t = 0;
                    for (int p = start[i]; p < start[i + 1]; p++) {
                        int l = label[adj[p]];
                        if (l < 0) {
                            continue;
                        }
                        if (!touched[l]) {
                            touched[l] = true;
                            touchedList[t++] = l;
                        }
                        accS[l] += adjSlots[p];
                        accC[l] += adjConns[p];
                    }
                    int best = -1;
                    for (int k = 0; k < t; k++) {
                        int l = touchedList[k];
                        if (best < 0 || accS[l] > accS[best] || accS[l] == accS[best]
                                && (accC[l] > accC[best] || accC[l] == accC[best] && rank[l] < rank[best])) {
                            best = l;
                        }
                    }
                    for (int k = 0; k < t; k++) {
                        int l = touchedList[k];
                        touched[l] = false;
                        accS[l] = 0;
                        accC[l] = 0;
                    }
                    chosen[q] = best;
                }
                for (int q = 0; q < c; q++) {
                    label[cands[q]] = chosen[q];
                    joined[cands[q]] = true;
                }
                int next = 0;
                int[] nextCands = new int[Math.min(n, countNeighbours(cands, c))];
                for (int q = 0; q < c; q++) {
                    int i = cands[q];
                    for (int p = start[i]; p < start[i + 1]; p++) {
                        int j = adj[p];
                        if (label[j] < 0 && !queued[j]) {
                            queued[j] = true;
                            nextCands[next++] = j;
                        }
                    }
                }
                Arrays.sort(nextCands, 0, next);
                System.arraycopy(nextCands, 0, cands, 0, next);
                c = next;
            }
        }

        int countNeighbours(int[] nodes, int count) {
            long s = 0;
            for (int q = 0; q < count; q++) {
                s += start[nodes[q] + 1] - start[nodes[q]];
            }
            return (int) Math.min(Integer.MAX_VALUE, s);
        }

        boolean hasLabelledNeighbour(int i) {
            for (int p = start[i]; p < start[i + 1]; p++) {
                if (label[adj[p]] >= 0) {
                    return true;
                }
            }
            return false;
        }

        int[] rankByName() {
            Integer[] order = new Integer[specs.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> BY_NAME.compare(specs.get(a).name, specs.get(b).name));
            int[] rank = new int[order.length];
            for (int r = 0; r < order.length; r++) {
                rank[order[r]] = r;
            }
            return rank;
        }

        void components() {
            int[] queue = new int[n];
            for (int i = 0; i < n; i++) {
                if (label[i] >= 0) {
                    continue;
                }
                if (start[i] == start[i + 1]) {
                    Spec s = new Spec(null, MoveGroup.Origin.SINGLETON);
                    label[i] = specs.size();
                    specs.add(s);
                    continue;
                }
                int head = 0;
                int tail = 0;
                int provisional = specs.size();
                specs.add(new Spec(null, MoveGroup.Origin.DEPENDENCIES));
                label[i] = provisional;
                queue[tail++] = i;
                while (head < tail) {
                    int v = queue[head++];
                    for (int p = start[v]; p < start[v + 1]; p++) {
                        int w = adj[p];
                        if (label[w] < 0) {
                            label[w] = provisional;
                            queue[tail++] = w;
                        }
                    }
                }
                if (tail > o.maxGroupSize()) {
                    int[] members = Arrays.copyOf(queue, tail);
                    Arrays.sort(members);
                    List<int[]> parts = split(members);
                    if (parts.size() == 1) {
                        warnings.add(tail + " servers without an application are connected by hard dependencies"
                                + " that community detection cannot split: one group larger than " + o.maxGroupSize());
                        continue;
                    }
                    String reason = "part of " + tail + " servers without an application connected by hard"
                            + " dependencies, more than " + o.maxGroupSize() + ": split by community detection (Louvain)";
                    boolean first = true;
                    for (int[] part : parts) {
                        int s;
                        if (first) {
                            s = provisional;
                            specs.get(s).origin = MoveGroup.Origin.COMMUNITY;
                            first = false;
                        } else {
                            s = specs.size();
                            specs.add(new Spec(null, MoveGroup.Origin.COMMUNITY));
                        }
                        specs.get(s).extraReason = reason;
                        for (int v : part) {
                            label[v] = s;
                        }
                        if (part.length > o.maxGroupSize()) {
                            warnings.add(part.length + " servers around " + g.server(central(part)).label()
                                    + " are so tightly connected that community detection cannot split them below "
                                    + o.maxGroupSize());
                        }
                    }
                }
            }
        }

        /** Communities of the hard subgraph among members (sorted), split again while too large. */
        List<int[]> split(int[] members) {
            monitor.checkCancelled();
            int size = members.length;
            Map<Integer, Integer> local = new HashMap<>(size * 2);
            for (int k = 0; k < size; k++) {
                local.put(members[k], k);
            }
            int[] st = new int[size + 1];
            for (int k = 0; k < size; k++) {
                int v = members[k];
                int d = 0;
                for (int p = start[v]; p < start[v + 1]; p++) {
                    if (local.containsKey(adj[p])) {
                        d++;
                    }
                }
                st[k + 1] = st[k] + d;
            }
            int[] ad = new int[st[size]];
            double[] w = new double[st[size]];
            for (int k = 0; k < size; k++) {
                int v = members[k];
                int at = st[k];
                for (int p = start[v]; p < start[v + 1]; p++) {
                    Integer j = local.get(adj[p]);
                    if (j != null) {
                        ad[at] = j;
                        w[at++] = Math.max(1, adjSlots[p]);
                    }
                }
            }
            int[] comm = LouvainCommunities.detect(size, st, ad, w, monitor);
            int count = 0;
            for (int c : comm) {
                count = Math.max(count, c + 1);
            }
            if (count <= 1) {
                return List.of(members);
            }
            int[] sizes = new int[count];
            for (int c : comm) {
                sizes[c]++;
            }
            int[][] parts = new int[count][];
            for (int c = 0; c < count; c++) {
                parts[c] = new int[sizes[c]];
            }
            int[] fill = new int[count];
            for (int k = 0; k < size; k++) {
                parts[comm[k]][fill[comm[k]]++] = members[k];
            }
            List<int[]> out = new ArrayList<>();
            for (int[] part : parts) {
                if (part.length > o.maxGroupSize()) {
                    out.addAll(split(part));
                } else {
                    out.add(part);
                }
            }
            return out;
        }

        void collectMembers() {
            int[] count = new int[specs.size()];
            for (int i = 0; i < n; i++) {
                count[label[i]]++;
            }
            for (int s = 0; s < specs.size(); s++) {
                specs.get(s).members = new int[count[s]];
            }
            int[] fill = new int[specs.size()];
            for (int i = 0; i < n; i++) {
                specs.get(label[i]).members[fill[label[i]]++] = i;
            }
        }

        void splitLargeApplications() {
            int before = specs.size();
            for (int s = 0; s < before; s++) {
                Spec sp = specs.get(s);
                if (sp.origin != MoveGroup.Origin.APPLICATION || sp.members.length <= o.maxGroupSize()) {
                    continue;
                }
                if (!o.splitLargeApplications() || sp.pinned > 0) {
                    warnings.add("the application group " + sp.name + " has " + sp.members.length
                            + " servers, more than " + o.maxGroupSize() + ": kept whole"
                            + (sp.pinned > 0 ? " (servers are pinned to it)" : " (splitting applications is off)"));
                    continue;
                }
                List<int[]> communities = new ArrayList<>(split(sp.members));
                // pack the communities, largest first, into parts of at most the maximum
                communities.sort(Comparator.<int[]>comparingInt(a -> -a.length).thenComparingInt(a -> a[0]));
                List<List<int[]>> bins = new ArrayList<>();
                List<Integer> binSize = new ArrayList<>();
                for (int[] c : communities) {
                    int at = -1;
                    for (int b = 0; b < bins.size() && at < 0; b++) {
                        if (binSize.get(b) + c.length <= o.maxGroupSize()) {
                            at = b;
                        }
                    }
                    if (at < 0) {
                        at = bins.size();
                        bins.add(new ArrayList<>());
                        binSize.add(0);
                    }
                    bins.get(at).add(c);
                    binSize.set(at, binSize.get(at) + c.length);
                }
                if (bins.size() == 1) {
                    warnings.add("the application group " + sp.name + " has " + sp.members.length
                            + " servers, more than " + o.maxGroupSize() + ", and community detection cannot split it");
                    continue;
                }
                String total = sp.name + " (" + sp.members.length + " servers, more than " + o.maxGroupSize() + ")";
                for (int b = 0; b < bins.size(); b++) {
                    int[] members = bins.get(b).stream().flatMapToInt(Arrays::stream).sorted().toArray();
                    Spec part = b == 0 ? sp : new Spec(null, MoveGroup.Origin.COMMUNITY);
                    if (b > 0) {
                        specs.add(part);
                    }
                    part.origin = MoveGroup.Origin.COMMUNITY;
                    part.application = sp.application;
                    part.environment = sp.environment;
                    part.name = sp.name.replaceAll("\\s+part \\d+ of \\d+$", "") + " part " + (b + 1) + " of " + bins.size();
                    part.extraReason = "part " + (b + 1) + " of " + bins.size() + " of the application " + total
                            + ", split by community detection (Louvain)";
                    part.members = members;
                    if (b > 0) {
                        for (int v : members) {
                            label[v] = specs.size() - 1;
                        }
                    }
                }
                sp.named = 0;
            }
        }

        int central(int[] members) {
            int best = members[0];
            long bestW = -1;
            int group = label[members[0]];
            for (int v : members) {
                long w = 0;
                for (int p = start[v]; p < start[v + 1]; p++) {
                    if (label[adj[p]] == group) {
                        w += adjSlots[p];
                    }
                }
                if (w > bestW || w == bestW && BY_NAME.compare(g.server(v).label(), g.server(best).label()) < 0) {
                    best = v;
                    bestW = w;
                }
            }
            return best;
        }

        MoveGroups build() {
            Map<String, Integer> used = new HashMap<>();
            for (int s = 0; s < specs.size(); s++) {
                Spec sp = specs.get(s);
                if (sp.name != null && sp.members.length > 0) {
                    used.put(sp.name.toLowerCase(Locale.ROOT), s);
                }
            }
            for (Spec sp : specs) {
                if (sp.name != null || sp.members.length == 0) {
                    continue;
                }
                String base;
                if (sp.origin == MoveGroup.Origin.SINGLETON) {
                    DependencyServer only = g.server(sp.members[0]);
                    base = only.label();
                    if (used.containsKey(base.toLowerCase(Locale.ROOT))) {
                        base = base + " (#" + only.id() + ")";
                    }
                } else {
                    base = "Around " + g.server(central(sp.members)).label();
                }
                String name = base;
                for (int k = 2; used.containsKey(name.toLowerCase(Locale.ROOT)); k++) {
                    name = base + " (" + k + ")";
                }
                sp.name = name;
                used.put(name.toLowerCase(Locale.ROOT), 0);
            }

            // dependencies between groups
            int m = g.edgeCount();
            Map<Long, int[]> pairCount = new HashMap<>();
            List<GroupLink> links = new ArrayList<>();
            for (int e = 0; e < m; e++) {
                if (!serverToServerHard(e)) {
                    continue;
                }
                int a = label[g.source(e)];
                int b = label[g.target(e)];
                if (a == b) {
                    continue;
                }
                links.add(new GroupLink(e, g.server(g.source(e)).id(), g.server(g.target(e)).id(),
                        specs.get(a).name, specs.get(b).name));
                pairCount.computeIfAbsent(((long) a << 32) | b, k -> new int[1])[0]++;
            }
            Map<Integer, List<String>> dependsOn = new HashMap<>();
            Map<Integer, List<String>> dependents = new HashMap<>();
            List<GroupDependency> deps = new ArrayList<>();
            for (Map.Entry<Long, int[]> e : pairCount.entrySet()) {
                int a = (int) (e.getKey() >>> 32);
                int b = (int) (long) e.getKey();
                deps.add(new GroupDependency(specs.get(a).name, specs.get(b).name, e.getValue()[0]));
                dependsOn.computeIfAbsent(a, k -> new ArrayList<>()).add(specs.get(b).name);
                dependents.computeIfAbsent(b, k -> new ArrayList<>()).add(specs.get(a).name);
            }
            deps.sort(Comparator.comparing(GroupDependency::consumer, BY_NAME)
                    .thenComparing(GroupDependency::provider, BY_NAME));

            List<MoveGroup> groups = new ArrayList<>();
            for (int s = 0; s < specs.size(); s++) {
                Spec sp = specs.get(s);
                if (sp.members.length == 0) {
                    continue;
                }
                List<Long> ids = new ArrayList<>(sp.members.length);
                long vcpus = 0;
                long mem = 0;
                Integer risk = null;
                Map<String, Map<String, Integer>> envs = new TreeMap<>();
                for (int v : sp.members) {
                    DependencyServer d = g.server(v);
                    ids.add(d.id());
                    vcpus += d.vcpus();
                    mem += d.memoryMiB();
                    if (d.riskScore() != null && (risk == null || d.riskScore() > risk)) {
                        risk = d.riskScore();
                    }
                    String env = clean(d.environment());
                    if (env != null) {
                        envs.computeIfAbsent(environmentKey(env), k -> new TreeMap<>()).merge(env, 1, Integer::sum);
                    }
                }
                String environment = null;
                int best = 0;
                for (Map<String, Integer> spell : envs.values()) {
                    int total = spell.values().stream().mapToInt(Integer::intValue).sum();
                    if (total > best) {
                        best = total;
                        environment = mostFrequent(spell);
                    }
                }
                List<String> on = new ArrayList<>(dependsOn.getOrDefault(s, List.of()));
                on.sort(BY_NAME);
                List<String> by = new ArrayList<>(dependents.getOrDefault(s, List.of()));
                by.sort(BY_NAME);
                groups.add(new MoveGroup(sp.name, sp.origin, ids, vcpus, mem, environment, risk, reason(sp), on, by));
            }
            groups.sort(Comparator.comparing(MoveGroup::name, BY_NAME));
            return new MoveGroups(g, o, groups, deps, links, warnings);
        }

        String reason(Spec sp) {
            StringBuilder b = new StringBuilder();
            int joinedCount = 0;
            List<String> joinedNames = new ArrayList<>();
            for (int v : sp.members) {
                if (joined[v]) {
                    joinedCount++;
                    joinedNames.add(g.server(v).label());
                }
            }
            switch (sp.origin) {
                case APPLICATION -> {
                    b.append("the inventory names the application ").append(sp.application);
                    if (sp.environment != null) {
                        b.append(" in ").append(sp.environment);
                    }
                    b.append(" for ").append(sp.named).append(sp.named == 1 ? " server" : " servers");
                }
                case USER -> b.append(sp.pinned).append(sp.pinned == 1 ? " server" : " servers")
                        .append(" placed here by the user");
                case DEPENDENCIES -> b.append(sp.members.length)
                        .append(" servers without an application, connected by hard dependencies");
                case COMMUNITY -> b.append(sp.extraReason);
                case SINGLETON -> b.append("no application named and no hard dependency on another inventory server");
                default -> throw new IllegalStateException(sp.origin.name());
            }
            if (sp.pinned > 0 && sp.origin != MoveGroup.Origin.USER) {
                b.append("; ").append(sp.pinned).append(" pinned here by the user");
            }
            if (joinedCount > 0 && sp.origin != MoveGroup.Origin.DEPENDENCIES) {
                joinedNames.sort(BY_NAME);
                b.append("; ").append(joinedCount).append(" without an application joined through hard dependencies: ")
                        .append(String.join(", ", joinedNames.subList(0, Math.min(3, joinedCount))));
                if (joinedCount > 3) {
                    b.append(" (+").append(joinedCount - 3).append(')');
                }
            }
            return b.toString();
        }
    }

    /** Trimmed, inner white space collapsed; null when blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
