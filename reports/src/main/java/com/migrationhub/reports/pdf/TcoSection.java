package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.Tco;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import com.migrationhub.reports.data.ReportData.TcoLine;

/**
 * The business case: what staying on premises costs a year and how, each cloud's yearly run cost
 * and one-off migration, the saving over the horizon, and the month each cloud breaks even.
 */
final class TcoSection implements SectionWriter {
    @Override
    public String lead(ReportDocument doc) {
        Tco t = doc.data.tco();
        return "Staying on premises against moving, over " + doc.formats.count(t.horizonYears())
                + " years: what each costs in total and when the migration pays for itself.";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        Tco tco = doc.data.tco();
        int years = tco.horizonYears();
        doc.subheading("Staying on premises");
        TableBuilder prem = new TableBuilder(doc.theme, 32, 18, 50).align(TableBuilder.LEFT, TableBuilder.RIGHT)
                .header("Cost line", "Per year, " + f.currency(), "How it is computed");
        for (TcoLine l : tco.onPremises()) {
            prem.row(l.label(), f.amount(l.yearlyCents()), l.how());
        }
        prem.total("Total", f.amount(tco.onPremisesYearlyCents()), "");
        doc.add(prem.build());

        doc.subheading("Moving to each cloud");
        TableBuilder t = new TableBuilder(doc.theme, 18, 15, 15, 18, 18, 16).figures()
                .header("Cloud", "Run cost per year", "One-off migration", "Cumulative over " + f.count(years) + " years",
                        "Saving over " + f.count(years) + " years", "Break-even");
        for (TcoCloud c : tco.clouds()) {
            long[] cum = c.cumulativeCloudCents();
            t.row(TableBuilder.Cell.of(c.cloudLabel()).bold(), TableBuilder.Cell.of(f.amount(c.yearlyCents())),
                    TableBuilder.Cell.of(f.amount(c.migrationCents())),
                    TableBuilder.Cell.of(cum.length == 0 ? "-" : f.amount(cum[cum.length - 1])),
                    TableBuilder.Cell.of(f.amount(c.savingsCents())).bold()
                            .ink(c.savingsCents() < 0 ? Palette.WARN : Palette.INK),
                    TableBuilder.Cell.of(Figures.breakEven(f, c, years)));
        }
        if (!tco.clouds().isEmpty()) {
            long[] prem3 = tco.clouds().get(0).cumulativeOnPremisesCents();
            t.total("On premises", f.amount(tco.onPremisesYearlyCents()), "-",
                    prem3.length == 0 ? "-" : f.amount(prem3[prem3.length - 1]), "", "");
        }
        doc.add(t.build());
        doc.note("In " + f.currency() + ". Cumulative: the one-off migration plus the run cost up to the end of year "
                + f.count(years) + ". Run cost per year: twelve months of the cloud's cost plus the operations labour that "
                + "remains in the cloud (parameter cloud.labour-percent). Saving: on premises minus the cloud over the same years; negative when the cloud "
                + "costs more. Break-even: the first month the cloud's cumulative cost is at or below staying on premises.");

        if (!doc.data.options().isEmpty()) {
            doc.subheading("Bought with the recommended purchase option");
            TableBuilder r = new TableBuilder(doc.theme, 18, 15, 15, 18, 18, 16).figures()
                    .header("Cloud", "Purchase option", "Run cost per year", "Cumulative over " + f.count(years)
                            + " years", "Saving over " + f.count(years) + " years", "Break-even");
            for (ReportData.OptionCosts o : doc.data.options()) {
                TcoCloud c = o.recommendedCase();
                long[] cum = c.cumulativeCloudCents();
                r.row(TableBuilder.Cell.of(c.cloudLabel()).bold(), TableBuilder.Cell.of(Labels.option(o.recommended())),
                        TableBuilder.Cell.of(f.amount(c.yearlyCents())),
                        TableBuilder.Cell.of(cum.length == 0 ? "-" : f.amount(cum[cum.length - 1])),
                        TableBuilder.Cell.of(f.amount(c.savingsCents())).bold()
                                .ink(c.savingsCents() < 0 ? Palette.WARN : Palette.INK),
                        TableBuilder.Cell.of(Figures.breakEven(f, c, years)));
            }
            doc.add(r.build());
            doc.note("The same business case with each cloud's compute bought the recommended way"
                    + (doc.number(Section.COST) > 0 ? " (section " + doc.number(Section.COST) + ")" : "")
                    + ": the scenario priced " + Labels.option(doc.data.scenario().pricing())
                    + "; the sizes stay as the scenario chose them.");
        }

        doc.subheading("Cumulative cost over " + f.count(years) + " years");
        doc.chart(new Charts(f).tco(tco), 250);
        doc.note("A point at the end of each year; year 0 is the one-off migration. Dashed vertical lines: each cloud's "
                + "break-even month.");
    }
}
