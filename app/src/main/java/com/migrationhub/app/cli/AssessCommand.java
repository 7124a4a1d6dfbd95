package com.migrationhub.app.cli;

import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.strategy.Strategy;
import com.migrationhub.domain.assessment.strategy.StrategyOverride;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.FxRate;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.store.AssessmentStore;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess every server for AWS, Azure and Google Cloud side by side under a named scenario: "
                + "readiness, 7R strategy, right size, monthly cost and risk.", "",
            "Every option has a default, so '-p FILE --scenario NAME' alone works: all three clouds, the project's "
                + "default region per cloud (us-east-1, eastus, us-central1 unless set), performance-based sizing "
                + "where utilization data exists and as on premises otherwise, p95 × 1.3, on-demand, USD.",
            "Re-running a scenario keeps its stored assumptions (including the day support is judged on) and "
                + "changes only what the options give, so the same data gives the same figures. The results "
                + "replace the scenario's earlier ones in one transaction."})
final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOption project;

    @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "The scenario's name.")
    String scenario;

    @Option(names = "--clouds", paramLabel = "LIST", split = ",", description = "aws, azure, gcp (default all three).")
    List<String> clouds;

    @Option(names = "--regions", paramLabel = "LIST", split = ",",
            description = "Regions, each named once for its cloud (us-east-1,eu-central-1,westeurope,europe-west1): "
                    + "two regions of a cloud are assessed side by side.")
    List<String> regions;

    @Option(names = "--sizing", paramLabel = "MODE", description = "as-is, performance or auto (default auto).")
    String sizing;

    @Option(names = "--percentile", paramLabel = "P", description = "50, 90, 95 or 99 (default 95).")
    Integer percentile;

    @Option(names = "--comfort", paramLabel = "FACTOR", description = "Headroom on measured use (default 1.3).")
    BigDecimal comfort;

    @Option(names = "--pricing", paramLabel = "OPTION", description = "on-demand, ri1y, ri3y, sp1y or sp3y (default on-demand).")
    String pricing;

    @Option(names = "--currency", paramLabel = "CUR", description = "USD, EUR or GBP (default USD).")
    String currency;

    @Option(names = "--rate", paramLabel = "RATE",
            description = "Units of the currency per USD (default: the catalog's latest monthly rate).")
    BigDecimal rate;

    @Option(names = "--uptime", paramLabel = "HOURS",
            description = "On-demand hours: always-on (default), 50h/week or 200h/month.")
    String uptime;

    @Option(names = "--byol-windows", negatable = true,
            description = "Bring your own Windows licences (Azure Hybrid Benefit on Azure; flagged elsewhere).")
    Boolean byolWindows;

    @Option(names = "--byol-sql", negatable = true, description = "Bring your own SQL Server licences.")
    Boolean byolSql;

    @Option(names = "--egress-gb", paramLabel = "GB", description = "Internet egress per server and month (default 0).")
    Long egressGb;

    @Option(names = "--horizon", paramLabel = "YEARS", description = "The business case's horizon, 1-5 years (default 3).")
    Integer horizon;

    @Option(names = "--families", paramLabel = "LIST", split = ",", description = "Only these size families (m5,Dsv5,n2).")
    List<String> families;

    @Option(names = "--allow-arm", negatable = true, description = "Allow Arm sizes (Graviton, Cobalt, Axion).")
    Boolean allowArm;

    @Option(names = "--allow-burstable", negatable = true, description = "Allow burstable sizes (t3, B, e2-micro).")
    Boolean allowBurstable;

    @Option(names = "--min-memory-per-vcpu", paramLabel = "MIB", description = "Minimum memory per vCPU in MiB.")
    Long minMemoryPerVcpu;

    @Option(names = "--assessed-on", paramLabel = "DATE",
            description = "The day OS support is judged on (default: today for a new scenario, else the stored day).")
    LocalDate assessedOn;

    @Option(names = "--risk-weight", paramLabel = "FACTOR=WEIGHT", description = "Override a risk weight (repeatable).")
    Map<String, Integer> riskWeights;

    @Option(names = "--tco", paramLabel = "KEY=VALUE", description = "Override a business-case parameter (repeatable).")
    Map<String, String> tco;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        CatalogContent content = CatalogFiles.readShipped();
        try (ProjectFile p = project.open()) {
            AssessmentStore store = p.assessments();
            Map<String, String> base = store.scenario(scenario).map(ScenarioInfo::assumptions)
                    .orElseGet(() -> defaults(p));
            Assumptions a = Assumptions.fromMap(apply(base, content));
            // refused now rather than when the business case is asked for
            com.migrationhub.domain.assessment.tco.TcoParameters.readShipped().with(a.tco());
            AssessmentService service = AssessmentService.withShippedRules(content);
            Map<Long, StrategyOverride> overrides = new HashMap<>();
            store.overrides().forEach((id, o) -> overrides.put(id, new StrategyOverride(id,
                    Strategy.valueOf(o.strategy()), o.note())));
            long expected = p.inventory().summary().servers();
            Progress progress = Progress.forTerminal(spec.commandLine().getErr());
            long t0 = System.nanoTime();
            ScenarioInfo info = new ScenarioInfo(0, scenario, a.toMap(), service.catalogText(),
                    OffsetDateTime.now(ZoneOffset.UTC), 0);
            // the risk score weighs each server's hard dependencies, when dependency data was imported
            Map<Long, Integer> dependencies = new com.migrationhub.app.deps.DependencyWorkflow(p)
                    .dependencyCounts(progress);
            AssessmentService.Run run = store.save(info, sink -> service.run(a,
                    consumer -> p.inventory().forEachServerWithDetails(consumer), overrides, dependencies, sink,
                    progress, expected));
            progress.finish();
            out.printf(Locale.ROOT, "Assessed %,d servers for %s in %.1f s: %,d results in scenario '%s'.%n",
                    run.servers(), String.join(", ", a.cloudRegions().stream()
                            .map(e -> e.getKey().id() + " " + e.getValue()).toList()),
                    (System.nanoTime() - t0) / 1e9, run.rows(), scenario);
            AssessmentCommand.Show.summary(out, store, scenario);
            out.flush();
        }
        return 0;
    }

    private static Map<String, String> defaults(ProjectFile p) {
        Map<String, String> m = new LinkedHashMap<>(Assumptions.defaults(LocalDate.now(ZoneOffset.UTC)).toMap());
        Map<String, String> settings = p.settings().all();
        for (Cloud c : Cloud.values()) {
            String r = settings.get("region." + c.id());
            if (r != null && !r.isBlank()) {
                m.put("regions." + c.id(), r);
            }
        }
        return m;
    }

    /** The stored or default assumptions with this command's options on top. */
    private Map<String, String> apply(Map<String, String> base, CatalogContent content) {
        Map<String, String> m = new LinkedHashMap<>(base);
        if (clouds != null) {
            List<String> ids = new ArrayList<>();
            for (String c : clouds) {
                ids.add(Cloud.parse(c).id());
            }
            m.put("clouds", String.join(",", ids));
        }
        if (regions != null) {
            Map<Cloud, List<String>> byCloud = new EnumMap<>(Cloud.class);
            for (String r : regions) {
                Cloud c = cloudOf(r.trim(), content);
                byCloud.computeIfAbsent(c, k -> new ArrayList<>()).add(r.trim());
            }
            byCloud.forEach((c, list) -> m.put("regions." + c.id(), String.join(",", list)));
        }
        put(m, "sizing", sizing == null ? null : Assumptions.sizingId(Assumptions.parseSizing(sizing)));
        put(m, "percentile", percentile);
        put(m, "comfort", comfort == null ? null : comfort.toPlainString());
        put(m, "pricing", pricing == null ? null : PricingOption.parse(pricing).id());
        if (currency != null) {
            String cur = currency.trim().toUpperCase(Locale.ROOT);
            if (!cur.equals("USD") && !cur.equals("EUR") && !cur.equals("GBP")) {
                throw new IllegalArgumentException("currency '" + currency + "': use USD, EUR or GBP");
            }
            m.put("currency", cur);
            if (cur.equals("USD")) {
                m.put("rate", "1");
                m.put("rate.month", "");
            } else if (rate == null) {
                FxRate fx = content.fxRates.stream().filter(f -> f.currency().equals(cur))
                        .max(java.util.Comparator.comparing(FxRate::month)).orElseThrow(() -> new IllegalArgumentException(
                                "the catalog has no exchange rate for " + cur + "; give one with --rate"));
                m.put("rate", fx.perUsd());
                m.put("rate.month", fx.month() + " (" + fx.source() + ")");
            }
        }
        if (rate != null) {
            m.put("rate", rate.toPlainString());
            m.put("rate.month", "set by the consultant");
        }
        put(m, "uptime", uptime);
        put(m, "licence.byol-windows", byolWindows);
        put(m, "licence.byol-sql", byolSql);
        put(m, "network.egress-gb-per-month", egressGb);
        put(m, "horizon.years", horizon);
        put(m, "sizing.families", families == null ? null : String.join(",", families));
        put(m, "sizing.allow-arm", allowArm);
        put(m, "sizing.allow-burstable", allowBurstable);
        put(m, "sizing.min-memory-mib-per-vcpu", minMemoryPerVcpu);
        put(m, "assessed.on", assessedOn);
        if (riskWeights != null) {
            riskWeights.forEach((k, v) -> m.put("risk.weight." + k, Integer.toString(v)));
        }
        if (tco != null) {
            tco.forEach((k, v) -> m.put("tco." + k, v));
        }
        return m;
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value != null) {
            m.put(key, value.toString());
        }
    }

    private static Cloud cloudOf(String region, CatalogContent content) {
        List<Cloud> found = content.regions.stream().filter(r -> r.id().equalsIgnoreCase(region))
                .map(com.migrationhub.domain.catalog.Region::cloud).distinct().toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no cloud has a region '" + region + "' in the catalog; see mhub catalog show");
        }
        return found.get(0);
    }
}
