package com.migrationhub.domain.dependency.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

class MultilevelForceLayoutTest extends GraphLayoutTestCase {

    @Override
    GraphLayout layout(long seed) {
        return new MultilevelForceLayout(MultilevelForceLayout.Options.defaults().withSeed(seed));
    }

    @Test
    void parallelAndSequentialRunsAreBitIdentical() {
        // large enough for the forces to be split across threads
        LayoutGraph graph = groupedGraph(9000, 21);
        MultilevelForceLayout.Options options = MultilevelForceLayout.Options.defaults().withIterations(30);
        Layout parallel = new MultilevelForceLayout(options.withParallel(true)).layout(graph, ProgressMonitor.NONE);
        Layout sequential = new MultilevelForceLayout(options.withParallel(false)).layout(graph, ProgressMonitor.NONE);
        assertThat(parallel.sameAs(sequential)).isTrue();
    }

    @Test
    void groupIdsNeedNotBeDense() {
        LayoutGraph graph = LayoutGraph.of(4, new int[] {0, 2}, new int[] {1, 3}, new double[] {5, 0},
                new int[] {900, 900, -1, 12});
        assertThat(graph.groupCount()).isEqualTo(2);
        assertThat(graph.group(0)).isEqualTo(1);
        assertThat(graph.group(3)).isZero();
        assertFinite(new MultilevelForceLayout().layout(graph, ProgressMonitor.NONE));
    }

    @Test
    void badOptionsAreRefused() {
        assertThatThrownBy(() -> MultilevelForceLayout.Options.defaults().withIterations(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MultilevelForceLayout.Options.defaults().withTheta(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
