package com.migrationhub.reports.data;

import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.assessment.cost.Uptime;
import com.migrationhub.domain.assessment.sizing.SizingMode;
import com.migrationhub.domain.assessment.tco.BusinessCase;
import com.migrationhub.domain.assessment.tco.TcoModel;
import com.migrationhub.domain.assessment.tco.TcoParameters;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.catalog.Usd;
import com.migrationhub.domain.dependency.graph.DependencyEdge;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.graph.DependencyServer;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectSettings;
import com.migrationhub.domain.task.Alongside;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.domain.util.Interner;
import com.migrationhub.domain.util.LongMap;
import com.migrationhub.reports.data.ReportData.CatalogRef;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.Count;
import com.migrationhub.reports.data.ReportData.ImportRef;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import com.migrationhub.reports.data.ReportData.Result;
import com.migrationhub.reports.data.ReportData.ServerRow;
import com.migrationhub.reports.data.ReportData.StrategyExample;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import com.migrationhub.reports.data.ReportData.TcoLine;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Gathers a {@link ReportData} from a project file and one of its assessment scenarios: one pass
 * over the inventory, one over the scenario's results, the business case, the purchase options
 * repriced from the catalog, and the dependency data and wave plan when they exist. The one
 * pass over the inventory also gives the dependency graph its servers, and the one pass over the
 * results keeps each server's results for the appendix (some 60 MB at 100,000 servers and three
 * clouds, their repeated texts shared), so nothing is read twice.
 */
public final class ReportLoader {
    /** How many of the riskiest servers the report names. */
    public static final int TOP_RISKS = 15;
    /** How many blocking reasons per cloud the report names. */
    public static final int BLOCKERS = 10;

    private static final String[] VCPU_BANDS = {"1-2", "3-4", "5-8", "9-16", "17-32", "33+", "unknown"};
    private static final String[] MEMORY_BANDS = {"up to 4 GiB", "4-8 GiB", "8-16 GiB", "16-32 GiB", "32-64 GiB",
        "64-256 GiB", "over 256 GiB", "unknown"};

    private final ProjectFile project;
    private final java.util.function.Supplier<AssessmentService> services;
    private AssessmentService service;

    /**
     * @param service the assessment engines with the catalog the scenario was assessed with (the
     *                shipped one): to reprice the chosen sizes under the other purchase options and
     *                to size the servers as on premises for the saving from right-sizing
     */
    public ReportLoader(ProjectFile project, AssessmentService service) {
        this(project, () -> service);
    }

    /**
     * @param services gives the assessment engines (as above) when the loader first needs them,
     *                 after its pass over the inventory: a caller may still be reading the catalog
     */
    public ReportLoader(ProjectFile project, java.util.function.Supplier<AssessmentService> services) {
        this.project = project;
        this.services = services;
    }

    private AssessmentService service() {
        if (service == null) {
            service = Objects.requireNonNull(services.get(), "no assessment engines");
        }
        return service;
    }

    private PriceCatalog catalog() {
        return service().catalog();
    }

    /**
     * Loads the report of a scenario.
     *
     * @param version the application's version, printed on the cover
     * @param graphs  builds the project's dependency graph as it is now from the servers the
     *                inventory pass read; null when the project has no dependency data
     * @throws IllegalArgumentException when the project has no such scenario
     */
    public ReportData load(String scenarioName, String version, GraphSource graphs, ProgressMonitor monitor) {
        ScenarioInfo info = project.assessments().scenario(scenarioName).orElseThrow(() -> new IllegalArgumentException(
                "the project has no assessment scenario '" + scenarioName + "'; run mhub assess first"));
        Assumptions a = Assumptions.fromMap(info.assumptions());
        monitor.progress(0, 4, "Reading the inventory");
        List<DependencyServer> graphServers = graphs == null ? null : new ArrayList<>();
        Inventory inv = inventory(graphServers);
        inv.sortAhead(monitor);
        try {
            return load(scenarioName, info, a, inv, graphs, graphServers, version, monitor);
        } catch (RuntimeException | Error e) {
            inv.abandonSort(e);
            throw e;
        }
    }

