package com.migrationhub.domain.dependency.layout;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One level of the multilevel hierarchy: a weighted undirected graph in compressed adjacency form
 * whose nodes carry a mass (how many original nodes they stand for) and a group. {@link #coarsen}
 * builds the next, smaller level by merging nodes of the same group only, so a move group
 * shrinks to a few heavy nodes and is laid out as a unit before its members are spread.
 */
final class Level {
    final int n;
    final int[] offset;
    final int[] adjacent;
    final double[] weight;
    final double[] mass;
    final int[] group;
    /** For each node, the node of the next coarser level that holds it; set by {@link #coarsen}. */
    int[] parent;

    Level(int n, int[] offset, int[] adjacent, double[] weight, double[] mass, int[] group) {
        this.n = n;
        this.offset = offset;
        this.adjacent = adjacent;
        this.weight = weight;
        this.mass = mass;
        this.group = group;
    }

    /**
     * The finest level of a set of nodes of a graph: {@code nodes} lists the graph's nodes in
     * this level's order, {@code local} maps a graph node to its index here, and
     * {@code edges[from..to)} are the graph's edges among them (self loops left out). Edges
     * between different groups (or a group and no group) weigh {@code betweenGroups} times less.
     */
    static Level of(LayoutGraph g, int[] nodes, int[] local, int[] edges, int from, int to, double betweenGroups) {
        int n = nodes.length;
        int[] degree = new int[n + 1];
        for (int k = from; k < to; k++) {
            int e = edges[k];
            degree[local[g.source[e]]]++;
            degree[local[g.target[e]]]++;
        }
        int[] offset = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offset[i + 1] = offset[i] + degree[i];
        }
        int[] fill = Arrays.copyOf(offset, n);
        int[] adjacent = new int[offset[n]];
        double[] weight = new double[offset[n]];
        for (int k = from; k < to; k++) {
            int e = edges[k];
            int s = local[g.source[e]];
            int t = local[g.target[e]];
            double w = g.weight == null ? 1 : g.weight[e];
            if (g.group[g.source[e]] != g.group[g.target[e]]) {
                w *= betweenGroups;
            }
            adjacent[fill[s]] = t;
            weight[fill[s]++] = w;
            adjacent[fill[t]] = s;
            weight[fill[t]++] = w;
        }
        double[] mass = new double[n];
        Arrays.fill(mass, 1);
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = g.group[nodes[i]];
        }
        return new Level(n, offset, adjacent, weight, mass, group);
    }

    /**
     * Merges pairs of nodes: first along the heaviest edge relative to the masses (heavy-edge
     * matching, which keeps hubs from swallowing their neighbours), then leaves of the same hub
     * (two-hop matching, for star-like dependency maps), then members of the same group that
     * have no edge between them. Returns null when the level hardly shrinks.
     */
    Level coarsen(SplittableRandom random, int groupCount) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] match = new int[n];
        Arrays.fill(match, -1);
        int merged = 0;
        for (int u : order) {
            if (match[u] >= 0) {
                continue;
            }
            int best = -1;
            double bestScore = 0;
            for (int k = offset[u]; k < offset[u + 1]; k++) {
                int v = adjacent[k];
                if (v == u || match[v] >= 0 || group[v] != group[u]) {
                    continue;
                }
                double score = weight[k] / (mass[u] * mass[v]);
                if (score > bestScore) {
                    bestScore = score;
                    best = v;
                }
            }
            if (best >= 0) {
                match[u] = best;
                match[best] = u;
                merged++;
            }
        }
        if (merged < n / 4) {
            merged += twoHop(order, match);
        }
        if (merged < n / 4 && groupCount > 0) {
            merged += sameGroup(order, match, groupCount);
        }
        if (merged < n / 10 || n - merged < 2) {
            return null;
        }
        parent = new int[n];
        Arrays.fill(parent, -1);
        int coarse = 0;
        for (int u = 0; u < n; u++) {
            if (parent[u] < 0) {
                parent[u] = coarse;
                if (match[u] >= 0) {
                    parent[match[u]] = coarse;
                }
                coarse++;
            }
        }
        return contract(coarse);
    }

    private int twoHop(int[] order, int[] match) {
        int merged = 0;
        for (int h : order) {
            int pending = -1;
            for (int k = offset[h]; k < offset[h + 1]; k++) {
                int v = adjacent[k];
                if (v == h || match[v] >= 0) {
                    continue;
                }
                if (pending >= 0 && pending != v && group[pending] == group[v]) {
                    match[pending] = v;
                    match[v] = pending;
                    merged++;
                    pending = -1;
                } else {
                    pending = v;
                }
            }
        }
        return merged;
    }

    private int sameGroup(int[] order, int[] match, int groupCount) {
        int[] pending = new int[groupCount];
        Arrays.fill(pending, -1);
        int merged = 0;
        for (int u : order) {
            int g = group[u];
            if (g < 0 || match[u] >= 0) {
                continue;
            }
            if (pending[g] >= 0) {
                match[pending[g]] = u;
                match[u] = pending[g];
                pending[g] = -1;
                merged++;
            } else {
                pending[g] = u;
            }
        }
        return merged;
    }

    private Level contract(int coarse) {
        int[] members = new int[n];
        int[] start = new int[coarse + 1];
        for (int u = 0; u < n; u++) {
            start[parent[u] + 1]++;
        }
        for (int c = 0; c < coarse; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, coarse);
        for (int u = 0; u < n; u++) {
            members[fill[parent[u]]++] = u;
        }
        double[] cMass = new double[coarse];
        int[] cGroup = new int[coarse];
        int[] cOffset = new int[coarse + 1];
        int[] slot = new int[coarse];
        Arrays.fill(slot, -1);
        int[] adj = new int[Math.max(16, adjacent.length / 2)];
        double[] w = new double[adj.length];
        int size = 0;
        for (int c = 0; c < coarse; c++) {
            int begin = size;
            for (int k = start[c]; k < start[c + 1]; k++) {
                int u = members[k];
                cMass[c] += mass[u];
                cGroup[c] = group[u];
                for (int j = offset[u]; j < offset[u + 1]; j++) {
                    int d = parent[adjacent[j]];
                    if (d == c) {
                        continue;
                    }
                    if (slot[d] >= begin) {
                        w[slot[d]] += weight[j];
                    } else {
                        if (size == adj.length) {
                            adj = Arrays.copyOf(adj, size * 2);
                            w = Arrays.copyOf(w, size * 2);
                        }
                        slot[d] = size;
                        adj[size] = d;
                        w[size++] = weight[j];
                    }
                }
            }
            cOffset[c + 1] = size;
        }
        return new Level(coarse, cOffset, Arrays.copyOf(adj, size), Arrays.copyOf(w, size), cMass, cGroup);
    }
}
