package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData.StrategyExample;
import com.migrationhub.reports.data.ReportData.StrategyMix;

/** The 7R mix: how many servers each strategy takes, and examples of the rules' reasoning. */
final class StrategySection implements SectionWriter {
    @Override
    public String lead(ReportDocument doc) {
        return "How each server should move (rehost, replatform, refactor, repurchase, retire, retain or relocate), "
                + "decided by rules the consultant can override, with examples of the reasoning.";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        StrategyMix mix = doc.data.strategies();
        long all = mix.counts().values().stream().mapToLong(Long::longValue).sum();
        doc.subheading("Strategy mix");
        doc.chart(new Charts(f).strategies(mix.counts()), 50 + 24f * Math.max(1, mix.counts().size()));
        TableBuilder t = new TableBuilder(doc.theme, 40, 18, 18, 24).figures().header("Strategy", "Servers", "Share", "");
        mix.counts().forEach((k, v) -> t.row(TableBuilder.Cell.of(Labels.words(k)), TableBuilder.Cell.of(f.count(v)),
                TableBuilder.Cell.of(f.percent(v, all)), TableBuilder.Cell.of("").event(new ShareBar(v, all, Palette.NAVY))));
        t.total("Total", f.count(all), f.percent(all, all), "");
        doc.add(t.build());
        doc.note(mix.overridden() == 0 ? "Every strategy is the rules' suggestion; none was set by hand."
                : Figures.servers(f, mix.overridden()) + (mix.overridden() == 1 ? " has" : " have")
                        + " a strategy the consultant set rather than the rules' suggestion.");

        doc.subheading("Why: examples of each decision");
        if (mix.examples().isEmpty()) {
            doc.paragraph("No examples recorded.");
            return;
        }
        TableBuilder ex = new TableBuilder(doc.theme, 14, 18, 18, 50).header("Strategy", "Server", "Rule", "Rationale");
        for (StrategyExample e : mix.examples()) {
            ex.row(Labels.words(e.strategy()), e.server(), e.rule(), e.rationale());
        }
        doc.add(ex.build());
    }
}
