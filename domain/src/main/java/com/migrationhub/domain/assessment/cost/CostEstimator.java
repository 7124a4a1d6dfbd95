package com.migrationhub.domain.assessment.cost;

import com.migrationhub.domain.assessment.sizing.SizingDemand;
import com.migrationhub.domain.assessment.sizing.SizingTarget;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Cost estimation: what a server of the estate would cost a month in a cloud region under a
 * pricing option, line by line, with provenance. Implementations are immutable and safe for use
 * by many threads.
 */
public interface CostEstimator {

    /** What a server needs (worked out once, then estimated for many targets). */
    SizingDemand demand(Server server);

    CostBreakdown estimate(Server server, SizingDemand demand, SizingTarget target);

    default CostBreakdown estimate(Server server, SizingTarget target) {
        return estimate(server, demand(server), target);
    }

    /**
     * Estimates every server for every target, in parallel batches between which progress is
     * reported and cancellation checked on the calling thread. Server-major: server i, target j
     * is at i × targets + j.
     *
     * @throws com.migrationhub.domain.task.CancelledException when the monitor is cancelled
     */
    default List<CostBreakdown> estimateAll(List<Server> servers, List<SizingTarget> targets,
            ProgressMonitor monitor) {
        int n = servers.size();
        int k = targets.size();
        CostBreakdown[] out = new CostBreakdown[Math.multiplyExact(n, k)];
        int batch = 8192;
        for (int from = 0; from < n; from += batch) {
            monitor.checkCancelled();
            int end = Math.min(n, from + batch);
            IntStream.range(from, end).parallel().forEach(i -> {
                Server s = servers.get(i);
                SizingDemand d = demand(s);
                for (int j = 0; j < k; j++) {
                    out[i * k + j] = estimate(s, d, targets.get(j));
                }
            });
            monitor.progress(end, n, "estimating costs");
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }
}
