package com.migrationhub.app.cli;

import com.migrationhub.app.assess.AssessmentWorkflow;
import com.migrationhub.app.assess.AssessmentWorkflow.Totals;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.assessment.strategy.Strategy;
import com.migrationhub.domain.assessment.tco.BusinessCase;
import com.migrationhub.reports.data.ReportLoader;
import com.migrationhub.domain.assessment.tco.TcoModel;
import com.migrationhub.domain.assessment.tco.TcoParameters;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Usd;
import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.store.AssessmentStore;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "assessment", mixinStandardHelpOptions = true,
        description = {"Look at stored assessment scenarios: list, show, totals, compare, the business case; set the "
                + "consultant's own 7R decisions; delete a scenario."},
        subcommands = {AssessmentCommand.ListScenarios.class, AssessmentCommand.Show.class,
            AssessmentCommand.GroupTotals.class, AssessmentCommand.Compare.class,
            AssessmentCommand.BusinessCaseCommand.class,
            AssessmentCommand.SetOverride.class, AssessmentCommand.Delete.class})
final class AssessmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static Map<String, Totals> totals(AssessmentStore store, String scenario) {
        return totals(store, scenario, Assumptions.fromMap(scenario(store, scenario).assumptions()));
    }

    /** Totals with the amounts shown in the currency of {@code assumptions}. */
    static Map<String, Totals> totals(AssessmentStore store, String scenario,
            Assumptions assumptions) {
        Map<String, Totals> totals = new LinkedHashMap<>();
        store.forEachResult(scenario, a -> totals.computeIfAbsent(a.cloud() + " " + a.region(),
                k -> new Totals(assumptions)).add(a));
        return new TreeMap<>(totals);
    }

    /** An amount in the scenario's currency, to the cent. */
    static String money(long nanos, Assumptions a) {
        return text(cents(nanos, a));
    }

    /** An amount in whole cents of the scenario's currency, rounded half up. */
    static long cents(long nanos, Assumptions a) {
        return a.cents(nanos);
    }

    static String text(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /**
     * The monthly total as shown: the sum of its parts as shown, each rounded to the cent, so a
     * table adds up (it may differ from the exact total by a cent or two; the exact one is in USD
     * nano-dollars in the project).
     */
    static long totalCents(ServerAssessment r, Assumptions a) {
        return cents(r.computeNanos(), a) + cents(r.licenceNanos(), a) + cents(r.storageNanos(), a)
                + cents(r.networkNanos(), a);
    }

    static ScenarioInfo scenario(AssessmentStore store, String name) {
        return store.scenario(name).orElseThrow(() -> new IllegalArgumentException("the project has no assessment "
                + "scenario '" + name + "'" + (store.scenarios().isEmpty() ? "; run mhub assess first"
                        : "; it has " + String.join(", ", store.scenarios().stream().map(ScenarioInfo::name).toList()))));
    }

    /** A subcommand about one stored scenario of one project. */
    abstract static class OnScenario implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--scenario", required = true, paramLabel = "NAME", description = "The scenario.")
        String scenario;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the project's scenarios.")
    static final class ListScenarios implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                Table t = new Table(List.of("scenario", "servers", "clouds and regions", "sizing", "pricing", "currency",
                        "assessed"), false, true, false, false, false, false, false);
                for (ScenarioInfo s : p.assessments().scenarios()) {
                    Assumptions a = Assumptions.fromMap(s.assumptions());
                    t.add(s.name(), s.servers(), String.join(" ", a.cloudRegions().stream()
                                    .map(e -> e.getKey().id() + ":" + e.getValue()).toList()),
                            Assumptions.sizingId(a.sizing()), a.pricing().id(), a.currency(),
                            s.assessedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
                }
                t.print(out);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show a scenario: per server and cloud, readiness and reasons, strategy and rationale, the "
                    + "chosen size, monthly cost split into compute, licence, storage and network, confidence and risk.",
                "", "table (default) prints one line per server, cloud and region; csv all columns; json everything, "
                    + "with the explanation of each figure when --explain is given. Amounts are in the scenario's "
                    + "currency (USD figures are kept in json)."})
    static final class Show extends OnScenario {
        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.table;

        @Option(names = "--cloud", paramLabel = "CLOUD", description = "Only this cloud.")
        String cloud;

        @Option(names = "--server", paramLabel = "NAME", description = "Only this server (name, host name, UUID or id).")
        String server;

        @Option(names = "--explain", description = "Print (or include in json) how every figure was reached.")
        boolean explain;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                AssessmentStore store = p.assessments();
                ScenarioInfo info = scenario(store, scenario);
                Assumptions a = Assumptions.fromMap(info.assumptions());
                String only = cloud == null ? null : Cloud.parse(cloud).id();
                Long serverId = server == null ? null : InventoryCommand.one(p, server).id;
                List<ServerAssessment> rows = new ArrayList<>();
                Table table = new Table(List.of("server", "cloud", "region", "readiness", "strategy", "size", "vCPU",
                        "memory GiB", "compute", "licence", "storage", "network", "total/month " + a.currency(), "stars",
                        "risk"), false, false, false, false, false, false, true, true, true, true, true, true, true,
                        true, true);
                if (format == OutputFormat.csv) {
                    Table.csv(out, "server_id", "server", "cloud", "region", "readiness", "readiness_reasons",
                            "strategy", "strategy_rule", "rationale", "targets", "size", "vcpus", "memory_mib",
                            "sizing_basis", "demand_vcpus", "demand_memory_mib", "stars", "currency", "compute",
                            "licence", "storage", "network", "total", "risk_score", "risk_level", "risk_factors",
                            "price_basis");
                }
                store.forEachResult(scenario, r -> {
                    if ((only != null && !only.equals(r.cloud())) || (serverId != null && serverId != r.serverId())) {
                        return;
                    }
                    switch (format) {
                        case csv -> Table.csv(out, r.serverId(), r.serverName(), r.cloud(), r.region(), r.readiness(),
                                String.join("; ", r.readinessReasons().stream().map(x -> x.replace('\t', ' ')).toList()),
                                r.strategy(), r.strategyRule(), r.rationale(), r.strategyTargets(), r.size(),
                                r.size() == null ? "" : r.vcpus(), r.size() == null ? "" : r.memoryMiB(), r.sizingBasis(),
                                r.demandVcpus(), r.demandMemoryMiB(), r.stars(), a.currency(), money(r.computeNanos(), a),
                                money(r.licenceNanos(), a), money(r.storageNanos(), a), money(r.networkNanos(), a),
                                text(totalCents(r, a)), r.riskScore(), r.riskLevel(),
                                String.join("; ", r.riskFactors().stream().map(x -> x.replace('\t', ' ')).toList()),
                                r.priceBasis());
                        case json -> rows.add(r);
                        default -> {
                            table.add(r.serverName(), r.cloud(), r.region(), r.readiness(), r.strategy(),
                                    r.size() == null ? "(none fits)" : r.size(), r.size() == null ? "" : r.vcpus(),
                                    r.size() == null ? "" : gib(r.memoryMiB()), money(r.computeNanos(), a),
                                    money(r.licenceNanos(), a), money(r.storageNanos(), a), money(r.networkNanos(), a),
                                    text(totalCents(r, a)), r.stars() == 0 ? "n/a" : r.stars() + "/5",
                                    r.riskScore() + " " + r.riskLevel().toLowerCase(Locale.ROOT));
                            if (explain) {
                                rows.add(r);
                            }
                        }
                    }
                });
                Map<String, List<String>> explanations = explain ? explanations(p, a, rows) : Map.of();
                Map<String, AssessmentStore.StoredSizeOverride> sizes = new LinkedHashMap<>();
                for (AssessmentStore.StoredSizeOverride o : store.sizeOverrides()) {
                    sizes.put(o.serverId() + " " + o.cloud(), o);
                }
                if (format == OutputFormat.json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("scenario", info.name());
                    m.put("assumptions", info.assumptions());
                    m.put("catalog", List.of(info.catalog().split("\n")));
                    List<Object> results = new ArrayList<>();
                    for (ServerAssessment r : rows) {
                        Map<String, Object> j = json(r, a);
                        AssessmentStore.StoredSizeOverride o = sizes.get(r.serverId() + " " + r.cloud());
                        if (o != null) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> size = (Map<String, Object>) j.get("size");
                            Map<String, Object> set = new LinkedHashMap<>();
                            set.put("name", o.size());
                            set.put("note", o.note());
                            set.put("applied", o.size().equals(r.size()));
                            size.put("setByConsultant", set);
                        }
                        if (explain) {
                            j.put("explanation", explanations.getOrDefault(key(r), List.of()));
                        }
                        results.add(j);
                    }
                    m.put("results", results);
                    out.print(Json.write(m));
                } else if (format != OutputFormat.csv) {
                    table.print(out);
                    sizeOverrides(out, p, sizes.values(), only, serverId, scenario);
                    for (ServerAssessment r : rows) {
                        out.printf("%n%s, %s %s: %s; %s (%s)%n", r.serverName(), r.cloud(), r.region(), r.readiness(),
                                r.strategy(), r.rationale());
                        r.readinessReasons().forEach(x -> out.println("  readiness: " + x.replace('\t', ' ')));
                        explanations.getOrDefault(key(r), List.of()).forEach(x -> out.println("  " + x));
                        r.riskFactors().forEach(x -> out.println("  risk: " + x.replace('\t', ' ')));
                    }
                }
                out.flush();
            }
            return 0;
        }

        /** The consultant's sizes among the servers shown, with whether the stored results have them yet. */
        private static void sizeOverrides(PrintWriter out, ProjectFile p,
                java.util.Collection<AssessmentStore.StoredSizeOverride> sizes, String cloud, Long serverId,
                String scenario) {
            List<AssessmentStore.StoredSizeOverride> shown = sizes.stream()
                    .filter(o -> (cloud == null || cloud.equals(o.cloud())) && (serverId == null || serverId == o.serverId()))
                    .toList();
            if (shown.isEmpty()) {
                return;
            }
            Map<String, java.util.Set<String>> stored = new java.util.HashMap<>();
            p.assessments().forEachResult(scenario, false, r -> {
                if (r.size() != null) {
                    stored.computeIfAbsent(r.serverId() + " " + r.cloud(), k -> new java.util.HashSet<>()).add(r.size());
                }
            });
            out.println();
            out.println("Sizes set by the consultant:");
            Table t = new Table(List.of("server", "cloud", "size", "in this scenario", "note"));
            for (AssessmentStore.StoredSizeOverride o : shown) {
                String name = p.inventory().server(o.serverId()).map(s -> s.name).orElse("server " + o.serverId());
                java.util.Set<String> have = stored.get(o.serverId() + " " + o.cloud());
                String state = have == null ? "not assessed"
                        : have.contains(o.size()) ? (have.size() == 1 ? "applied" : "applied in some regions")
                        : "not yet: re-run mhub assess (or not offered in the region)";
                t.add(name, o.cloud(), o.size(), state, o.note() == null ? "" : o.note());
            }
            t.print(out);
        }

        private static String gib(long mib) {
            return BigDecimal.valueOf(mib).divide(BigDecimal.valueOf(1024), 2, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }

        private static String key(ServerAssessment r) {
            return r.serverId() + " " + r.cloud() + " " + r.region();
        }

        private static Map<String, List<String>> explanations(ProjectFile p, Assumptions a, List<ServerAssessment> rows) {
            return new AssessmentWorkflow(p).explanations(com.migrationhub.domain.assessment.AssessmentService
                    .withShippedRules(com.migrationhub.domain.catalog.CatalogFiles.readShipped()), a, rows);
        }

        static Map<String, Object> json(ServerAssessment r, Assumptions a) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("serverId", r.serverId());
            m.put("server", r.serverName());
            m.put("cloud", r.cloud());
            m.put("region", r.region());
            Map<String, Object> ready = new LinkedHashMap<>();
            ready.put("status", r.readiness());
            List<Object> reasons = new ArrayList<>();
            for (String x : r.readinessReasons()) {
                String[] f = x.split("\t", 2);
                reasons.add(Map.of("code", f[0], "text", f.length > 1 ? f[1] : ""));
            }
            ready.put("reasons", reasons);
            m.put("readiness", ready);
            Map<String, Object> strategy = new LinkedHashMap<>();
            strategy.put("strategy", r.strategy());
            strategy.put("rule", r.strategyRule());
            strategy.put("suggested", r.strategySuggested());
            strategy.put("rationale", r.rationale());
            strategy.put("target", r.strategyTargets());
            m.put("strategy", strategy);
            Map<String, Object> size = new LinkedHashMap<>();
            size.put("name", r.size());
            size.put("vcpus", r.size() == null ? null : r.vcpus());
            size.put("memoryMiB", r.size() == null ? null : r.memoryMiB());
            size.put("basis", r.sizingBasis());
            size.put("demandVcpus", r.demandVcpus());
            size.put("demandMemoryMiB", r.demandMemoryMiB());
            m.put("size", size);
            m.put("confidenceStars", r.stars());
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("currency", a.currency());
            cost.put("compute", money(r.computeNanos(), a));
            cost.put("licence", money(r.licenceNanos(), a));
            cost.put("storage", money(r.storageNanos(), a));
            cost.put("network", money(r.networkNanos(), a));
            cost.put("total", text(totalCents(r, a)));
            if (!a.currency().equals("USD")) {
                cost.put("rate", a.rate().toPlainString());
                Assumptions usd = Assumptions.fromMap(Map.of("rate", "1"));
                cost.put("usdTotal", text(totalCents(r, usd)));
            }
            cost.put("priceBasis", r.priceBasis());
            m.put("monthlyCost", cost);
            Map<String, Object> risk = new LinkedHashMap<>();
            risk.put("score", r.riskScore());
            risk.put("level", r.riskLevel());
            List<Object> factors = new ArrayList<>();
            for (String x : r.riskFactors()) {
                String[] f = x.split("\t", 3);
                Map<String, Object> factor = new LinkedHashMap<>();
                factor.put("factor", f[0]);
                factor.put("points", f.length > 1 ? Integer.parseInt(f[1]) : 0);
                factor.put("text", f.length > 2 ? f[2] : "");
                factors.add(factor);
            }
            risk.put("factors", factors);
            m.put("risk", risk);
            return m;
        }

        /** The per cloud and region summary mhub assess prints after a run. */
        static void summary(PrintWriter out, AssessmentStore store, String scenario) {
            Assumptions a = Assumptions.fromMap(AssessmentCommand.scenario(store, scenario).assumptions());
            Table t = new Table(List.of("cloud", "region", "servers", "ready", "conditions", "not ready", "unknown",
                    "sized", "compute", "licence", "storage", "network", "total/month " + a.currency()),
                    false, false, true, true, true, true, true, true, true, true, true, true, true);
            Map<String, Totals> totals = totals(store, scenario);
            for (Map.Entry<String, Totals> e : totals.entrySet()) {
                Totals x = e.getValue();
                String[] cr = e.getKey().split(" ", 2);
                t.add(cr[0], cr[1], x.servers, x.readiness.getOrDefault("READY", 0L),
                        x.readiness.getOrDefault("READY_WITH_CONDITIONS", 0L), x.readiness.getOrDefault("NOT_READY", 0L),
                        x.readiness.getOrDefault("UNKNOWN", 0L), x.sized, text(x.compute), text(x.licence),
                        text(x.storage), text(x.network), text(x.total()));
            }
            t.print(out);
            // every server has one result per cloud and region, so any one of them counts each server once
            Map<String, Long> strategies = totals.isEmpty() ? Map.of() : totals.values().iterator().next().strategies;
            out.println("Strategies: " + String.join(", ", strategies.entrySet().stream()
                    .map(e -> e.getKey().toLowerCase(Locale.ROOT) + " " + e.getValue()).toList()));
            out.printf("Assumptions: sizing %s, p%d × %s, %s, uptime %s, currency %s%s%n", Assumptions.sizingId(a.sizing()),
                    a.percentile(), a.comfort().toPlainString(), a.pricing().id(), a.uptime(), a.currency(),
                    a.currency().equals("USD") ? "" : " at " + a.rate().toPlainString() + " per USD (" + a.rateMonth() + ")");
        }
    }

    @Command(name = "totals", mixinStandardHelpOptions = true,
            description = {"Monthly totals of a scenario per cloud and region, grouped by a server attribute or a "
                    + "result: strategy, readiness, environment, application, cluster, datacenter, os, owner.", "",
                "Each total is the sum of its servers' figures as shown (to the cent), in the scenario's currency."})
    static final class GroupTotals extends OnScenario {
        @Option(names = "--by", paramLabel = "GROUP",
                description = "strategy (default), readiness, environment, application, cluster, datacenter, os or owner.")
        String by = "strategy";

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.table;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            String group = by.trim().toLowerCase(Locale.ROOT);
            java.util.function.Function<Server, String> attribute = switch (group) {
                case "strategy", "readiness" -> null;
                case "environment" -> s -> s.environment;
                case "application" -> s -> s.application;
                case "cluster" -> s -> s.cluster;
                case "datacenter" -> s -> s.datacenter;
                case "os" -> s -> s.os.label();
                case "owner" -> s -> s.owner;
                default -> throw new IllegalArgumentException("--by '" + by + "': use strategy, readiness, environment, "
                        + "application, cluster, datacenter, os or owner");
            };
            try (ProjectFile p = project.open()) {
                AssessmentStore store = p.assessments();
                Assumptions a = Assumptions.fromMap(scenario(store, scenario).assumptions());
                Map<Long, String> groups = new java.util.HashMap<>();
                if (attribute != null) {
                    p.inventory().forEachServer(com.migrationhub.domain.inventory.ServerFilter.ALL, s -> {
                        String v = attribute.apply(s);
                        groups.put(s.id, v == null || v.isBlank() ? "(none)" : v);
                    });
                }
                Map<String, Totals> totals = new TreeMap<>();
                store.forEachResult(scenario, r -> {
                    String g = switch (group) {
                        case "strategy" -> r.strategy();
                        case "readiness" -> r.readiness();
                        default -> groups.getOrDefault(r.serverId(), "(none)");
                    };
                    totals.computeIfAbsent(g + "\t" + r.cloud() + "\t" + r.region(), k -> new Totals(a)).add(r);
                });
                if (format == OutputFormat.json) {
                    List<Object> rows = new ArrayList<>();
                    totals.forEach((k, t) -> {
                        String[] f = k.split("\t");
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put(group, f[0]);
                        m.put("cloud", f[1]);
                        m.put("region", f[2]);
                        m.put("servers", t.servers);
                        m.put("currency", a.currency());
                        m.put("compute", text(t.compute));
                        m.put("licence", text(t.licence));
                        m.put("storage", text(t.storage));
                        m.put("network", text(t.network));
                        m.put("total", text(t.total()));
                        rows.add(m);
                    });
                    out.print(Json.write(rows));
                } else {
                    List<String> headers = List.of(group, "cloud", "region", "servers", "compute", "licence", "storage",
                            "network", "total/month " + a.currency());
                    Table t = new Table(headers, false, false, false, true, true, true, true, true, true);
                    if (format == OutputFormat.csv) {
                        Table.csv(out, headers.toArray());
                    }
                    totals.forEach((k, x) -> {
                        String[] f = k.split("\t");
                        Object[] row = {f[0], f[1], f[2], x.servers, text(x.compute), text(x.licence), text(x.storage),
                            text(x.network), text(x.total())};
                        if (format == OutputFormat.csv) {
                            Table.csv(out, row);
                        } else {
                            t.add(row);
                        }
                    });
                    if (format != OutputFormat.csv) {
                        t.print(out);
                    }
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = {"Compare two scenarios: monthly totals per cloud and region, and the servers whose size, "
                    + "readiness or strategy differ."})
    static final class Compare implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--scenario", required = true, arity = "1", paramLabel = "NAME",
                description = "A scenario; give it twice (A then B).")
        List<String> scenarios;

        @Option(names = "--limit", paramLabel = "N", description = "Differing servers listed (default 20).")
        int limit = 20;

        @Override
        public Integer call() throws Exception {
            if (scenarios.size() != 2) {
                throw new IllegalArgumentException("give --scenario twice: the two scenarios to compare");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                String a = scenarios.get(0);
                String b = scenarios.get(1);
                AssessmentWorkflow.Comparison c = new AssessmentWorkflow(p).compare(a, b, limit);
                out.println("Assumptions that differ:");
                for (AssessmentWorkflow.AssumptionDiff d : c.assumptions()) {
                    out.printf("  %-32s %s -> %s%n", d.key(), d.a(), d.b());
                }
                if (c.assumptions().isEmpty()) {
                    out.println("  none");
                }
                Table t = new Table(List.of("cloud", "region", a + " USD/month", b + " USD/month", "difference", "change"),
                        false, false, true, true, true, true);
                for (AssessmentWorkflow.RegionDiff r : c.regions()) {
                    long x = r.aUsdNanos() == null ? 0 : r.aUsdNanos();
                    long y = r.bUsdNanos() == null ? 0 : r.bUsdNanos();
                    t.add(r.cloud(), r.region(), r.aUsdNanos() != null ? Usd.cents(x) : "-",
                            r.bUsdNanos() != null ? Usd.cents(y) : "-",
                            Usd.cents(Math.abs(y - x)).replaceFirst("^", y < x ? "-" : "+"),
                            x == 0 ? "" : String.format(Locale.ROOT, "%+.1f %%", (y - x) * 100.0 / x));
                }
                t.print(out);
                out.printf(Locale.ROOT, "%,d server results differ in size, readiness or strategy%s%n", c.differing(),
                        c.differing() > c.servers().size() ? " (first " + c.servers().size() + " shown)" : "");
                if (!c.servers().isEmpty()) {
                    Table d = new Table(List.of("server", "cloud region", "size", "readiness", "strategy", "USD/month"));
                    for (AssessmentWorkflow.ServerDiff x : c.servers()) {
                        ServerAssessment o = x.a();
                        ServerAssessment r = x.b();
                        d.add(r.serverName(), r.cloud() + " " + r.region(), o.size() + " -> " + r.size(),
                                o.readiness() + " -> " + r.readiness(), o.strategy() + " -> " + r.strategy(),
                                Usd.cents(o.totalNanos()) + " -> " + Usd.cents(r.totalNanos()));
                    }
                    d.print(out);
                }
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "business-case", mixinStandardHelpOptions = true,
            description = {"The business case of a scenario: on-premises cost against each cloud over the horizon, "
                    + "with the break-even month.", "",
                "On premises is modelled from the estate (cores from vCPUs, storage, power, licences, labour) with "
                    + "documented defaults (assets/.../rules/tco-defaults.tsv), each adjustable with mhub assess --tco "
                    + "KEY=VALUE. Each cloud's run cost is the scenario's monthly total in its first region."})
    static final class BusinessCaseCommand extends OnScenario {
        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                AssessmentStore store = p.assessments();
                Assumptions a = Assumptions.fromMap(scenario(store, scenario).assumptions());
                BusinessCase bc = ReportLoader.businessCase(p, scenario(store, scenario));
                out.printf("Business case of scenario '%s' over %d years, in %s%n%n", scenario, a.horizonYears(),
                        a.currency());
                Table t = new Table(List.of("on premises", "a year", "how"), false, true, false);
                for (BusinessCase.Line l : bc.onPremises()) {
                    t.add(l.label(), money(l.yearlyNanos(), a), l.how());
                }
                t.add("Total", money(bc.onPremisesYearly(), a), "");
                t.print(out);
                out.println();
                List<String> headers = new ArrayList<>(List.of("cloud", "run a year", "migration once"));
                for (int y = 1; y <= a.horizonYears(); y++) {
                    headers.add("year " + y + " cumulative");
                }
                headers.add("on premises " + a.horizonYears() + " y");
                headers.add("savings");
                headers.add("break-even");
                boolean[] numeric = new boolean[headers.size()];
                java.util.Arrays.fill(numeric, true);
                numeric[0] = false;
                Table c = new Table(headers, numeric);
                for (BusinessCase.CloudCase cc : bc.clouds().values()) {
                    List<Object> row = new ArrayList<>(List.of(cc.cloud().label(), money(cc.yearlyNanos(), a),
                            money(cc.migrationNanos(), a)));
                    for (long v : cc.cumulativeCloud()) {
                        row.add(money(v, a));
                    }
                    row.add(money(cc.cumulativeOnPremises()[cc.cumulativeOnPremises().length - 1], a));
                    row.add(money(cc.savingsNanos(), a));
                    row.add(cc.breakEvenMonth() == 0 ? "not within the horizon" : "month " + cc.breakEvenMonth());
                    c.add(row.toArray());
                }
                c.print(out);
                out.println();
                out.println("Parameters:");
                bc.parameters().forEach((k, v) -> out.printf("  %-40s %s%n", k, v));
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "override", mixinStandardHelpOptions = true,
            description = {"Set (or clear) the consultant's 7R decision for a server, or its size on a cloud. Both "
                    + "survive re-imports and every re-assessment; the rules' own suggestion stays beside a 7R "
                    + "decision. Re-run mhub assess to apply.", "",
                "A size is priced from the catalog in each scenario's region of its cloud; where a region does not "
                    + "offer it, mhub assess says so and keeps the engine's choice."})
    static final class SetOverride implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--server", required = true, paramLabel = "NAME", description = "The server.")
        String server;

        @Option(names = "--strategy", paramLabel = "R",
                description = "retire, retain, rehost, relocate, replatform, repurchase or refactor.")
        String strategy;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why (printed as the rationale).")
        String note;

        @Option(names = "--clear", description = "Remove the server's 7R override.")
        boolean clear;

        @Option(names = "--size", paramLabel = "CLOUD=SIZE", split = ",",
                description = "Set the server's size on a cloud (aws=m5.large, azure=Standard_D4s_v5); repeatable.")
        Map<String, String> sizes;

        @Option(names = "--clear-size", paramLabel = "CLOUD", arity = "0..1", fallbackValue = "all",
                description = "Remove the server's size on a cloud, or on every cloud when none is named.")
        String clearSize;

        @Override
        public Integer call() throws Exception {
            boolean sizing = sizes != null || clearSize != null;
            if ((clear && strategy != null) || (!sizing && clear == (strategy != null))) {
                throw new IllegalArgumentException("give either --strategy R (with --note) or --clear");
            }
            if (sizes != null && clearSize != null) {
                throw new IllegalArgumentException("give either --size CLOUD=SIZE or --clear-size");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                Server s = InventoryCommand.one(p, server);
                if (sizing) {
                    setSizes(this, out, p, s);
                }
                if (!clear && strategy == null) {
                    out.flush();
                    return 0;
                }
                if (clear) {
                    boolean had = p.assessments().clearOverride(s.id);
                    out.println(had ? "Cleared the 7R override of " + s.name : s.name + " had no 7R override");
                } else {
                    Strategy r = AssessmentWorkflow.parseStrategy(strategy);
                    p.assessments().setOverride(s.id, r.name(), note == null ? "" : note, OffsetDateTime.now(ZoneOffset.UTC));
                    out.printf("%s: %s (set by the consultant%s); re-run mhub assess to apply it%n", s.name,
                            r.name().toLowerCase(Locale.ROOT), note == null ? "" : ": " + note);
                }
                out.flush();
            }
            return 0;
        }
    }

    /** Sets or clears the sizes of {@code --size} / {@code --clear-size}, each checked against the catalog first. */
    private static void setSizes(SetOverride o, PrintWriter out, ProjectFile p, Server s) {
        AssessmentWorkflow workflow = new AssessmentWorkflow(p);
        if (o.clearSize != null) {
            Cloud cloud = o.clearSize.equals("all") ? null : Cloud.parse(o.clearSize);
            boolean had = p.assessments().clearSizeOverride(s.id, cloud == null ? null : cloud.id());
            String where = cloud == null ? "" : " on " + cloud.label();
            out.println(had ? "Cleared the size set for " + s.name + where + "; re-run mhub assess to apply it"
                    : s.name + " had no size set" + where);
            return;
        }
        com.migrationhub.domain.catalog.CatalogContent content = com.migrationhub.domain.catalog.CatalogFiles.readShipped();
        // every size is checked before any is stored
        Map<Cloud, String> checked = new java.util.EnumMap<>(Cloud.class);
        o.sizes.forEach((c, size) -> {
            Cloud cloud = Cloud.parse(c);
            checked.put(cloud, AssessmentWorkflow.catalogSize(content, cloud, size));
        });
        checked.forEach((cloud, size) -> {
            workflow.setSize(content, s.id, cloud, size, o.note);
            out.printf("%s: %s on %s (set by the consultant%s); re-run mhub assess to apply it%n", s.name, size,
                    cloud.label(), o.note == null ? "" : ": " + o.note);
        });
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a scenario and its results.")
    static final class Delete extends OnScenario {
        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                if (!p.assessments().delete(scenario)) {
                    throw new IllegalArgumentException("the project has no assessment scenario '" + scenario + "'");
                }
                spec.commandLine().getOut().println("Deleted scenario '" + scenario + "'");
            }
            return 0;
        }
    }
}
