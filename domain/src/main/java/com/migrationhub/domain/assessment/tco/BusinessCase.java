package com.migrationhub.domain.assessment.tco;

import com.migrationhub.domain.catalog.Cloud;
import java.util.List;
import java.util.Map;

/**
 * The business case: what the estate costs on premises against each cloud, year by year over
 * the horizon, and the month each cloud breaks even (cumulative cloud cost, including the one-off
 * migration cost, at or below cumulative on-premises cost). Money in nano-dollars a year.
 *
 * @param onPremises     the on-premises cost lines a year, each with the assumption behind it
 * @param clouds         per cloud: yearly cost and break-even
 * @param parameters     every parameter used, key to value, for the report's assumptions
 */
public record BusinessCase(int horizonYears, List<Line> onPremises, long onPremisesYearly,
        Map<Cloud, CloudCase> clouds, Map<String, String> parameters) {

    /** One cost line with the figure, its yearly amount and how it was computed. */
    public record Line(String id, String label, long yearlyNanos, String how) {
    }

    /**
     * One cloud's side: run cost a year (compute, licences, storage, network from the
     * assessment, plus remaining labour), one-off migration cost, cumulative costs per year and the
     * break-even month (0 when never within the horizon).
     */
    public record CloudCase(Cloud cloud, List<Line> lines, long yearlyNanos, long migrationNanos,
            long[] cumulativeCloud, long[] cumulativeOnPremises, int breakEvenMonth) {

        /** Savings over the whole horizon (positive: the cloud is cheaper). */
        public long savingsNanos() {
            int last = cumulativeCloud.length - 1;
            return cumulativeOnPremises[last] - cumulativeCloud[last];
        }
    }
}
