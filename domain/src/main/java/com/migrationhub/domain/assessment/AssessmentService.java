package com.migrationhub.domain.assessment;

import com.migrationhub.domain.assessment.cost.CostBreakdown;
import com.migrationhub.domain.assessment.cost.CostLine;
import com.migrationhub.domain.assessment.cost.CostOptions;
import com.migrationhub.domain.assessment.cost.ListPriceCostEstimator;
import com.migrationhub.domain.assessment.os.OsLifecycleMatcher;
import com.migrationhub.domain.assessment.os.OsProducts;
import com.migrationhub.domain.assessment.readiness.CloudLimits;
import com.migrationhub.domain.assessment.readiness.OsSupportMatrix;
import com.migrationhub.domain.assessment.readiness.Readiness;
import com.migrationhub.domain.assessment.readiness.SupportMatrixReadiness;
import com.migrationhub.domain.assessment.risk.Risk;
import com.migrationhub.domain.assessment.risk.RiskInputs;
import com.migrationhub.domain.assessment.risk.RiskThresholds;
import com.migrationhub.domain.assessment.risk.RiskWeights;
import com.migrationhub.domain.assessment.risk.WeightedRiskScoring;
import com.migrationhub.domain.assessment.sizing.CheapestFitSizing;
import com.migrationhub.domain.assessment.sizing.SizeOverride;
import com.migrationhub.domain.assessment.sizing.SizingDemand;
import com.migrationhub.domain.assessment.sizing.SizingMode;
import com.migrationhub.domain.assessment.sizing.SizingOptions;
import com.migrationhub.domain.assessment.sizing.SizingTarget;
import com.migrationhub.domain.assessment.strategy.DatabaseDetector;
import com.migrationhub.domain.assessment.strategy.FactSettings;
import com.migrationhub.domain.assessment.strategy.FirstMatchStrategySelection;
import com.migrationhub.domain.assessment.strategy.StrategyDecision;
import com.migrationhub.domain.assessment.strategy.StrategyOverride;
import com.migrationhub.domain.assessment.strategy.StrategyRuleSet;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Assesses an estate under one scenario's {@link Assumptions}: per server, readiness for each
 * cloud, the 7R strategy (with the consultant's override on top), the risk score, and per cloud
 * and region the right size and its monthly cost; the results are handed to a sink in the order
 * the servers came. Servers are worked on in batches on every core; each server's result depends
 * only on the server, the assumptions, the catalog and the rules, so a re-run gives the same
 * results bit for bit. Cost: linear in servers × regions; memory holds one batch.
 */
public final class AssessmentService {
    /** Servers handed to the cores at a time; large enough to keep both busy, small enough for memory. */
    static final int BATCH = 2_000;

    private final PriceCatalog catalog;
    private final CatalogContent content;
    private final OsProducts products;
    private final OsSupportMatrix supportMatrix;
    private final Map<Cloud, CloudLimits> limits;
    private final StrategyRuleSet strategyRules;
    private final RiskWeights riskWeights;

    public AssessmentService(CatalogContent content, OsProducts products, OsSupportMatrix supportMatrix,
            Map<Cloud, CloudLimits> limits, StrategyRuleSet strategyRules, RiskWeights riskWeights) {
        this.content = content;
        this.catalog = PriceCatalog.of(content);
        this.products = products;
        this.supportMatrix = supportMatrix;
        this.limits = limits;
        this.strategyRules = strategyRules;
        this.riskWeights = riskWeights;
    }

    /** The service over a catalog with the rule sets the workbench ships. */
    public static AssessmentService withShippedRules(CatalogContent content) {
        return new AssessmentService(content, OsProducts.readShipped(), OsSupportMatrix.readShipped(),
                CloudLimits.readShipped(), StrategyRuleSet.readShipped(), RiskWeights.readShipped());
    }

    public PriceCatalog catalog() {
        return catalog;
    }

    /**
     * What a run did: servers assessed and rows written, and what the consultant set that could not
     * be applied (a size the scenario's region does not offer), one line each, in server order.
     */
    public record Run(int servers, long rows, List<String> notes) {
        public Run {
            notes = List.copyOf(notes);
        }

        public Run(int servers, long rows) {
            this(servers, rows, List.of());
        }
    }

    /** The engines a run uses, set up once for its assumptions. */
    private final class Engines {
        final Assumptions a;
        final SupportMatrixReadiness readiness;
        final FirstMatchStrategySelection strategy;
        final WeightedRiskScoring risk;
        final ListPriceCostEstimator cost;
        final List<SizingTarget> targets = new ArrayList<>();

        Engines(Assumptions a) {
            this.a = a;
            OsLifecycleMatcher lifecycles = new OsLifecycleMatcher(products, content.lifecycles);
            this.readiness = new SupportMatrixReadiness(supportMatrix, limits, lifecycles, a.assessedOn());
            this.strategy = new FirstMatchStrategySelection(strategyRules, lifecycles, a.assessedOn(),
                    FactSettings.DEFAULTS);
            this.risk = new WeightedRiskScoring(riskWeights.withOverrides(a.riskWeights()), lifecycles,
                    a.assessedOn(), RiskThresholds.DEFAULTS);
            SizingOptions sizing = new SizingOptions(a.sizing(), a.percentile(), a.comfort(), Set.copyOf(a.families()),
                    a.allowArm(), a.allowBurstable(), false, false, a.minMemoryMiBPerVcpu(), true,
                    a.performanceWindowDays());
            DatabaseDetector databases = new DatabaseDetector();
            CostOptions costs = CostOptions.defaults().withUptime(Assumptions.parseUptime(a.uptime()))
                    .withWindowsByol(a.byolWindows()).withSqlByol(a.byolSql())
                    .withSqlEdition(s -> sqlEdition(databases, s)).withEgress(a.egressGbPerMonth())
                    .withHorizonMonths(a.horizonYears() * 12);
            this.cost = new ListPriceCostEstimator(new CheapestFitSizing(catalog, sizing), costs);
            for (Map.Entry<Cloud, String> cr : a.cloudRegions()) {
                if (catalog.region(cr.getKey(), cr.getValue()) == null) {
                    throw new IllegalArgumentException("the catalog has no " + cr.getKey().label() + " region '"
                            + cr.getValue() + "'; see mhub catalog show");
                }
                targets.add(new SizingTarget(cr.getKey(), cr.getValue(), a.pricing()));
            }
        }

        List<ServerAssessment> assess(Server s, StrategyOverride override, Integer dependencies, boolean explain) {
            return assess(s, override, dependencies, null, explain, null);
        }

        List<ServerAssessment> assess(Server s, StrategyOverride override, Integer dependencies,
                List<SizeOverride> sizes, boolean explain, Consumer<String> notes) {
            Map<Cloud, Readiness> ready = new EnumMap<>(Cloud.class);
            for (Cloud c : a.clouds()) {
                ready.put(c, readiness.assess(s, c));
            }
            StrategyDecision decision = override == null ? strategy.decide(s) : strategy.decide(s, override);
            Risk r = risk.score(s, new RiskInputs(ready, dependencies, null, null));
            SizingDemand demand = cost.demand(s);
            // texts shared by a cloud's regions are made once per server
            Map<Cloud, List<String>> reasons = new EnumMap<>(Cloud.class);
            ready.forEach((c, rd) -> reasons.put(c, reasons(rd)));
            List<String> factors = new ArrayList<>(r.factors().size());
            for (Risk.Factor f : r.factors()) {
                factors.add(f.factor().name() + "\t" + f.points() + "\t" + f.text());
            }
            List<String> shared = List.copyOf(factors);
            String basis = demand.basis().label() + (demand.basis() == SizingMode.PERFORMANCE
                    ? " (p" + demand.percentile() + " × " + demand.comfortFactor().toPlainString() + ")" : "");
            String vcpus = demand.cpu() != null && demand.cpu().exact() != null
                    ? demand.cpu().exact().stripTrailingZeros().toPlainString() : Integer.toString(demand.vcpus());
            Licence sql = cost.sqlEdition(s);
            List<ServerAssessment> rows = new ArrayList<>(targets.size());
            for (SizingTarget t : targets) {
                SizeOverride size = sizeFor(sizes, t.cloud());
                CostBreakdown cb = cost.estimate(s, demand, t, sql, size);
                if (size != null && notes != null && (cb.sizing().choice() == null
                        || cb.sizing().choice().setBy() == null)) {
                    for (String flag : cb.flags()) {
                        if (flag.startsWith(ListPriceCostEstimator.SIZE_OVERRIDE_REFUSED)) {
                            notes.accept(s.name + ", " + t.cloud().label() + " " + t.region() + ": " + flag);
                        }
                    }
                }
                rows.add(row(s, ready.get(t.cloud()), reasons.get(t.cloud()), decision, r, shared, basis, vcpus,
                        cb, explain));
            }
            return rows;
        }
    }

    private static SizeOverride sizeFor(List<SizeOverride> sizes, Cloud cloud) {
        if (sizes != null) {
            for (SizeOverride o : sizes) {
                if (o.cloud() == cloud) {
                    return o;
                }
            }
        }
        return null;
    }

    /** SQL Server's edition where the server runs it: Enterprise when its texts say so, else Standard. */
    static Licence sqlEdition(DatabaseDetector databases, Server s) {
        DatabaseDetector.Detection d = databases.detect(s);
        if (d == null || !"sql-server".equals(d.engine())) {
            return null;
        }
        String texts = (s.name + " " + s.annotation + " " + s.application + " " + s.tags.values())
                .toLowerCase(Locale.ROOT);
        return texts.contains("enterprise") ? Licence.SQL_ENTERPRISE : Licence.SQL_STANDARD;
    }

    /**
     * Runs the assessment.
     *
     * @param servers   streams the servers (each once, in a stable order)
     * @param overrides the consultant's 7R decisions by server id
     * @param sink      receives every result, in server order then the assumptions' cloud/region order
     * @throws com.migrationhub.domain.task.CancelledException when the monitor cancels
     */
    public Run run(Assumptions a, Consumer<Consumer<Server>> servers, Map<Long, StrategyOverride> overrides,
            Consumer<ServerAssessment> sink, ProgressMonitor monitor, long expectedServers) {
        return run(a, servers, overrides, null, sink, monitor, expectedServers);
    }

    /**
     * Runs the assessment with the servers' dependency counts from the dependency graph (how many
     * other servers each has a hard dependency with), which the risk score weighs.
     *
     * @param dependencies server id to its count; null when no dependency data was imported (the
     *                     factor is then unknown, not zero); a server missing from a non-null map
     *                     has none
     */
    public Run run(Assumptions a, Consumer<Consumer<Server>> servers, Map<Long, StrategyOverride> overrides,
            Map<Long, Integer> dependencies, Consumer<ServerAssessment> sink, ProgressMonitor monitor,
            long expectedServers) {
        return run(a, servers, overrides, dependencies, Map.of(), sink, monitor, expectedServers);
    }

    /**
     * Runs the assessment with the consultant's sizes on top: a server's size on a cloud is the one
     * set there, priced from the catalog in each of the scenario's regions of that cloud; where a
     * region does not offer it, the engine's choice is kept and {@link Run#notes()} says so.
     *
     * @param sizes server id to the sizes set for it (at most one a cloud)
     */
    public Run run(Assumptions a, Consumer<Consumer<Server>> servers, Map<Long, StrategyOverride> overrides,
            Map<Long, Integer> dependencies, Map<Long, List<SizeOverride>> sizes, Consumer<ServerAssessment> sink,
            ProgressMonitor monitor, long expectedServers) {
        return run(a, servers, overrides, dependencies, sizes, sink, null, null, monitor, expectedServers);
    }

    /**
     * Runs the assessment and, over the same servers as they are read, a second one under
     * {@code also} (plain: no 7R or size overrides, no dependency counts), whose results go to
     * {@code alsoSink} in the same order: what a scenario is compared with (every server sized as
     * on premises, for the saving from right-sizing) without reading the estate a second time.
     * {@code alsoSink} receives exactly what {@code run(also, servers, Map.of(), sink, ...)} would give it.
     */
    public Run run(Assumptions a, Consumer<Consumer<Server>> servers, Map<Long, StrategyOverride> overrides,
            Map<Long, Integer> dependencies, Map<Long, List<SizeOverride>> sizes, Consumer<ServerAssessment> sink,
            Assumptions also, Consumer<ServerAssessment> alsoSink, ProgressMonitor monitor, long expectedServers) {
        Engines engines = new Engines(a);
        Engines second = also == null ? null : new Engines(also);
        java.util.concurrent.ConcurrentLinkedQueue<String> notes = new java.util.concurrent.ConcurrentLinkedQueue<>();
        List<Server> batch = new ArrayList<>(BATCH);
        long[] rows = {0};
        int[] done = {0};
        Consumer<List<Server>> flush = b -> {
            monitor.checkCancelled();
            List<List<String>> batchNotes = new ArrayList<>(b.size());
            for (int i = 0; i < b.size(); i++) {
                batchNotes.add(new java.util.concurrent.CopyOnWriteArrayList<>());
            }
            List<List<ServerAssessment>> results = java.util.stream.IntStream.range(0, b.size()).parallel()
                    .mapToObj(i -> {
                        Server s = b.get(i);
                        return engines.assess(s, overrides.get(s.id), dependencyCount(dependencies, s.id),
                                sizes == null ? null : sizes.get(s.id), false, batchNotes.get(i)::add);
                    }).toList();
            List<List<ServerAssessment>> alsoResults = second == null ? List.of()
                    : java.util.stream.IntStream.range(0, b.size()).parallel()
                            .mapToObj(i -> second.assess(b.get(i), null, dependencyCount(null, b.get(i).id), null, false,
                                    note -> { }))
                            .toList();
            batchNotes.forEach(notes::addAll);
            for (List<ServerAssessment> r : results) {
                r.forEach(sink);
                rows[0] += r.size();
            }
            for (List<ServerAssessment> r : alsoResults) {
                r.forEach(alsoSink);
            }
            done[0] += b.size();
            monitor.progress(done[0], expectedServers, "assessing servers");
        };
        servers.accept(s -> {
            batch.add(s);
            if (batch.size() == BATCH) {
                flush.accept(batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            flush.accept(batch);
        }
        return new Run(done[0], rows[0], new ArrayList<>(notes));
    }

    private static List<String> reasons(Readiness ready) {
        List<String> reasons = new ArrayList<>(ready.reasons().size());
        for (Readiness.Reason reason : ready.reasons()) {
            reasons.add(reason.code().name() + "\t" + reason.text());
        }
        return List.copyOf(reasons);
    }

    private ServerAssessment row(Server s, Readiness ready, List<String> reasons, StrategyDecision d, Risk r,
            List<String> factors, String sizingBasis, String demandVcpus, CostBreakdown cb, boolean explain) {
        Cloud cloud = cb.target().cloud();
        SizingDemand demand = cb.sizing().demand();
        boolean sized = cb.priced();
        // the lines' sources, then their derivations, each once (a handful: a list beats a set)
        List<String> basis = new ArrayList<>(6);
        for (CostLine l : cb.lines()) {
            for (Quote q : l.quotes()) {
                addOnce(basis, q.sourceId());
            }
            for (Quote q : l.quotes()) {
                addOnce(basis, q.derivationId());
            }
        }
        // the texts cost more than the figures (about four fifths of a run), so they are made only when asked for
        List<String> explanation = explain ? new ArrayList<>(cb.sizing().explanation()) : new ArrayList<>();
        for (Licence l : demand.licences()) {
            if (!catalog.pricesLicence(cloud, l)) {
                if (explain) {
                    explanation.add("licence: the catalog has no " + cloud.label() + " price for the " + l.id()
                            + " licence (no source publishes it); it is not included in the cost");
                }
                addOnce(basis, "unpriced " + l.id() + " licence");
            }
        }
        if (explain) {
            explanation.addAll(cb.explanation());
            explanation.addAll(cb.flags());
        }
        return new ServerAssessment(s.id, s.name, cloud.id(), cb.target().region(), ready.status().name(), reasons,
                d.strategy().name(), d.ruleId(), d.suggested() == null ? null : d.suggested().strategy().name(),
                d.rationale(), d.target(cloud),
                sized ? cb.sizing().choice().size().name() : null,
                sized ? cb.sizing().choice().size().vcpus() : 0,
                sized ? cb.sizing().choice().size().memoryMiB() : 0,
                sizingBasis,
                demand.confidence().stars(), demandVcpus, demand.memoryMiB(),
                cb.compute().usdNanosPerMonth(), cb.licence(), cb.storage().usdNanosPerMonth(),
                cb.network().usdNanosPerMonth(), String.join(", ", basis), r.score(), r.level().name(), factors,
                explanation);
    }

    private static void addOnce(List<String> list, String item) {
        if (item != null && !list.contains(item)) {
            list.add(item);
        }
    }

    /**
     * One server's results with the explanation of every figure (the sizing's steps, each cost
     * line's rate, quantity and source): the same figures {@link #run} gives, with their texts.
     */
    public List<ServerAssessment> explain(Assumptions a, Server server, StrategyOverride override) {
        return explain(a, server, override, null);
    }

    /** {@link #explain(Assumptions, Server, StrategyOverride)} with the server's dependency count (null: unknown). */
    public List<ServerAssessment> explain(Assumptions a, Server server, StrategyOverride override,
            Integer dependencies) {
        return new Engines(a).assess(server, override, dependencies, true);
    }

    /** {@link #explain(Assumptions, Server, StrategyOverride, Integer)} with the consultant's sizes for the server. */
    public List<ServerAssessment> explain(Assumptions a, Server server, StrategyOverride override,
            Integer dependencies, List<SizeOverride> sizes) {
        return new Engines(a).assess(server, override, dependencies, sizes, true, null);
    }

    private static Integer dependencyCount(Map<Long, Integer> dependencies, long serverId) {
        return dependencies == null ? null : dependencies.getOrDefault(serverId, 0);
    }

    /** The catalog's sources with their data dates, one a line: what a scenario stores and a report prints. */
    public String catalogText() {
        StringBuilder b = new StringBuilder();
        for (CatalogSource src : new TreeSet<>(content.sources.stream().map(CatalogSource::id).toList()).stream()
                .map(catalog::source).toList()) {
            b.append(src.id()).append('\t').append(src.dataDate()).append('\t').append(src.file()).append('\n');
        }
        return b.toString();
    }
}
