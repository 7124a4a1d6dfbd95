package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Right-sizing: which cloud size, and which disks, a server of the estate should get in a cloud
 * region under a pricing option. Sizing is split in two so an estate is matched against many
 * targets cheaply: {@link #demand} works out once what a server needs, {@link #size} matches a
 * demand against one target. Implementations are immutable and safe for use by many threads.
 */
public interface RightSizing {

    SizingOptions options();

    /** What a server needs, whatever the cloud. */
    SizingDemand demand(Server server);

    /**
     * The size and disks for a demand in a target, ranking sizes by compute plus the given
     * licences an hour (the licences actually charged: an operating-system licence brought by
     * the client is not among them).
     */
    SizingResult size(SizingDemand demand, SizingTarget target, List<Licence> licences);

    /**
     * The sizing with the consultant's size instead of the cheapest fit: that size priced from the
     * catalog in the target's region with the given licences, and the disks as {@link #size} chooses
     * them. The size is honoured even where it falls short of the demand ({@link Forced#shortfall}
     * says by how much); it is refused ({@link Forced#refused}) only where the region does not offer
     * it under the target's option, the server cannot run on it (architecture), or a licence charged
     * has no price on it.
     */
    default Forced sizeAs(SizingDemand demand, SizingTarget target, List<Licence> licences, SizeOverride size) {
        return new Forced(null, "this sizing method does not take a consultant's size", null);
    }

    /**
     * What {@link #sizeAs} gave.
     *
     * @param result    the sizing with the consultant's size, or null when it was refused
     * @param refused   why the size cannot be used there, or null
     * @param shortfall what the size lacks against the demand ("2 vCPU below the 4 needed"), or null
     */
    record Forced(SizingResult result, String refused, String shortfall) {
    }

    /** Sizes with the licences the server's operating system brings. */
    default SizingResult size(SizingDemand demand, SizingTarget target) {
        return size(demand, target, demand.licences());
    }

    default SizingResult size(Server server, SizingTarget target) {
        return size(demand(server), target);
    }

    /**
     * Sizes every server for every target, in parallel on the common fork-join pool, in batches
     * between which progress is reported and cancellation checked on the calling thread. The
     * result is server-major: the sizing of server i for target j is at i × targets + j, the same
     * whatever the threads did.
     *
     * @throws com.migrationhub.domain.task.CancelledException when the monitor is cancelled
     */
    default List<SizingResult> sizeAll(List<Server> servers, List<SizingTarget> targets, ProgressMonitor monitor) {
        int n = servers.size();
        int k = targets.size();
        SizingResult[] out = new SizingResult[Math.multiplyExact(n, k)];
        int batch = 8192;
        for (int from = 0; from < n; from += batch) {
            monitor.checkCancelled();
            int start = from;
            int end = Math.min(n, from + batch);
            IntStream.range(start, end).parallel().forEach(i -> {
                SizingDemand d = demand(servers.get(i));
                for (int j = 0; j < k; j++) {
                    out[i * k + j] = size(d, targets.get(j));
                }
            });
            monitor.progress(end, n, "sizing servers");
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }
}
