package com.migrationhub.domain.assessment.strategy;

import static com.migrationhub.domain.assessment.Fixtures.ON;
import static com.migrationhub.domain.assessment.Fixtures.server;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.migrationhub.domain.assessment.Fixtures;
import com.migrationhub.domain.assessment.RulesException;
import com.migrationhub.domain.assessment.os.OsLifecycleMatcher;
import com.migrationhub.domain.assessment.os.OsProducts;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstMatchStrategySelectionTest {
    private static final OsLifecycleMatcher LIFECYCLES =
            new OsLifecycleMatcher(OsProducts.readShipped(), Fixtures.lifecycles());
    private final StrategySelection selection = new FirstMatchStrategySelection(StrategyRuleSet.readShipped(),
            LIFECYCLES, ON, FactSettings.DEFAULTS);

    private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-07-31T00:00:00Z");

    @Test
    void aPoweredOffServerRetires() {
        Server s = server("sql-old", "Microsoft Windows Server 2019 (64-bit)");
        s.powerState = PowerState.POWERED_OFF;

        StrategyDecision d = selection.decide(s);

        assertThat(d.ruleId()).isEqualTo("retire-powered-off");
        assertThat(d.strategy()).isEqualTo(Strategy.RETIRE);
        assertThat(d.rationale()).startsWith("Powered off when the inventory was taken");
        assertThat(d.overridden()).isFalse();
    }

    @Test
    void anIdleServerRetiresWithItsFigures() {
        Server s = server("app-idle", "Microsoft Windows Server 2019 (64-bit)");
        s.utilization.add(new UtilizationStat(Metric.CPU_PERCENT, 0.6, 1.24, 9.0, 720, FROM, TO, null));
        s.utilization.add(new UtilizationStat(Metric.NETWORK_IN_MBPS, 0.01, 0.02, 0.4, 720, FROM, TO, null));
        s.utilization.add(new UtilizationStat(Metric.NETWORK_OUT_MBPS, 0.005, 0.01, 0.2, 720, FROM, TO, null));

        StrategyDecision d = selection.decide(s);

        assertThat(d.ruleId()).isEqualTo("retire-idle");
        assertThat(d.rationale()).isEqualTo("Idle over the whole measured window (CPU p95 1.2 %, network p95 0.03 MB/s"
                + " over 30 days): confirm with the owner, then decommission instead of moving it.");
    }

    @Test
    void aBusyOrShortlyMeasuredServerIsNotIdle() {
        Server busy = server("app-busy", "Microsoft Windows Server 2019 (64-bit)");
        busy.utilization.add(new UtilizationStat(Metric.CPU_PERCENT, 2.0, 35.0, 90.0, 720, FROM, TO, null));
        busy.utilization.add(new UtilizationStat(Metric.NETWORK_MBPS, 0.01, 0.02, 0.4, 720, FROM, TO, null));
        Server brief = server("app-brief", "Microsoft Windows Server 2019 (64-bit)");
        brief.utilization.add(new UtilizationStat(Metric.CPU_PERCENT, 0.5, 1.0, 2.0, 72, FROM,
                FROM.plusSeconds(3 * 86400), null));
        brief.utilization.add(new UtilizationStat(Metric.NETWORK_MBPS, 0.01, 0.02, 0.4, 72, FROM,
                FROM.plusSeconds(3 * 86400), null));
        Server cpuOnly = server("app-cpu-only", "Microsoft Windows Server 2019 (64-bit)");
        cpuOnly.utilization.add(new UtilizationStat(Metric.CPU_PERCENT, 0.5, null, null, 0, null, null, null));

        assertThat(selection.decide(busy).strategy()).isEqualTo(Strategy.REHOST);
        assertThat(selection.decide(brief).strategy()).as("3 days is too short").isEqualTo(Strategy.REHOST);
        assertThat(selection.decide(cpuOnly).strategy()).as("no network figure").isEqualTo(Strategy.REHOST);
        assertThat(((FirstMatchStrategySelection) selection).facts(cpuOnly).flag(Fact.CPU_IDLE)).isTrue();
    }

    @Test
    void sql01ReplatformsToTheManagedServiceOfEachCloud() {
        StrategyDecision d = selection.decide(server("sql01", "Microsoft Windows Server 2019 (64-bit)"));

        assertThat(d.ruleId()).isEqualTo("replatform-sql-server");
        assertThat(d.strategy()).isEqualTo(Strategy.REPLATFORM);
        assertThat(d.target(Cloud.AWS)).isEqualTo("Amazon RDS for SQL Server");
        assertThat(d.target(Cloud.AZURE)).isEqualTo("Azure SQL Managed Instance");
        assertThat(d.target(Cloud.GCP)).isEqualTo("Cloud SQL for SQL Server");
        assertThat(d.rationale()).startsWith("SQL Server detected from name 'sql01': move the databases to a managed service");
        assertThat(d.alternatives()).extracting(StrategyDecision.Alternative::ruleId, StrategyDecision.Alternative::strategy)
                .containsExactly(tuple("rehost-database", Strategy.REHOST));
    }

    @Test
    void aSqlServerTagReplatformsToo() {
        Server bare = server("fin-app-07", "Microsoft Windows Server 2019 (64-bit)");
        bare.tags.put("SQL Server", "");
        Server valued = server("fin-app-08", "Microsoft Windows Server 2019 (64-bit)");
        valued.tags.put("Application", "SQL Server 2019");

        StrategyDecision d = selection.decide(bare);

        assertThat(d.ruleId()).isEqualTo("replatform-sql-server");
        assertThat(d.rationale()).startsWith("SQL Server detected from tag 'SQL Server'");
        assertThat(selection.decide(valued).rationale()).startsWith("SQL Server detected from tag 'Application' 'SQL Server 2019'");
    }

    @Test
    void vmwareServersGetTheRelocateAlternative() {
        Server s = server("web01", "Microsoft Windows Server 2022 (64-bit)");
        s.vCenter = "vc01.corp.local";

        StrategyDecision d = selection.decide(s);

        assertThat(d.strategy()).isEqualTo(Strategy.REHOST);
        assertThat(d.ruleId()).isEqualTo("rehost");
        assertThat(d.rationale()).isEqualTo("No reason to change it: move web01 as it is.");
        StrategyDecision.Alternative relocate = d.alternatives().get(0);
        assertThat(relocate.strategy()).isEqualTo(Strategy.RELOCATE);
        assertThat(relocate.rationale()).startsWith("Runs on VMware (vCenter vc01.corp.local)");
        assertThat(relocate.target(Cloud.AWS)).isEqualTo("VMware Cloud on AWS");
        assertThat(relocate.target(Cloud.AZURE)).isEqualTo("Azure VMware Solution");
        assertThat(relocate.target(Cloud.GCP)).isEqualTo("Google Cloud VMware Engine");
    }

    @Test
    void outOfSupportSystemsAreUpgradedOrKeptByTheirUpgradePath() {
        StrategyDecision r2 = selection.decide(server("legacy-r2", "Microsoft Windows Server 2008 R2 (64-bit)"));
        StrategyDecision w2008 = selection.decide(server("legacy-08", "Microsoft Windows Server 2008 (64-bit)"));
        StrategyDecision solaris = selection.decide(server("sun01", "Oracle Solaris 10 (64-bit)"));

        assertThat(r2.ruleId()).isEqualTo("replatform-os-upgrade");
        assertThat(r2.rationale()).isEqualTo("Windows Server 2008 R2 left extended support on 2020-01-14; its Extended"
                + " Security Updates (ESU) ended on 2023-01-10: upgrade to a supported release as part of the move.");
        assertThat(w2008.ruleId()).isEqualTo("retain-no-upgrade-path");
        assertThat(w2008.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(solaris.ruleId()).isEqualTo("retain-unix");
        assertThat(solaris.alternatives()).extracting(StrategyDecision.Alternative::strategy)
                .containsExactly(Strategy.REFACTOR);
    }

    @Test
    void aTemplateIsNotAssessed() {
        Server t = server("tpl-w2019", "Microsoft Windows Server 2019 (64-bit)");
        t.template = true;
        t.vCenter = "vc01";

        StrategyDecision d = selection.decide(t);

        assertThat(d.strategy()).isEqualTo(Strategy.NOT_ASSESSED);
        assertThat(d.alternatives()).isEmpty();
    }

    @Test
    void anOverrideKeepsTheRulesDecisionAsTheSuggestion() {
        Server s = server("sql01", "Microsoft Windows Server 2019 (64-bit)");
        s.id = 42;
        s.vCenter = "vc01";

        StrategyDecision d = selection.decide(s, new StrategyOverride(42, Strategy.REHOST, "SSIS packages, no time to rework"));

        assertThat(d.ruleId()).isEqualTo(StrategyDecision.OVERRIDE);
        assertThat(d.strategy()).isEqualTo(Strategy.REHOST);
        assertThat(d.rationale()).isEqualTo("set by the consultant: SSIS packages, no time to rework");
        assertThat(d.suggested().ruleId()).isEqualTo("replatform-sql-server");
        assertThat(d.suggested().target(Cloud.AZURE)).isEqualTo("Azure SQL Managed Instance");
        assertThat(d.alternatives()).extracting(StrategyDecision.Alternative::strategy)
                .containsExactly(Strategy.RELOCATE);
        assertThat(d.targets()).isEmpty();
        assertThat(selection.decide(s, null).overridden()).isFalse();
        assertThatThrownBy(() -> selection.decide(s, new StrategyOverride(7, Strategy.RETAIN, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server 7, not 42");
    }

    @Test
    void anOverrideToTheSameStrategyKeepsItsTargets() {
        Server s = server("sql01", "Microsoft Windows Server 2019 (64-bit)");

        StrategyDecision d = selection.decide(s, new StrategyOverride(0, Strategy.REPLATFORM, "confirmed with DBA"));

        assertThat(d.target(Cloud.GCP)).isEqualTo("Cloud SQL for SQL Server");
        assertThat(d.suggested().strategy()).isEqualTo(Strategy.REPLATFORM);
    }

    @Test
    void aProjectCanPassItsOwnRules() {
        String rules = """
                # dev first
                rule dev-refactor
                    when environment = dev and (os-family = linux or os-family = windows) and not production
                    strategy REFACTOR
                    rationale ${name} is a ${environment} server on ${os-label}: rebuild it as code.
                    targets AWS CDK | Bicep | -
                rule rest
                    when always
                    strategy rehost
                    rationale as is
                """;
        StrategyRuleSet set = StrategyRuleSet.read(new ByteArrayInputStream(rules.getBytes(StandardCharsets.UTF_8)),
                "project.rules");
        StrategySelection custom = new FirstMatchStrategySelection(set, LIFECYCLES, ON, FactSettings.DEFAULTS);
        Server s = server("build07", "Ubuntu 22.04 LTS (64-bit)");
        s.environment = "Development";

        StrategyDecision d = custom.decide(s);

        assertThat(d.ruleId()).isEqualTo("dev-refactor");
        assertThat(d.rationale()).isEqualTo("build07 is a dev server on Ubuntu 22.04: rebuild it as code.");
        assertThat(d.targets()).containsOnlyKeys(Cloud.AWS, Cloud.AZURE);
        s.environment = "PRD";
        assertThat(custom.decide(s).ruleId()).isEqualTo("rest");
        assertThat(set.decisions()).extracting(StrategyRuleSet.Rule::line).containsExactly(2, 7);
    }

    @Test
    void theShippedRulesEndWithADefaultAndUseUniqueIds() {
        StrategyRuleSet set = StrategyRuleSet.readShipped();
        Set<String> ids = new HashSet<>();
        set.decisions().forEach(r -> assertThat(ids.add(r.id())).isTrue());
        set.alternatives().forEach(r -> assertThat(ids.add(r.id())).isTrue());
        StrategyRuleSet.Rule last = set.decisions().get(set.decisions().size() - 1);
        assertThat(last.when()).isEqualTo("always");
        assertThat(last.strategy()).isEqualTo(Strategy.REHOST);
    }

    @Test
    void aMalformedRulesFileFailsWithOneLineNamingFileAndLine() {
        assertThat(error("rule a\n  when always\n  strategy REHOST\n  rationale x\nrule b\n  when powerd-off\n"))
                .isEqualTo("bad.rules, line 6: unknown fact 'powerd-off' in \"when powerd-off\"");
        assertThat(error("rule a\n  when always\n  strategy REWRITE\n  rationale x\n"))
                .startsWith("bad.rules, line 3: unknown strategy 'REWRITE'");
        assertThat(error("rule a\n  when database = db2\n"))
                .isEqualTo("bad.rules, line 2: 'db2' is not a value of database (sql-server, oracle, postgresql, mysql,"
                        + " mongodb) in \"when database = db2\"");
        assertThat(error("rule a\n  when (idle or powered-off\n"))
                .isEqualTo("bad.rules, line 2: a '(' without its ')' in \"when (idle or powered-off\"");
        assertThat(error("rule a\n  when always\n  strategy REHOST\n  rationale move ${nmae}\n"))
                .isEqualTo("bad.rules, line 4: unknown fact '${nmae}' in \"rationale move ${nmae}\"");
        assertThat(error("rule a\n  when always\n  strategy REHOST\n  rationale x\n  targets a | b\n"))
                .startsWith("bad.rules, line 5: targets need 3 parts separated by '|'");
        assertThat(error("rule a\n  when always\n  rationale x\n"))
                .isEqualTo("bad.rules, line 1: rule a has no 'strategy' line");
        assertThat(error("  when always\n"))
                .isEqualTo("bad.rules, line 1: 'when' before any 'rule' or 'alternative' line in \"when always\"");
        assertThat(error("rule a\n  when always\n  strategy REHOST\n  rationale x\nrule a\n"))
                .isEqualTo("bad.rules, line 5: a second rule 'a' in \"rule a\"");
        assertThat(error("rule a\n  when os-label = x\n"))
                .isEqualTo("bad.rules, line 2: fact 'os-label' is text, for rationales only in \"when os-label = x\"");
    }

    private static String error(String text) {
        RulesException e = org.junit.jupiter.api.Assertions.assertThrows(RulesException.class,
                () -> StrategyRuleSet.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "bad.rules"));
        assertThat(e.getMessage()).doesNotContain("\n");
        return e.getMessage();
    }
}
