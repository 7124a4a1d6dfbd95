package com.migrationhub.reports;

import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CatalogRef;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.Count;
import com.migrationhub.reports.data.ReportData.DependencySummary;
import com.migrationhub.reports.data.ReportData.GroupRow;
import com.migrationhub.reports.data.ReportData.ImportRef;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import com.migrationhub.reports.data.ReportData.Result;
import com.migrationhub.reports.data.ReportData.RiskSummary;
import com.migrationhub.reports.data.ReportData.ServerRow;
import com.migrationhub.reports.data.ReportData.StrategyExample;
import com.migrationhub.reports.data.ReportData.StrategyMix;
import com.migrationhub.reports.data.ReportData.Tco;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import com.migrationhub.reports.data.ReportData.TcoLine;
import com.migrationhub.reports.data.ReportData.TopRisk;
import com.migrationhub.reports.data.ReportData.WaveRow;
import com.migrationhub.reports.data.ReportData.WaveSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-made report for the writers' tests: every section filled, figures that add up, client
 * text that tries formula injection, long texts that must wrap, and {@code servers} generated rows
 * for the appendix (deterministic). The real data comes from {@code ReportLoader}, tested against
 * a real project elsewhere.
 */
public final class TestData {
    private TestData() {
    }

    public static final String[] CLOUDS = {"aws", "azure", "gcp"};
    public static final String[] LABELS = {"AWS", "Azure", "Google Cloud"};
    public static final String[] REGIONS = {"us-east-1", "eastus", "us-central1"};

