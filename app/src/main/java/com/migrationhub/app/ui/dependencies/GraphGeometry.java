package com.migrationhub.app.ui.dependencies;

import java.util.Arrays;

/**
 * What {@link GraphCanvas} draws, as plain arrays: each node's position (in layout units, nearest
 * neighbours about 1 apart), label and whether it is an external endpoint; each edge's caller,
 * callee and whether it is hard. Holds a uniform grid over the nodes (cells of one unit) so that
 * finding the node under the mouse costs a few cells, not a scan of 100,000 nodes. Immutable;
 * build it off the FX thread (O(nodes + edges)).
 */
public final class GraphGeometry {
    private final double[] x;
    private final double[] y;
    private final String[] labels;
    private final boolean[] external;
    private final int[] src;
    private final int[] dst;
    private final boolean[] hard;
    private final int softCount;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellNodes;
    private final int[] byDegree;

    /** Arrays are taken as they are (not copied): do not change them afterwards. */
    public GraphGeometry(double[] x, double[] y, String[] labels, boolean[] external, int[] src, int[] dst,
            boolean[] hard) {
        if (x.length != y.length || x.length != labels.length || x.length != external.length) {
            throw new IllegalArgumentException("node arrays differ in length");
        }
        if (src.length != dst.length || src.length != hard.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        this.x = x;
        this.y = y;
        this.labels = labels;
        this.external = external;
        this.src = src;
        this.dst = dst;
        this.hard = hard;
        int soft = 0;
        for (boolean h : hard) {
            if (!h) {
                soft++;
            }
        }
        this.softCount = soft;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            x0 = Math.min(x0, x[i]);
            x1 = Math.max(x1, x[i]);
            y0 = Math.min(y0, y[i]);
            y1 = Math.max(y1, y[i]);
        }
        if (x.length == 0) {
            x0 = y0 = x1 = y1 = 0;
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
        // about two nodes a cell whatever the layout's spread, and never more cells than 4 per node
        double area = Math.max(1e-9, (x1 - x0 + 1) * (y1 - y0 + 1));
        cell = Math.max(1e-6, Math.sqrt(area * 2 / Math.max(1, x.length)));
        cols = Math.max(1, (int) Math.ceil((x1 - x0) / cell) + 1);
        rows = Math.max(1, (int) Math.ceil((y1 - y0) / cell) + 1);
        cellStart = new int[cols * rows + 1];
        cellNodes = new int[x.length];
        int[] cellOf = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            cellOf[i] = cellIndex(x[i], y[i]);
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] degree = new int[x.length];
        for (int e = 0; e < src.length; e++) {
            degree[src[e]]++;
            degree[dst[e]]++;
        }
        byDegree = java.util.stream.IntStream.range(0, x.length).boxed()
                .sorted((a, b) -> degree[b] != degree[a] ? Integer.compare(degree[b], degree[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        int[] next = Arrays.copyOf(cellStart, cols * rows);
        for (int i = 0; i < x.length; i++) {
            cellNodes[next[cellOf[i]]++] = i;
        }
    }

    private int cellIndex(double px, double py) {
        int c = Math.min(cols - 1, Math.max(0, (int) ((px - minX) / cell)));
        int r = Math.min(rows - 1, Math.max(0, (int) ((py - minY) / cell)));
        return r * cols + c;
    }

    public int nodeCount() {
        return x.length;
    }

    public int edgeCount() {
        return src.length;
    }

    public int softEdgeCount() {
        return softCount;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    public String label(int node) {
        return labels[node];
    }

    public boolean isExternal(int node) {
        return external[node];
    }

    public int source(int edge) {
        return src[edge];
    }

    public int target(int edge) {
        return dst[edge];
    }

    public boolean isHard(int edge) {
        return hard[edge];
    }

    /** The nodes, most connected first: the order in which labels claim room on screen. */
    public int byDegree(int rank) {
        return byDegree[rank];
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }

    /** The node nearest to a point within {@code radius} (layout units), or -1. */
    public int nodeNear(double px, double py, double radius) {
        if (x.length == 0) {
            return -1;
        }
        int c0 = Math.max(0, (int) Math.floor((px - radius - minX) / cell));
        int c1 = Math.min(cols - 1, (int) Math.floor((px + radius - minX) / cell));
        int r0 = Math.max(0, (int) Math.floor((py - radius - minY) / cell));
        int r1 = Math.min(rows - 1, (int) Math.floor((py + radius - minY) / cell));
        int best = -1;
        double bestD = radius * radius;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cellId = r * cols + c;
                for (int k = cellStart[cellId]; k < cellStart[cellId + 1]; k++) {
                    int i = cellNodes[k];
                    double dx = x[i] - px;
                    double dy = y[i] - py;
                    double d = dx * dx + dy * dy;
                    if (d <= bestD) {
                        bestD = d;
                        best = i;
                    }
                }
            }
        }
        return best;
    }
}
