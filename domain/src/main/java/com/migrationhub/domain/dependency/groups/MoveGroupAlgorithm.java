package com.migrationhub.domain.dependency.groups;

import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.task.ProgressMonitor;

/** Computes the move groups of an estate from its dependency graph. */
public interface MoveGroupAlgorithm {

    /**
     * Every inventory server of the graph lands in exactly one group; external endpoints in none.
     *
     * @throws com.migrationhub.domain.task.CancelledException when the monitor is cancelled
     */
    MoveGroups compute(DependencyGraph graph, GroupingOptions options, ProgressMonitor monitor);
}
