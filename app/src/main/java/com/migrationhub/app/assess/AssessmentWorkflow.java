package com.migrationhub.app.assess;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.sizing.SizingMode;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.assessment.sizing.SizeOverride;
import com.migrationhub.domain.assessment.strategy.Strategy;
import com.migrationhub.domain.assessment.strategy.StrategyOverride;
import com.migrationhub.domain.assessment.tco.TcoParameters;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.FxRate;
import com.migrationhub.domain.catalog.Region;
import com.migrationhub.domain.store.AssessmentStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The assessment over one project, as the command line and the workbench both run it: the
 * assumptions a scenario starts from (its stored ones, else the defaults with the project's
 * regions), the run itself (the consultant's 7R and size overrides and the servers' dependency
 * counts on top, saved in one transaction so a failed or cancelled run leaves the scenario as it
 * was), the totals per cloud and region, the comparison of two scenarios, and the explanation of
 * a server's figures. Not thread-safe: one project, one connection.
 */
public final class AssessmentWorkflow {
    /** The currencies a scenario may be shown in. */
    public static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP");

    private final ProjectFile project;
    private final AssessmentStore store;

    public AssessmentWorkflow(ProjectFile project) {
        this.project = project;
        this.store = project.assessments();
    }

    public AssessmentStore store() {
        return store;
    }

    // ---------------------------------------------------------------- assumptions

