package com.migrationhub.domain.assessment.risk;

import com.migrationhub.domain.model.Server;

/**
 * The migration-risk problem: how risky is moving a server, and why. Implementations are immutable
 * and thread-safe; the assessment date is fixed when they are built.
 */
public interface RiskScoring {

    Risk score(Server server, RiskInputs inputs);
}
