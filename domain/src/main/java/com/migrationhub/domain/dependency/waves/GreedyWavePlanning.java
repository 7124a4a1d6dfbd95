package com.migrationhub.domain.dependency.waves;

import com.migrationhub.domain.dependency.groups.GroupLink;
import com.migrationhub.domain.dependency.groups.MoveGroup;
import com.migrationhub.domain.dependency.groups.MoveGroups;
import com.migrationhub.domain.task.ProgressMonitor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Wave planning by greedy list scheduling:
 * <ol>
 * <li>groups in a dependency cycle are condensed into one unit (strongly connected components):
 * they share a wave;</li>
 * <li>pinned groups are placed in their waves first (the unpinned groups of a cycle with a pin go
 * to its latest pinned wave);</li>
 * <li>the pilot (option) takes wave 1: groups without dependencies on other groups, lowest risk,
 * fewest dependents, smallest first, up to the pilot size;</li>
 * <li>then wave after wave: a unit is ready when every group it hard-depends on is placed in this
 * wave or an earlier one; ready units are taken by environment rank (when an order is given, one
 * rank per wave), then longest chain of dependents first, then name, each as long as it fits the
 * capacity left (looking past at most 256 that do not fit); a unit larger than the capacity gets an
 * empty wave of its own and a warning.</li>
 * </ol>
 * Dates: each wave lasts {@link WaveOptions#waveLengthDays()} and starts the day after the one
 * before, moved past any blackout it would overlap.
 *
 * <p>Cost: O((groups + dependencies) log groups + waves * 256 log groups). Deterministic: groups arrive sorted by
 * name and every tie is broken by name.
 */
public final class GreedyWavePlanning implements WavePlanning {
    private static final int HIGH_RISK = 50;
    /** A wave stops looking for a unit that fits after this many ready units that do not. */
    private static final int LOOKAHEAD = 256;

    @Override
    public WavePlan plan(MoveGroups mg, WaveOptions o, ProgressMonitor monitor) {
        return new Run(mg, o, monitor).run();
    }

    private static final class Run {
        final MoveGroups mg;
        final WaveOptions o;
        final ProgressMonitor monitor;
        final List<MoveGroup> gs;
        final int n;
        final Map<String, Integer> index = new HashMap<>();
        final List<String> warnings = new ArrayList<>();
        int[][] providers;
        int[] comp;
        int units;
        int[][] unitGroups;
        int[][] unitProviders;
        int[][] unitConsumers;
        long[] unitServers;
        long[] unitVcpus;
        int[] unitRank;
        int[] height;
        final int[] groupWave;
        final String[] groupReason;
        final List<long[]> load = new ArrayList<>();
        final List<List<String>> waveWarnings = new ArrayList<>();
        final List<Boolean> wavePinned = new ArrayList<>();
        final List<Boolean> waveOversize = new ArrayList<>();
        int[] unitWave;
        int[] remaining;
        int[] maxProvider;
        int placedUnits;
        PriorityQueue<Integer> ready;
        final TreeMap<Integer, List<Integer>> waiting = new TreeMap<>();
        boolean pilot;

        Run(MoveGroups mg, WaveOptions o, ProgressMonitor monitor) {
            this.mg = mg;
            this.o = o;
            this.monitor = monitor;
            this.gs = mg.groups();
            this.n = gs.size();
            for (int i = 0; i < n; i++) {
                index.put(key(gs.get(i).name()), i);
            }
            groupWave = new int[n];
            groupReason = new String[n];
        }

        static String key(String name) {
            return name.toLowerCase(Locale.ROOT);
        }

        WavePlan run() {
            monitor.progress(0, n, "Wave plan");
            providers = new int[n][];
            for (int i = 0; i < n; i++) {
                providers[i] = gs.get(i).dependsOn().stream().map(Run::key).map(index::get)
                        .filter(x -> x != null).mapToInt(Integer::intValue).sorted().distinct().toArray();
            }
            condense();
            units();
            ready = new PriorityQueue<>(Math.max(1, units), Comparator.<Integer>comparingInt(u -> unitRank[u])
                    .thenComparingInt(u -> -height[u]).thenComparingInt(u -> unitGroups[u][0]));
            unitWave = new int[units];
            remaining = new int[units];
            maxProvider = new int[units];
            enqueued = new boolean[units];
            for (int u = 0; u < units; u++) {
                remaining[u] = unitProviders[u].length;
            }
            placePins();
            for (int u = 0; u < units; u++) {
                if (unitWave[u] == 0 && remaining[u] == 0) {
                    becomeReady(u, 1);
                }
            }
            int w = 1;
            if (o.pilotServers() > 0) {
                pilot = fillPilot();
                if (pilot) {
                    w = 2;
                }
            }
            int guard = units + maxPin() + 2;
            while (placedUnits < units) {
                monitor.checkCancelled();
                if (w > guard) {
                    throw new IllegalStateException("wave planning did not converge");
                }
                fillWave(w);
                w++;
                monitor.progress(placedUnits, units, "Wave plan");
            }
            return build();
        }

        int maxPin() {
            int m = 0;
            for (int v : groupWave) {
                m = Math.max(m, v);
            }
            return m;
        }

        /** Tarjan's strongly connected components over group -> provider, iteratively. */
        void condense() {
            comp = new int[n];
            Arrays.fill(comp, -1);
            int[] idx = new int[n];
            int[] low = new int[n];
            Arrays.fill(idx, -1);
            boolean[] onStack = new boolean[n];
            int[] stack = new int[n];
            int sp = 0;
            int[] callNode = new int[n];
            int[] callEdge = new int[n];
            int counter = 0;
            units = 0;
            for (int root = 0; root < n; root++) {
                if (idx[root] >= 0) {
                    continue;
                }
                int depth = 0;
                callNode[0] = root;
                callEdge[0] = 0;
                idx[root] = low[root] = counter++;
                stack[sp++] = root;
                onStack[root] = true;
                while (depth >= 0) {
                    int v = callNode[depth];
                    if (callEdge[depth] < providers[v].length) {
                        int x = providers[v][callEdge[depth]++];
                        if (idx[x] < 0) {
                            idx[x] = low[x] = counter++;
                            stack[sp++] = x;
                            onStack[x] = true;
                            depth++;
                            callNode[depth] = x;
                            callEdge[depth] = 0;
                        } else if (onStack[x]) {
                            low[v] = Math.min(low[v], idx[x]);
                        }
                    } else {
                        if (low[v] == idx[v]) {
                            int x;
                            do {
                                x = stack[--sp];
                                onStack[x] = false;
                                comp[x] = units;
                            } while (x != v);
                            units++;
                        }
                        depth--;
                        if (depth >= 0) {
                            int parent = callNode[depth];
                            low[parent] = Math.min(low[parent], low[v]);
                        }
                    }
                }
            }
        }

        void units() {
            // renumber units by their first group (groups are sorted by name)
            int[] renum = new int[units];
            Arrays.fill(renum, -1);
            int next = 0;
            for (int i = 0; i < n; i++) {
                if (renum[comp[i]] < 0) {
                    renum[comp[i]] = next++;
                }
            }
            for (int i = 0; i < n; i++) {
                comp[i] = renum[comp[i]];
            }
            List<List<Integer>> members = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                members.get(comp[i]).add(i);
            }
            unitGroups = new int[units][];
            unitServers = new long[units];
            unitVcpus = new long[units];
            unitRank = new int[units];
            List<java.util.TreeSet<Integer>> prov = new ArrayList<>();
            List<java.util.TreeSet<Integer>> cons = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                prov.add(new java.util.TreeSet<>());
                cons.add(new java.util.TreeSet<>());
            }
            for (int u = 0; u < units; u++) {
                unitGroups[u] = members.get(u).stream().mapToInt(Integer::intValue).toArray();
                unitRank[u] = Integer.MAX_VALUE;
                for (int i : unitGroups[u]) {
                    MoveGroup g = gs.get(i);
                    unitServers[u] += g.servers();
                    unitVcpus[u] += g.vcpus();
                    unitRank[u] = Math.min(unitRank[u], rank(g.environment()));
                    for (int p : providers[i]) {
                        if (comp[p] != u) {
                            prov.get(u).add(comp[p]);
                            cons.get(comp[p]).add(u);
                        }
                    }
                }
            }
            unitProviders = new int[units][];
            unitConsumers = new int[units][];
            for (int u = 0; u < units; u++) {
                unitProviders[u] = prov.get(u).stream().mapToInt(Integer::intValue).toArray();
                unitConsumers[u] = cons.get(u).stream().mapToInt(Integer::intValue).toArray();
            }
            // height: the longest chain of dependents above a unit (providers come later in Tarjan's
            // order of completion, so a reverse topological pass over providers works)
            height = new int[units];
            int[] order = topologicalProvidersFirst();
            for (int k = order.length - 1; k >= 0; k--) {
                int u = order[k];
                for (int c : unitConsumers[u]) {
                    height[u] = Math.max(height[u], height[c] + 1);
                }
            }
        }

        int[] topologicalProvidersFirst() {
            int[] rem = new int[units];
            int[] queue = new int[units];
            int tail = 0;
            for (int u = 0; u < units; u++) {
                rem[u] = unitProviders[u].length;
                if (rem[u] == 0) {
                    queue[tail++] = u;
                }
            }
            for (int head = 0; head < tail; head++) {
                for (int c : unitConsumers[queue[head]]) {
                    if (--rem[c] == 0) {
                        queue[tail++] = c;
                    }
                }
            }
            return queue;
        }

        int rank(String environment) {
            List<String> order = o.environmentOrder();
            if (order.isEmpty()) {
                return 0;
            }
            if (environment != null) {
                String env = environment.strip().toLowerCase(Locale.ROOT);
                for (int r = 0; r < order.size(); r++) {
                    for (String prefix : order.get(r).split("\\|")) {
                        String p = prefix.strip().toLowerCase(Locale.ROOT);
                        if (!p.isEmpty() && env.startsWith(p)) {
                            return r;
                        }
                    }
                }
            }
            return order.size();
        }

        long[] load(int w) {
            while (load.size() < w) {
                load.add(new long[2]);
                waveWarnings.add(new ArrayList<>());
                wavePinned.add(false);
                waveOversize.add(false);
            }
            return load.get(w - 1);
        }

        boolean fits(int u, int w) {
            long[] l = load(w);
            return (o.maxServers() == null || l[0] + unitServers[u] <= o.maxServers())
                    && (o.maxVcpus() == null || l[1] + unitVcpus[u] <= o.maxVcpus());
        }

        boolean oversize(int u) {
            return o.maxServers() != null && unitServers[u] > o.maxServers()
                    || o.maxVcpus() != null && unitVcpus[u] > o.maxVcpus();
        }

        boolean full(int w) {
            long[] l = load(w);
            return o.maxServers() != null && l[0] >= o.maxServers() || o.maxVcpus() != null && l[1] >= o.maxVcpus();
        }

        void placePins() {
            int[] pinned = new int[n];
            for (Map.Entry<String, Integer> pin : o.pins().entrySet()) {
                Integer i = index.get(key(pin.getKey()));
                if (i == null) {
                    warnings.add("the group '" + pin.getKey() + "' is pinned to wave " + pin.getValue()
                            + " but there is no such group: pin ignored");
                } else if (pin.getValue() == null || pin.getValue() < 1) {
                    warnings.add("the group " + gs.get(i).name() + " is pinned to wave " + pin.getValue()
                            + ", not a wave number: pin ignored");
                } else {
                    pinned[i] = pin.getValue();
                }
            }
            for (int u = 0; u < units; u++) {
                int latest = 0;
                for (int i : unitGroups[u]) {
                    latest = Math.max(latest, pinned[i]);
                }
                if (latest == 0) {
                    continue;
                }
                for (int i : unitGroups[u]) {
                    int w = pinned[i] > 0 ? pinned[i] : latest;
                    groupWave[i] = w;
                    groupReason[i] = pinned[i] > 0 ? "pinned to wave " + w + " by the user"
                            : "in a dependency cycle with " + names(unitGroups[u], i) + ", pinned to wave " + w;
                    long[] l = load(w);
                    l[0] += gs.get(i).servers();
                    l[1] += gs.get(i).vcpus();
                    wavePinned.set(w - 1, true);
                }
                unitWave[u] = latest;
                placed(u, latest);
            }
        }

        String names(int[] groups, int except) {
            List<String> out = new ArrayList<>();
            for (int i : groups) {
                if (i != except) {
                    out.add(gs.get(i).name());
                }
            }
            return abbreviate(out);
        }

        static String abbreviate(List<String> names) {
            if (names.size() <= 3) {
                return String.join(", ", names);
            }
            return String.join(", ", names.subList(0, 3)) + " (+" + (names.size() - 3) + ")";
        }

        /** Bookkeeping once a unit has its wave: its consumers may become ready. */
        void placed(int u, int w) {
            placedUnits++;
            for (int c : unitConsumers[u]) {
                maxProvider[c] = Math.max(maxProvider[c], w);
                if (--remaining[c] == 0 && unitWave[c] == 0) {
                    becomeReady(c, w);
                }
            }
        }

        int currentWave = 1;
        boolean[] enqueued;

        void becomeReady(int u, int w) {
            if (enqueued[u]) {
                return;
            }
            enqueued[u] = true;
            int at = Math.max(maxProvider[u], 1);
            if (at <= currentWave) {
                ready.add(u);
            } else {
                waiting.computeIfAbsent(at, k -> new ArrayList<>()).add(u);
            }
        }

        void place(int u, int w, String reason) {
            unitWave[u] = w;
            long[] l = load(w);
            l[0] += unitServers[u];
            l[1] += unitVcpus[u];
            for (int i : unitGroups[u]) {
                groupWave[i] = w;
                String r = reason;
                if (unitGroups[u].length > 1) {
                    r += "; in a dependency cycle with " + names(unitGroups[u], i) + ": they move together";
                }
                groupReason[i] = r;
            }
            placed(u, w);
        }

        boolean fillPilot() {
            List<Integer> cands = new ArrayList<>();
            for (Integer u : ready) {
                if (unitWave[u] == 0 && unitProviders[u].length == 0 && unitServers[u] <= o.pilotServers() && !oversize(u)
                        && (risk(u) == null || risk(u) < HIGH_RISK)) {
                    cands.add(u);
                }
            }
            cands.sort(Comparator.<Integer>comparingInt(u -> unitRank[u])
                    .thenComparingInt(u -> risk(u) == null ? HIGH_RISK - 1 : risk(u))
                    .thenComparingInt(u -> unitConsumers[u].length)
                    .thenComparingLong(u -> unitServers[u]).thenComparingInt(u -> unitGroups[u][0]));
            long servers = load(1)[0];
            boolean any = false;
            for (int u : cands) {
                if (servers + unitServers[u] <= o.pilotServers() && fits(u, 1)) {
                    ready.remove(u);
                    Integer r = risk(u);
                    place(u, 1, "pilot: no dependencies on other groups, " + (r == null ? "risk not assessed" : "risk " + r)
                            + ", " + unitConsumers[u].length + (unitConsumers[u].length == 1 ? " dependent" : " dependents"));
                    servers += unitServers[u];
                    any = true;
                }
            }
            if (!any) {
                warnings.add("no group qualifies for a pilot (no dependencies, risk below " + HIGH_RISK + ", at most "
                        + o.pilotServers() + " servers): no pilot wave");
            }
            return any;
        }

        Integer risk(int u) {
            Integer r = null;
            for (int i : unitGroups[u]) {
                Integer x = gs.get(i).maxRisk();
                if (x != null && (r == null || x > r)) {
                    r = x;
                }
            }
            return r;
        }

        void fillWave(int w) {
            currentWave = w;
            while (!waiting.isEmpty() && waiting.firstKey() <= w) {
                ready.addAll(waiting.pollFirstEntry().getValue());
            }
            load(w);
            List<Integer> skipped = new ArrayList<>();
            int lock = -1;
            int misses = 0;
            while (!ready.isEmpty() && !full(w) && misses < LOOKAHEAD) {
                int u = ready.poll();
                if (unitWave[u] != 0) {
                    continue; // placed by a pin meanwhile
                }
                if (lock >= 0 && unitRank[u] != lock) {
                    skipped.add(u);
                    misses++;
                    continue;
                }
                if (oversize(u)) {
                    if (load(w)[0] == 0 && load(w)[1] == 0) {
                        place(u, w, "larger than a wave (" + unitServers[u] + " servers, " + unitVcpus[u]
                                + " vCPUs): a wave of its own" + providerText(u));
                        waveOversize.set(w - 1, true);
                        waveWarnings.get(w - 1).add(names(unitGroups[u], -1) + " is larger than a wave's capacity ("
                                + unitServers[u] + " servers, " + unitVcpus[u] + " vCPUs): it has a wave of its own");
                        break;
                    }
                    skipped.add(u);
                    misses++;
                    continue;
                }
                if (fits(u, w)) {
                    int firstPossible = Math.max(pilot ? 2 : 1, maxProvider[u]);
                    String reason = (unitProviders[u].length == 0 ? "no dependencies on other groups"
                            : "after its providers " + providerText(u).substring(2))
                            + (firstPossible < w ? "; wave" + (firstPossible < w - 1 ? "s " + firstPossible + "-" : " ")
                                    + (w - 1) + (o.environmentOrder().isEmpty() ? " had no room"
                                            : " had no room or held another environment") : "");
                    place(u, w, reason);
                    if (!o.environmentOrder().isEmpty()) {
                        lock = unitRank[u];
                    }
                } else {
                    skipped.add(u);
                    misses++;
                }
            }
            ready.addAll(skipped);
        }

        String providerText(int u) {
            if (unitProviders[u].length == 0) {
                return "";
            }
            List<String> out = new ArrayList<>();
            for (int p : unitProviders[u]) {
                for (int i : unitGroups[p]) {
                    out.add(gs.get(i).name() + " (wave " + unitWave[p] + ")");
                }
            }
            return ", " + abbreviate(out);
        }

        WavePlan build() {
            int count = 0;
            for (int v : groupWave) {
                count = Math.max(count, v);
            }
            if (count > 0) {
                load(count);
            }
            List<List<Integer>> byWave = new ArrayList<>();
            for (int w = 0; w < count; w++) {
                byWave.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                byWave.get(groupWave[i] - 1).add(i);
            }
            List<Wave> waves = new ArrayList<>();
            List<WavePlan.Placement> placements = new ArrayList<>();
            LocalDate start = o.start();
            for (int w = 1; w <= count; w++) {
                LocalDate s = start;
                LocalDate e = s.plusDays(o.waveLengthDays() - 1L);
                List<String> moved = new ArrayList<>();
                boolean again = true;
                while (again) {
                    again = false;
                    for (Blackout b : o.blackouts()) {
                        if (b.overlaps(s, e)) {
                            moved.add((b.label() == null ? "a blackout" : b.label()) + " (" + b.from() + " to " + b.to() + ")");
                            s = b.to().plusDays(1);
                            e = s.plusDays(o.waveLengthDays() - 1L);
                            again = true;
                        }
                    }
                }
                start = e.plusDays(1);
                List<String> names = new ArrayList<>();
                List<Long> servers = new ArrayList<>();
                long vcpus = 0;
                for (int i : byWave.get(w - 1)) {
                    MoveGroup g = gs.get(i);
                    names.add(g.name());
                    servers.addAll(g.serverIds());
                    vcpus += g.vcpus();
                    placements.add(new WavePlan.Placement(g.name(), w, groupReason[i]));
                }
                servers.sort(null);
                List<String> warns = new ArrayList<>(waveWarnings.get(w - 1));
                long[] l = load.get(w - 1);
                boolean over = o.maxServers() != null && l[0] > o.maxServers() || o.maxVcpus() != null && l[1] > o.maxVcpus();
                if (over && wavePinned.get(w - 1) && !waveOversize.get(w - 1)) {
                    warns.add("pinned groups take it over capacity: " + capacityText(l));
                }
                String why = why(w, names.size(), l, moved);
                waves.add(new Wave(w, pilot && w == 1 ? "Pilot" : "Wave " + w, s, e, names, servers, vcpus, why, warns));
            }
            return new WavePlan(mg, o, waves, placements, warnings);
        }

        String capacityText(long[] l) {
            List<String> parts = new ArrayList<>();
            parts.add(l[0] + (o.maxServers() == null ? "" : " of " + o.maxServers()) + " servers");
            if (o.maxVcpus() != null || l[1] > 0) {
                parts.add(l[1] + (o.maxVcpus() == null ? "" : " of " + o.maxVcpus()) + " vCPUs");
            }
            return String.join(", ", parts);
        }

        String why(int w, int groups, long[] l, List<String> moved) {
            StringBuilder b = new StringBuilder();
            if (groups == 0) {
                b.append("no groups: a later wave is pinned");
            } else if (pilot && w == 1) {
                b.append("pilot: ").append(groups).append(groups == 1 ? " low-risk group" : " low-risk groups")
                        .append(" without dependencies on other groups");
            } else if (waveOversize.get(w - 1)) {
                b.append("one group larger than a wave's capacity");
            } else {
                b.append(groups).append(groups == 1 ? " group" : " groups")
                        .append(" whose providers have moved (dependency order)");
            }
            if (groups > 0) {
                b.append("; ").append(capacityText(l));
            }
            if (wavePinned.get(w - 1)) {
                b.append("; includes pinned groups");
            }
            if (!moved.isEmpty()) {
                b.append("; moved after ").append(String.join(", ", moved));
            }
            return b.toString();
        }
    }

    @Override
    public WavePlanValidation validate(WavePlan plan) {
        MoveGroups mg = plan.groups();
        List<WavePlanValidation.CrossWaveDependency> order = new ArrayList<>();
        List<WavePlanValidation.CrossWaveDependency> splits = new ArrayList<>();
        for (GroupLink link : mg.links()) {
            int cw = plan.waveOf(link.sourceGroup());
            int pw = plan.waveOf(link.targetGroup());
            if (cw == pw) {
                continue;
            }
            WavePlanValidation.Kind kind = cw < pw ? WavePlanValidation.Kind.ORDER : WavePlanValidation.Kind.SPLIT;
            WavePlanValidation.CrossWaveDependency d = new WavePlanValidation.CrossWaveDependency(kind,
                    link.sourceServerId(), label(mg, link.sourceServerId()), link.targetServerId(),
                    label(mg, link.targetServerId()), link.sourceGroup(), link.targetGroup(), cw, pw);
            (kind == WavePlanValidation.Kind.ORDER ? order : splits).add(d);
        }
        List<WavePlanValidation.CapacityOverrun> overruns = new ArrayList<>();
        WaveOptions o = plan.options();
        java.util.Set<String> pinned = new java.util.HashSet<>();
        o.pins().keySet().forEach(k -> pinned.add(k.toLowerCase(Locale.ROOT)));
        for (Wave w : plan.waves()) {
            boolean over = o.maxServers() != null && w.servers() > o.maxServers()
                    || o.maxVcpus() != null && w.vcpus() > o.maxVcpus();
            if (over) {
                boolean hasPins = w.groups().stream().anyMatch(g -> pinned.contains(g.toLowerCase(Locale.ROOT)));
                overruns.add(new WavePlanValidation.CapacityOverrun(w.number(), w.servers(), o.maxServers(), w.vcpus(),
                        o.maxVcpus(), hasPins ? "pins" : "one group larger than a wave"));
            }
        }
        return new WavePlanValidation(order, splits, overruns);
    }

    private static String label(MoveGroups mg, long serverId) {
        if (mg.graph() == null) {
            return "#" + serverId;
        }
        int node = mg.graph().nodeOf(serverId);
        return node < 0 ? "#" + serverId : mg.graph().server(node).label();
    }
}
