/**
 * Rehost readiness per server and cloud: the problem is
 * {@link com.migrationhub.domain.assessment.readiness.ReadinessAssessment}, the method
 * {@link com.migrationhub.domain.assessment.readiness.SupportMatrixReadiness} (a support matrix,
 * {@code os-support.tsv}, and cloud limits, {@code cloud-limits.tsv}), the result
 * {@link com.migrationhub.domain.assessment.readiness.Readiness} with coded reasons.
 */
package com.migrationhub.domain.assessment.readiness;
