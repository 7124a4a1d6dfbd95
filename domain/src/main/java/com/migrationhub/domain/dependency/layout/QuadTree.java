package com.migrationhub.domain.dependency.layout;

import java.util.Arrays;

/**
 * A Barnes-Hut quadtree over weighted points, held in flat arrays and rebuilt in place each
 * iteration. Building costs O(n log n); {@link #repulsion} approximates the sum over all other
 * points of {@code m_j (p_i - p_j) / |p_i - p_j|^2} in O(log n) per point. Read-only after
 * {@link #build}, so many threads may query it at once.
 */
final class QuadTree {
    /** Below this depth points are split; deeper, (nearly) coincident points share a leaf. */
    private static final int MAX_DEPTH = 48;
    private static final int STACK = 4 * MAX_DEPTH + 8;

    private double[] ox = new double[64];
    private double[] oy = new double[64];
    private double[] half = new double[64];
    private double[] mass = new double[64];
    private double[] mx = new double[64];
    private double[] my = new double[64];
    /** First of four children, or -1 for a leaf. */
    private int[] child = new int[64];
    /** First point of a leaf's chain, -1 when empty. */
    private int[] first = new int[64];
    private int[] next = new int[0];
    private int cells;

    private double[] x;
    private double[] y;
    private double[] m;
    private double thetaSquared;
    /** Squared distance under which two points count as coincident. */
    private double tiny;
    /** 1 / (a hundredth of the unit): the push between coincident points. */
    private double closeRange;

    void build(double[] x, double[] y, double[] m, int n, double theta, double unit) {
        this.x = x;
        this.y = y;
        this.m = m;
        this.thetaSquared = theta * theta;
        this.tiny = 1e-12 * unit * unit;
        this.closeRange = 100 / unit;
        if (next.length < n) {
            next = new int[Math.max(n, next.length * 2)];
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        cells = 0;
        int root = allocate(1);
        ox[root] = (minX + maxX) / 2;
        oy[root] = (minY + maxY) / 2;
        half[root] = Math.max(Math.max(maxX - minX, maxY - minY) / 2 * 1.0001, unit * 1e-6);
        for (int i = 0; i < n; i++) {
            insert(i);
        }
        // children are allocated after their parent, so a backward sweep sums bottom-up
        for (int c = cells - 1; c >= 0; c--) {
            double cm = 0;
            double sx = 0;
            double sy = 0;
            if (child[c] < 0) {
                for (int p = first[c]; p >= 0; p = next[p]) {
                    cm += m[p];
                    sx += m[p] * x[p];
                    sy += m[p] * y[p];
                }
            } else {
                for (int k = child[c]; k < child[c] + 4; k++) {
                    cm += mass[k];
                    sx += mass[k] * mx[k];
                    sy += mass[k] * my[k];
                }
            }
            mass[c] = cm;
            mx[c] = cm > 0 ? sx / cm : ox[c];
            my[c] = cm > 0 ? sy / cm : oy[c];
        }
    }

    private void insert(int p) {
        int c = 0;
        int depth = 0;
        while (true) {
            if (child[c] >= 0) {
                c = child[c] + quadrant(c, x[p], y[p]);
                depth++;
            } else if (first[c] < 0) {
                first[c] = p;
                next[p] = -1;
                return;
            } else if (depth >= MAX_DEPTH) {
                next[p] = first[c];
                first[c] = p;
                return;
            } else {
                int q = first[c];
                first[c] = -1;
                int kids = allocate(4);
                child[c] = kids;
                double h = half[c] / 2;
                for (int k = 0; k < 4; k++) {
                    ox[kids + k] = ox[c] + ((k & 1) == 0 ? -h : h);
                    oy[kids + k] = oy[c] + ((k & 2) == 0 ? -h : h);
                    half[kids + k] = h;
                }
                int cq = kids + quadrant(c, x[q], y[q]);
                first[cq] = q;
                next[q] = -1;
            }
        }
    }

    private int quadrant(int c, double px, double py) {
        return (px >= ox[c] ? 1 : 0) | (py >= oy[c] ? 2 : 0);
    }

    private int allocate(int count) {
        if (cells + count > child.length) {
            int size = Math.max(cells + count, child.length * 2);
            ox = Arrays.copyOf(ox, size);
            oy = Arrays.copyOf(oy, size);
            half = Arrays.copyOf(half, size);
            mass = Arrays.copyOf(mass, size);
            mx = Arrays.copyOf(mx, size);
            my = Arrays.copyOf(my, size);
            child = Arrays.copyOf(child, size);
            first = Arrays.copyOf(first, size);
        }
        int start = cells;
        for (int k = start; k < start + count; k++) {
            child[k] = -1;
            first[k] = -1;
        }
        cells += count;
        return start;
    }

    /**
     * Writes into {@code out[0..1]} the approximate sum over all points j != i of
     * {@code m_j (p_i - p_j) / |p_i - p_j|^2}. {@code stack} is scratch space of
     * {@link #stackSize()} ints owned by the calling thread.
     */
    void repulsion(int i, int[] stack, double[] out) {
        double px = x[i];
        double py = y[i];
        double fx = 0;
        double fy = 0;
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            int c = stack[--top];
            if (mass[c] == 0) {
                continue;
            }
            if (child[c] < 0) {
                for (int p = first[c]; p >= 0; p = next[p]) {
                    if (p == i) {
                        continue;
                    }
                    double dx = px - x[p];
                    double dy = py - y[p];
                    double d2 = dx * dx + dy * dy;
                    if (d2 < tiny) {
                        // coincident: push apart along a direction fixed by the pair, not by chance
                        double angle = ((i * 0.6180339887498949 + p * 0.7548776662466927) % 1.0) * 2 * Math.PI;
                        dx = Math.cos(angle) * (i < p ? 1 : -1);
                        dy = Math.sin(angle) * (i < p ? 1 : -1);
                        fx += m[p] * dx * closeRange;
                        fy += m[p] * dy * closeRange;
                        continue;
                    }
                    fx += m[p] * dx / d2;
                    fy += m[p] * dy / d2;
                }
                continue;
            }
            double dx = px - mx[c];
            double dy = py - my[c];
            double d2 = dx * dx + dy * dy;
            double width = 2 * half[c];
            if (width * width < thetaSquared * d2) {
                fx += mass[c] * dx / d2;
                fy += mass[c] * dy / d2;
            } else {
                int k = child[c];
                stack[top++] = k;
                stack[top++] = k + 1;
                stack[top++] = k + 2;
                stack[top++] = k + 3;
            }
        }
        out[0] = fx;
        out[1] = fy;
    }

    static int stackSize() {
        return STACK;
    }
}
