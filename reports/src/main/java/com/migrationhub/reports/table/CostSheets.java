package com.migrationhub.reports.table;

import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import com.migrationhub.reports.data.ReportData.TcoLine;
import com.migrationhub.reports.table.Value.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The Costs and TCO sheets. Totals the client may want to recompute after changing a line (the
 * monthly parts of each cloud, the on-premises lines) end in a totals row; the figures themselves
 * are values, never formulas.
 */
final class CostSheets {
    private CostSheets() {
    }

    /** One cost part across the clouds, in the scenario's cloud order. */
    record Part(String label, long[] cents) {
    }

    /** One cloud's monthly cost under one purchase option. */
    record OptionRow(OptionCosts cloud, String option, long cents) {
        boolean recommended() {
            return option.equals(cloud.recommended());
        }

        Value savingOnDemand() {
            Long onDemand = cloud.monthlyCents().get("on-demand");
            return onDemand == null ? Value.EMPTY : Value.share(onDemand - cents, onDemand);
        }
    }

    /** One year of the business case: cumulative costs at its end. */
    record Year(int year) {
    }

    static ReportSheet costs(ReportData data) {
        String cur = data.scenario().currency();
        List<CloudSummary> clouds = data.clouds();
        List<Part> parts = List.of(
                part("Compute", clouds, CloudSummary::computeCents),
                part("Licence", clouds, CloudSummary::licenceCents),
                part("Storage", clouds, CloudSummary::storageCents),
                part("Network", clouds, CloudSummary::networkCents));
        Table<Part> byPart = Table.listed("costs", "Monthly cost by part", parts)
                .text("Part", Part::label);
        for (int i = 0; i < clouds.size(); i++) {
            int c = i;
            String cloud = clouds.get(c).cloudLabel() + " " + clouds.get(c).region();
            byPart.money(Labels.money(cloud, cur, "/month"), p -> p.cents()[c]);
        }
        byPart.totals("Total");

        List<OptionRow> rows = new ArrayList<>();
        for (OptionCosts o : data.options()) {
            for (Map.Entry<String, Long> e : o.monthlyCents().entrySet()) {
                rows.add(new OptionRow(o, e.getKey(), e.getValue()));
            }
        }
        Table<OptionRow> byOption = Table.listed("costs-options", "Monthly cost by purchase option", rows)
                .text("Cloud", r -> r.cloud().cloudLabel())
                .text("Region", r -> r.cloud().region())
                .text("Purchase option", r -> Labels.option(r.option()))
                .money(Labels.money("Monthly", cur, "/month"), OptionRow::cents)
                .column("Saving against on demand", OptionRow::savingOnDemand)
                .count("Servers priced on demand", r -> r.cloud().onDemandFallbacks().getOrDefault(r.option(), 0L))
                .text("Recommended", r -> r.recommended() ? "recommended" : "")
                .text("Why", r -> r.recommended() ? r.cloud().recommendedWhy() : "")
                .highlight(OptionRow::recommended);
        return new ReportSheet("Costs", byPart, byOption);
    }

    private static Part part(String label, List<CloudSummary> clouds, ToLongFunction<CloudSummary> cents) {
        return new Part(label, clouds.stream().mapToLong(cents).toArray());
    }

    static ReportSheet tco(ReportData data) {
        ReportData.Tco tco = data.tco();
        String cur = data.scenario().currency();
        int horizon = tco.horizonYears();
        Table<TcoLine> lines = Table.listed("tco", "On premises, a year", tco.onPremises())
                .text("On-premises cost", TcoLine::label)
                .money(Labels.money("Yearly", cur, ""), TcoLine::yearlyCents)
                .text("How it is computed", TcoLine::how)
                .totals("Total on premises");
        Table<TcoCloud> clouds = Table.listed("tco-clouds", "Per cloud over " + horizon + " years", tco.clouds())
                .text("Cloud", TcoCloud::cloudLabel)
                .money(Labels.money("Yearly run, cloud and operations labour", cur, "/year"), TcoCloud::yearlyCents)
                .money(Labels.money("Migration, one-off", cur, ""), TcoCloud::migrationCents)
                .money(Labels.money("Savings over " + horizon + " years", cur, ""), TcoCloud::savingsCents)
                .column("Break-even month", c -> new Value.Month(c.breakEvenMonth()));
        Table<OptionCosts> bought = Table.listed("tco-recommended", "Per cloud, bought with the recommended option",
                        data.options())
                .text("Cloud", OptionCosts::cloudLabel)
                .text("Purchase option", o -> Labels.option(o.recommended()))
                .money(Labels.money("Yearly run, cloud and operations labour", cur, "/year"), o -> o.recommendedCase().yearlyCents())
                .money(Labels.money("Migration, one-off", cur, ""), o -> o.recommendedCase().migrationCents())
                .money(Labels.money("Savings over " + horizon + " years", cur, ""), o -> o.recommendedCase().savingsCents())
                .column("Break-even month", o -> new Value.Month(o.recommendedCase().breakEvenMonth()));
        return new ReportSheet("TCO", lines, clouds, bought, years(tco, cur));
    }

    /**
     * Cumulative cost at the end of each year, ready to chart. Staying on premises costs the same
     * whichever cloud it is compared with, so it is one column unless the clouds disagree.
     */
    private static Table<Year> years(ReportData.Tco tco, String cur) {
        List<Year> years = new ArrayList<>();
        int n = 0;
        for (TcoCloud c : tco.clouds()) {
            n = Math.max(n, c.cumulativeCloudCents().length);
        }
        for (int y = 1; y <= n; y++) {
            years.add(new Year(y));
        }
        Table<Year> t = Table.listed("tco-years", "Cumulative cost by year (" + cur + ", migration included)", years)
                .count("Year", Year::year);
        boolean onePremises = true;
        for (TcoCloud c : tco.clouds()) {
            onePremises &= Arrays.equals(c.cumulativeOnPremisesCents(), tco.clouds().get(0).cumulativeOnPremisesCents());
        }
        for (TcoCloud c : tco.clouds()) {
            if (!onePremises || c == tco.clouds().get(0)) {
                String header = onePremises ? "On premises" : "On premises (against " + c.cloudLabel() + ")";
                t.column(header, y -> at(c.cumulativeOnPremisesCents(), y));
            }
        }
        for (TcoCloud c : tco.clouds()) {
            t.column(c.cloudLabel(), y -> at(c.cumulativeCloudCents(), y));
        }
        return t;
    }

    private static Value at(long[] cumulative, Year y) {
        return y.year() <= cumulative.length ? new Money(cumulative[y.year() - 1]) : Value.EMPTY;
    }
}
