package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.Count;
import java.util.List;

/** How many servers can move to each cloud as they are, with conditions or not at all, and why not. */
final class ReadinessSection implements SectionWriter {
    @Override
    public String lead(ReportDocument doc) {
        return "Which servers each cloud can take as they are, which only with conditions, and what blocks the rest.";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        List<CloudSummary> clouds = doc.data.clouds();
        doc.subheading("Servers by readiness");
        doc.chart(new Charts(f).readiness(clouds), 60 + 30f * clouds.size());

        TableBuilder t = new TableBuilder(doc.theme, 22, 16, 16, 16, 16, 14).figures()
                .header("Cloud", "Ready", "Ready with conditions", "Not ready", "Unknown", "Assessed");
        for (CloudSummary c : clouds) {
            TableBuilder.Cell[] cells = new TableBuilder.Cell[6];
            cells[0] = TableBuilder.Cell.of(Labels.cloud(c.cloudLabel(), c.region())).bold();
            int i = 1;
            for (String state : Labels.READINESS) {
                long n = c.readiness().getOrDefault(state, 0L);
                cells[i++] = TableBuilder.Cell.of(f.count(n) + "  (" + f.percent(n, c.servers()) + ")");
            }
            cells[5] = TableBuilder.Cell.of(f.count(c.servers()));
            t.row(cells);
        }
        doc.add(t.build());
        doc.note("Ready with conditions: the server moves once a named condition is met (an agent, a licence, a size "
                + "change). Unknown: the inventory lacks what the rules need to decide, usually the operating system.");

        for (CloudSummary c : clouds) {
            doc.subheading("What blocks " + Labels.cloud(c.cloudLabel(), c.region()));
            if (c.blockers().isEmpty()) {
                doc.paragraph("Nothing: every server assessed is ready.");
                continue;
            }
            TableBuilder b = new TableBuilder(doc.theme, 80, 20).figures().header("Reason", "Servers");
            for (Count reason : c.blockers()) {
                b.row(reason.text(), f.count(reason.count()));
            }
            doc.add(b.build());
        }
        doc.note("A server may have several reasons, so the counts can add up to more than the servers not ready.");
    }
}
