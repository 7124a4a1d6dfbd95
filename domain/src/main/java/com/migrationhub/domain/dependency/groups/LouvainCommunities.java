package com.migrationhub.domain.dependency.groups;

import com.migrationhub.domain.task.ProgressMonitor;
import java.util.Arrays;

/**
 * Community detection by the Louvain method (Blondel et al. 2008): nodes move greedily to the
 * neighbouring community with the best modularity gain, then communities are contracted into
 * nodes, until nothing moves. Deterministic: nodes are visited in index order, ties keep a node
 * where it is, then go to the lowest community index.
 *
 * <p>Input is an undirected weighted graph in compressed form: the neighbours of node i are
 * {@code adj[start[i]] .. adj[start[i+1]-1]} with weights {@code w[...]}; each edge appears in
 * both nodes' lists. Cost: O(edges) per pass, a few passes per level, O(log nodes) levels in
 * practice; memory O(nodes + edges).
 */
public final class LouvainCommunities {
    private static final double EPS = 1e-12;
    private static final int MAX_PASSES = 50;

    private LouvainCommunities() {
    }

    /**
     * The community of each node, numbered from 0 in the order of each community's lowest node.
     */
    public static int[] detect(int n, int[] start, int[] adj, double[] w, ProgressMonitor monitor) {
        int[] assign = new int[n];
        for (int i = 0; i < n; i++) {
            assign[i] = i;
        }
        int size = n;
        int[] st = start;
        int[] ad = adj;
        double[] wt = w;
        double[] self = new double[n];
        while (true) {
            monitor.checkCancelled();
            double[] k = new double[size];
            double m2 = 0;
            for (int i = 0; i < size; i++) {
                double s = self[i];
                for (int p = st[i]; p < st[i + 1]; p++) {
                    s += wt[p];
                }
                k[i] = s;
                m2 += s;
            }
            if (m2 <= 0) {
                break;
            }
            int[] comm = new int[size];
            double[] tot = new double[size];
            for (int i = 0; i < size; i++) {
                comm[i] = i;
                tot[i] = k[i];
            }
            double[] nw = new double[size];
            int[] touched = new int[size];
            boolean moved = false;
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                boolean improved = false;
                for (int i = 0; i < size; i++) {
                    int t = 0;
                    for (int p = st[i]; p < st[i + 1]; p++) {
                        int j = ad[p];
                        if (j == i) {
                            continue;
                        }
                        int c = comm[j];
                        if (nw[c] == 0) {
                            touched[t++] = c;
                        }
                        nw[c] += wt[p];
                    }
                    int old = comm[i];
                    tot[old] -= k[i];
                    int best = old;
                    double bestGain = nw[old] - tot[old] * k[i] / m2;
                    for (int q = 0; q < t; q++) {
                        int c = touched[q];
                        double gain = nw[c] - tot[c] * k[i] / m2;
                        if (gain > bestGain + EPS || gain >= bestGain - EPS && best != old && c < best) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    tot[best] += k[i];
                    comm[i] = best;
                    if (best != old) {
                        improved = true;
                        moved = true;
                    }
                    for (int q = 0; q < t; q++) {
                        nw[touched[q]] = 0;
                    }
                }
                if (!improved) {
                    break;
                }
            }
            if (!moved) {
                break;
            }
            // renumber by first occurrence and contract
            int[] renum = new int[size];
            Arrays.fill(renum, -1);
            int next = 0;
            for (int i = 0; i < size; i++) {
                if (renum[comm[i]] < 0) {
                    renum[comm[i]] = next++;
                }
            }
            for (int i = 0; i < n; i++) {
                assign[i] = renum[comm[assign[i]]];
            }
            int[] count = new int[next + 1];
            for (int i = 0; i < size; i++) {
                count[renum[comm[i]] + 1]++;
            }
            for (int c = 0; c < next; c++) {
                count[c + 1] += count[c];
            }
            int[] members = new int[size];
            int[] fill = Arrays.copyOf(count, next);
            for (int i = 0; i < size; i++) {
                members[fill[renum[comm[i]]]++] = i;
            }
            double[] newSelf = new double[next];
            int[] newStart = new int[next + 1];
            int[] newAdj = new int[Math.max(16, ad.length)];
            double[] newW = new double[newAdj.length];
            double[] acc = new double[next];
            boolean[] seen = new boolean[next];
            int[] list = new int[next];
            int out = 0;
            for (int c = 0; c < next; c++) {
                int t = 0;
                for (int m = count[c]; m < count[c + 1]; m++) {
                    int i = members[m];
                    newSelf[c] += self[i];
                    for (int p = st[i]; p < st[i + 1]; p++) {
                        int d = renum[comm[ad[p]]];
                        if (d == c) {
                            newSelf[c] += wt[p];
                        } else {
                            if (!seen[d]) {
                                seen[d] = true;
                                list[t++] = d;
                            }
                            acc[d] += wt[p];
                        }
                    }
                }
                Arrays.sort(list, 0, t);
                for (int q = 0; q < t; q++) {
                    int d = list[q];
                    newAdj[out] = d;
                    newW[out] = acc[d];
                    out++;
                    acc[d] = 0;
                    seen[d] = false;
                }
                newStart[c + 1] = out;
            }
            size = next;
            st = newStart;
            ad = Arrays.copyOf(newAdj, out);
            wt = Arrays.copyOf(newW, out);
            self = newSelf;
        }
        return assign;
    }
}
