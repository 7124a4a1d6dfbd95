package com.migrationhub.reports.table;

import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import com.migrationhub.reports.table.Value.Gib;
import com.migrationhub.reports.table.Value.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Summary sheet: the engagement, the estate and, per cloud, readiness, right-sizing, monthly
 * cost, the recommended purchase option and the break-even month, then each cloud's main blockers. It also says which sheets are missing
 * because the project has no data for them, so an absent sheet never looks like an error.
 */
final class SummarySheet {
    private SummarySheet() {
    }

    /** One cloud's line: its assessment with the option and business case that belong to it. */
    record CloudLine(CloudSummary cloud, OptionCosts options, TcoCloud tco) {
        long readiness(String state) {
            return cloud.readiness().getOrDefault(state, 0L);
        }
    }

    /** One of a cloud's main reasons servers are not ready, or ready only with conditions. */
    record Blocker(CloudSummary cloud, ReportData.Count reason) {
    }

    static ReportSheet of(ReportData data) {
        return new ReportSheet("Summary", facts(data), clouds(data), blockers(data));
    }

    private static Table<Blocker> blockers(ReportData data) {
        List<Blocker> rows = new ArrayList<>();
        for (CloudSummary c : data.clouds()) {
            c.blockers().forEach(b -> rows.add(new Blocker(c, b)));
        }
        return Table.listed("summary-blockers", "Main blockers per cloud", rows)
                .text("Cloud", b -> b.cloud().cloudLabel())
                .text("Region", b -> b.cloud().region())
                .text("Blocker", b -> b.reason().text())
                .count("Servers", b -> b.reason().count());
    }

    private static Table<Fact> facts(ReportData data) {
        ReportData.Engagement e = data.engagement();
        ReportData.Scenario s = data.scenario();
        ReportData.Profile p = data.profile();
        Fact.Builder f = new Fact.Builder();
        f.topic("Engagement").text("Client", e.client()).text("Engagement", e.engagement()).text("Firm", e.firm())
                .text("Consultant", e.consultant()).text("Project file", e.projectFile())
                .text("Report version", e.version()).add("Generated", Value.moment(e.generatedAt()));
        f.topic("Scenario").text("Scenario", s.name()).add("Assessed", Value.moment(s.assessedAt()))
                .text("Clouds and regions", String.join(", ", s.clouds())).text("Currency", s.currency())
                .text("Priced with", Labels.option(s.pricing())).text("Sizing", s.sizing()).text("Uptime", s.uptime())
                .count("Horizon (years)", s.horizonYears());
        f.topic("Estate").count("Servers", p.servers()).count("Templates", p.templates())
                .count("Powered on", p.poweredOn()).count("Powered off", p.poweredOff())
                .count("Suspended", p.suspended()).count("Idle", p.idle())
                .count("With measured utilization", p.withUtilization())
                .add("With measured utilization (share)", Value.share(p.withUtilization(), p.servers()))
                .count("vCPUs", p.vcpus()).add("Memory", new Gib(p.memoryMiB()))
                .add("Provisioned storage", new Gib(p.provisionedMiB())).add("Storage in use", new Gib(p.inUseMiB()))
                .count("Hosts", p.hosts()).count("Clusters", p.clusters()).count("Datastores", p.datastores());
        f.topic("Operating system").counts(p.osMix());
        f.topic("OS family").counts(p.osFamilies());
        f.topic("Environment").counts(p.environments());
        f.topic("vCPU band").counts(p.vcpuBands());
        f.topic("Memory band").counts(p.memoryBands());
        f.topic("Strategy (7R)");
        data.strategies().counts().forEach((code, n) -> f.count(Labels.code(code), n));
        f.count("Strategy set by the consultant", data.strategies().overridden());
        ReportData.DependencySummary d = data.dependencies();
        f.topic("Dependencies");
        if (d == null) {
            f.text("Dependency data", "none imported, so there are no Move groups or Dependencies tables");
        } else {
            f.count("Imports", d.imports()).count("Connections", d.connections())
                    .count("Active servers", d.activeServers()).count("External endpoints", d.externalEndpoints())
                    .count("Dependencies", d.dependencies()).count("Hard dependencies", d.hardDependencies())
                    .count("Move groups", d.groupCount());
            for (String hub : d.hubs()) {
                f.text("Shared-service hub", hub);
            }
        }
        ReportData.WaveSummary w = data.waves();
        f.topic("Waves");
        if (w == null) {
            f.text("Wave plan", "none made, so there is no Waves table");
        } else {
            f.add("Start", Value.day(w.start())).add("End", Value.day(w.end())).count("Waves", w.waves().size())
                    .count("Warnings", w.warnings().size());
        }
        return f.table("summary", "Summary", "Item");
    }

