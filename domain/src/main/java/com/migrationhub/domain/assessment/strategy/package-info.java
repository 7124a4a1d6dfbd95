/**
 * 7R migration strategy per server: the problem is
 * {@link com.migrationhub.domain.assessment.strategy.StrategySelection}, the method
 * {@link com.migrationhub.domain.assessment.strategy.FirstMatchStrategySelection} (an ordered rule
 * set, {@code strategy.rules}, over named {@link com.migrationhub.domain.assessment.strategy.Fact}s),
 * the result {@link com.migrationhub.domain.assessment.strategy.StrategyDecision}; the consultant's
 * {@link com.migrationhub.domain.assessment.strategy.StrategyOverride} goes on top.
 */
package com.migrationhub.domain.assessment.strategy;
