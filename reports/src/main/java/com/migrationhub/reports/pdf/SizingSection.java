package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import java.util.List;

/**
 * Right-sizing: the vCPUs and memory allocated on premises against the cloud sizes chosen, how
 * much was sized on measured use, and how confident the sizing is (stars 0 to 5).
 */
final class SizingSection implements SectionWriter {
    @Override
    public String lead(ReportDocument doc) {
        return "How much capacity each cloud needs compared with what is allocated today, and how much of that rests "
                + "on measured utilization rather than on the allocation.";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        List<CloudSummary> clouds = doc.data.clouds();
        doc.paragraph("Sizing rule: ", Figures.blankIfNull(doc.data.scenario().sizing()) + ".");
        Charts charts = new Charts(f);
        doc.charts(charts.capacity(clouds, "vCPUs", CloudSummary::allocatedVcpus, CloudSummary::recommendedVcpus),
                charts.capacity(clouds, "Memory, GiB", c -> c.allocatedMemoryMiB() / 1024,
                        c -> c.recommendedMemoryMiB() / 1024), 170);

        doc.subheading("vCPUs");
        TableBuilder cpu = new TableBuilder(doc.theme, 28, 18, 18, 18, 18).figures()
                .header("Cloud", "Servers sized", "On premises", "In the cloud", "Change");
        for (CloudSummary c : clouds) {
            cpu.row(TableBuilder.Cell.of(Labels.cloud(c.cloudLabel(), c.region())).bold(),
                    TableBuilder.Cell.of(f.count(c.sized())), TableBuilder.Cell.of(f.count(c.allocatedVcpus())),
                    TableBuilder.Cell.of(f.count(c.recommendedVcpus())),
                    TableBuilder.Cell.of(Figures.change(f, c.allocatedVcpus(), c.recommendedVcpus())));
        }
        doc.add(cpu.build());

        doc.subheading("Memory");
        TableBuilder mem = new TableBuilder(doc.theme, 28, 18, 18, 18, 18).figures()
                .header("Cloud", "Servers sized", "On premises", "In the cloud", "Change");
        for (CloudSummary c : clouds) {
            mem.row(TableBuilder.Cell.of(Labels.cloud(c.cloudLabel(), c.region())).bold(),
                    TableBuilder.Cell.of(f.count(c.sized())), TableBuilder.Cell.of(f.gib(c.allocatedMemoryMiB())),
                    TableBuilder.Cell.of(f.gib(c.recommendedMemoryMiB())),
                    TableBuilder.Cell.of(Figures.change(f, c.allocatedMemoryMiB(), c.recommendedMemoryMiB())));
        }
        doc.add(mem.build());
        doc.note("On premises: the allocation of the servers that received a cloud size. Servers without a size (not "
                + "ready, or no size fits) are left out of both columns.");

        doc.subheading("What right-sizing saves");
        TableBuilder save = new TableBuilder(doc.theme, 28, 18, 18, 18, 18).figures()
                .header("Cloud, per month in " + f.currency(), "Sized as on premises", "As sized", "Saving", "Share");
        for (CloudSummary c : clouds) {
            save.row(TableBuilder.Cell.of(Labels.cloud(c.cloudLabel(), c.region())).bold(),
                    TableBuilder.Cell.of(f.amount(c.asOnPremisesCents())), TableBuilder.Cell.of(f.amount(c.totalCents())),
                    TableBuilder.Cell.of(f.amount(c.rightSizingSavingCents())).bold(),
                    TableBuilder.Cell.of(f.percent(c.rightSizingSavingCents(), c.asOnPremisesCents())));
        }
        doc.add(save.build());
        doc.note("Sized as on premises: the same servers, engine, prices and purchase option, each given a size for its "
                + "allocated vCPUs, memory and disks. As sized: the scenario's figures. The saving is what sizing on "
                + "measured use takes off the monthly bill.");

        doc.subheading("Sized on measured use");
        TableBuilder perf = new TableBuilder(doc.theme, 28, 18, 18, 18, 18).figures()
                .header("Cloud", "Servers sized", "On measured use", "Share", "");
        for (CloudSummary c : clouds) {
            perf.row(TableBuilder.Cell.of(Labels.cloud(c.cloudLabel(), c.region())).bold(),
                    TableBuilder.Cell.of(f.count(c.sized())), TableBuilder.Cell.of(f.count(c.performanceSized())),
                    TableBuilder.Cell.of(f.percent(c.performanceSized(), c.sized())),
                    TableBuilder.Cell.of("").event(new ShareBar(c.performanceSized(), c.sized(), Palette.cloud(c.cloud()))));
        }
        doc.add(perf.build());

        doc.subheading("Confidence of the sizing");
        TableBuilder conf = new TableBuilder(doc.theme, 22, 13, 13, 13, 13, 13, 13).figures()
                .header("Cloud", "Not rated", "1 star", "2 stars", "3 stars", "4 stars", "5 stars");
        for (CloudSummary c : clouds) {
            long all = c.confidence().values().stream().mapToLong(Long::longValue).sum();
            TableBuilder.Cell[] cells = new TableBuilder.Cell[7];
            cells[0] = TableBuilder.Cell.of(Labels.cloud(c.cloudLabel(), c.region())).bold();
            for (int s = 0; s <= 5; s++) {
                long n = c.confidence().getOrDefault(s, 0L);
                cells[s + 1] = TableBuilder.Cell.of(f.count(n) + "\n" + f.percent(n, all));
            }
            conf.row(cells);
        }
        doc.add(conf.build());
        doc.note("Stars rate a performance-based size by the share of the performance window its utilization data "
                + "covers, as Azure Migrate does: 1 star up to 20 %, 5 stars above 80 %. Not rated: sized as on premises, "
                + "so no utilization data was used.");
    }
}
