package com.migrationhub.domain.dependency.layout;

import java.util.Arrays;

/**
 * The input of a {@link GraphLayout}: nodes 0..n-1, edges as parallel source/target arrays with
 * optional weights, and an optional move group per node. Direction is ignored by the layouts; self
 * loops are ignored; parallel edges add up.
 *
 * <p>Weights are relative: they are divided by their mean and clamped to [0.05, 20], so bytes,
 * connection counts or scores can be passed as they are. Group ids are any non-negative ints
 * (-1 for none); they are renumbered densely in ascending order.
 */
public final class LayoutGraph {
    static final double MIN_WEIGHT = 0.05;
    static final double MAX_WEIGHT = 20;

    final int nodeCount;
    final int[] source;
    final int[] target;
    /** Normalised weights, or null when all edges weigh 1. */
    final double[] weight;
    /** Dense group per node, -1 for none. */
    final int[] group;
    final int groupCount;

    private LayoutGraph(int nodeCount, int[] source, int[] target, double[] weight, int[] group, int groupCount) {
        this.nodeCount = nodeCount;
        this.source = source;
        this.target = target;
        this.weight = weight;
        this.group = group;
        this.groupCount = groupCount;
    }

    /** An unweighted graph without groups. */
    public static LayoutGraph of(int nodeCount, int[] source, int[] target) {
        return of(nodeCount, source, target, null, null);
    }

    /**
     * A graph. Arrays are copied.
     *
     * @param weight one weight per edge (finite, not negative), or null for all 1
     * @param group one move group per node (-1 for none), or null for no groups
     * @throws IllegalArgumentException on lengths that differ, node ids out of range, bad weights
     */
    public static LayoutGraph of(int nodeCount, int[] source, int[] target, double[] weight, int[] group) {
        if (nodeCount < 0) {
            throw new IllegalArgumentException("negative node count " + nodeCount);
        }
        if (source.length != target.length) {
            throw new IllegalArgumentException("source and target differ in length");
        }
        if (weight != null && weight.length != source.length) {
            throw new IllegalArgumentException("one weight per edge expected");
        }
        if (group != null && group.length != nodeCount) {
            throw new IllegalArgumentException("one group per node expected");
        }
        for (int e = 0; e < source.length; e++) {
            if (source[e] < 0 || source[e] >= nodeCount || target[e] < 0 || target[e] >= nodeCount) {
                throw new IllegalArgumentException("edge " + e + " (" + source[e] + " -> " + target[e]
                        + ") refers to a node outside 0.." + (nodeCount - 1));
            }
        }
        double[] normalised = weight == null ? null : normalise(weight);
        int[] dense = new int[nodeCount];
        Arrays.fill(dense, -1);
        int groups = 0;
        if (group != null) {
            int[] ids = Arrays.stream(group).filter(g -> g >= 0).sorted().distinct().toArray();
            groups = ids.length;
            for (int i = 0; i < nodeCount; i++) {
                if (group[i] >= 0) {
                    dense[i] = Arrays.binarySearch(ids, group[i]);
                } else if (group[i] != -1) {
                    throw new IllegalArgumentException("group of node " + i + " is " + group[i] + ": use -1 for none");
                }
            }
        }
        return new LayoutGraph(nodeCount, source.clone(), target.clone(), normalised, dense, groups);
    }

    private static double[] normalise(double[] weight) {
        double sum = 0;
        int positive = 0;
        for (int e = 0; e < weight.length; e++) {
            double w = weight[e];
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("weight of edge " + e + " is " + w);
            }
            if (w > 0) {
                sum += w;
                positive++;
            }
        }
        double mean = positive == 0 ? 1 : sum / positive;
        double[] out = new double[weight.length];
        for (int e = 0; e < weight.length; e++) {
            out[e] = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, weight[e] / mean));
        }
        return out;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return source.length;
    }

    /** How many distinct move groups the nodes belong to. */
    public int groupCount() {
        return groupCount;
    }

    /** The dense group of a node (0..groupCount-1, in ascending order of the ids given), -1 for none. */
    public int group(int node) {
        return group[node];
    }
}
