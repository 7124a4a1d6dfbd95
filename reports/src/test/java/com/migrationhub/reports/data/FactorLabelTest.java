package com.migrationhub.reports.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.assessment.risk.RiskFactor;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The heat map's rows are words a client reads, for every factor the risk engine knows. */
class FactorLabelTest {

    @Test
    void everyRiskFactorHasItsOwnWords() {
        Set<String> labels = new HashSet<>();
        for (RiskFactor f : RiskFactor.values()) {
            String byName = ReportLoader.factorLabel(f.name());
            assertThat(byName).as(f.name()).doesNotContain("_").isEqualTo(ReportLoader.factorLabel(f.id()));
            assertThat(Character.isUpperCase(byName.charAt(0))).as(byName).isTrue();
            labels.add(byName);
        }
        assertThat(labels).as("no two factors read the same").hasSize(RiskFactor.values().length);
        assertThat(ReportLoader.factorLabel("NEW_FACTOR_X")).isEqualTo("New factor x");
    }

    @Test
    void riskLevelsReadLowestFirstWhateverOrderTheyCameIn() {
        java.util.Map<String, Long> seen = new java.util.LinkedHashMap<>();
        seen.put("CRITICAL", 1L);
        seen.put("LOW", 4L);
        seen.put("EXTREME", 1L);
        seen.put("HIGH", 2L);
        seen.put("MEDIUM", 3L);
        assertThat(ReportLoader.byLevel(seen).keySet()).containsExactly("LOW", "MEDIUM", "HIGH", "CRITICAL", "EXTREME");
    }
}
