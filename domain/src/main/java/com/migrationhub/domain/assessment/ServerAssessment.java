package com.migrationhub.domain.assessment;

import java.util.List;

/**
 * The assessment of one server for one cloud and region, as stored in the project and shown:
 * readiness with its reasons, the 7R strategy with its rationale, the chosen size, the monthly
 * cost split into compute, licence, storage and network (nano-dollars), the sizing's confidence
 * and the risk score with its factors. Texts are final words for a report; codes stay stable.
 *
 * @param readinessReasons   one per reason: "code\ttext"
 * @param strategySuggested  the rules' own decision when the consultant overrode it, else null
 * @param strategyTargets    the managed services or platforms the strategy points to, if any
 * @param size               the chosen size; null when none fits (the explanation says why)
 * @param sizingBasis        "as on premises" or "performance-based (p95 × 1.3)"
 * @param stars              confidence 1–5; 0 when not applicable
 * @param demandVcpus        the vCPUs needed, as an exact decimal ("2.6")
 * @param priceBasis         the sources and derivations of the prices used, for the report
 * @param riskFactors        one per factor: "id\tpoints\ttext"
 * @param explanation        the sizing's and costing's steps, one a line; empty from a run and in the
 *                           store (the texts cost more than the figures), filled by
 *                           {@link AssessmentService#explain}
 */
public record ServerAssessment(long serverId, String serverName, String cloud, String region,
        String readiness, List<String> readinessReasons,
        String strategy, String strategyRule, String strategySuggested, String rationale, String strategyTargets,
        String size, int vcpus, long memoryMiB, String sizingBasis, int stars, String demandVcpus, long demandMemoryMiB,
        long computeNanos, long licenceNanos, long storageNanos, long networkNanos, String priceBasis,
        int riskScore, String riskLevel, List<String> riskFactors, List<String> explanation) {

    /** Monthly total in nano-dollars. */
    public long totalNanos() {
        return computeNanos + licenceNanos + storageNanos + networkNanos;
    }
}
