package com.migrationhub.app.cli;

import com.migrationhub.app.assess.AssessmentWorkflow;
import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
            AssessmentWorkflow workflow = new AssessmentWorkflow(p);
            Assumptions a = AssessmentWorkflow.assumptions(apply(workflow.baseAssumptions(scenario), content));
            AssessmentService service = AssessmentService.withShippedRules(content);
            Progress progress = Progress.forTerminal(spec.commandLine().getErr());
            AssessmentWorkflow.Outcome done = workflow.run(service, scenario, a, progress);
            progress.finish();
            AssessmentService.Run run = done.run();
            out.printf(Locale.ROOT, "Assessed %,d servers for %s in %.1f s: %,d results in scenario '%s'.%n",
                    run.servers(), String.join(", ", a.cloudRegions().stream()
                            .map(e -> e.getKey().id() + " " + e.getValue()).toList()),
                    done.seconds(), run.rows(), scenario);
            AssessmentCommand.Show.summary(out, p.assessments(), scenario);
            for (String note : run.notes()) {
                out.println("Note: " + note);
            }
            out.flush();
        }
        return 0;
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
                Cloud c = AssessmentWorkflow.cloudOf(r.trim(), content);
                byCloud.computeIfAbsent(c, k -> new ArrayList<>()).add(r.trim());
            }
            byCloud.forEach((c, list) -> m.put("regions." + c.id(), String.join(",", list)));
        }
        put(m, "sizing", sizing == null ? null : Assumptions.sizingId(Assumptions.parseSizing(sizing)));
        put(m, "percentile", percentile);
        put(m, "comfort", comfort == null ? null : comfort.toPlainString());
        put(m, "pricing", pricing == null ? null : PricingOption.parse(pricing).id());
        AssessmentWorkflow.putCurrency(m, currency, rate, content);
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
}
