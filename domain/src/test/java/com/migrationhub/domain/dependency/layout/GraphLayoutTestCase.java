package com.migrationhub.domain.dependency.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What every {@link GraphLayout} must do; each implementation's test extends this. */
abstract class GraphLayoutTestCase {

    /** The layout under test, seeded. */
    abstract GraphLayout layout(long seed);

    /** A dependency map: groups of 5..40 servers dense inside, some ungrouped servers, random cross edges. */
    static LayoutGraph groupedGraph(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] group = new int[n];
        List<int[]> groups = new ArrayList<>();
        int next = 0;
        while (next < n * 4 / 5) {
            int size = Math.min(n * 4 / 5 - next, 5 + random.nextInt(36));
            int[] members = new int[size];
            for (int k = 0; k < size; k++) {
                members[k] = next;
                group[next++] = 1000 + 7 * groups.size();
            }
            groups.add(members);
        }
        for (int i = next; i < n; i++) {
            group[i] = -1;
        }
        int m = n * 6;
        int[] source = new int[m];
        int[] target = new int[m];
        for (int e = 0; e < m; e++) {
            if (random.nextInt(10) < 7) {
                int[] members = groups.get(random.nextInt(groups.size()));
                source[e] = members[random.nextInt(members.length)];
                target[e] = members[random.nextInt(members.length)];
            } else {
                source[e] = random.nextInt(n);
                target[e] = random.nextInt(n);
            }
        }
        return LayoutGraph.of(n, source, target, null, group);
    }

    static void assertFinite(Layout layout) {
        for (int i = 0; i < layout.nodeCount(); i++) {
            assertThat(Double.isFinite(layout.x(i)) && Double.isFinite(layout.y(i)))
                    .as("node %d at %s, %s", i, layout.x(i), layout.y(i)).isTrue();
        }
        Layout.Bounds b = layout.bounds();
        assertThat(Double.isFinite(b.width()) && Double.isFinite(b.height())).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameCoordinatesAndAnotherSeedOthers() {
        LayoutGraph graph = groupedGraph(600, 3);
        Layout a = layout(11).layout(graph, ProgressMonitor.NONE);
        Layout b = layout(11).layout(graph, ProgressMonitor.NONE);
        Layout c = layout(12).layout(graph, ProgressMonitor.NONE);
        assertThat(a.xs()).isEqualTo(b.xs());
        assertThat(a.ys()).isEqualTo(b.ys());
        assertThat(a.sameAs(b)).isTrue();
        assertThat(a.sameAs(c)).isFalse();
    }

    @Test
    void groupMatesSitCloserThanStrangers() {
        LayoutGraph graph = groupedGraph(1500, 5);
        Layout layout = layout(1).layout(graph, ProgressMonitor.NONE);
        assertFinite(layout);
        double same = 0;
        long sameCount = 0;
        double other = 0;
        long otherCount = 0;
        for (int i = 0; i < graph.nodeCount(); i += 3) {
            for (int j = i + 1; j < graph.nodeCount(); j += 5) {
                int gi = graph.group(i);
                int gj = graph.group(j);
                if (gi < 0 || gj < 0) {
                    continue;
                }
                double d = Math.hypot(layout.x(i) - layout.x(j), layout.y(i) - layout.y(j));
                if (gi == gj) {
                    same += d;
                    sameCount++;
                } else {
                    other += d;
                    otherCount++;
                }
            }
        }
        assertThat(sameCount).isPositive();
        // mates at less than a third of the distance between strangers: groups read as blobs
        assertThat((same / sameCount) / (other / otherCount)).isLessThan(0.33);
    }

    @Test
    void aCancelledRunStopsPromptly() {
        LayoutGraph graph = groupedGraph(20_000, 9);
        AtomicInteger calls = new AtomicInteger();
        ProgressMonitor cancelSoon = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 5;
            }
        };
        long start = System.nanoTime();
        assertThatThrownBy(() -> layout(1).layout(graph, cancelSoon)).isInstanceOf(CancelledException.class);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(3.0);
    }

    @Test
    void aMonitorCancelledFromTheStartStopsBeforeAnyWork() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                // not watched
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> layout(1).layout(groupedGraph(300, 1), cancelled))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void progressClimbsToTheNodeCount() {
        LayoutGraph graph = groupedGraph(2000, 4);
        List<long[]> seen = new ArrayList<>();
        ProgressMonitor record = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                seen.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        layout(1).layout(graph, record);
        assertThat(seen.size()).isGreaterThan(10);
        long previous = 0;
        for (long[] p : seen) {
            assertThat(p[1]).isEqualTo(2000);
            assertThat(p[0]).isBetween(previous, 2000L);
            previous = p[0];
        }
        assertThat(previous).isEqualTo(2000);
    }

    @Test
    void anEmptyGraphHasAnEmptyLayout() {
        Layout layout = layout(1).layout(LayoutGraph.of(0, new int[0], new int[0]), ProgressMonitor.NONE);
        assertThat(layout.nodeCount()).isZero();
        assertThat(layout.bounds()).isEqualTo(new Layout.Bounds(0, 0, 0, 0));
    }

    @Test
    void aSingleNodeIsPlaced() {
        Layout layout = layout(1).layout(LayoutGraph.of(1, new int[0], new int[0]), ProgressMonitor.NONE);
        assertThat(layout.nodeCount()).isEqualTo(1);
        assertFinite(layout);
    }

    @Test
    void nodesWithoutEdgesFormANeatGrid() {
        int n = 100;
        Layout layout = layout(1).layout(LayoutGraph.of(n, new int[0], new int[0]), ProgressMonitor.NONE);
        assertFinite(layout);
        // a square-ish grid, no two nodes on one spot
        assertThat(layout.bounds().width()).isBetween(5.0, 20.0);
        assertThat(layout.bounds().height()).isBetween(5.0, 20.0);
        assertThat(minimumDistance(layout)).isGreaterThan(0.5);
    }

    @Test
    void groupsWithoutEdgesStillClusterAndLoneNodesStayClose() {
        int n = 300;
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i < 200 ? i / 50 : -1;
        }
        // two edges, so there is also a small piece to pack
        LayoutGraph graph = LayoutGraph.of(n, new int[] {250, 251}, new int[] {251, 252}, null, group);
        Layout layout = layout(1).layout(graph, ProgressMonitor.NONE);
        assertFinite(layout);
        assertThat(minimumDistance(layout)).isGreaterThan(1e-3);
        // everything fits in a box not much wider than the grid of 97 lone nodes and 4 groups of 50
        assertThat(Math.max(layout.bounds().width(), layout.bounds().height())).isLessThan(60);
    }

    @Test
    void hubsSelfLoopsAndParallelEdgesStayFinite() {
        int n = 3000;
        int[] source = new int[2 * n];
        int[] target = new int[2 * n];
        for (int i = 0; i < n; i++) {
            // a star around node 0 whose leaves appear twice, and a self loop on every node
            source[2 * i] = 0;
            target[2 * i] = i;
            source[2 * i + 1] = i;
            target[2 * i + 1] = i % 7 == 0 ? 0 : i;
        }
        Layout layout = layout(2).layout(LayoutGraph.of(n, source, target), ProgressMonitor.NONE);
        assertFinite(layout);
        assertThat(minimumDistance(layout)).isGreaterThan(1e-3);
        // the leaves spread around the hub instead of piling onto it
        assertThat(layout.bounds().width()).isGreaterThan(10);
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> LayoutGraph.of(2, new int[] {0}, new int[] {2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LayoutGraph.of(2, new int[] {0}, new int[] {1}, new double[] {Double.NaN}, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LayoutGraph.of(2, new int[] {0}, new int[] {1}, null, new int[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The smallest distance between two nodes, by brute force on up to 3000 nodes. */
    static double minimumDistance(Layout layout) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < layout.nodeCount(); i++) {
            for (int j = i + 1; j < layout.nodeCount(); j++) {
                best = Math.min(best, Math.hypot(layout.x(i) - layout.x(j), layout.y(i) - layout.y(j)));
            }
        }
        return best;
    }
}
