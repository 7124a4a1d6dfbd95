/**
 * Migration risk per server: the problem is {@link com.migrationhub.domain.assessment.risk.RiskScoring},
 * the method {@link com.migrationhub.domain.assessment.risk.WeightedRiskScoring} (factor weights from
 * {@code risk-weights.tsv}, a project's overrides on top), the result
 * {@link com.migrationhub.domain.assessment.risk.Risk}: a 0-100 score, its level and each factor's points.
 */
package com.migrationhub.domain.assessment.risk;
