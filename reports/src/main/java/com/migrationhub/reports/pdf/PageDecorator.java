package com.migrationhub.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.migrationhub.reports.data.ReportData;
import java.util.ArrayList;
import java.util.List;

/**
 * The running header (client · engagement, and the section) and footer (firm, scenario, date, and
 * "Page X of Y") on every page but the cover. The total is not known until the last page, so each
 * page's number is a small template filled when the document closes: a few hundred bytes a page.
 */
final class PageDecorator extends PdfPageEventHelper {
    private static final float SIZE = 7.5f;
    private static final float NUMBER_WIDTH = 110;

    private final ReportDocument doc;
    private final String header;
    private final String footer;
    private final List<PdfTemplate> numbers = new ArrayList<>();

    PageDecorator(ReportDocument doc) {
        this.doc = doc;
        ReportData.Engagement e = doc.data.engagement();
        this.header = join(e.client(), e.engagement());
        this.footer = join(e.firm(), "Scenario " + doc.data.scenario().name(),
                "Generated " + doc.formats.dateTime(e.generatedAt()));
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : "  \u00b7  ").append(p.strip());
            }
        }
        return b.toString();
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        if (writer.getPageNumber() == 1) {
            return;
        }
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float width = right - left;
        BaseFont font = doc.theme.regular;
        BaseFont bold = doc.theme.bold;
        PdfContentByte cb = writer.getDirectContent();
        cb.saveState();

        float headerY = page.getTop() - 42;
        String section = TextLines.ellipsize(doc.sectionTitle(), font, SIZE, width * 0.38f);
        String client = TextLines.ellipsize(header, bold, SIZE, width - font.getWidthPoint(section, SIZE) - 24);
        text(cb, bold, PdfContentByte.ALIGN_LEFT, client, left, headerY, Palette.NAVY);
        text(cb, font, PdfContentByte.ALIGN_RIGHT, section, right, headerY, Palette.MUTED);
        rule(cb, left, right, headerY - 6);

        float footerY = document.bottom() - 30;
        rule(cb, left, right, footerY + 11);
        text(cb, font, PdfContentByte.ALIGN_LEFT, TextLines.ellipsize(footer, font, SIZE, width - NUMBER_WIDTH - 12),
                left, footerY, Palette.MUTED);
        PdfTemplate number = cb.createTemplate(NUMBER_WIDTH, 12);
        numbers.add(number);
        cb.addTemplate(number, right - NUMBER_WIDTH, footerY - 3);
        cb.restoreState();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        String total = String.valueOf(writer.getPageNumber() - 1);
        int page = 2;
        for (PdfTemplate t : numbers) {
            text(t, doc.theme.regular, PdfContentByte.ALIGN_RIGHT, "Page " + page + " of " + total, NUMBER_WIDTH, 3,
                    Palette.MUTED);
            page++;
        }
    }

    private static void text(PdfContentByte cb, BaseFont font, int align, String s, float x, float y,
            java.awt.Color color) {
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setColorFill(color);
        cb.showTextAligned(align, s, x, y, 0);
        cb.endText();
    }

    private static void rule(PdfContentByte cb, float from, float to, float y) {
        cb.setColorStroke(Palette.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(from, y);
        cb.lineTo(to, y);
        cb.stroke();
    }
}