    private static Table<CloudLine> clouds(ReportData data) {
        String cur = data.scenario().currency();
        String month = "/month";
        return Table.listed("summary-clouds", "Per cloud", lines(data))
                .text("Cloud", l -> l.cloud().cloudLabel())
                .text("Region", l -> l.cloud().region())
                .count("Servers", l -> l.cloud().servers())
                .count("Ready", l -> l.readiness("READY"))
                .count("Ready with conditions", l -> l.readiness("READY_WITH_CONDITIONS"))
                .count("Not ready", l -> l.readiness("NOT_READY"))
                .count("Unknown", l -> l.readiness("UNKNOWN"))
                .column("Ready (share)", l -> Value.share(l.cloud().ready(), l.cloud().servers()))
                .count("Sized", l -> l.cloud().sized())
                .count("Sized on measured utilization", l -> l.cloud().performanceSized())
                .count("vCPUs allocated", l -> l.cloud().allocatedVcpus())
                .count("vCPUs recommended", l -> l.cloud().recommendedVcpus())
                .column("Memory allocated (GiB)", l -> new Gib(l.cloud().allocatedMemoryMiB()))
                .column("Memory recommended (GiB)", l -> new Gib(l.cloud().recommendedMemoryMiB()))
                .money(Labels.money("Compute", cur, month), l -> l.cloud().computeCents())
                .money(Labels.money("Licence", cur, month), l -> l.cloud().licenceCents())
                .money(Labels.money("Storage", cur, month), l -> l.cloud().storageCents())
                .money(Labels.money("Network", cur, month), l -> l.cloud().networkCents())
                .money(Labels.money("Total", cur, month), l -> l.cloud().totalCents())
                .money(Labels.money("Sized as on premises", cur, month), l -> l.cloud().asOnPremisesCents())
                .money(Labels.money("Saving from right-sizing", cur, month), l -> l.cloud().rightSizingSavingCents())
                .text("Recommended purchase option", l -> l.options() == null ? null : Labels.option(l.options().recommended()))
                .column(Labels.money("Recommended", cur, month), l -> recommendedCents(l.options()))
                .column("Break-even month, scenario's option", l -> l.tco() == null ? Value.EMPTY
                        : new Value.Month(l.tco().breakEvenMonth()))
                .column("Break-even month, recommended option", l -> l.options() == null ? Value.EMPTY
                        : new Value.Month(l.options().recommendedCase().breakEvenMonth()));
    }

    private static Value recommendedCents(OptionCosts o) {
        if (o == null || o.recommended() == null) {
            return Value.EMPTY;
        }
        Long cents = o.monthlyCents().get(o.recommended());
        return cents == null ? Value.EMPTY : new Money(cents);
    }

    /**
     * Purchase options and the business case are computed for each cloud's first region only, so
     * they join the line of that region; a second region of the same cloud shows none.
     */
    static List<CloudLine> lines(ReportData data) {
        List<CloudLine> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CloudSummary c : data.clouds()) {
            OptionCosts options = null;
            for (OptionCosts o : data.options()) {
                if (o.cloud().equals(c.cloud()) && o.region().equals(c.region())) {
                    options = o;
                }
            }
            TcoCloud tco = null;
            // the business case prices each cloud in its first region: the region the purchase options are for
            if (options != null && seen.add(c.cloud()) && data.tco() != null) {
                for (TcoCloud t : data.tco().clouds()) {
                    if (t.cloud().equals(c.cloud())) {
                        tco = t;
                    }
                }
            }
            out.add(new CloudLine(c, options, tco));
        }
        return out;
    }
}
