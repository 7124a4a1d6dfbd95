package com.migrationhub.app.ui.dashboard;

import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.reports.data.PurchaseOptions;
import com.migrationhub.domain.assessment.cost.Uptime;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.catalog.Usd;
import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The dashboard's figures, read from the project in two steps so the first view of a large
 * engagement fills in fast: {@link #overview} (the inventory's totals in one aggregate query, the
 * scenarios, the stored wave plan: milliseconds even at 100,000 servers) and {@link #assessment}
 * (one pass over a scenario's stored results, in storage order: a few seconds at 100,000 servers).
 *
 * <p>Money is in whole cents of the scenario's currency, each server's parts rounded to the cent
 * before they are summed, exactly as {@code mhub assessment totals} and the report sum them.
 * Strategy, risk and idle count each server once (its result in the scenario's first cloud and
 * region, as the report does). The purchase-option table reprices each chosen size in each
 * cloud's first region from the catalog by the report's rule (see {@code ReportLoader}).
 */
final class DashboardData {
    /** The readiness states, in the order the charts stack them. */
    static final List<String> READINESS = List.of("READY", "READY_WITH_CONDITIONS", "NOT_READY", "UNKNOWN");
    /** Risk levels, lowest first. */
    static final List<String> RISK_LEVELS = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");

    private DashboardData() {
    }

    /** The quick figures: the inventory's totals (kept in the project) and the scenarios (newest first). */
    record Overview(InventorySummary inventory, List<String> scenarios) {
    }

    /** The stored wave plan, or null when none was made. */
    record WavePlan(LocalDate start, LocalDate end, List<Wave> waves, List<String> warnings) {
    }

    /** One wave on the timeline. */
    record Wave(int number, String name, LocalDate start, LocalDate end, int groups, long servers, long vcpus) {
    }

    /** A scenario's figures. */
    record Assessment(String scenario, String currency, int horizonYears, String pricing, long servers,
            List<CloudCost> clouds, Map<String, Long> strategies, Map<String, Long> risk, long idle,
            List<OptionCosts> options) {
    }

    /** One cloud and region: readiness and the monthly cost by part, cents of the scenario's currency. */
    record CloudCost(String cloud, String cloudLabel, String region, long servers, Map<String, Long> readiness,
            long computeCents, long licenceCents, long storageCents, long networkCents) {
        long totalCents() {
            return computeCents + licenceCents + storageCents + networkCents;
        }

        String label() {
            return cloudLabel + " " + region;
        }
    }

    /**
     * One cloud's monthly total in its first region under every purchase option.
     *
     * @param monthlyCents option id to cents
     * @param recommended  the cheapest option whose term fits the scenario's horizon
     */
    record OptionCosts(String cloud, String cloudLabel, String region, Map<String, Long> monthlyCents,
            String recommended) {
    }

    static Overview overview(ProjectFile project) {
        InventorySummary summary = project.inventory().summary();
        List<ScenarioInfo> infos = new ArrayList<>(project.assessments().scenarios());
        infos.sort(Comparator.comparing(ScenarioInfo::assessedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .reversed().thenComparing(ScenarioInfo::name));
        return new Overview(summary, infos.stream().map(ScenarioInfo::name).toList());
    }

    /** The stored wave plan's waves, or null; read apart from the overview: a large plan takes a moment. */
    static WavePlan wavePlan(ProjectFile project) {
        DependencyStore ds = project.dependencies();
        Optional<DependencyStore.StoredPlan> plan = ds.wavePlan();
        if (plan.isEmpty() || plan.get().waves().isEmpty()) {
            return null;
        }
        Map<String, DependencyStore.StoredGroup> groups = new HashMap<>();
        ds.groups().forEach(g -> groups.put(g.name(), g));
        List<Wave> waves = new ArrayList<>();
        for (DependencyStore.StoredWave w : plan.get().waves()) {
            long servers = 0;
            long vcpus = 0;
            for (String g : w.groups()) {
                DependencyStore.StoredGroup sg = groups.get(g);
                if (sg != null) {
                    servers += sg.serverIds().size();
                    vcpus += sg.vcpus();
                }
            }
            waves.add(new Wave(w.number(), w.name(), w.startsOn(), w.endsOn(), w.groups().size(), servers, vcpus));
        }
        LocalDate start = waves.stream().map(Wave::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = waves.stream().map(Wave::end).max(Comparator.naturalOrder()).orElseThrow();
        return new WavePlan(start, end, List.copyOf(waves), List.copyOf(plan.get().warnings()));
    }

    /** Sums while the results stream past. */
    private static final class Acc {
        final String cloud;
        final String region;
        long servers;
        long compute;
        long licence;
        long storage;
        long network;
        final Map<String, Long> readiness = new LinkedHashMap<>();
        /** option to monthly cents in the scenario's currency */
        final Map<PricingOption, Long> options = new EnumMap<>(PricingOption.class);

        Acc(String cloud, String region) {
            this.cloud = cloud;
            this.region = region;
            READINESS.forEach(r -> readiness.put(r, 0L));
        }
    }

    /**
     * One pass over a scenario's results.
     *
     * @param catalog the catalog the purchase options are repriced from (the shipped one, as the report's)
     * @throws IllegalArgumentException when the project has no such scenario
     */
    static Assessment assessment(ProjectFile project, PriceCatalog catalog, String scenario, ProgressMonitor monitor) {
        ScenarioInfo info = project.assessments().scenario(scenario).orElseThrow(() -> new IllegalArgumentException(
                "the project has no assessment scenario '" + scenario + "'"));
        Assumptions a = Assumptions.fromMap(info.assumptions());
        Uptime uptime = Assumptions.parseUptime(a.uptime());
        PurchaseOptions.Repricer repricer = new PurchaseOptions.Repricer(catalog, a, uptime);
        String first = a.cloudRegions().get(0).getKey().id() + " " + a.cloudRegions().get(0).getValue();
        Map<String, String> firstRegion = new HashMap<>();
        for (Cloud c : a.clouds()) {
            firstRegion.put(c.id(), a.regions().get(c).get(0));
        }
        Map<String, Acc> accs = new LinkedHashMap<>();
        Map<String, Long> strategies = new HashMap<>();
        Map<String, Long> risk = new HashMap<>();
        long[] counts = new long[3]; // results, servers, idle
        long total = Math.max(1, (long) info.servers() * a.cloudRegions().size());
        project.assessments().forEachResult(scenario, false, x -> {
            if (++counts[0] % 2000 == 0) {
                monitor.checkCancelled();
                monitor.progress(counts[0], total, "Summing the results");
            }
            String key = x.cloud() + " " + x.region();
            Acc c = accs.computeIfAbsent(key, k -> new Acc(x.cloud(), x.region()));
            c.servers++;
            c.compute += a.cents(x.computeNanos());
            c.licence += a.cents(x.licenceNanos());
            c.storage += a.cents(x.storageNanos());
            c.network += a.cents(x.networkNanos());
            c.readiness.merge(x.readiness(), 1L, Long::sum);
            if (x.region().equals(firstRegion.get(x.cloud()))) {
                reprice(repricer, c, x, a);
            }
            if (key.equals(first)) {
                counts[1]++;
                strategies.merge(x.strategy(), 1L, Long::sum);
                risk.merge(x.riskLevel(), 1L, Long::sum);
                if ("retire-idle".equals(x.strategyRule())) {
                    counts[2]++;
                }
            }
        });
        List<Acc> sorted = new ArrayList<>(accs.values());
        sorted.sort(Comparator.comparing((Acc c) -> c.cloud + " " + c.region, a.cloudRegionOrder()));
        List<CloudCost> clouds = new ArrayList<>();
        for (Acc c : sorted) {
            clouds.add(new CloudCost(c.cloud, Cloud.parse(c.cloud).label(), c.region, c.servers, c.readiness, c.compute,
                    c.licence, c.storage, c.network));
        }
        List<OptionCosts> options = new ArrayList<>();
        for (Cloud cloud : a.clouds()) {
            Acc c = accs.get(cloud.id() + " " + a.regions().get(cloud).get(0));
            if (c == null) {
                continue;
            }
            Map<String, Long> monthly = new LinkedHashMap<>();
            String best = null;
            long bestCents = Long.MAX_VALUE;
            for (PricingOption o : PricingOption.values()) {
                long cents = c.options.getOrDefault(o, 0L);
                monthly.put(o.id(), cents);
                if (o.termYears() <= a.horizonYears() && cents < bestCents) {
                    bestCents = cents;
                    best = o.id();
                }
            }
            options.add(new OptionCosts(cloud.id(), cloud.label(), c.region, monthly, best));
        }
        return new Assessment(info.name(), a.currency(), a.horizonYears(), a.pricing().id(), counts[1],
                List.copyOf(clouds), largestFirst(strategies), byLevel(risk), counts[2], List.copyOf(options));
    }

    /**
     * Adds a result's monthly cost under every purchase option, by the report's rule: the same
     * size, compute from the catalog under the option (a commitment bills all 730 hours; on demand
     * the scenario's uptime), licences scaled to the option's hours on AWS, storage and network as
     * they are; a size an option does not offer stays on demand.
     */
    private static void reprice(PurchaseOptions.Repricer repricer, Acc c, ServerAssessment x, Assumptions a) {
        for (PricingOption o : PricingOption.values()) {
            PurchaseOptions.Repriced r = repricer.reprice(x, o);
            c.options.merge(o, a.cents(r.computeNanos()) + a.cents(r.licenceNanos()) + a.cents(x.storageNanos())
                    + a.cents(x.networkNanos()), Long::sum);
        }
    }

    static Map<String, Long> largestFirst(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        list.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Counts by risk level, lowest first; levels the engine may add later after them, by name. */
    static Map<String, Long> byLevel(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String l : RISK_LEVELS) {
            out.put(l, counts.getOrDefault(l, 0L));
        }
        new TreeMap<>(counts).forEach(out::putIfAbsent);
        return out;
    }
}
