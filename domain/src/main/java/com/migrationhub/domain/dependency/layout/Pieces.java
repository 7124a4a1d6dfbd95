package com.migrationhub.domain.dependency.layout;

import java.util.Arrays;

/**
 * The connected pieces of a graph, counting the members of a move group as connected: each piece
 * is laid out on its own and packed beside the others. Pieces are numbered by their smallest
 * node; nodes and edges are listed by piece in ascending order. O(n + m).
 */
final class Pieces {
    final int count;
    /** Nodes by piece: {@code nodes[nodeStart[p]..nodeStart[p+1])}. */
    private final int[] nodes;
    private final int[] nodeStart;
    /** Edges by piece, self loops left out: {@code edges[edgeStart[p]..edgeStart[p+1])}. */
    final int[] edges;
    final int[] edgeStart;

    private Pieces(int count, int[] nodes, int[] nodeStart, int[] edges, int[] edgeStart) {
        this.count = count;
        this.nodes = nodes;
        this.nodeStart = nodeStart;
        this.edges = edges;
        this.edgeStart = edgeStart;
    }

    static Pieces of(LayoutGraph g) {
        int n = g.nodeCount;
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
        }
        for (int e = 0; e < g.source.length; e++) {
            union(root, g.source[e], g.target[e]);
        }
        int[] firstOfGroup = new int[g.groupCount];
        Arrays.fill(firstOfGroup, -1);
        for (int i = 0; i < n; i++) {
            int grp = g.group[i];
            if (grp >= 0) {
                if (firstOfGroup[grp] < 0) {
                    firstOfGroup[grp] = i;
                } else {
                    union(root, firstOfGroup[grp], i);
                }
            }
        }
        int[] piece = new int[n];
        int count = 0;
        int[] pieceOfRoot = new int[n];
        Arrays.fill(pieceOfRoot, -1);
        for (int i = 0; i < n; i++) {
            int r = find(root, i);
            if (pieceOfRoot[r] < 0) {
                pieceOfRoot[r] = count++;
            }
            piece[i] = pieceOfRoot[r];
        }
        int[] nodeStart = new int[count + 1];
        for (int i = 0; i < n; i++) {
            nodeStart[piece[i] + 1]++;
        }
        for (int p = 0; p < count; p++) {
            nodeStart[p + 1] += nodeStart[p];
        }
        int[] fill = Arrays.copyOf(nodeStart, count);
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) {
            nodes[fill[piece[i]]++] = i;
        }
        int[] edgeStart = new int[count + 1];
        int loops = 0;
        for (int e = 0; e < g.source.length; e++) {
            if (g.source[e] == g.target[e]) {
                loops++;
            } else {
                edgeStart[piece[g.source[e]] + 1]++;
            }
        }
        for (int p = 0; p < count; p++) {
            edgeStart[p + 1] += edgeStart[p];
        }
        fill = Arrays.copyOf(edgeStart, count);
        int[] edges = new int[g.source.length - loops];
        for (int e = 0; e < g.source.length; e++) {
            if (g.source[e] != g.target[e]) {
                edges[fill[piece[g.source[e]]]++] = e;
            }
        }
        return new Pieces(count, nodes, nodeStart, edges, edgeStart);
    }

    int size(int p) {
        return nodeStart[p + 1] - nodeStart[p];
    }

    int[] nodes(int p) {
        return Arrays.copyOfRange(nodes, nodeStart[p], nodeStart[p + 1]);
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            // the smaller index wins, so the result does not depend on the order of the edges' halves
            if (ra < rb) {
                root[rb] = ra;
            } else {
                root[ra] = rb;
            }
        }
    }
}
