package com.migrationhub.domain.dependency.layout;

import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A multilevel spring-electrical layout (Hu, "Efficient and high quality force-directed graph
 * drawing", 2005; the method of Graphviz {@code sfdp}) that keeps move groups together.
 *
 * <p>The graph is split into connected pieces, counting members of a move group as connected.
 * Each piece is coarsened by merging nodes of the same group only, so that at the coarsest levels
 * a group is one heavy node placed among its neighbours; the levels are then refined one by one,
 * each with repulsion from a Barnes-Hut quadtree, attraction along edges and an extra pull of
 * every node towards the centre of its group. Pieces are packed in rows, largest first, and nodes
 * without edges or group mates are set out in a grid below them.
 *
 * <p>Cost: O((n log n + m) · iterations) per level, levels shrinking geometrically; memory O(n + m).
 * The result depends only on the graph and the options: forces are summed per node in a fixed
 * order, so the parallel and sequential runs are bit-identical.
 */
public final class MultilevelForceLayout implements GraphLayout {
    /** Repulsion constant of the spring-electrical model (Hu's C). */
    private static final double REPULSION = 0.2;
    /** Step length cooling factor (Hu's t). */
    private static final double COOLING = 0.9;
    private static final int COARSEST_SIZE = 24;
    private static final int COARSEST_ITERATIONS = 300;
    private static final int CHUNK = 1024;
    /** Space between packed pieces and above the grid of lone nodes, in node spacings. */
    private static final double GAP = 2;

    private final Options options;

    /**
     * How the layout runs.
     *
     * @param seed drives the initial placement and the order of coarsening; same seed, same layout
     * @param iterations the most refinement steps on the finest level (coarser levels get twice as
     *        many, the coarsest 300); a level stops earlier once stable
     * @param theta Barnes-Hut opening criterion: a cell of width w at distance d counts as one body
     *        when w / d &lt; theta; larger is faster and coarser
     * @param groupAttraction the pull towards the group centre, relative to one edge
     * @param betweenGroups the weight of an edge between two groups (or a group and a server in
     *        none) relative to one inside a group or between two servers in none; below 1 lets
     *        the groups' own dependencies shape the drawing
     * @param tolerance the step length, in edge lengths, below which a level counts as stable
     * @param parallel whether to compute forces on several threads (same result either way)
     */
    public record Options(long seed, int iterations, double theta, double groupAttraction, double betweenGroups,
            double tolerance, boolean parallel) {

        public Options {
            if (iterations < 1 || !(theta > 0) || !(groupAttraction >= 0) || !(betweenGroups > 0)
                    || !(tolerance > 0)) {
                throw new IllegalArgumentException("bad layout options: iterations " + iterations + ", theta " + theta
                        + ", group attraction " + groupAttraction + ", between groups " + betweenGroups
                        + ", tolerance " + tolerance);
            }
        }

        /**
         * Seed 1, 100 iterations, theta 1.2, group attraction 4, edges between groups 0.2,
         * tolerance 0.02, parallel.
         */
        public static Options defaults() {
            return new Options(1L, 100, 1.2, 4, 0.2, 0.02, true);
        }

        public Options withSeed(long newSeed) {
            return new Options(newSeed, iterations, theta, groupAttraction, betweenGroups, tolerance, parallel);
        }

        public Options withIterations(int newIterations) {
            return new Options(seed, newIterations, theta, groupAttraction, betweenGroups, tolerance, parallel);
        }

        public Options withTheta(double newTheta) {
            return new Options(seed, iterations, newTheta, groupAttraction, betweenGroups, tolerance, parallel);
        }

        public Options withGroupAttraction(double newGroupAttraction) {
            return new Options(seed, iterations, theta, newGroupAttraction, betweenGroups, tolerance, parallel);
        }

        public Options withBetweenGroups(double newBetweenGroups) {
            return new Options(seed, iterations, theta, groupAttraction, newBetweenGroups, tolerance, parallel);
        }

        public Options withParallel(boolean newParallel) {
            return new Options(seed, iterations, theta, groupAttraction, betweenGroups, tolerance, newParallel);
        }
    }

    public MultilevelForceLayout() {
        this(Options.defaults());
    }

    public MultilevelForceLayout(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    @Override
    public Layout layout(LayoutGraph graph, ProgressMonitor monitor) {
        int n = graph.nodeCount;
        double[] x = new double[n];
        double[] y = new double[n];
        monitor.progress(0, n, "laying out the dependency map");
        Pieces pieces = Pieces.of(graph);
        long done = 0;
        int[] local = new int[n];
        Arrays.fill(local, -1);
        int[] groupLocal = new int[graph.groupCount];
        Arrays.fill(groupLocal, -1);
        for (int p = 0; p < pieces.count; p++) {
            monitor.checkCancelled();
            int[] nodes = pieces.nodes(p);
            if (nodes.length < 2) {
                continue;
            }
            for (int i = 0; i < nodes.length; i++) {
                local[nodes[i]] = i;
            }
            Level finest = Level.of(graph, nodes, local, pieces.edges, pieces.edgeStart[p], pieces.edgeStart[p + 1],
                    options.betweenGroups());
            int groups = renumberGroups(finest.group, groupLocal);
            Run run = new Run(monitor, done, nodes.length, n, options.seed() * 0x9E3779B97F4A7C15L + p);
            double[][] xy = run.layout(finest, groups);
            for (int i = 0; i < nodes.length; i++) {
                x[nodes[i]] = xy[0][i];
                y[nodes[i]] = xy[1][i];
                local[nodes[i]] = -1;
            }
            done += nodes.length;
        }
        double scale = spacingScale(pieces, x, y);
        for (int i = 0; i < n; i++) {
            x[i] *= scale;
            y[i] *= scale;
        }
        pack(pieces, x, y);
        monitor.progress(n, n, "laying out the dependency map");
        return new Layout(x, y);
    }

    /** Renumbers the groups of one piece 0..k-1 in order of appearance; returns k. */
    private static int renumberGroups(int[] group, int[] groupLocal) {
        int count = 0;
        int[] seen = new int[group.length];
        for (int i = 0; i < group.length; i++) {
            int g = group[i];
            if (g < 0) {
                continue;
            }
            if (groupLocal[g] < 0) {
                groupLocal[g] = count;
                seen[count++] = g;
            }
            group[i] = groupLocal[g];
        }
        for (int k = 0; k < count; k++) {
            groupLocal[seen[k]] = -1;
        }
        return count;
    }

    /**
     * The factor that makes the mean spacing of nodes 1: the square root of the area per node,
     * over the bounding boxes of the pieces laid out (1 when there are none).
     */
    private static double spacingScale(Pieces pieces, double[] x, double[] y) {
        double area = 0;
        long nodes = 0;
        for (int p = 0; p < pieces.count; p++) {
            if (pieces.size(p) < 2) {
                continue;
            }
            double[] b = box(pieces.nodes(p), x, y);
            area += (b[2] - b[0]) * (b[3] - b[1]);
            nodes += pieces.size(p);
        }
        return nodes == 0 || !(area > 0) ? 1 : Math.sqrt(nodes / area);
    }

    private static double[] box(int[] nodes, double[] x, double[] y) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i : nodes) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** Moves each piece to its place in rows, largest first, then lone nodes to a grid below. */
    private static void pack(Pieces pieces, double[] x, double[] y) {
        Integer[] order = new Integer[pieces.count];
        int lone = 0;
        int placed = 0;
        for (int p = 0; p < pieces.count; p++) {
            if (pieces.size(p) > 1) {
                order[placed++] = p;
            } else {
                lone++;
            }
        }
        Integer[] big = Arrays.copyOf(order, placed);
        Arrays.sort(big, (a, b) -> pieces.size(a) != pieces.size(b) ? Integer.compare(pieces.size(b), pieces.size(a))
                : Integer.compare(a, b));
        double[][] box = new double[pieces.count][];
        double area = 0;
        double widest = 0;
        for (int p : big) {
            double[] b = box(pieces.nodes(p), x, y);
            box[p] = b;
            area += (b[2] - b[0] + GAP) * (b[3] - b[1] + GAP);
            widest = Math.max(widest, b[2] - b[0]);
        }
        area += lone;
        double rowWidth = Math.max(widest, Math.sqrt(area) * 1.2);
        double cx = 0;
        double cy = 0;
        double rowHeight = 0;
        for (int p : big) {
            double[] b = box[p];
            double w = b[2] - b[0];
            double h = b[3] - b[1];
            if (cx > 0 && cx + w > rowWidth) {
                cx = 0;
                cy += rowHeight + GAP;
                rowHeight = 0;
            }
            double dx = cx - b[0];
            double dy = cy - b[1];
            for (int i : pieces.nodes(p)) {
                x[i] += dx;
                y[i] += dy;
            }
            cx += w + GAP;
            rowHeight = Math.max(rowHeight, h);
        }
        if (lone == 0) {
            return;
        }
        double top = placed == 0 ? 0 : cy + rowHeight + GAP;
        int columns = (int) Math.max(1, placed == 0 ? Math.ceil(Math.sqrt(lone)) : Math.floor(rowWidth) + 1);
        int k = 0;
        for (int p = 0; p < pieces.count; p++) {
            if (pieces.size(p) == 1) {
                int i = pieces.nodes(p)[0];
                x[i] = k % columns;
                y[i] = top + k / columns;
                k++;
            }
        }
    }

    /** The layout of one connected piece, level by level. */
    private final class Run {
        private final ProgressMonitor monitor;
        private final long base;
        private final int size;
        private final long total;
        private final SplittableRandom random;
        private final QuadTree tree = new QuadTree();
        private double work;
        private double estimate;

        Run(ProgressMonitor monitor, long base, int size, long total, long seed) {
            this.monitor = monitor;
            this.total = total;
            this.base = base;
            this.size = size;
            this.random = new SplittableRandom(seed);
        }

        double[][] layout(Level finest, int groups) {
            List<Level> levels = new ArrayList<>();
            levels.add(finest);
            Level level = finest;
            while (level.n > COARSEST_SIZE) {
                monitor.checkCancelled();
                Level coarser = level.coarsen(random, groups);
                if (coarser == null) {
                    break;
                }
                levels.add(coarser);
                level = coarser;
            }
            int last = levels.size() - 1;
            for (int l = 0; l <= last; l++) {
                estimate += (double) levels.get(l).n * iterations(l, last);
            }
            Level coarsest = levels.get(last);
            double side = Math.sqrt(sum(coarsest.mass));
            double[] x = new double[coarsest.n];
            double[] y = new double[coarsest.n];
            for (int i = 0; i < coarsest.n; i++) {
                x[i] = (random.nextDouble() - 0.5) * side;
                y[i] = (random.nextDouble() - 0.5) * side;
            }
            relax(coarsest, groups, x, y, iterations(last, last), Math.max(1, side / 5));
            for (int l = last - 1; l >= 0; l--) {
                Level fine = levels.get(l);
                Level coarse = levels.get(l + 1);
                double[] fx = new double[fine.n];
                double[] fy = new double[fine.n];
                for (int i = 0; i < fine.n; i++) {
                    int c = fine.parent[i];
                    double radius = 0.25 * Math.sqrt(coarse.mass[c]) * random.nextDouble();
                    double angle = 2 * Math.PI * random.nextDouble();
                    fx[i] = x[c] + radius * Math.cos(angle);
                    fy[i] = y[c] + radius * Math.sin(angle);
                }
                x = fx;
                y = fy;
                relax(fine, groups, x, y, iterations(l, last), 1);
            }
            return new double[][] {x, y};
        }

        private int iterations(int l, int last) {
            if (l == last && last > 0) {
                return COARSEST_ITERATIONS;
            }
            return l == 0 ? options.iterations() : 2 * options.iterations();
        }

        /** Hu's adaptive cooling: grow the step after 5 improving steps in a row, shrink it otherwise. */
        private void relax(Level level, int groups, double[] x, double[] y, int maxIterations, double step) {
            int n = level.n;
            double[] fx = new double[n];
            double[] fy = new double[n];
            double[] gx = new double[groups];
            double[] gy = new double[groups];
            double[] gm = new double[groups];
            for (int i = 0; i < n; i++) {
                if (level.group[i] >= 0) {
                    gm[level.group[i]] += level.mass[i];
                }
            }
            double energy = Double.POSITIVE_INFINITY;
            int improving = 0;
            int iteration = 0;
            for (; iteration < maxIterations && step > options.tolerance(); iteration++) {
                monitor.checkCancelled();
                Arrays.fill(gx, 0);
                Arrays.fill(gy, 0);
                for (int i = 0; i < n; i++) {
                    int g = level.group[i];
                    if (g >= 0) {
                        gx[g] += level.mass[i] * x[i];
                        gy[g] += level.mass[i] * y[i];
                    }
                }
                for (int g = 0; g < groups; g++) {
                    gx[g] /= gm[g];
                    gy[g] /= gm[g];
                }
                tree.build(x, y, level.mass, n, options.theta(), 1);
                forces(level, x, y, fx, fy, gx, gy);
                double next = 0;
                for (int i = 0; i < n; i++) {
                    double f2 = fx[i] * fx[i] + fy[i] * fy[i];
                    if (f2 > 0 && Double.isFinite(f2)) {
                        double f = Math.sqrt(f2);
                        x[i] += step * fx[i] / f;
                        y[i] += step * fy[i] / f;
                        next += f2;
                    }
                }
                if (next < energy) {
                    if (++improving >= 5) {
                        improving = 0;
                        step /= COOLING;
                    }
                } else {
                    improving = 0;
                    step *= COOLING;
                }
                energy = next;
                work += n;
                report();
            }
            work += (double) n * (maxIterations - iteration);
            report();
        }

        private void report() {
            monitor.progress(base + (long) (size * Math.min(1, work / estimate)), total, "laying out the dependency map");
        }

        private void forces(Level level, double[] x, double[] y, double[] fx, double[] fy, double[] gx, double[] gy) {
            int n = level.n;
            int chunks = (n + CHUNK - 1) / CHUNK;
            if (!options.parallel() || chunks < 4) {
                forces(level, x, y, fx, fy, gx, gy, 0, n);
            } else {
                IntStream.range(0, chunks).parallel().forEach(c -> forces(level, x, y, fx, fy, gx, gy, c * CHUNK,
                        Math.min(n, (c + 1) * CHUNK)));
            }
        }

        private void forces(Level level, double[] x, double[] y, double[] fx, double[] fy, double[] gx, double[] gy,
                int from, int to) {
            int[] stack = new int[QuadTree.stackSize()];
            double[] out = new double[2];
            double pull = options.groupAttraction();
            for (int i = from; i < to; i++) {
                tree.repulsion(i, stack, out);
                double m = level.mass[i];
                double sx = REPULSION * m * out[0];
                double sy = REPULSION * m * out[1];
                double xi = x[i];
                double yi = y[i];
                for (int k = level.offset[i]; k < level.offset[i + 1]; k++) {
                    int j = level.adjacent[k];
                    double dx = x[j] - xi;
                    double dy = y[j] - yi;
                    double f = level.weight[k] * Math.sqrt(dx * dx + dy * dy);
                    sx += f * dx;
                    sy += f * dy;
                }
                int g = level.group[i];
                if (g >= 0) {
                    double dx = gx[g] - xi;
                    double dy = gy[g] - yi;
                    double f = pull * m * Math.sqrt(dx * dx + dy * dy);
                    sx += f * dx;
                    sy += f * dy;
                }
                fx[i] = sx;
                fy[i] = sy;
            }
        }
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
