package com.migrationhub.domain.model;

import java.time.Instant;

/**
 * Statistics of one metric of one server over a time window. Any of average, p95 and maximum may
 * be null where the source does not give it (an Azure Migrate import gives one figure, which is
 * kept as the average). {@code samples} is 0 where the source gave statistics, not samples.
 */
public record UtilizationStat(Metric metric, Double average, Double p95, Double maximum,
                              long samples, Instant windowStart, Instant windowEnd, SourceRef source) {
}
