package com.migrationhub.domain.assessment.risk;

import com.migrationhub.domain.assessment.readiness.Readiness;
import com.migrationhub.domain.catalog.Cloud;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the risk score takes beside the server: its readiness for the clouds in scope, and figures
 * the inventory doesn't hold yet. A null figure means "not known" and adds no points.
 *
 * @param readiness        per cloud in scope; the best of them counts (the move can go there)
 * @param dependencyCount  servers this one talks to, from dependency data; null when none imported
 * @param sensitiveData    whether the consultant marked it as holding sensitive data; null when not said
 * @param businessCritical the consultant's say, over the tags; null to read the tags
 */
public record RiskInputs(Map<Cloud, Readiness> readiness, Integer dependencyCount, Boolean sensitiveData,
        Boolean businessCritical) {

    public static final RiskInputs NONE = new RiskInputs(Map.of(), null, null, null);

    public RiskInputs {
        readiness = readiness.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(readiness));
    }

    public static RiskInputs of(Map<Cloud, Readiness> readiness) {
        return new RiskInputs(readiness, null, null, null);
    }
}
