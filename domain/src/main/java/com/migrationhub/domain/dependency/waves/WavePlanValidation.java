package com.migrationhub.domain.dependency.waves;

import java.util.List;

/**
 * What a plan leaves for the consultant to resolve.
 *
 * @param orderViolations hard dependencies whose consumer moves in an earlier wave than its
 *                        provider (only pins cause these)
 * @param splits          hard dependencies across waves in the right order (the consumer moves
 *                        later): the link is broken for a while, to be bridged (hybrid
 *                        connectivity)
 * @param capacityOverruns waves over capacity
 */
public record WavePlanValidation(List<CrossWaveDependency> orderViolations, List<CrossWaveDependency> splits,
        List<CapacityOverrun> capacityOverruns) {

    public WavePlanValidation {
        orderViolations = List.copyOf(orderViolations);
        splits = List.copyOf(splits);
        capacityOverruns = List.copyOf(capacityOverruns);
    }

    public boolean hasProblems() {
        return !orderViolations.isEmpty() || !capacityOverruns.isEmpty();
    }

    public enum Kind {
        /** The consumer moves before its provider. */
        ORDER,
        /** The consumer moves after its provider. */
        SPLIT
    }

    /** One hard server-to-server dependency across waves. */
    public record CrossWaveDependency(Kind kind, long consumerServerId, String consumerServer, long providerServerId,
            String providerServer, String consumerGroup, String providerGroup, int consumerWave, int providerWave) {
    }

    /**
     * A wave over capacity.
     *
     * @param cause "pins" when pinned groups are in it, else "one group larger than a wave"
     */
    public record CapacityOverrun(int wave, int servers, Integer maxServers, long vcpus, Integer maxVcpus,
            String cause) {
    }
}