    /** A report of {@code servers} servers (at least 20). */
    public static ReportData report(int servers) {
        List<CloudSummary> clouds = new ArrayList<>();
        long[][] parts = new long[3][4];
        long[] allocated = new long[2];
        long[][] recommended = new long[3][2];
        rows(servers).forEach(r -> {
            allocated[0] += r.vcpus();
            allocated[1] += r.memoryMiB();
            for (int c = 0; c < 3; c++) {
                Result x = r.results().get(c);
                parts[c][0] += x.computeCents();
                parts[c][1] += x.licenceCents();
                parts[c][2] += x.storageCents();
                parts[c][3] += x.networkCents();
                recommended[c][0] += x.vcpus();
                recommended[c][1] += x.memoryMiB();
            }
        });
        for (int c = 0; c < 3; c++) {
            Map<String, Long> readiness = new LinkedHashMap<>();
            readiness.put("READY", servers * 6L / 10);
            readiness.put("READY_WITH_CONDITIONS", servers * 2L / 10);
            readiness.put("NOT_READY", servers / 10L);
            readiness.put("UNKNOWN", servers - servers * 6L / 10 - servers * 2L / 10 - servers / 10L);
            clouds.add(new CloudSummary(CLOUDS[c], LABELS[c], REGIONS[c], servers, servers, readiness,
                    List.of(new Count("Windows Server 2008 R2 is out of support (since 14 Jan 2020) and "
                            + "the cloud offers no image for it: upgrade before moving", servers / 10L),
                        new Count("=HYPERLINK(\"http://evil\") disk larger than the largest managed disk", 3)),
                    parts[c][0], parts[c][1], parts[c][2], parts[c][3], allocated[0], allocated[1],
                    recommended[c][0], recommended[c][1], servers / 2L, Map.of(0, 2L, 3, servers - 10L, 5, 8L),
                    (parts[c][0] + parts[c][1] + parts[c][2] + parts[c][3]) * 6 / 5));
        }
        Map<String, Long> strategies = new LinkedHashMap<>();
        strategies.put("REHOST", servers * 7L / 10);
        strategies.put("REPLATFORM", servers * 2L / 10);
        strategies.put("RETIRE", servers - servers * 7L / 10 - servers * 2L / 10);
        StrategyMix mix = new StrategyMix(strategies, 1, List.of(
                new StrategyExample("REHOST", "app-0001", "rehost", "Moves as it is: supported OS, fits a standard size."),
                new StrategyExample("REPLATFORM", "sql-0002", "replatform-sql-server",
                        "SQL Server 2019 Standard: Azure SQL Managed Instance takes it with the fewest changes."),
                new StrategyExample("RETIRE", "old-0003", "retire-idle", "Idle for 30 days: CPU under 5 %.")));
        List<OptionCosts> options = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            long total = parts[c][0] + parts[c][1] + parts[c][2] + parts[c][3];
            Map<String, Long> m = new LinkedHashMap<>();
            m.put("on-demand", total);
            m.put("ri1y", total - parts[c][0] * 3 / 10);
            m.put("ri3y", total - parts[c][0] * 5 / 10);
            m.put("sp1y", total - parts[c][0] * 2 / 10);
            m.put("sp3y", total - parts[c][0] * 4 / 10);
            options.add(new OptionCosts(CLOUDS[c], LABELS[c], REGIONS[c], m, Map.of("ri3y", 2L), "ri3y",
                    "the cheapest option whose term (3 years) fits the 3-year horizon", null));
        }
        List<TcoCloud> tcoClouds = new ArrayList<>();
        long onPremYear = 86_287_593L;
        for (int c = 0; c < 3; c++) {
            long yearly = (parts[c][0] + parts[c][1] + parts[c][2] + parts[c][3]) * 12 + 26_730_000L;
            long migration = servers * 30_000L;
            long[] cloud = new long[3];
            long[] prem = new long[3];
            for (int y = 0; y < 3; y++) {
                cloud[y] = migration + yearly * (y + 1);
                prem[y] = onPremYear * (y + 1);
            }
            tcoClouds.add(new TcoCloud(CLOUDS[c], LABELS[c], yearly, migration, cloud, prem, prem[2] - cloud[2],
                    cloud[2] <= prem[2] ? 14 : 0));
        }
        for (int c = 0; c < 3; c++) {
            OptionCosts o = options.get(c);
            long yearly = o.monthlyCents().get("ri3y") * 12 + 26_730_000L;
            long migration = servers * 30_000L;
            long[] cloud = new long[3];
            long[] prem = new long[3];
            for (int y = 0; y < 3; y++) {
                cloud[y] = migration + yearly * (y + 1);
                prem[y] = onPremYear * (y + 1);
            }
            options.set(c, new OptionCosts(o.cloud(), o.cloudLabel(), o.region(), o.monthlyCents(), o.onDemandFallbacks(),
                    o.recommended(), o.recommendedWhy(), new TcoCloud(CLOUDS[c], LABELS[c], yearly, migration, cloud, prem,
                            prem[2] - cloud[2], cloud[2] <= prem[2] ? 11 : 0)));
        }
        Tco tco = new Tco(3, List.of(new TcoLine("Server hardware (depreciation)", 7_536_000L,
                        "1,253 vCPUs / 4 vCPUs per core = 314 cores × 1,200 USD / 5 years"),
                    new TcoLine("Administration labour", 53_460_000L, "297 servers × 24 h × 75 USD"),
                    new TcoLine("Other", onPremYear - 7_536_000L - 53_460_000L, "power, storage, licences")),
                onPremYear, tcoClouds, Map.of("hardware.cost-per-core", "1200 USD per physical core",
                        "labour.usd-per-hour", "75 USD per hour"));
        Map<String, Long> levels = new LinkedHashMap<>();
        levels.put("LOW", servers / 2L);
        levels.put("MEDIUM", servers / 4L);
        levels.put("HIGH", servers - servers / 2L - servers / 4L - 2);
        levels.put("CRITICAL", 2L);
        Map<String, Map<String, Long>> heat = new LinkedHashMap<>();
        heat.put("OS out of support", Map.of("MEDIUM", 10L, "HIGH", 12L, "CRITICAL", 2L));
        heat.put("Many hard dependencies", Map.of("LOW", 4L, "HIGH", 7L));
        heat.put("Large disk", Map.of("LOW", 1L, "CRITICAL", 1L));
        RiskSummary risk = new RiskSummary(levels, heat, List.of(
                new TopRisk("db-critical-01", 92, "CRITICAL", List.of("OS out of support (+30)", "12 hard dependencies (+25)")),
                new TopRisk("@SUM(A1:A9)", 71, "HIGH", List.of("Large disk (+20)"))));
        DependencySummary deps = new DependencySummary(1, 1479, 237, 11, 900, 400, 2916, 17, 0, 25,
                List.of("dc-01: called by 95 % of active servers"), 3, List.of(
                        new GroupRow("Payroll (PROD)", "APPLICATION", 12, 48, 1, "named in the inventory", 2),
                        new GroupRow("+Around web-07", "DEPENDENCIES", 3, 8, 0, "talks most to web-07", 1),
                        new GroupRow("CRM (DEV)", "APPLICATION", 5, 10, 0, "named in the inventory", 1)),
                c -> {
                    c.accept(new ReportData.EdgeRow("web-07", "sql-02", "1433", "sqlservr.exe", 420, 96, true,
                            "application traffic: port 1433 (SQL Server)"));
                    c.accept(new ReportData.EdgeRow("web-07", "dc-01", "53, 88, 389", "lsass.exe", 9000, 168, false,
                            "shared service: Active Directory (by port)"));
                    c.accept(new ReportData.EdgeRow("-ext", "10.9.9.9", "443", "", 3, 2, true, "external endpoint"));
                });
        WaveSummary waves = new WaveSummary(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 14), List.of(
                new WaveRow(1, "Pilot", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 17), 2, 8, 18,
                        "low risk, few dependencies"),
                new WaveRow(2, "Wave 2", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 31), 1, 12, 48, "dev/test first"),
                new WaveRow(3, "Wave 3", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 14), 0, 0, 0, "blackout")),
                List.of("Wave 3 falls in the blackout 2027-02-01..2027-02-07"));
        ReportData.Sources sources = new ReportData.Sources(List.of(new CatalogRef("aws-pricing", "2026-10-01",
                "aws/ec2-us-east-1.json"), new CatalogRef("azure-retail", "2026-10-02", "azure/retail.json")),
                List.of(new ImportRef("contoso-rvtools.xlsx", "RVTools 4.7.1", "ab".repeat(32),
                        OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.UTC), 297)),
                List.of(new ImportRef("contoso-dependencies.csv", "azure-migrate-deps", "cd".repeat(32),
                        OffsetDateTime.of(2026, 11, 20, 9, 35, 0, 0, ZoneOffset.UTC), 3000)),
                "248 of 297 servers (83.5 %) have measured utilization",
                List.of("The scenario assessed 290 servers; the inventory now holds 300."));
        Map<String, String> assumptions = new java.util.TreeMap<>(Map.of("currency", "USD", "percentile", "95",
                "comfort", "1.3", "pricing", "on-demand", "horizon", "3"));
        ReportData.Profile profile = new ReportData.Profile(servers, 3, servers * 4L, servers * 16_384L,
                servers * 200_000L, servers * 120_000L, servers - 12, 10, 2, 5, servers - 40,
                new LinkedHashMap<>(Map.of("Windows Server 2019", (long) servers / 2, "Red Hat Enterprise Linux 8",
                        (long) servers - servers / 2)),
                Map.of("windows", (long) servers / 2, "linux", (long) servers - servers / 2),
                new LinkedHashMap<>(Map.of("Production", (long) servers / 2, "-Dev", (long) servers - servers / 2)),
                new LinkedHashMap<>(Map.of("1-2", (long) servers / 2, "3-4", (long) servers - servers / 2)),
                new LinkedHashMap<>(Map.of("up to 4 GiB", (long) servers / 2, "8-16 GiB", (long) servers - servers / 2)),
                13, 3, 7);
        return new ReportData(
                new ReportData.Engagement("Contoso Manufacturing", "Cloud readiness 2026", "Northwind Consulting",
                        "Jane Doe", null, "contoso.mhub", OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.UTC),
                        "MigrationHub Workbench 0.1.0"),
                new ReportData.Scenario("baseline", OffsetDateTime.of(2026, 11, 25, 17, 0, 0, 0, ZoneOffset.UTC),
                        LocalDate.of(2026, 11, 25), List.of("aws us-east-1", "azure eastus", "gcp us-central1"), "USD",
                        "1", null, null, "on-demand", "performance-based where utilization exists (p95 × 1.3), else as on premises",
                        "always on, 730 h a month", 3, assumptions),
                profile, clouds, mix, options, tco, risk, deps, waves, sources, c -> rows(servers).forEach(c),
                c -> rows(servers).forEach(r -> c.accept(new ServerRow(r.id(), r.name(), r.os(), r.environment(),
                        r.application(), r.powerState(), r.vcpus(), r.memoryMiB(), r.provisionedMiB(), List.of()))));
    }

    /** The appendix rows: server i has 2 + i % 7 vCPUs; names sort in row order. */
    public static ReportData.ServerRows rows(int servers) {
        return consumer -> {
            for (int i = 0; i < servers; i++) {
                String name = i == 5 ? "=cmd|' /C calc'!A0" : String.format(java.util.Locale.ROOT, "srv-%06d", i);
                int vcpus = 2 + i % 7;
                long memory = 4096L * (1 + i % 4);
                List<Result> results = new ArrayList<>(3);
                for (int c = 0; c < 3; c++) {
                    long compute = 5_000 + i % 97 * 100 + c * 250;
                    results.add(new Result(CLOUDS[c], REGIONS[c], i % 10 == 9 ? "NOT_READY" : "READY",
                            i % 10 == 9 ? List.of("Windows Server 2008 R2 is out of support") : List.of(),
                            i % 10 == 8 ? "RETIRE" : "REHOST", "Moves as it is", "m5.large-" + c, Math.max(2, vcpus - 1),
                            memory, "performance-based (p95 × 1.3)", 1 + i % 5, compute, i % 2 == 0 ? 3_000 : 0,
                            1_200 + i % 13, 0, 10 + i % 90, i % 90 > 70 ? "HIGH" : "LOW",
                            List.of("OS out of support (+30)"), "aws-pricing 2026-10-01"));
                }
                consumer.accept(new ServerRow(i + 1, name, i % 2 == 0 ? "Windows Server 2019" : "Red Hat Enterprise Linux 8",
                        i % 3 == 0 ? "Production" : "-Dev", i % 4 == 0 ? "+Payroll" : "CRM", "poweredOn", vcpus, memory,
                        memory * 10, results));
            }
        };
    }
}
