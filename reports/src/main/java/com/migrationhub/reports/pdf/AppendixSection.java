package com.migrationhub.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Every server with its result in each cloud, streamed from {@code ReportData.rows()} in server-name
 * order on landscape pages. The table is added to the document every {@value #SLICE} servers and
 * forgets what it wrote, so memory stays flat however large the estate.
 */
final class AppendixSection implements SectionWriter {
    /** Servers per slice: the table is written, and cancellation checked, after each. */
    static final int SLICE = 250;

    @Override
    public String lead(ReportDocument doc) {
        return "Every server and its result in each cloud, in server-name order: " + doc.formats.count(
                doc.data.profile().servers()) + " servers. Money per month in " + doc.data.scenario().currency()
                + " under the scenario's purchase option.";
    }

    @Override
    public boolean wide() {
        return true;
    }

    @Override
    public void write(ReportDocument doc) {
        write(doc, rows -> { });
    }

    /** Writes the appendix, telling {@code slices} how many servers are written after each slice. */
    void write(ReportDocument doc, LongConsumer slices) {
        Map<String, String> labels = new HashMap<>();
        for (CloudSummary c : doc.data.clouds()) {
            labels.put(c.cloud(), c.cloudLabel());
        }
        ServerBlock.Layout layout = new ServerBlock.Layout(doc.theme, doc.formats, labels, doc.contentWidth());
        PdfPTable table = header(doc);
        long[] written = {0};
        doc.data.rows().forEach(row -> {
            ServerBlock block = new ServerBlock(row, layout);
            PdfPCell cell = new PdfPCell();
            cell.setColspan(ServerBlock.WIDTHS.length);
            cell.setFixedHeight(block.height());
            cell.setCellEvent(block);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(Palette.RULE);
            cell.setBorderWidth(0.4f);
            if (written[0] % 2 == 1) {
                cell.setBackgroundColor(Palette.ZEBRA);
            }
            table.addCell(cell);
            written[0]++;
            if (written[0] % SLICE == 0) {
                doc.add(table);
                slices.accept(written[0]);
            }
        });
        table.setComplete(true);
        doc.add(table);
        slices.accept(written[0]);
        if (written[0] == 0) {
            doc.paragraph("The scenario has no server results.");
        }
    }

    private static PdfPTable header(ReportDocument doc) {
        PdfPTable t = new PdfPTable(ServerBlock.WIDTHS);
        t.setWidthPercentage(100);
        t.setComplete(false);
        t.setSpacingBefore(2);
        String money = "Per month, " + doc.data.scenario().currency();
        String[] titles = {"Server, operating system, environment", "Cloud", "Readiness", "Strategy", "Size", "vCPUs",
            "Memory GiB", money, "Risk"};
        for (int i = 0; i < titles.length; i++) {
            PdfPCell c = new PdfPCell(new Phrase(9, titles[i], doc.theme.bold(ServerBlock.SIZE, Palette.WHITE)));
            c.setBackgroundColor(Palette.NAVY);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPaddingTop(3);
            c.setPaddingBottom(4.5f);
            c.setPaddingLeft(4);
            c.setPaddingRight(4);
            c.setUseAscender(true);
            c.setVerticalAlignment(Element.ALIGN_BOTTOM);
            c.setHorizontalAlignment(i >= 5 && i <= 7 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            t.addCell(c);
        }
        t.setHeaderRows(1);
        return t;
    }
}