    private ReportData load(String scenarioName, ScenarioInfo info, Assumptions a, Inventory inv, GraphSource graphs,
            List<DependencyServer> graphServers, String version, ProgressMonitor monitor) {
        Results res;
        DependencyGraph graph = null;
        if (graphs == null) {
            monitor.progress(1, 4, "Reading the assessment");
            res = results(scenarioName, a, inv);
        } else {
            monitor.progress(1, 4, "Reading the assessment and building the dependency graph");
            GraphSource.Build build = graphs.prepare();
            Alongside<DependencyGraph> building = new Alongside<>("report-graph", monitor,
                    m -> build.build(graphServers, m));
            try {
                res = results(scenarioName, a, inv);
            } catch (RuntimeException | Error e) {
                building.abandon(e);
                throw e;
            }
            graph = building.result();
        }
        monitor.progress(2, 4, "The business case and purchase options");
        InventorySummary summary = project.inventory().summary();
        TcoModel.Estate estate = estate(res.estate);
        ReportData.Tco tco = tco(a, businessCase(a, estate, firstRegions(a, res.usdCents)));
        List<OptionCosts> options = res.options(a, run -> businessCase(a, estate, run));
        monitor.progress(3, 4, "Dependencies and waves");
        ReportData.DependencySummary deps = null;
        ReportData.WaveSummary waves = null;
        DependencyStore ds = project.dependencies();
        List<DependencyStore.ImportInfo> depImportsStored = ds.imports();
        List<DependencyStore.StoredGroup> storedGroups = ds.groups();
        Map<String, Integer> waveOfGroup = new HashMap<>();
        Optional<DependencyStore.StoredPlan> plan = ds.wavePlan();
        if (plan.isPresent()) {
            List<ReportData.WaveRow> rows = new ArrayList<>();
            Map<String, DependencyStore.StoredGroup> groups = new HashMap<>();
            storedGroups.forEach(g -> groups.put(g.name(), g));
            for (DependencyStore.StoredWave w : plan.get().waves()) {
                long servers = 0;
                long vcpus = 0;
                for (String g : w.groups()) {
                    waveOfGroup.put(g, w.number());
                    DependencyStore.StoredGroup sg = groups.get(g);
                    if (sg != null) {
                        servers += sg.serverIds().size();
                        vcpus += sg.vcpus();
                    }
                }
                rows.add(new ReportData.WaveRow(w.number(), w.name(), w.startsOn(), w.endsOn(), w.groups().size(),
                        servers, vcpus, w.explanation()));
            }
            if (!rows.isEmpty()) {
                waves = new ReportData.WaveSummary(rows.get(0).start(), rows.get(rows.size() - 1).end(), rows,
                        plan.get().warnings());
            }
        }
        if (graph != null && !depImportsStored.isEmpty()) {
            deps = dependencies(ds, depImportsStored, storedGroups, waveOfGroup, graph);
        }
        Map<String, String> settings = project.settings().all();
        ReportData.Engagement engagement = new ReportData.Engagement(settings.getOrDefault(ProjectSettings.CLIENT, ""),
                settings.getOrDefault(ProjectSettings.ENGAGEMENT, ""), settings.getOrDefault(ProjectSettings.FIRM, ""),
                settings.getOrDefault(ProjectSettings.CONSULTANT, ""), project.settings().logo().map(l -> l.content())
                        .orElse(null), project.path().getFileName().toString(), OffsetDateTime.now(ZoneOffset.UTC), version);
        // "2026-10 (reference.fx-monthly)" from the catalog, or "set by the consultant"
        String rateMonth = null;
        String rateSource = null;
        if (!a.currency().equals("USD")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4}-\\d{2}) \\((.*)\\)").matcher(a.rateMonth());
            if (m.matches()) {
                rateMonth = m.group(1);
                rateSource = m.group(2);
            } else {
                rateSource = a.rateMonth().isBlank() ? null : a.rateMonth();
            }
        }
        ReportData.Scenario scenario = new ReportData.Scenario(info.name(), info.assessedAt(), a.assessedOn(),
                a.cloudRegions().stream().map(e -> e.getKey().id() + " " + e.getValue()).toList(), a.currency(),
                a.rate().toPlainString(), rateMonth, rateSource, a.pricing().id(), sizingText(a), uptimeText(a),
                a.horizonYears(),
                new TreeMap<>(info.assumptions()));
        ReportData.Profile profile = inv.profile(summary, res.idle);
        List<CatalogRef> catalogRefs = new ArrayList<>();
        for (String line : info.catalog().split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length >= 3) {
                catalogRefs.add(new CatalogRef(f[0], f[1], f[2]));
            }
        }
        List<ImportRef> imports = new ArrayList<>();
        for (ImportRun r : project.inventory().imports()) {
            imports.add(new ImportRef(r.fileName(), tool(r), r.sha256(), r.finishedAt() == null ? null
                    : r.finishedAt().atOffset(ZoneOffset.UTC), r.rowsRead()));
        }
        List<ImportRef> depImports = new ArrayList<>();
        for (DependencyStore.ImportInfo i : depImportsStored) {
            depImports.add(new ImportRef(i.fileName(), i.format(), i.sha256(), i.importedAt(), i.rowsRead()));
        }
        String coverage = String.format(Locale.ROOT, "%d of %d servers have measured utilization", profile.withUtilization(),
                profile.servers());
        List<String> caveats = new ArrayList<>();
        if (info.servers() != summary.servers()) {
            caveats.add("The scenario assessed " + info.servers() + " servers; the inventory now holds "
                    + summary.servers() + ". The figures cover the servers assessed; a new assessment would include "
                    + "the others.");
        }
        if (!info.catalog().equals(service().catalogText())) {
            caveats.add("The price catalog has changed since the scenario was priced: its own figures use the "
                    + "catalog listed here, the other purchase options the catalog shipped now. A new assessment "
                    + "prices everything with one catalog.");
        }
        ReportData.Sources sources = new ReportData.Sources(catalogRefs, imports, depImports, coverage,
                List.copyOf(caveats));
        monitor.progress(4, 4, "Ready");
        return new ReportData(engagement, scenario, profile, res.clouds(a, asOnPremises(scenarioName, a, res, monitor)),
                res.mix(), options, tco, res.risk(), deps, waves,
                sources, res.appendix.rows(inv), inv.byName());
    }

    private static String tool(ImportRun r) {
        String tool = r.tool() == null ? r.format() : r.tool();
        return r.toolVersion() == null || r.toolVersion().isBlank() ? tool : tool + " " + r.toolVersion();
    }

    static String sizingText(Assumptions a) {
        return switch (Assumptions.sizingId(a.sizing())) {
            case "as-is" -> "as on premises (the allocated vCPUs and memory)";
            case "performance" -> "performance-based: p" + a.percentile() + " of measured use × " + a.comfort().toPlainString();
            default -> "performance-based where utilization was measured (p" + a.percentile() + " × "
                    + a.comfort().toPlainString() + "), else as on premises";
        };
    }

    static String uptimeText(Assumptions a) {
        return Assumptions.parseUptime(a.uptime()).label();
    }

    // ------------------------------------------------------------------ inventory

    /** What the report needs of each server, kept for the whole load (a few dozen bytes a server). */
    private record Facts(long id, String name, String os, boolean windows, String environment, String application, String power,
            Integer vcpus, Long memoryMiB, Long provisionedMiB) {
    }

    private final class Inventory {
        final LongMap<Facts> facts = new LongMap<>();
        /** each repeated text (OS, environment, application) held once */
        final Interner strings = new Interner();
        final Map<String, Long> os = new HashMap<>();
        final Map<String, Long> families = new TreeMap<>();
        final Map<String, Long> environments = new HashMap<>();
        final long[] vcpuBands = new long[VCPU_BANDS.length];
        final long[] memoryBands = new long[MEMORY_BANDS.length];

        private List<Facts> sorted;
        private Alongside<List<Facts>> sorting;

        /**
         * Starts sorting the servers by name on a thread of its own, once the inventory pass is
         * done: the graph, built meanwhile on the second core, leaves it idle for most of the
         * results pass. Nothing may change {@link #facts} after this.
         */
        void sortAhead(ProgressMonitor monitor) {
            sorting = new Alongside<>("report-names", monitor, m -> sortNow(false));
        }

        private List<Facts> sortNow(boolean parallel) {
            List<Facts> all = new ArrayList<>(facts.size());
            facts.forEachValue(all::add);
            return ReportLoader.byName(all, Facts::name, Facts::id, parallel);
        }

        /** Waits for the sort started ahead, after the load failed with {@code cause}. */
        void abandonSort(Throwable cause) {
            if (sorting != null) {
                sorting.abandon(cause);
            }
        }

        /** Every server's facts by name, then id (the appendix's order), sorted once. */
        List<Facts> sorted() {
            if (sorted == null) {
                sorted = sorting != null ? sorting.result() : sortNow(true);
            }
            return sorted;
        }

        /** Every server without its results, by name (as the appendix orders them), from what was read. */
        ReportData.ServerRows byName() {
            List<Facts> sorted = sorted();
            return consumer -> {
                for (Facts f : sorted) {
                    consumer.accept(new ServerRow(f.id(), f.name(), f.os(), nullToEmpty(f.environment()),
                            nullToEmpty(f.application()), f.power(), f.vcpus(), f.memoryMiB(), f.provisionedMiB(),
                            List.of()));
                }
            };
        }

        ReportData.Profile profile(InventorySummary s, long idle) {
            Map<String, Long> vb = new LinkedHashMap<>();
            for (int i = 0; i < VCPU_BANDS.length; i++) {
                vb.put(VCPU_BANDS[i], vcpuBands[i]);
            }
            Map<String, Long> mb = new LinkedHashMap<>();
            for (int i = 0; i < MEMORY_BANDS.length; i++) {
                mb.put(MEMORY_BANDS[i], memoryBands[i]);
            }
            return new ReportData.Profile(s.servers(), s.templates(), s.vcpus(), s.memoryMiB(), s.provisionedMiB(),
                    s.inUseMiB(), s.poweredOn(), s.poweredOff(), s.suspended(), idle, s.serversWithUtilization(),
                    largestFirst(os), families, largestFirst(environments), vb, mb, s.hosts(), s.clusters(),
                    s.datastores());
        }
    }

    /**
     * The dependency graph of the project as it is now, built from the live servers the inventory
     * pass has read (in id order, without risk scores: a report does not weigh them).
     */
    @FunctionalInterface
    public interface GraphSource {
        /**
         * Reads from the project, on the loader's thread, what the graph needs besides the
         * servers; the build returned then runs on a thread of its own, without the project,
         * while the loader reads the assessment.
         */
        Build prepare();

        /** Builds the graph; must not use the project. */
        @FunctionalInterface
        interface Build {
            DependencyGraph build(List<DependencyServer> servers, ProgressMonitor monitor);
        }
    }

    /**
     * One pass over the live servers' outlines (the columns a report and the graph need, not all
     * fifty), in storage order: the report sorts what it needs itself.
     */
    private Inventory inventory(List<DependencyServer> graphServers) {
        Inventory inv = new Inventory();
        project.inventory().forEachServerOutline(s -> {
            s.environment = inv.strings.of(s.environment);
            s.application = inv.strings.of(s.application);
            if (graphServers != null) {
                graphServers.add(DependencyServer.of(s, null));
            }
            String os = inv.strings.of(s.os.label());
            inv.facts.put(s.id, new Facts(s.id, s.name, os, s.os.family() == OsFamily.WINDOWS, s.environment, s.application, power(s.powerState), s.vcpus,
                    s.memoryMiB, s.provisionedMiB));
            inv.os.merge(os, 1L, Long::sum);
            inv.families.merge(s.os.family() == null ? OsFamily.UNKNOWN.name().toLowerCase(Locale.ROOT)
                    : s.os.family().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
            inv.environments.merge(s.environment == null || s.environment.isBlank() ? "(none)" : s.environment.trim(), 1L,
                    Long::sum);
            inv.vcpuBands[vcpuBand(s.vcpus)]++;
            inv.memoryBands[memoryBand(s.memoryMiB)]++;
        });
        return inv;
    }

    static String power(PowerState p) {
        return switch (p) {
            case POWERED_ON -> "on";
            case POWERED_OFF -> "off";
            case SUSPENDED -> "suspended";
            default -> "unknown";
        };
    }

    static int vcpuBand(Integer v) {
        if (v == null || v <= 0) {
            return 6;
        }
        return v <= 2 ? 0 : v <= 4 ? 1 : v <= 8 ? 2 : v <= 16 ? 3 : v <= 32 ? 4 : 5;
    }

    static int memoryBand(Long mib) {
        if (mib == null || mib <= 0) {
            return 7;
        }
        long g = 1024;
        return mib <= 4 * g ? 0 : mib <= 8 * g ? 1 : mib <= 16 * g ? 2 : mib <= 32 * g ? 3 : mib <= 64 * g ? 4
                : mib <= 256 * g ? 5 : 6;
    }

    static Map<String, Long> largestFirst(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        list.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    // ------------------------------------------------------------------ results

    /** Sums per cloud and region while the results stream past. */
    private static final class CloudAcc {
        final String cloud;
        final String region;
        long servers;
        long sized;
        long compute;
        long licence;
        long storage;
        long network;
        long allocatedVcpus;
        long allocatedMemory;
        long recommendedVcpus;
        long recommendedMemory;
        long performance;
        final Map<String, Long> readiness = new LinkedHashMap<>();
        final Map<Integer, Long> confidence = new TreeMap<>();
        /** reason code to (text to count) */
        final Map<String, Map<String, Long>> blockers = new HashMap<>();
        /** option to [monthly cents in the scenario's currency, fallbacks, monthly USD cents] */
        final Map<PricingOption, long[]> options = new EnumMap<>(PricingOption.class);

        CloudAcc(String cloud, String region) {
            this.cloud = cloud;
            this.region = region;
            for (String r : List.of("READY", "READY_WITH_CONDITIONS", "NOT_READY", "UNKNOWN")) {
                readiness.put(r, 0L);
            }
        }
    }

    private final class Results {
        final Map<String, CloudAcc> clouds = new LinkedHashMap<>();
        /** "cloud region" to the monthly total in USD cents, as the business case takes it */
        final Map<String, Long> usdCents = new HashMap<>();
        /** the servers the scenario assessed */
        final LongMap<Boolean> assessed = new LongMap<>();
        /** the assessed servers' sums for the business case: servers, vCPUs, Windows vCPUs, provisioned MiB */
        final long[] estate = new long[4];
        final Map<String, Long> strategies = new HashMap<>();
        final Map<String, List<StrategyExample>> examples = new TreeMap<>();
        final Map<String, Long> levels = new LinkedHashMap<>();
        final Map<String, Map<String, Long>> heat = new TreeMap<>();
        final java.util.PriorityQueue<ReportData.TopRisk> top = new java.util.PriorityQueue<>(RISKIEST_FIRST.reversed());
        final Appendix appendix = new Appendix();
        /** each list of reasons (two fields) or factors (three) split once: the store shares the lists */
        private final Map<List<String>, List<String[]>> splitInTwo = new IdentityHashMap<>();
        private final Map<List<String>, List<String[]>> splitInThree = new IdentityHashMap<>();
        final Map<String, String> factorLabels = new HashMap<>();
        long overridden;

        List<String[]> parsed(List<String> lines, int fields) {
            return (fields == 2 ? splitInTwo : splitInThree).computeIfAbsent(lines, l -> {
                List<String[]> out = new ArrayList<>(l.size());
                for (String line : l) {
                    out.add(line.split("\t", fields));
                }
                return out;
            });
        }
        long idle;

        /** Per cloud and region, in the scenario's order. */
        List<CloudSummary> clouds(Assumptions a, Map<String, Long> asOnPremises) {
            List<CloudAcc> sorted = new ArrayList<>(clouds.values());
            sorted.sort(Comparator.comparing((CloudAcc c) -> c.cloud + " " + c.region, a.cloudRegionOrder()));
            List<CloudSummary> out = new ArrayList<>();
            for (CloudAcc c : sorted) {
                List<Count> blockers = new ArrayList<>();
                c.blockers.forEach((code, texts) -> {
                    long n = texts.values().stream().mapToLong(Long::longValue).sum();
                    String text = largestFirst(texts).keySet().iterator().next();
                    blockers.add(new Count(texts.size() == 1 ? text : text + " (and " + (texts.size() - 1)
                            + " similar)", n));
                });
                blockers.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::text));
                out.add(new CloudSummary(c.cloud, Cloud.parse(c.cloud).label(), c.region, c.servers, c.sized,
                        c.readiness, List.copyOf(blockers.subList(0, Math.min(BLOCKERS, blockers.size()))), c.compute,
                        c.licence, c.storage, c.network, c.allocatedVcpus, c.allocatedMemory, c.recommendedVcpus,
                        c.recommendedMemory, c.performance, c.confidence,
                        asOnPremises.getOrDefault(c.cloud + " " + c.region, c.compute + c.licence + c.storage + c.network)));
            }
            return out;
        }

        ReportData.StrategyMix mix() {
            List<StrategyExample> ex = new ArrayList<>();
            for (String s : largestFirst(strategies).keySet()) {
                ex.addAll(examples.getOrDefault(s, List.of()));
            }
            return new ReportData.StrategyMix(largestFirst(strategies), overridden, ex);
        }

        ReportData.RiskSummary risk() {
            Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
            heat.forEach((factor, byLevel) -> ordered.put(factor, byLevel(byLevel)));
            List<ReportData.TopRisk> riskiest = new ArrayList<>(top);
            riskiest.sort(RISKIEST_FIRST);
            return new ReportData.RiskSummary(byLevel(levels), ordered, List.copyOf(riskiest));
        }

        List<OptionCosts> options(Assumptions a, java.util.function.Function<Map<Cloud, Long>, BusinessCase> businessCase) {
            Map<Cloud, CloudAcc> accs = new LinkedHashMap<>();
            Map<Cloud, String> best = new EnumMap<>(Cloud.class);
            Map<Cloud, Long> recommendedRun = new EnumMap<>(Cloud.class);
            for (Cloud cloud : a.clouds()) {
                CloudAcc c = clouds.get(cloud.id() + " " + a.regions().get(cloud).get(0));
                if (c == null) {
                    continue;
                }
                accs.put(cloud, c);
                long bestCents = Long.MAX_VALUE;
                for (PricingOption o : PricingOption.values()) {
                    long cents = c.options.get(o)[0];
                    if (o.termYears() <= a.horizonYears() && cents < bestCents) {
                        bestCents = cents;
                        best.put(cloud, o.id());
                    }
                }
                // the month bought this way, in USD as the scenario's business case takes it
                long usdCents = c.options.get(PricingOption.parse(best.get(cloud)))[2];
                recommendedRun.put(cloud, Math.multiplyExact(usdCents, 10_000_000L));
            }
            BusinessCase recommended = accs.isEmpty() ? null : businessCase.apply(recommendedRun);
            List<OptionCosts> out = new ArrayList<>();
            accs.forEach((cloud, c) -> {
                Map<String, Long> monthly = new LinkedHashMap<>();
                Map<String, Long> fallbacks = new LinkedHashMap<>();
                for (PricingOption o : PricingOption.values()) {
                    long[] v = c.options.get(o);
                    monthly.put(o.id(), v[0]);
                    if (v[1] > 0) {
                        fallbacks.put(o.id(), v[1]);
                    }
                }
                String b = best.get(cloud);
                String why = b.equals("on-demand") ? "no commitment is cheaper over the " + a.horizonYears()
                        + "-year horizon" : "the cheapest option whose term fits the " + a.horizonYears() + "-year horizon";
                out.add(new OptionCosts(cloud.id(), cloud.label(), c.region, monthly, fallbacks, b, why,
                        tcoCloud(a, recommended.clouds().get(cloud))));
            });
            return out;
        }
    }

    private Results results(String scenario, Assumptions a, Inventory inv) {
        Results r = new Results();
        Uptime uptime = Assumptions.parseUptime(a.uptime());
        PurchaseOptions.Repricer repricer = new PurchaseOptions.Repricer(catalog(), a, uptime);
        String firstCloudRegion = a.cloudRegions().get(0).getKey().id() + " " + a.cloudRegions().get(0).getValue();
        Map<String, String> firstRegion = new HashMap<>();
        for (Cloud c : a.clouds()) {
            firstRegion.put(c.id(), a.regions().get(c).get(0));
        }
        project.assessments().forEachResult(scenario, false, x -> {
            String key = x.cloud() + " " + x.region();
            Facts facts = inv.facts.get(x.serverId());
            r.appendix.add(x, a, facts);
            r.usdCents.merge(key, usdCents(x), Long::sum);
            CloudAcc c = r.clouds.computeIfAbsent(key, k -> new CloudAcc(x.cloud(), x.region()));
            c.servers++;
            c.compute += a.cents(x.computeNanos());
            c.licence += a.cents(x.licenceNanos());
            c.storage += a.cents(x.storageNanos());
            c.network += a.cents(x.networkNanos());
            c.readiness.merge(x.readiness(), 1L, Long::sum);
            c.confidence.merge(x.stars(), 1L, Long::sum);
            if (!x.readiness().equals("READY")) {
                for (String[] f : r.parsed(x.readinessReasons(), 2)) {
                    String text = f.length == 2 ? f[1] : f[0];
                    c.blockers.computeIfAbsent(f[0], k -> new HashMap<>()).merge(text, 1L, Long::sum);
                }
            }
            if (x.size() != null) {
                c.sized++;
                c.recommendedVcpus += x.vcpus();
                c.recommendedMemory += x.memoryMiB();
                if (facts != null) {
                    c.allocatedVcpus += facts.vcpus() == null ? 0 : facts.vcpus();
                    c.allocatedMemory += facts.memoryMiB() == null ? 0 : facts.memoryMiB();
                }
                if (x.sizingBasis() != null && x.sizingBasis().startsWith("performance")) {
                    c.performance++;
                }
            }
            if (x.region().equals(firstRegion.get(x.cloud()))) {
                reprice(c, x, a, repricer);
            }
            if (key.equals(firstCloudRegion)) {
                // each server once: its strategy and risk are the same in every cloud
                perServer(r, x);
                r.assessed.put(x.serverId(), Boolean.TRUE);
                if (facts != null) {
                    addToEstate(r.estate, facts.vcpus(), facts.windows(), facts.provisionedMiB());
                }
            }
        });
        return r;
    }

    private static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final PricingOption[] OPTIONS = PricingOption.values();

    /** Counts by risk level, lowest level first (levels the engine may add later come after, by name). */
    static Map<String, Long> byLevel(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String l : LEVELS) {
            if (counts.containsKey(l)) {
                out.put(l, counts.get(l));
            }
        }
        new TreeMap<>(counts).forEach(out::putIfAbsent);
        return out;
    }

    /** Highest score first, then by server name: the same top risks whatever order the results come in. */
    private static final Comparator<ReportData.TopRisk> RISKIEST_FIRST = Comparator.comparingInt(ReportData.TopRisk::score)
            .reversed().thenComparing(ReportData.TopRisk::server);

    private static void perServer(Results r, ServerAssessment x) {
        r.strategies.merge(x.strategy(), 1L, Long::sum);
        if (x.strategySuggested() != null) {
            r.overridden++;
        }
        if ("retire-idle".equals(x.strategyRule())) {
            r.idle++;
        }
        List<StrategyExample> ex = r.examples.computeIfAbsent(x.strategy(), k -> new ArrayList<>());
        if (ex.size() < 3 && ex.stream().noneMatch(e -> e.rule().equals(String.valueOf(x.strategyRule())))) {
            ex.add(new StrategyExample(x.strategy(), x.serverName(), String.valueOf(x.strategyRule()), x.rationale()));
        }
        r.levels.merge(x.riskLevel(), 1L, Long::sum);
        for (String[] p : r.parsed(x.riskFactors(), 3)) {
            r.heat.computeIfAbsent(r.factorLabels.computeIfAbsent(p[0], ReportLoader::factorLabel),
                    k -> new TreeMap<>()).merge(x.riskLevel(), 1L, Long::sum);
        }
        // the riskiest so far, the least risky of them at the head
        ReportData.TopRisk candidate = new ReportData.TopRisk(x.serverName(), x.riskScore(), x.riskLevel(), List.of());
        if (r.top.size() < TOP_RISKS || RISKIEST_FIRST.compare(candidate, r.top.peek()) < 0) {
            r.top.add(new ReportData.TopRisk(x.serverName(), x.riskScore(), x.riskLevel(), factors(x.riskFactors())));
            if (r.top.size() > TOP_RISKS) {
                r.top.poll();
            }
        }
    }

    private static final Map<String, String> FACTOR_LABELS = Map.ofEntries(
            Map.entry("OS_OUT_OF_SUPPORT", "OS out of support"),
            Map.entry("OS_EXTENDED_SUPPORT_ONLY", "OS in extended support only"),
            Map.entry("OS_EOL_WITHIN_12_MONTHS", "OS support ends within 12 months"),
            Map.entry("OS_UNKNOWN", "OS not known"),
            Map.entry("READINESS_CONDITIONS", "Ready only with conditions"),
            Map.entry("NOT_READY", "Not ready for a cloud"),
            Map.entry("SIZE_EXTREME", "Extreme size"),
            Map.entry("NO_UTILIZATION_DATA", "No utilization data"),
            Map.entry("PARTIAL_UTILIZATION_DATA", "Partial utilization data"),
            Map.entry("MANY_DEPENDENCIES", "Many hard dependencies"),
            Map.entry("SENSITIVE_DATA", "Sensitive data"),
            Map.entry("PRODUCTION", "Production"),
            Map.entry("BUSINESS_CRITICAL", "Business critical"));

    /** A risk factor's id ("OS_OUT_OF_SUPPORT" or "os-out-of-support") as words: "OS out of support". */
    static String factorLabel(String id) {
        String key = id.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        String known = FACTOR_LABELS.get(key);
        if (known != null) {
            return known;
        }
        String t = key.replace('_', ' ').toLowerCase(Locale.ROOT);
        t = t.replaceFirst("^os ", "OS ");
        return t.isEmpty() ? id : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    /** "id\tpoints\ttext" factors as "text (+points)". */
    static List<String> factors(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String f : raw) {
            String[] p = f.split("\t", 3);
            out.add(p.length == 3 ? p[2] + " (+" + p[1] + ")" : f);
        }
        return out;
    }

    /**
     * Adds a result's monthly cost under every purchase option: the same size, compute from the
     * catalog under the option (a commitment bills all 730 hours; on demand the scenario's uptime),
     * licences scaled to the option's hours (AWS bills licences with a commitment's hours), storage
     * and network as they are. A size the option does not offer stays on demand and is counted.
     */
    private static void reprice(CloudAcc c, ServerAssessment x, Assumptions a, PurchaseOptions.Repricer repricer) {
        for (PricingOption o : OPTIONS) {
            long[] acc = c.options.computeIfAbsent(o, k -> new long[3]);
            PurchaseOptions.Repriced r = repricer.reprice(x, o);
            if (r.fellBack()) {
                acc[1]++;
            }
            // each part rounded to the cent before it is summed, as every total of the report is
            acc[0] += a.cents(r.computeNanos()) + a.cents(r.licenceNanos()) + a.cents(x.storageNanos())
                    + a.cents(x.networkNanos());
            acc[2] += USD.cents(r.computeNanos()) + USD.cents(r.licenceNanos()) + USD.cents(x.storageNanos())
                    + USD.cents(x.networkNanos());
        }
    }

    /** The compute cost a result would have under an option, by the rule of {@link PurchaseOptions}; for tests. */
    public long computeUnder(ServerAssessment x, PricingOption o, Uptime u) {
        InstanceSize size = catalog().size(Cloud.parse(x.cloud()), x.size());
        Quote q = catalog().computePrice(size, x.region(), o);
        if (q == null) {
            return -1;
        }
        return o != PricingOption.ON_DEMAND ? Usd.scale(q.usdNanos(), Uptime.MONTH_HOURS, 1)
                : Usd.scale(q.usdNanos(), u.hoursNumerator(), u.hoursDenominator());
    }

    /**
     * Each cloud and region's monthly total had the scenario sized every server it assessed as on
     * premises: the same engines, prices and assumptions but the sizing, over the servers as the
     * inventory holds them. Empty when the scenario already sizes as on premises (nothing to save)
     * or sized nothing on measured use.
     */
    private Map<String, Long> asOnPremises(String scenario, Assumptions a, Results res, ProgressMonitor monitor) {
        Map<String, Long> out = new HashMap<>();
        if (a.sizing() == SizingMode.AS_ON_PREMISES
                || res.clouds.values().stream().allMatch(c -> c.performance == 0)) {
            return out;
        }
        // worked out when the scenario ran, from the same servers as its results
        Optional<Map<String, Long>> stored = project.assessments().asOnPremises(scenario);
        if (stored.isPresent()) {
            return stored.get();
        }
        // a scenario run before it was kept: the servers as the inventory holds them now
        Assumptions asIs = a.asOnPremises();
        LongMap<Boolean> assessed = res.assessed;
        monitor.progress(0, assessed.size(), "Sizing as on premises, for the saving from right-sizing");
        service().run(asIs, each -> project.inventory().forEachServerWithDetails(s -> {
            if (assessed.get(s.id) != null) {
                each.accept(s);
            }
        }), Map.of(), x -> out.merge(x.cloud() + " " + x.region(), a.cents(x.computeNanos()) + a.cents(x.licenceNanos())
                + a.cents(x.storageNanos()) + a.cents(x.networkNanos()), Long::sum), monitor, assessed.size());
        return out;
    }

    // ------------------------------------------------------------------ business case

    /**
     * The business case of a scenario: the on-premises estate (servers, vCPUs, Windows vCPUs,
     * provisioned storage) against each cloud's monthly total in its first region (the sum of every
     * server's parts to the cent, in USD), with the scenario's TCO parameters.
     */
    public static BusinessCase businessCase(ProjectFile project, ScenarioInfo info) {
        Assumptions a = Assumptions.fromMap(info.assumptions());
        Map<String, Long> cents = new HashMap<>();
        java.util.Set<Long> assessed = new java.util.HashSet<>();
        project.assessments().forEachResult(info.name(), false, x -> {
            cents.merge(x.cloud() + " " + x.region(), usdCents(x), Long::sum);
            assessed.add(x.serverId());
        });
        // the servers the scenario assessed, as the inventory describes them: the cloud side costs the same ones
        long[] sums = new long[4];
        project.inventory().forEachServerById(ServerFilter.ALL, s -> {
            if (assessed.contains(s.id)) {
                addToEstate(sums, s.vcpus, s.os.family() == OsFamily.WINDOWS, s.provisionedMiB);
            }
        });
        return businessCase(a, estate(sums), firstRegions(a, cents));
    }

    /** A result's monthly total in USD as the summaries show it: each part rounded to the cent. */
    static long usdCents(ServerAssessment x) {
        return USD.cents(x.computeNanos()) + USD.cents(x.licenceNanos()) + USD.cents(x.storageNanos())
                + USD.cents(x.networkNanos());
    }

    private static final Assumptions USD = Assumptions.fromMap(Map.of("rate", "1"));

    /** Each cloud's monthly run cost in its first region, USD nano-dollars, from totals in USD cents by "cloud region". */
    private static Map<Cloud, Long> firstRegions(Assumptions a, Map<String, Long> usdCents) {
        Map<Cloud, Long> run = new EnumMap<>(Cloud.class);
        for (Cloud c : a.clouds()) {
            Long t = usdCents.get(c.id() + " " + a.regions().get(c).get(0));
            if (t != null) {
                run.put(c, Math.multiplyExact(t, 10_000_000L));
            }
        }
        return run;
    }

    /** The estate the business case costs on premises, from the sums of the servers assessed. */
    private static TcoModel.Estate estate(long[] sums) {
        BigDecimal gb = BigDecimal.valueOf(sums[3]).multiply(BigDecimal.valueOf(1_048_576))
                .divide(BigDecimal.valueOf(1_000_000_000), 0, RoundingMode.HALF_UP);
        return new TcoModel.Estate(sums[0], sums[1], sums[2], gb);
    }

    /** Adds a server to the estate's sums: servers, vCPUs, Windows vCPUs, provisioned MiB. */
    private static void addToEstate(long[] sums, Integer vcpus, boolean windows, Long provisionedMiB) {
        sums[0]++;
        sums[1] += vcpus == null ? 0 : vcpus;
        sums[2] += windows && vcpus != null ? vcpus : 0;
        sums[3] += provisionedMiB == null ? 0 : provisionedMiB;
    }

    /** The business case of an estate for the given monthly run cost per cloud (USD nano-dollars). */
    static BusinessCase businessCase(Assumptions a, TcoModel.Estate estate, Map<Cloud, Long> run) {
        return new TcoModel(TcoParameters.readShipped().with(a.tco())).compute(estate, run, a.horizonYears());
    }

    private static ReportData.Tco tco(Assumptions a, BusinessCase bc) {
        List<TcoLine> lines = new ArrayList<>();
        long total = 0;
        for (BusinessCase.Line l : bc.onPremises()) {
            // each line converted, the total their sum: the table adds up in any currency
            long cents = a.cents(l.yearlyNanos());
            lines.add(new TcoLine(l.label(), cents, l.how()));
            total += cents;
        }
        List<TcoCloud> clouds = new ArrayList<>();
        for (BusinessCase.CloudCase cc : bc.clouds().values()) {
            clouds.add(tcoCloud(a, cc));
        }
        return new ReportData.Tco(bc.horizonYears(), lines, total, clouds,
                new LinkedHashMap<>(bc.parameters()));
    }

    private static TcoCloud tcoCloud(Assumptions a, BusinessCase.CloudCase cc) {
        long[] cloud = new long[cc.cumulativeCloud().length];
        long[] prem = new long[cc.cumulativeOnPremises().length];
        for (int i = 0; i < cloud.length; i++) {
            cloud[i] = a.cents(cc.cumulativeCloud()[i]);
            prem[i] = a.cents(cc.cumulativeOnPremises()[i]);
        }
        // the saving as the difference of the figures shown, so it adds up in any currency
        long savings = cloud.length == 0 ? a.cents(cc.savingsNanos()) : prem[prem.length - 1] - cloud[cloud.length - 1];
        return new TcoCloud(cc.cloud().id(), cc.cloud().label(), a.cents(cc.yearlyNanos()), a.cents(cc.migrationNanos()),
                cloud, prem, savings, cc.breakEvenMonth());
    }

    // ------------------------------------------------------------------ dependencies

    private ReportData.DependencySummary dependencies(DependencyStore ds, List<DependencyStore.ImportInfo> imports,
            List<DependencyStore.StoredGroup> stored, Map<String, Integer> waveOfGroup, DependencyGraph g) {
        List<ReportData.GroupRow> groups = new ArrayList<>();
        for (DependencyStore.StoredGroup sg : stored) {
            groups.add(new ReportData.GroupRow(sg.name(), sg.origin(), sg.serverIds().size(), sg.vcpus(),
                    sg.dependsOn().size(), sg.reason(), waveOfGroup.get(sg.name())));
        }
        groups.sort(Comparator.comparingInt(ReportData.GroupRow::servers).reversed()
                .thenComparing(ReportData.GroupRow::name));
        DependencyGraph.Resolution r = g.resolution();
        List<String> hubs = new ArrayList<>();
        for (DependencyGraph.Hub h : g.hubs()) {
            hubs.add(g.endpoint(h.node()).label() + ": " + h.describe());
        }
        return new ReportData.DependencySummary(imports.size(), ds.connectionCount(), g.activeServers(),
                r.externalEndpoints(), g.edgeCount(), g.hardEdgeCount(), r.byName(), r.byIp(), r.byIpam(), r.external(),
                hubs, groups.size(), List.copyOf(groups), consumer -> {
                    // edges share their port sets and process lists: each one's text is made once
                    Map<Object, String> texts = new IdentityHashMap<>();
                    for (DependencyEdge e : g.edges()) {
                        List<String> processes = e.destinationProcesses();
                        consumer.accept(new ReportData.EdgeRow(g.endpoint(e.source()).label(),
                                g.endpoint(e.target()).label(), texts.computeIfAbsent(e.portSet(), k -> join(e.ports())),
                                texts.computeIfAbsent(processes, k -> join(processes)),
                                e.connections(), e.slots(), e.isHard(), e.classification().text()));
                    }
                });
    }

    private static String join(List<?> items) {
        StringBuilder b = new StringBuilder();
        for (Object o : items) {
            b.append(b.length() == 0 ? "" : ", ").append(o);
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ appendix

    /**
     * Items by name without regard to case (a missing name first), then by id: the appendix's and
     * the inventory sheet's order. Each name is lowered once, not at every comparison, and the
     * sort uses every core (100,000 names with long common prefixes took half a second on one).
     */
    static <T> List<T> byName(java.util.Collection<T> items, java.util.function.Function<T, String> name,
            java.util.function.ToLongFunction<T> id) {
        return byName(items, name, id, true);
    }

    /** As {@link #byName(java.util.Collection, java.util.function.Function, java.util.function.ToLongFunction)}; on every core or on this thread alone. */
    static <T> List<T> byName(java.util.Collection<T> items, java.util.function.Function<T, String> name,
            java.util.function.ToLongFunction<T> id, boolean parallel) {
        record Keyed(String key, long id, Object item) implements Comparable<Keyed> {
            @Override
            public int compareTo(Keyed o) {
                int c = key.compareTo(o.key);
                return c != 0 ? c : Long.compare(id, o.id);
            }
        }
        Keyed[] keyed = new Keyed[items.size()];
        int i = 0;
        for (T t : items) {
            String n = name.apply(t);
            keyed[i++] = new Keyed(n == null ? "" : n.toLowerCase(Locale.ROOT), id.applyAsLong(t), t);
        }
        if (parallel) {
            java.util.Arrays.parallelSort(keyed);
        } else {
            java.util.Arrays.sort(keyed);
        }
        List<T> out = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) {
            @SuppressWarnings("unchecked")
            T item = (T) k.item();
            out.add(item);
        }
        return out;
    }

    /**
     * Every assessed server's results as the appendix shows them, kept while the results pass
     * reads them. Their repeated values are held once: the texts the store shares, the lists made
     * from them, and the names of clouds, regions, sizes and levels; a server's strategy rationale
     * is the same for each of its clouds.
     */
    private static final class Appendix {
        private final LongMap<Assessed> servers = new LongMap<>();
        private final Interner strings = new Interner();
        private final Map<List<String>, List<String>> reasons = new IdentityHashMap<>();
        private final Map<List<String>, List<String>> factors = new IdentityHashMap<>();
        private Assessed last;

        /** A server as the scenario assessed it: its name then, and its results. */
        private static final class Assessed {
            final long id;
            final String name;
            final List<Result> results = new ArrayList<>(3);

            Assessed(long id, String name) {
                this.id = id;
                this.name = name;
            }
        }

        /** @param facts what the inventory holds of the server now (its name object is shared when unchanged), or null */
        void add(ServerAssessment x, Assumptions a, Facts facts) {
            Assessed s = last != null && last.id == x.serverId() ? last : servers.get(x.serverId());
            if (s == null) {
                s = new Assessed(x.serverId(), facts != null && Objects.equals(facts.name(), x.serverName())
                        ? facts.name() : x.serverName());
                servers.put(s.id, s);
            }
            last = s;
            String rationale = x.rationale();
            for (Result other : s.results) {
                if (Objects.equals(other.rationale(), rationale)) {
                    rationale = other.rationale();
                    break;
                }
            }
            s.results.add(new Result(shared(x.cloud()), shared(x.region()), shared(x.readiness()),
                    reasons.computeIfAbsent(x.readinessReasons(), ReportLoader::reasons), shared(x.strategy()),
                    rationale, shared(x.size()), x.vcpus(), x.memoryMiB(), shared(x.sizingBasis()), x.stars(),
                    a.cents(x.computeNanos()), a.cents(x.licenceNanos()), a.cents(x.storageNanos()),
                    a.cents(x.networkNanos()), x.riskScore(), shared(x.riskLevel()),
                    factors.computeIfAbsent(x.riskFactors(), ReportLoader::factors), shared(x.priceBasis())));
        }

        private String shared(String s) {
            return strings.of(s);
        }

        /**
         * The assessed servers in the inventory's order by name, when each is in the inventory
         * under the name it was assessed with (as it is unless servers were renamed or deleted
         * since): the same order as sorting them, without sorting 100,000 names a second time.
         * Null otherwise.
         */
        private List<Assessed> inInventoryOrder(Inventory inv) {
            List<Assessed> out = new ArrayList<>(servers.size());
            for (Facts f : inv.sorted()) {
                Assessed s = servers.get(f.id());
                if (s != null) {
                    if (!Objects.equals(s.name, f.name())) {
                        return null;
                    }
                    out.add(s);
                }
            }
            return out.size() == servers.size() ? out : null;
        }

        /**
         * The servers by name as they were assessed (then by id), each with its results by cloud
         * and region and with what the inventory holds of it now; a server since deleted from the
         * inventory keeps its row, without the inventory's columns.
         */
        ReportData.ServerRows rows(Inventory inv) {
            List<Assessed> inOrder = inInventoryOrder(inv);
            if (inOrder == null) {
                List<Assessed> all = new ArrayList<>(servers.size());
                servers.forEachValue(all::add);
                inOrder = byName(all, s -> s.name, s -> s.id);
            }
            List<Assessed> sorted = inOrder;
            Comparator<Result> byCloud = Comparator.comparing(Result::cloud).thenComparing(Result::region);
            for (Assessed s : sorted) {
                s.results.sort(byCloud);
            }
            return consumer -> {
                for (Assessed s : sorted) {
                    Facts f = inv.facts.get(s.id);
                    List<Result> results = java.util.Collections.unmodifiableList(s.results);
                    consumer.accept(f == null
                            ? new ServerRow(s.id, s.name, "", "", "", "", null, null, null, results)
                            : new ServerRow(s.id, s.name, f.os(), nullToEmpty(f.environment()),
                                    nullToEmpty(f.application()), f.power(), f.vcpus(), f.memoryMiB(),
                                    f.provisionedMiB(), results));
                }
            };
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static List<String> reasons(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String r : raw) {
            String[] f = r.split("\t", 2);
            out.add(f.length == 2 ? f[1] : f[0]);
        }
        return out;
    }
}
