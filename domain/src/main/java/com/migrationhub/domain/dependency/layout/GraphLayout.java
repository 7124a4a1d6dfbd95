package com.migrationhub.domain.dependency.layout;

import com.migrationhub.domain.task.ProgressMonitor;

/**
 * Places the nodes of a {@link LayoutGraph} in the plane. Implementations are deterministic: the
 * same graph and options give bit-identical coordinates.
 */
public interface GraphLayout {

    /**
     * Computes the positions of all nodes.
     *
     * @throws com.migrationhub.domain.task.CancelledException when the monitor asks to stop
     */
    Layout layout(LayoutGraph graph, ProgressMonitor monitor);
}
