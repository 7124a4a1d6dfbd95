package com.migrationhub.reports.data;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything a report says about one engagement and one assessment scenario, gathered once from
 * the project file by {@link ReportLoader}: the PDF, the Excel workbook and the CSV files all
 * print from this, so they always agree with each other and with the command line's figures.
 *
 * <p>Money is in whole cents of the scenario's currency ({@link Scenario#currency()}), each
 * server's parts rounded to the cent before they are summed, exactly as {@code mhub assessment
 * show} prints them; a total is the sum of its rows. Memory and storage are in MiB. Counts are
 * servers unless named otherwise. The per-server rows are not held here: {@link #rows()} streams
 * them from the project, so a 100,000-server appendix never sits in memory.
 *
 * @param engagement   who the report is for and by whom
 * @param scenario     the scenario and every assumption it ran with
 * @param profile      the estate as the inventory describes it
 * @param clouds       per cloud and region assessed (in the scenario's order): readiness, cost, sizing
 * @param strategies   the 7R mix (each server counted once) with examples of each decision
 * @param options      per cloud: the monthly cost under every purchase option, and the one recommended
 * @param tco          the business case over the scenario's horizon
 * @param risk         the risk distribution, heat map and top risks
 * @param dependencies the dependency overview and move groups; null when no dependency data was imported
 * @param waves        the wave plan; null when no plan was made
 * @param sources      where every figure comes from
 * @param rows         the per-server appendix, in server-name order: the assessed servers with their results
 * @param inventory    every server of the inventory (templates left out), in server-name order, without results
 */
public record ReportData(Engagement engagement, Scenario scenario, Profile profile, List<CloudSummary> clouds,
        StrategyMix strategies, List<OptionCosts> options, Tco tco, RiskSummary risk, DependencySummary dependencies,
        WaveSummary waves, Sources sources, ServerRows rows, ServerRows inventory) {

    /**
     * The cover's facts.
     *
     * @param logo      the firm's logo (PNG or JPEG bytes) from the project, or null
     * @param version   the report's version: the application's version and the project's revision
     */
    public record Engagement(String client, String engagement, String firm, String consultant, byte[] logo,
            String projectFile, OffsetDateTime generatedAt, String version) {
    }

    /**
     * The scenario.
     *
     * @param clouds       "aws us-east-1" style labels of the clouds and regions assessed, in order
     * @param currency     ISO code of the money figures (USD, EUR, GBP)
     * @param rate         units of {@code currency} per USD, as a plain decimal ("0.9234"); "1" for USD
     * @param rateMonth    the month of the exchange rate (yyyy-MM); null for USD
     * @param rateSource   where the rate comes from; null for USD
     * @param pricing      the purchase option the scenario priced with, as its id (on-demand, ri1y, ...)
     * @param sizing       how servers were sized, in words ("performance-based, p95 × 1.3 ...")
     * @param assumptions  every stored assumption, key to value, sorted by key
     */
    public record Scenario(String name, OffsetDateTime assessedAt, LocalDate assessedOn, List<String> clouds,
            String currency, String rate, String rateMonth, String rateSource, String pricing, String sizing,
            String uptime, int horizonYears, Map<String, String> assumptions) {
    }

    /**
     * The estate.
     *
     * @param osMix         operating system (normalized label) to servers, largest first
     * @param osFamilies    windows, linux, unix, other to servers
     * @param environments  environment as the inventory names it ("(none)" when it names none) to servers
     * @param vcpuBands     "1-2", "3-4", "5-8", "9-16", "17-32", "33+" and "unknown" to servers
     * @param memoryBands   "up to 4 GiB", "4-8 GiB", ..., "over 256 GiB", "unknown" to servers
     * @param idle          servers the strategy rules found idle (CPU and network below the thresholds)
     * @param withUtilization servers with measured utilization
     */
    public record Profile(long servers, long templates, long vcpus, long memoryMiB, long provisionedMiB, long inUseMiB,
            long poweredOn, long poweredOff, long suspended, long idle, long withUtilization,
            Map<String, Long> osMix, Map<String, Long> osFamilies, Map<String, Long> environments,
            Map<String, Long> vcpuBands, Map<String, Long> memoryBands, long hosts, long clusters, long datastores) {
    }

    /**
     * One cloud and region.
     *
     * @param cloud            aws, azure or gcp
     * @param cloudLabel       AWS, Azure, Google Cloud
     * @param readiness        READY, READY_WITH_CONDITIONS, NOT_READY, UNKNOWN to servers (all four present)
     * @param blockers         the main reasons servers are not ready or ready only with conditions, most frequent first (at most 10)
     * @param allocatedVcpus   the inventory's vCPUs of the sized servers
     * @param allocatedMemoryMiB the inventory's memory of the sized servers
     * @param recommendedVcpus the chosen sizes' vCPUs
     * @param recommendedMemoryMiB the chosen sizes' memory
     * @param performanceSized results sized on measured utilization (the rest as on premises)
     * @param asOnPremisesCents the monthly total had every server been sized as on premises (its allocated vCPUs,
     *                         memory and disks), by the same engine and prices; equal to the total when the
     *                         scenario sizes as on premises. The difference is the saving from right-sizing.
     * @param confidence       stars 0 to 5 to results
     */
    public record CloudSummary(String cloud, String cloudLabel, String region, long servers, long sized,
            Map<String, Long> readiness, List<Count> blockers, long computeCents, long licenceCents, long storageCents,
            long networkCents, long allocatedVcpus, long allocatedMemoryMiB, long recommendedVcpus,
            long recommendedMemoryMiB, long performanceSized, Map<Integer, Long> confidence, long asOnPremisesCents) {

        public long totalCents() {
            return computeCents + licenceCents + storageCents + networkCents;
        }

        /** What sizing on measured use saves a month against sizing as on premises. */
        public long rightSizingSavingCents() {
            return asOnPremisesCents - totalCents();
        }

        public long ready() {
            return readiness.getOrDefault("READY", 0L);
        }
    }

    /** A text and how often it occurs. */
    public record Count(String text, long count) {
    }

    /**
     * The 7R mix.
     *
     * @param counts    strategy (REHOST, REPLATFORM, ...) to servers, largest first
     * @param overridden servers whose strategy the consultant set
     * @param examples  per strategy, up to three servers with the rule and its rationale
     */
    public record StrategyMix(Map<String, Long> counts, long overridden, List<StrategyExample> examples) {
    }

    /** A server's 7R decision as the report quotes it. */
    public record StrategyExample(String strategy, String server, String rule, String rationale) {
    }

    /**
     * One cloud's monthly cost under every purchase option, for the scenario's first region: the
     * servers keep the sizes the scenario chose; compute is repriced under each option from the
     * same catalog (a commitment bills all 730 hours a month), licences follow the same hours
     * rule, storage and network are unchanged.
     *
     * @param monthlyCents        purchase option id (on-demand, ri1y, ri3y, sp1y, sp3y) to the monthly total
     * @param onDemandFallbacks   option id to the servers whose size the option does not offer (priced on demand)
     * @param recommended         the cheapest option whose term fits the horizon
     * @param recommendedWhy      why, in one sentence
     * @param recommendedCase     the business case of this cloud when bought with the recommended option (the
     *                            scenario's own case, {@link Tco}, uses the scenario's purchase option)
     */
    public record OptionCosts(String cloud, String cloudLabel, String region, Map<String, Long> monthlyCents,
            Map<String, Long> onDemandFallbacks, String recommended, String recommendedWhy, TcoCloud recommendedCase) {
    }

    /**
     * The business case over the horizon.
     *
     * @param onPremises       on-premises cost lines a year, in cents, with how each is computed
     * @param onPremisesYearlyCents the total a year
     * @param clouds           per cloud: yearly run cost, one-off migration, cumulative cost by month and break-even
     * @param parameters       every TCO parameter, key to value with its unit
     */
    public record Tco(int horizonYears, List<TcoLine> onPremises, long onPremisesYearlyCents, List<TcoCloud> clouds,
            Map<String, String> parameters) {
    }

    /** A cost line of the business case. */
    public record TcoLine(String label, long yearlyCents, String how) {
    }

    /**
     * One cloud in the business case.
     *
     * @param cumulativeCloudCents  cumulative cost at the end of each year (index 0 = year 1), migration included
     * @param cumulativeOnPremisesCents the same for staying on premises
     * @param breakEvenMonth        the first month the cloud's cumulative cost is at or below on premises'; 0 when not within the horizon
     */
    public record TcoCloud(String cloud, String cloudLabel, long yearlyCents, long migrationCents,
            long[] cumulativeCloudCents, long[] cumulativeOnPremisesCents, long savingsCents, int breakEvenMonth) {
    }

    /**
     * Risk.
     *
     * @param levels     LOW, MEDIUM, HIGH, CRITICAL (those the scenario uses) to servers
     * @param heatMap    rows: risk factor label; columns: level; cells: servers with that factor at that level
     * @param top        the riskiest servers (at most 15), highest score first
     */
    public record RiskSummary(Map<String, Long> levels, Map<String, Map<String, Long>> heatMap, List<TopRisk> top) {
    }

    /** One of the riskiest servers with its factors as "text (+points)". */
    public record TopRisk(String server, int score, String level, List<String> factors) {
    }

    /**
     * The dependency data.
     *
     * @param connections distinct connections stored
     * @param byName      connection ends resolved to inventory servers by name (then byIp, byIpam; external the rest)
     * @param hubs        the shared-service hubs, "name: why" each
     * @param groups      the move groups, largest first
     * @param groupCount  all of them
     * @param edges       every dependency, streamed from the graph
     */
    public record DependencySummary(long imports, long connections, int activeServers, int externalEndpoints,
            int dependencies, long hardDependencies, long byName, long byIp, long byIpam, long external,
            List<String> hubs, int groupCount, List<GroupRow> groups, EdgeRows edges) {
    }

    /**
     * One dependency between two endpoints (servers by name, external ones by address).
     *
     * @param ports     destination ports, comma-separated
     * @param processes destination processes, comma-separated
     * @param slots     time slots in which the traffic was seen
     * @param why       why it is hard or soft
     */
    public record EdgeRow(String from, String to, String ports, String processes, long connections, long slots,
            boolean hard, String why) {
    }

    /** The dependencies, streamed. */
    @FunctionalInterface
    public interface EdgeRows {
        void forEach(Consumer<EdgeRow> row);
    }

    /** A move group. */
    public record GroupRow(String name, String origin, int servers, long vcpus, int dependsOn, String reason,
            Integer wave) {
    }

    /** The wave plan. */
    public record WaveSummary(LocalDate start, LocalDate end, List<WaveRow> waves, List<String> warnings) {
    }

    /** One wave. */
    public record WaveRow(int number, String name, LocalDate start, LocalDate end, int groups, long servers, long vcpus,
            String why) {
    }

    /**
     * The sources.
     *
     * @param catalog     the price and size catalog's sources: id, data date and file, one each
     * @param inventory   the inventory imports: file, tool and version, SHA-256, when, rows
     * @param dependencyImports the dependency imports, the same way
     * @param coverage    servers with measured utilization against all servers, in words
     * @param caveats     what the reader must know about the data behind the figures, one sentence each
     *                    (the inventory changed since the assessment, the catalog changed since it priced)
     */
    public record Sources(List<CatalogRef> catalog, List<ImportRef> inventory, List<ImportRef> dependencyImports,
            String coverage, List<String> caveats) {
    }

    /** A catalog source. */
    public record CatalogRef(String id, String dataDate, String file) {
    }

    /** An imported file. */
    public record ImportRef(String file, String tool, String sha256, OffsetDateTime importedAt, long rows) {
    }

    /**
     * One server of the appendix with its results, one per cloud and region in the scenario's order.
     */
    public record ServerRow(long id, String name, String os, String environment, String application,
            String powerState, Integer vcpus, Long memoryMiB, Long provisionedMiB, List<Result> results) {
    }

    /**
     * One server's result for one cloud and region, money in cents of the scenario's currency.
     *
     * @param readinessReasons the reasons' texts
     * @param riskFactors      "text (+points)"
     */
    public record Result(String cloud, String region, String readiness, List<String> readinessReasons,
            String strategy, String rationale, String size, int vcpus, long memoryMiB, String sizingBasis, int stars,
            long computeCents, long licenceCents, long storageCents, long networkCents, int riskScore,
            String riskLevel, List<String> riskFactors, String priceBasis) {

        public long totalCents() {
            return computeCents + licenceCents + storageCents + networkCents;
        }
    }

    /**
     * The per-server rows, handed one at a time each time they are asked for (from what the
     * loader holds: the project is not read again), so a writer keeps only the row it lays out.
     */
    @FunctionalInterface
    public interface ServerRows {
        void forEach(Consumer<ServerRow> row);
    }
}
