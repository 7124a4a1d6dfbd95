package com.migrationhub.reports.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData;
import java.util.Map;

/**
 * The estate as the inventory describes it: operating systems, vCPU and memory bands,
 * environments, servers that are off, suspended or idle, the virtual infrastructure, and how much
 * of it has measured utilization. Long lists are cut to their largest entries and the rest summed.
 */
final class ScopeSection implements SectionWriter {
    private static final int LONGEST_LIST = 15;

    @Override
    public String lead(ReportDocument doc) {
        return "What was assessed: the servers the inventory lists, how they are built and used, and how much of the "
                + "estate has measured utilization to size on.";
    }

    @Override
    public void write(ReportDocument doc) {
        ReportData.Profile p = doc.data.profile();
        Formats f = doc.formats;
        doc.add(new Tiles(doc.theme)
                .add(f.count(p.servers()), "Servers", f.count(p.templates()) + " templates not counted")
                .add(f.percent(p.withUtilization(), p.servers()), "Utilization coverage",
                        f.count(p.withUtilization()) + " servers measured")
                .add(f.count(p.hosts()), "Hosts", f.count(p.clusters()) + " clusters, " + f.count(p.datastores())
                        + " datastores")
                .add(Figures.size(f, p.provisionedMiB()), "Provisioned storage", Figures.size(f, p.inUseMiB()) + " in use")
                .build());

        doc.subheading("Operating systems");
        doc.add(shares(doc, "Operating system family", p.osFamilies(), p.servers(), true));
        doc.add(shares(doc, "Operating system", p.osMix(), p.servers(), false));

        doc.subheading("vCPU and memory bands");
        PdfPTable bands = new PdfPTable(2);
        bands.setWidthPercentage(100);
        bands.setSpacingBefore(4);
        bands.setSpacingAfter(4);
        bands.addCell(side(shares(doc, "vCPUs", p.vcpuBands(), p.servers(), false)));
        bands.addCell(side(shares(doc, "Memory", p.memoryBands(), p.servers(), false)));
        doc.add(bands);

        doc.subheading("Environments");
        doc.add(shares(doc, "Environment", p.environments(), p.servers(), false));

        doc.subheading("Power state and activity");
        TableBuilder power = new TableBuilder(doc.theme, 40, 15, 15, 30).figures().width(70)
                .header("State", "Servers", "Share", "");
        row(doc, power, "Powered on", p.poweredOn(), p.servers());
        row(doc, power, "Powered off", p.poweredOff(), p.servers());
        row(doc, power, "Suspended", p.suspended(), p.servers());
        row(doc, power, "Idle (CPU and network below the idle thresholds)", p.idle(), p.servers());
        doc.add(power.build());
        doc.note("Powered-off and idle servers are candidates to retire rather than move; suspended ones need an owner's "
                + "decision. Templates are not servers and are left out of every figure.");

        doc.subheading("Infrastructure and utilization coverage");
        TableBuilder infra = new TableBuilder(doc.theme, 60, 40).figures().width(70).header("Item", "Count");
        infra.row("ESXi hosts", f.count(p.hosts()));
        infra.row("Clusters", f.count(p.clusters()));
        infra.row("Datastores", f.count(p.datastores()));
        infra.row("Allocated vCPUs", f.count(p.vcpus()));
        infra.row("Allocated memory", Figures.size(f, p.memoryMiB()));
        infra.row("Servers with measured utilization", f.count(p.withUtilization()) + " of " + f.count(p.servers()));
        doc.add(infra.build());
        String coverage = doc.data.sources() == null ? null : doc.data.sources().coverage();
        doc.note((coverage == null || coverage.isBlank() ? "" : coverage + ". ")
                + "Servers without measured utilization are sized as they are allocated on premises.");
    }

    private static void row(ReportDocument doc, TableBuilder t, String label, long n, long all) {
        t.row(TableBuilder.Cell.of(label), TableBuilder.Cell.of(doc.formats.count(n)),
                TableBuilder.Cell.of(doc.formats.percent(n, all)),
                TableBuilder.Cell.of("").event(new ShareBar(n, all, Palette.ACCENT)));
    }

    /** A count-and-share table of a distribution, the largest entries first and the rest summed. */
    static PdfPTable shares(ReportDocument doc, String what, Map<String, Long> counts, long all, boolean words) {
        Formats f = doc.formats;
        TableBuilder t = new TableBuilder(doc.theme, 46, 16, 16, 22).figures().header(what, "Servers", "Share", "");
        int shown = 0;
        long rest = 0;
        int restCount = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (shown < LONGEST_LIST) {
                String label = words ? Labels.words(e.getKey()) : e.getKey();
                t.row(TableBuilder.Cell.of(label), TableBuilder.Cell.of(f.count(e.getValue())),
                        TableBuilder.Cell.of(f.percent(e.getValue(), all)),
                        TableBuilder.Cell.of("").event(new ShareBar(e.getValue(), all, Palette.ACCENT)));
                shown++;
            } else {
                rest += e.getValue();
                restCount++;
            }
        }
        if (restCount > 0) {
            t.row(TableBuilder.Cell.of("Other (" + f.count(restCount) + " more)"), TableBuilder.Cell.of(f.count(rest)),
                    TableBuilder.Cell.of(f.percent(rest, all)),
                    TableBuilder.Cell.of("").event(new ShareBar(rest, all, Palette.ACCENT)));
        }
        if (shown == 0) {
            t.row(TableBuilder.Cell.of("None recorded").span(4));
        }
        return t.build();
    }

    /** A table as one side of a two-column layout. */
    static PdfPCell side(PdfPTable table) {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingLeft(0);
        c.setPaddingRight(10);
        c.setPaddingTop(0);
        c.addElement(table);
        return c;
    }
}
