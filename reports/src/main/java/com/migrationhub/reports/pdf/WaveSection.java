package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData.WaveRow;
import com.migrationhub.reports.data.ReportData.WaveSummary;

/** The wave plan: a Gantt chart on a calendar axis, the waves with what they move, and the warnings. */
final class WaveSection implements SectionWriter {
    @Override
    public String lead(ReportDocument doc) {
        WaveSummary w = doc.data.waves();
        if (w.waves().isEmpty()) {
            return "When each move group moves: the plan has no waves yet.";
        }
        return "When each move group moves: " + doc.formats.count(w.waves().size())
                + (w.waves().size() == 1 ? " wave" : " waves") + " from " + doc.formats.date(w.start()) + " to "
                + doc.formats.date(w.end()) + ".";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        WaveSummary w = doc.data.waves();
        doc.subheading("Timeline");
        if (!w.waves().isEmpty()) {
            int bars = WaveChart.bars(w.waves()).size();
            if (bars < w.waves().size()) {
                doc.paragraph("The chart draws the " + f.count(w.waves().size()) + " waves in " + bars
                        + " bands of consecutive waves, each from its first wave's start to its last wave's end; "
                        + "the table lists every wave.");
            }
            doc.chart(new WaveChart(f).of(w), Math.min(460, 60 + 22f * bars));
        }
        doc.subheading("Waves");
        TableBuilder t = new TableBuilder(doc.theme, 5, 17, 13, 13, 9, 9, 9, 25)
                .align(TableBuilder.RIGHT, TableBuilder.LEFT, TableBuilder.LEFT, TableBuilder.LEFT, TableBuilder.RIGHT,
                        TableBuilder.RIGHT, TableBuilder.RIGHT, TableBuilder.LEFT)
                .header("#", "Wave", "Starts", "Ends", "Move groups", "Servers", "vCPUs", "Why");
        long servers = 0;
        long vcpus = 0;
        long groups = 0;
        for (WaveRow r : w.waves()) {
            t.row(f.count(r.number()), r.name(), f.date(r.start()), f.date(r.end()), f.count(r.groups()),
                    f.count(r.servers()), f.count(r.vcpus()), r.why());
            servers += r.servers();
            vcpus += r.vcpus();
            groups += r.groups();
        }
        t.total("", "Total", f.date(w.start()), f.date(w.end()), f.count(groups), f.count(servers), f.count(vcpus), "");
        doc.add(t.build());

        doc.subheading("Warnings");
        if (w.warnings().isEmpty()) {
            doc.paragraph("None: the plan respects every constraint it was given.");
        } else {
            doc.bullets(w.warnings());
        }
    }
}
