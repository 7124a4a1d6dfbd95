package com.migrationhub.reports.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.migrationhub.reports.Formats;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * The decision on one page: the estate in four figures, each cloud's readiness, recommended
 * purchase option, monthly cost and payback, the strategy mix, the top risks and the wave plan.
 * Lists are cut to a few lines so the page never spills over.
 */
final class SummarySection implements SectionWriter {
    private static final int STRATEGIES = 7;
    private static final int RISKS = 5;
    /** With more clouds and regions than this the table needs the chart's room. */
    private static final int CHART_UP_TO = 4;

    @Override
    public String lead(ReportDocument doc) {
        return "What the estate is, how ready it is for each cloud, what each would cost a month and when it "
                + "pays back against staying on premises.";
    }

    @Override
    public void write(ReportDocument doc) {
        ReportData d = doc.data;
        Formats f = doc.formats;
        ReportData.Profile p = d.profile();
        headline(doc);
        doc.add(new Tiles(doc.theme)
                .add(f.count(p.servers()), "Servers", f.count(p.poweredOn()) + " powered on")
                .add(f.count(p.vcpus()), "vCPUs", "allocated on premises")
                .add(Figures.size(f, p.memoryMiB()), "Memory", "allocated on premises")
                .add(Figures.size(f, p.provisionedMiB()), "Storage", Figures.size(f, p.inUseMiB()) + " in use")
                .build());

        doc.subheading("The clouds at a glance");
        int years = d.scenario().horizonYears();
        TableBuilder t = new TableBuilder(doc.theme, 23, 9, 11, 14, 17, 15, 11).figures()
                .align(TableBuilder.LEFT, TableBuilder.RIGHT, TableBuilder.RIGHT, TableBuilder.RIGHT, TableBuilder.LEFT)
                .header("Cloud", "Ready", "Ready with conditions", "Per month, " + f.currency(), "Purchase option",
                        "Saving over " + f.count(years) + " years, " + f.currency(), "Break-even");
        for (CloudSummary c : d.clouds()) {
            Optional<OptionCosts> o = Figures.options(d, c);
            Optional<TcoCloud> tco = o.map(OptionCosts::recommendedCase);
            long monthly = o.map(Figures::recommendedMonthly).orElse(c.totalCents());
            String option = Labels.option(o.map(OptionCosts::recommended).orElse(d.scenario().pricing()));
            t.row(TableBuilder.Cell.of(Labels.cloud(c.cloudLabel(), c.region())).bold(),
                    TableBuilder.Cell.of(f.percent(c.ready(), c.servers())),
                    TableBuilder.Cell.of(f.percent(c.readiness().getOrDefault("READY_WITH_CONDITIONS", 0L), c.servers())),
                    TableBuilder.Cell.of(f.amount(monthly)).bold(),
                    TableBuilder.Cell.of(option),
                    TableBuilder.Cell.of(tco.map(x -> f.amount(x.savingsCents())).orElse("-")),
                    TableBuilder.Cell.of(tco.map(x -> Figures.breakEven(f, x, years)).orElse("-")));
        }
        doc.add(t.build());
        doc.note("Per month: each cloud's cost under its recommended purchase option (the cheapest whose term fits the "
                + f.count(years) + "-year horizon). Saving and break-even: cumulative cost, bought that way, against staying on "
                + "premises, the one-off migration included" + (doc.data.tco() != null && doc.number(Section.TCO) > 0
                        ? " (section " + doc.number(Section.TCO) + " gives the business case at the scenario's own "
                        + "purchase option, " + Labels.option(d.scenario().pricing()) + ")" : "")
                + ". Ready: share of the servers assessed for that cloud.");

        if (d.tco() != null && !d.options().isEmpty() && d.clouds().size() <= CHART_UP_TO) {
            ReportData.Tco bought = new ReportData.Tco(years, d.tco().onPremises(), d.tco().onPremisesYearlyCents(),
                    d.options().stream().map(OptionCosts::recommendedCase).toList(), d.tco().parameters());
            doc.subheading("Yearly cost against staying on premises, operations labour included");
            doc.chart(new Charts(f).yearly(bought), 40 + 20f * (bought.clouds().size() + 1));
        }

        PdfPTable columns = new PdfPTable(new float[] {44, 56});
        columns.setWidthPercentage(100);
        columns.setSpacingBefore(4);
        columns.addCell(column(doc, "Migration strategies", strategies(doc)));
        columns.addCell(column(doc, "Top risks", risks(doc)));
        doc.add(columns);

        ReportData.WaveSummary w = d.waves();
        if (w == null || w.waves().isEmpty()) {
            doc.paragraph("Wave plan: ", "No wave plan has been made yet.");
        } else {
            doc.paragraph("Wave plan: ", f.count(w.waves().size()) + (w.waves().size() == 1 ? " wave" : " waves") + " from "
                    + f.date(w.start()) + " to " + f.date(w.end()) + ", moving "
                    + Figures.servers(f, w.waves().stream().mapToLong(ReportData.WaveRow::servers).sum())
                    + (w.warnings().isEmpty() ? "." : "; " + f.count(w.warnings().size())
                            + (w.warnings().size() == 1 ? " warning" : " warnings") + " to resolve."));
        }
    }

