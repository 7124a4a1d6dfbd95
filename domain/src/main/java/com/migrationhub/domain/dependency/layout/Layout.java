package com.migrationhub.domain.dependency.layout;

import java.util.Arrays;

/**
 * The positions a {@link GraphLayout} computed: one x and y per node, in units of the mean spacing
 * of nodes (a node's nearest neighbours are about 1 away), with the bounding box of all nodes.
 */
public final class Layout {
    private final double[] x;
    private final double[] y;
    private final Bounds bounds;

    /** The smallest axis-aligned rectangle holding every node; all zero for an empty graph. */
    public record Bounds(double minX, double minY, double maxX, double maxY) {
        public double width() {
            return maxX - minX;
        }

        public double height() {
            return maxY - minY;
        }
    }

    Layout(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x;
        this.y = y;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        this.bounds = x.length == 0 ? new Bounds(0, 0, 0, 0) : new Bounds(minX, minY, maxX, maxY);
    }

    public int nodeCount() {
        return x.length;
    }

    public double x(int node) {
        return x[node];
    }

    public double y(int node) {
        return y[node];
    }

    /** A copy of all x coordinates, indexed by node. */
    public double[] xs() {
        return x.clone();
    }

    /** A copy of all y coordinates, indexed by node. */
    public double[] ys() {
        return y.clone();
    }

    public Bounds bounds() {
        return bounds;
    }

    /** Whether both layouts hold bit-identical coordinates. */
    public boolean sameAs(Layout other) {
        return Arrays.equals(x, other.x) && Arrays.equals(y, other.y);
    }
}
