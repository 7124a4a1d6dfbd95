package com.migrationhub.domain.assessment.risk;

import static com.migrationhub.domain.assessment.Fixtures.ON;
import static com.migrationhub.domain.assessment.Fixtures.disk;
import static com.migrationhub.domain.assessment.Fixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.assessment.Fixtures;
import com.migrationhub.domain.assessment.RulesException;
import com.migrationhub.domain.assessment.os.OsLifecycleMatcher;
import com.migrationhub.domain.assessment.os.OsProducts;
import com.migrationhub.domain.assessment.readiness.CloudLimits;
import com.migrationhub.domain.assessment.readiness.OsSupportMatrix;
import com.migrationhub.domain.assessment.readiness.SupportMatrixReadiness;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightedRiskScoringTest {
    private static final OsLifecycleMatcher LIFECYCLES =
            new OsLifecycleMatcher(OsProducts.readShipped(), Fixtures.lifecycles());
    private static final SupportMatrixReadiness READINESS = new SupportMatrixReadiness(OsSupportMatrix.readShipped(),
            CloudLimits.readShipped(), LIFECYCLES, ON);
    private final WeightedRiskScoring scoring =
            new WeightedRiskScoring(RiskWeights.readShipped(), LIFECYCLES, ON, RiskThresholds.DEFAULTS);

    private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-31T00:00:00Z");

    private static Server measured(String name, String os) {
        Server s = server(name, os);
        s.utilization.add(new UtilizationStat(Metric.CPU_PERCENT, 20.0, 45.0, 80.0, 720, FROM, TO, null));
        s.utilization.add(new UtilizationStat(Metric.MEMORY_PERCENT, 50.0, 60.0, 70.0, 720, FROM, TO, null));
        return s;
    }

    @Test
    void aModernMeasuredDevServerHasNoRisk() {
        Server s = measured("dev-app", "Microsoft Windows Server 2022 (64-bit)");
        s.environment = "DEV";

        Risk r = scoring.score(s, RiskInputs.of(READINESS.assessAll(s)));

        assertThat(r.score()).isZero();
        assertThat(r.level()).isEqualTo(Risk.Level.LOW);
        assertThat(r.factors()).isEmpty();
    }

    @Test
    void thePointsOfTheFactorsAddUpToTheScore() {
        Server s = server("legacy01", "Microsoft Windows Server 2008 R2 (64-bit)");
        s.environment = "Production";
        s.tags.put("Business Criticality", "High");

        Risk r = scoring.score(s, RiskInputs.of(READINESS.assessAll(s)));

        assertThat(r.factors()).extracting(Risk.Factor::factor, Risk.Factor::weight, Risk.Factor::points).containsExactly(
                tuple(RiskFactor.OS_OUT_OF_SUPPORT, 25, 25),
                tuple(RiskFactor.NOT_READY, 30, 30),
                tuple(RiskFactor.NO_UTILIZATION_DATA, 10, 10),
                tuple(RiskFactor.PRODUCTION, 15, 15),
                tuple(RiskFactor.BUSINESS_CRITICAL, 20, 20));
        assertThat(r.total()).isEqualTo(100);
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.level()).isEqualTo(Risk.Level.CRITICAL);
        assertThat(r.factor(RiskFactor.OS_OUT_OF_SUPPORT).text())
                .isEqualTo("Windows Server 2008 R2 left extended support on 2020-01-14; its Extended Security Updates"
                        + " (ESU) ended on 2023-01-10");
        assertThat(r.factor(RiskFactor.NOT_READY).text())
                .startsWith("not ready for AWS, Azure, Google Cloud; on AWS: Windows Server 2008 R2 left extended support");
        assertThat(r.factor(RiskFactor.BUSINESS_CRITICAL).text())
                .isEqualTo("business critical: tag \"Business Criticality\" = \"High\"");
    }

    @Test
    void theScoreIsCappedAt100ButTheTotalIsKept() {
        Server s = server("legacy01", "Microsoft Windows Server 2008 R2 (64-bit)");
        s.environment = "prod";
        s.tags.put("Mission Critical", "");

        Risk r = scoring.score(s, new RiskInputs(READINESS.assessAll(s), 23, true, null));

        assertThat(r.total()).isEqualTo(25 + 30 + 10 + 15 + 15 + 15 + 20);
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.factor(RiskFactor.MANY_DEPENDENCIES).text()).isEqualTo("23 dependencies (from 10 on)");
    }

    @Test
    void esuEndingWithinAYearCountsTwice() {
        Server s = measured("app12", "Microsoft Windows Server 2012 R2 (64-bit)");

        Risk r = scoring.score(s, RiskInputs.NONE);

        assertThat(r.factors()).extracting(Risk.Factor::factor, Risk.Factor::points).containsExactly(
                tuple(RiskFactor.OS_EXTENDED_SUPPORT_ONLY, 15), tuple(RiskFactor.OS_EOL_WITHIN_12_MONTHS, 10));
        assertThat(r.factor(RiskFactor.OS_EOL_WITHIN_12_MONTHS).text())
                .isEqualTo("Windows Server 2012 R2: extended support ends on 2026-10-13, within 12 months of 2026-09-01");
        assertThat(r.score()).isEqualTo(25);
        assertThat(r.level()).isEqualTo(Risk.Level.MEDIUM);
    }

    @Test
    void theBestReadinessCounts() {
        Server s = measured("files01", "Microsoft Windows Server 2022 (64-bit)");
        s.disks.add(disk("Hard disk 2", 40 * 1024));

        Risk all = scoring.score(s, RiskInputs.of(READINESS.assessAll(s)));
        Risk azureOnly = scoring.score(s, RiskInputs.of(Map.of(Cloud.AZURE,
                READINESS.assess(s, Cloud.AZURE))));

        assertThat(all.factor(RiskFactor.NOT_READY)).as("Google Cloud takes it as is").isNull();
        assertThat(all.factor(RiskFactor.READINESS_CONDITIONS)).isNull();
        assertThat(azureOnly.factor(RiskFactor.NOT_READY).points()).isEqualTo(30);
        assertThat(all.factor(RiskFactor.SIZE_EXTREME).text())
                .isEqualTo("41,060 GiB (40.1 TiB) of disks (from 16,384 GiB (16 TiB) on)");
    }

    @Test
    void partialAndMissingUtilizationAreFactors() {
        Server cpuOnly = server("a", "Microsoft Windows Server 2022 (64-bit)");
        cpuOnly.utilization.add(new UtilizationStat(Metric.CPU_PERCENT, 20.0, null, null, 0, null, null, null));
        Server shortWindow = measured("b", "Microsoft Windows Server 2022 (64-bit)");
        shortWindow.utilization.set(0, new UtilizationStat(Metric.CPU_PERCENT, 20.0, 45.0, 80.0, 72, FROM,
                FROM.plusSeconds(3 * 86400), null));

        assertThat(scoring.score(cpuOnly, RiskInputs.NONE).factors())
                .extracting(Risk.Factor::factor, Risk.Factor::text)
                .containsExactly(tuple(RiskFactor.PARTIAL_UTILIZATION_DATA, "no memory utilization"));
        assertThat(scoring.score(shortWindow, RiskInputs.NONE).factor(RiskFactor.PARTIAL_UTILIZATION_DATA).text())
                .isEqualTo("measured over 3 days, less than 14");
    }

    @Test
    void projectOverridesChangeTheWeights() {
        Server s = server("legacy01", "Microsoft Windows Server 2008 R2 (64-bit)");
        s.environment = "Production";
        WeightedRiskScoring project = new WeightedRiskScoring(
                RiskWeights.readShipped().withOverrides(Map.of("production", 0, "os-out-of-support", 40)),
                LIFECYCLES, ON, RiskThresholds.DEFAULTS);

        Risk r = project.score(s, RiskInputs.NONE);

        assertThat(r.factors()).extracting(Risk.Factor::factor, Risk.Factor::points).containsExactly(
                tuple(RiskFactor.OS_OUT_OF_SUPPORT, 40), tuple(RiskFactor.NO_UTILIZATION_DATA, 10));
        assertThat(r.score()).isEqualTo(50);
        assertThat(r.level()).isEqualTo(Risk.Level.HIGH);
        assertThat(scoring.score(s, RiskInputs.NONE).score()).as("the shipped weights are untouched").isEqualTo(50);
        assertThatThrownBy(() -> RiskWeights.readShipped().withOverrides(Map.of("prod", 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown risk factor 'prod'");
        assertThatThrownBy(() -> RiskWeights.readShipped().withOverrides(Map.of("production", 120)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConsultantsSayOnCriticalityWinsOverTheTags() {
        Server s = measured("app", "Microsoft Windows Server 2022 (64-bit)");
        s.tags.put("Criticality", "High");

        assertThat(scoring.score(s, new RiskInputs(Map.of(), null, null, false)).factors()).isEmpty();
        assertThat(scoring.score(s, RiskInputs.NONE).factor(RiskFactor.BUSINESS_CRITICAL).points()).isEqualTo(20);
    }

    @ParameterizedTest
    @CsvSource({"0,LOW", "24,LOW", "25,MEDIUM", "49,MEDIUM", "50,HIGH", "74,HIGH", "75,CRITICAL", "100,CRITICAL"})
    void levelsFollowTheDocumentedBands(int score, Risk.Level level) {
        assertThat(Risk.Level.of(score)).isEqualTo(level);
    }

    @Test
    void aWeightsFileMustNameEveryFactorOnce() {
        String bad = "factor\tweight\tdescription\nproduction\t15\tprod\nproduction\t10\tagain\n";
        assertThatThrownBy(() -> RiskWeights.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "w.tsv"))
                .isInstanceOf(RulesException.class)
                .hasMessage("w.tsv, line 3: factor 'production' a second time in \"production 10 again\"");
        String missing = "factor\tweight\tdescription\nproduction\t15\tprod\n";
        assertThatThrownBy(() -> RiskWeights.read(new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8)),
                "w.tsv"))
                .isInstanceOf(RulesException.class)
                .hasMessage("w.tsv: no weight for the factor 'os-out-of-support'");
        String notNumber = "factor\tweight\tdescription\nproduction\thigh\tprod\n";
        assertThatThrownBy(() -> RiskWeights.read(new ByteArrayInputStream(notNumber.getBytes(StandardCharsets.UTF_8)),
                "w.tsv"))
                .hasMessage("w.tsv, line 2: weight 'high' is not a whole number in \"production high prod\"");
    }
}