    private void headline(ReportDocument doc) {
        ReportData d = doc.data;
        Formats f = doc.formats;
        ReportData.Profile p = d.profile();
        StringBuilder b = new StringBuilder();
        b.append("The estate counts ").append(Figures.servers(f, p.servers())).append(" with ").append(f.count(p.vcpus()))
                .append(" vCPUs and ").append(Figures.size(f, p.memoryMiB())).append(" of memory. ");
        Optional<OptionCosts> cheapest = d.options().stream().min(Comparator.comparingLong(Figures::recommendedMonthly));
        if (cheapest.isPresent() && d.options().size() > 1) {
            OptionCosts o = cheapest.get();
            b.append("Of the ").append(f.count(d.options().size())).append(" clouds assessed, ").append(o.cloudLabel())
                    .append(" costs least: ").append(f.money(Figures.recommendedMonthly(o))).append(" a month ")
                    .append(Labels.buying(o.recommended()));
            TcoCloud t = o.recommendedCase();
            if (t != null && t.breakEvenMonth() > 0) {
                b.append(", paying back in month ").append(f.count(t.breakEvenMonth()));
            }
            b.append('.');
        }
        Paragraph para = new Paragraph(14, b.toString(), doc.theme.font(10.5f, Palette.INK));
        para.setSpacingAfter(10);
        doc.add(para);
    }

    private PdfPTable strategies(ReportDocument doc) {
        Formats f = doc.formats;
        Map<String, Long> counts = doc.data.strategies().counts();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        TableBuilder t = new TableBuilder(doc.theme, 44, 22, 22).figures().header("Strategy", "Servers", "Share");
        counts.entrySet().stream().limit(STRATEGIES)
                .forEach(e -> t.row(Labels.words(e.getKey()), f.count(e.getValue()), f.percent(e.getValue(), all)));
        return t.build();
    }

    private PdfPTable risks(ReportDocument doc) {
        Formats f = doc.formats;
        TableBuilder t = new TableBuilder(doc.theme, 32, 16, 13, 39).align(TableBuilder.LEFT, TableBuilder.LEFT,
                TableBuilder.RIGHT, TableBuilder.LEFT).header("Server", "Level", "Score", "Main factor");
        float width = doc.contentWidth() * 0.56f;
        doc.data.risk().top().stream().limit(RISKS).forEach(r -> t.row(
                TableBuilder.Cell.of(oneLine(doc, r.server(), width * 0.32f)),
                TableBuilder.Cell.of(Labels.words(r.level())).fill(Palette.risk(r.level()))
                        .ink(Palette.textOn(Palette.risk(r.level()))),
                TableBuilder.Cell.of(f.count(r.score())),
                TableBuilder.Cell.of(r.factors().isEmpty() ? "" : oneLine(doc, r.factors().get(0), width * 0.39f))));
        if (t.rows() == 0) {
            t.row(TableBuilder.Cell.of("No risks scored.").span(4));
        }
        return t.build();
    }

    /** Cut to one line of the column: the summary must stay on its page whatever the data. */
    private static String oneLine(ReportDocument doc, String text, float columnWidth) {
        return TextLines.ellipsize(text, doc.theme.regular, Theme.TABLE, columnWidth - 10);
    }

    private static PdfPCell column(ReportDocument doc, String title, PdfPTable table) {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingLeft(0);
        c.setPaddingRight(8);
        c.addElement(new Paragraph(14, title, doc.theme.bold(11, Palette.NAVY)));
        c.addElement(table);
        return c;
    }
}