    /** The defaults with the project's default region of each cloud, for a new scenario; today as the assessment day. */
    public Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>(Assumptions.defaults(LocalDate.now(ZoneOffset.UTC)).toMap());
        Map<String, String> settings = project.settings().all();
        for (Cloud c : Cloud.values()) {
            String r = settings.get("region." + c.id());
            if (r != null && !r.isBlank()) {
                m.put("regions." + c.id(), r);
            }
        }
        return m;
    }

    /** What a run of {@code scenario} starts from: its stored assumptions, else {@link #defaults()}. */
    public Map<String, String> baseAssumptions(String scenario) {
        return store.scenario(scenario).map(ScenarioInfo::assumptions).orElseGet(this::defaults);
    }

    /**
     * Sets the currency, with its rate: 1 for USD; else {@code rate} when given, else the catalog's
     * latest monthly rate for it.
     */
    public static void putCurrency(Map<String, String> m, String currency, BigDecimal rate, CatalogContent content) {
        if (currency != null) {
            String cur = currency.trim().toUpperCase(Locale.ROOT);
            if (!CURRENCIES.contains(cur)) {
                throw new IllegalArgumentException("currency '" + currency + "': use USD, EUR or GBP");
            }
            m.put("currency", cur);
            if (cur.equals("USD")) {
                m.put("rate", "1");
                m.put("rate.month", "");
            } else if (rate == null) {
                FxRate fx = latestRate(content, cur);
                m.put("rate", fx.perUsd());
                m.put("rate.month", fx.month() + " (" + fx.source() + ")");
            }
        }
        if (rate != null) {
            m.put("rate", rate.toPlainString());
            m.put("rate.month", "set by the consultant");
        }
    }

    /** The catalog's latest monthly exchange rate of a currency. */
    public static FxRate latestRate(CatalogContent content, String currency) {
        return content.fxRates.stream().filter(f -> f.currency().equals(currency))
                .max(Comparator.comparing(FxRate::month)).orElseThrow(() -> new IllegalArgumentException(
                        "the catalog has no exchange rate for " + currency + "; give one with --rate"));
    }

    /** The cloud a region belongs to. */
    public static Cloud cloudOf(String region, CatalogContent content) {
        List<Cloud> found = content.regions.stream().filter(r -> r.id().equalsIgnoreCase(region))
                .map(Region::cloud).distinct().toList();
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no cloud has a region '" + region + "' in the catalog; see mhub catalog show");
        }
        return found.get(0);
    }

    /** The catalog's regions of a cloud, by id. */
    public static List<String> regions(CatalogContent content, Cloud cloud) {
        return content.regions.stream().filter(r -> r.cloud() == cloud).map(Region::id).distinct().sorted().toList();
    }

    /** The assumptions read from text, with the business case's parameters checked now rather than when it is asked for. */
    public static Assumptions assumptions(Map<String, String> m) {
        Assumptions a = Assumptions.fromMap(m);
        TcoParameters.readShipped().with(a.tco());
        return a;
    }

    // ---------------------------------------------------------------- run

    /** What a run did, and the notes on what the consultant set that could not be applied. */
    public record Outcome(String scenario, Assumptions assumptions, AssessmentService.Run run, double seconds) {
    }

    /**
     * Assesses every server under {@code a} and saves the results as {@code scenario}, replacing
     * its earlier ones in one transaction: a failure or a cancel leaves the stored scenario as it was.
     */
    public Outcome run(AssessmentService service, String scenario, Assumptions a, ProgressMonitor monitor) {
        if (scenario == null || scenario.isBlank()) {
            throw new IllegalArgumentException("a scenario needs a name");
        }
        Map<Long, StrategyOverride> overrides = new HashMap<>();
        store.overrides().forEach((id, o) -> overrides.put(id, new StrategyOverride(id,
                Strategy.valueOf(o.strategy()), o.note())));
        Map<Long, List<SizeOverride>> sizes = store.sizeOverridesByServer();
        long expected = project.inventory().summary().servers();
        long t0 = System.nanoTime();
        ScenarioInfo info = new ScenarioInfo(0, scenario, a.toMap(), service.catalogText(),
                OffsetDateTime.now(ZoneOffset.UTC), 0);
        // the risk score weighs each server's hard dependencies, when dependency data was imported
        Map<Long, Integer> dependencies = new DependencyWorkflow(project).dependencyCounts(monitor);
        // the same servers sized as on premises, for the saving from right-sizing that reports show:
        // worked out now, as the estate is read, rather than by reading it again for every report
        boolean compare = a.sizing() != SizingMode.AS_ON_PREMISES;
        Map<String, Long> asOnPremises = new HashMap<>();
        AssessmentService.Run run = store.save(info, sink -> service.run(a,
                consumer -> project.inventory().forEachServerWithDetails(consumer), overrides, dependencies, sizes,
                sink, compare ? a.asOnPremises() : null, x -> asOnPremises.merge(x.cloud() + " " + x.region(),
                        a.cents(x.computeNanos()) + a.cents(x.licenceNanos()) + a.cents(x.storageNanos())
                                + a.cents(x.networkNanos()), Long::sum), monitor, expected));
        if (compare) {
            store.setAsOnPremises(scenario, asOnPremises);
        }
        return new Outcome(scenario, a, run, (System.nanoTime() - t0) / 1e9);
    }

    // ---------------------------------------------------------------- scenarios and totals

    /** A stored scenario, or a clear refusal naming the ones there are. */
    public ScenarioInfo scenario(String name) {
        return store.scenario(name).orElseThrow(() -> new IllegalArgumentException("the project has no assessment "
                + "scenario '" + name + "'" + (store.scenarios().isEmpty() ? "; run mhub assess first"
                        : "; it has " + String.join(", ", store.scenarios().stream().map(ScenarioInfo::name).toList()))));
    }

    /** Per cloud and region: sums of the parts as shown, in cents of the scenario's currency. */
    public static final class Totals {
        private final Assumptions a;
        public long servers;
        public long sized;
        public long compute;
        public long licence;
        public long storage;
        public long network;
        /** The exact USD total, nano-dollars: what the business case computes with. */
        public long usdNanos;
        public final Map<String, Long> readiness = new TreeMap<>();
        public final Map<String, Long> strategies = new TreeMap<>();

        public Totals(Assumptions a) {
            this.a = a;
        }

        public void add(ServerAssessment r) {
            servers++;
            sized += r.size() == null ? 0 : 1;
            compute += a.cents(r.computeNanos());
            licence += a.cents(r.licenceNanos());
            storage += a.cents(r.storageNanos());
            network += a.cents(r.networkNanos());
            usdNanos += r.totalNanos();
            readiness.merge(r.readiness(), 1L, Long::sum);
            strategies.merge(r.strategy(), 1L, Long::sum);
        }

        /** The monthly total in cents of the scenario's currency. */
        public long total() {
            return compute + licence + storage + network;
        }
    }

    /** A scenario's totals keyed "cloud region", in key order. */
    public Map<String, Totals> totals(String scenario) {
        return totals(scenario, Assumptions.fromMap(scenario(scenario).assumptions()));
    }

    /** Totals with the amounts shown in the currency of {@code assumptions}. */
    public Map<String, Totals> totals(String scenario, Assumptions assumptions) {
        Map<String, Totals> totals = new LinkedHashMap<>();
        store.forEachResult(scenario, false, r -> totals.computeIfAbsent(r.cloud() + " " + r.region(),
                k -> new Totals(assumptions)).add(r));
        return new TreeMap<>(totals);
    }

    /**
     * The monthly total as shown: the sum of its parts as shown, each rounded to the cent, so a
     * table adds up.
     */
    public static long totalCents(ServerAssessment r, Assumptions a) {
        return a.cents(r.computeNanos()) + a.cents(r.licenceNanos()) + a.cents(r.storageNanos())
                + a.cents(r.networkNanos());
    }

    // ---------------------------------------------------------------- compare

    /** An assumption that differs: its value in A and in B ("-" where absent). */
    public record AssumptionDiff(String key, String a, String b) {
    }

    /** A cloud and region's monthly USD total in each scenario (null where it was not assessed). */
    public record RegionDiff(String cloud, String region, Long aUsdNanos, Long bUsdNanos) {
        /** B minus A, treating an absent side as zero. */
        public long differenceNanos() {
            return (bUsdNanos == null ? 0 : bUsdNanos) - (aUsdNanos == null ? 0 : aUsdNanos);
        }

        /** The change in percent of A, or null when A is zero or absent. */
        public Double changePercent() {
            long x = aUsdNanos == null ? 0 : aUsdNanos;
            return x == 0 ? null : differenceNanos() * 100.0 / x;
        }
    }

    /** A server's result on one cloud and region that differs between the scenarios. */
    public record ServerDiff(long serverId, String server, String cloud, String region, ServerAssessment a,
            ServerAssessment b) {
    }

    /**
     * Two scenarios side by side: the assumptions that differ, each cloud and region's monthly
     * total in USD (the scenarios may show different currencies), and the servers whose size,
     * readiness or strategy differ (the first {@code limit} of them, with how many in all).
     */
    public record Comparison(String a, String b, List<AssumptionDiff> assumptions, List<RegionDiff> regions,
            long differing, List<ServerDiff> servers) {
    }

    public Comparison compare(String a, String b, int limit) {
        Map<String, String> ma = Assumptions.fromMap(scenario(a).assumptions()).toMap();
        Map<String, String> mb = Assumptions.fromMap(scenario(b).assumptions()).toMap();
        TreeMap<String, String> keys = new TreeMap<>();
        ma.keySet().forEach(k -> keys.put(k, ""));
        mb.keySet().forEach(k -> keys.put(k, ""));
        List<AssumptionDiff> assumptions = new ArrayList<>();
        for (String k : keys.keySet()) {
            if (!Objects.equals(ma.get(k), mb.get(k))) {
                assumptions.add(new AssumptionDiff(k, ma.getOrDefault(k, "-"), mb.getOrDefault(k, "-")));
            }
        }
        Map<String, Totals> ta = totals(a);
        Map<String, Totals> tb = totals(b);
        TreeMap<String, String> regionKeys = new TreeMap<>();
        ta.keySet().forEach(k -> regionKeys.put(k, ""));
        tb.keySet().forEach(k -> regionKeys.put(k, ""));
        List<RegionDiff> regions = new ArrayList<>();
        for (String k : regionKeys.keySet()) {
            String[] cr = k.split(" ", 2);
            regions.add(new RegionDiff(cr[0], cr[1], ta.containsKey(k) ? ta.get(k).usdNanos : null,
                    tb.containsKey(k) ? tb.get(k).usdNanos : null));
        }
        Map<String, ServerAssessment> first = new HashMap<>();
        store.forEachResult(a, false, r -> first.put(r.serverId() + " " + r.cloud() + " " + r.region(), r));
        List<ServerDiff> diffs = new ArrayList<>();
        long[] count = {0};
        store.forEachResult(b, r -> {
            ServerAssessment o = first.get(r.serverId() + " " + r.cloud() + " " + r.region());
            if (o != null && (!Objects.equals(o.size(), r.size())
                    || !o.readiness().equals(r.readiness()) || !o.strategy().equals(r.strategy()))) {
                count[0]++;
                if (diffs.size() < limit) {
                    diffs.add(new ServerDiff(r.serverId(), r.serverName(), r.cloud(), r.region(), o, r));
                }
            }
        });
        return new Comparison(a, b, assumptions, regions, count[0], diffs);
    }

    // ---------------------------------------------------------------- explain

    /** The key of a result: server id, cloud and region. */
    public static String key(ServerAssessment r) {
        return r.serverId() + " " + r.cloud() + " " + r.region();
    }

    /**
     * The explanation of each row's figures, made anew from the server, the stored assumptions,
     * the consultant's overrides and the catalog (texts are not stored: they cost more than the
     * figures); a row whose figures no longer match says the inventory or catalog changed since the
     * run (or an override was changed: a re-run applies it).
     */
    public Map<String, List<String>> explanations(AssessmentService service, Assumptions a,
            List<ServerAssessment> rows) {
        Map<Long, AssessmentStore.StrategyOverride> overrides = store.overrides();
        Map<Long, List<SizeOverride>> sizes = store.sizeOverridesByServer();
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<Long, List<ServerAssessment>> fresh = new LinkedHashMap<>();
        for (ServerAssessment r : rows) {
            List<ServerAssessment> again = fresh.computeIfAbsent(r.serverId(), id -> project.inventory().server(id)
                    .map(s -> {
                        AssessmentStore.StrategyOverride o = overrides.get(id);
                        return service.explain(a, s, o == null ? null : new StrategyOverride(id,
                                Strategy.valueOf(o.strategy()), o.note()), null, sizes.get(id));
                    }).orElse(List.of()));
            List<String> lines = new ArrayList<>();
            ServerAssessment match = again.stream().filter(x -> key(x).equals(key(r))).findFirst().orElse(null);
            if (match == null || match.totalNanos() != r.totalNanos() || !Objects.equals(match.size(), r.size())) {
                lines.add("note: the inventory or the catalog changed since this scenario ran; the lines below "
                        + "explain today's figures: re-run mhub assess");
            }
            if (match != null) {
                lines.addAll(match.explanation());
            }
            out.put(key(r), lines);
        }
        return out;
    }

    // ---------------------------------------------------------------- overrides

    /** Parses a 7R strategy the consultant may set. */
    public static Strategy parseStrategy(String text) {
        Strategy r;
        try {
            r = Strategy.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            r = null;
        }
        if (r == null || r == Strategy.NOT_ASSESSED) {
            throw new IllegalArgumentException("strategy '" + text + "': use retire, retain, rehost, "
                    + "relocate, replatform, repurchase or refactor");
        }
        return r;
    }

    /**
     * Sets the consultant's size of a server on a cloud; the size must exist for that cloud in the
     * catalog (in some region: each run prices it in the scenario's own region, or says it cannot).
     *
     * @return the size's name as the catalog spells it
     */
    public String setSize(CatalogContent content, long serverId, Cloud cloud, String size, String note) {
        String name = catalogSize(content, cloud, size);
        store.setSizeOverride(serverId, cloud.id(), name, note == null ? "" : note, OffsetDateTime.now(ZoneOffset.UTC));
        return name;
    }

    /** The catalog's spelling of a size of a cloud, or a refusal. */
    public static String catalogSize(CatalogContent content, Cloud cloud, String size) {
        String wanted = size == null ? "" : size.trim();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("give a size name for " + cloud.label());
        }
        return content.sizes.stream().filter(s -> s.cloud() == cloud && s.name().equalsIgnoreCase(wanted))
                .map(com.migrationhub.domain.catalog.InstanceSize::name).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the catalog has no " + cloud.label() + " size '"
                        + wanted + "'; see mhub catalog show"));
    }
}
