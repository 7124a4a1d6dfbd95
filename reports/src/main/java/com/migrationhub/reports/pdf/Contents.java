package com.migrationhub.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.migrationhub.reports.Section;
import java.util.EnumMap;
import java.util.Map;

/**
 * The contents page. It is written before the sections, so each page number is a template
 * filled in when its section starts; OpenPDF writes templates when the document closes. Titles
 * link to the sections' headings.
 */
final class Contents {
    private static final float NUMBER_WIDTH = 36;
    private static final float NUMBER_HEIGHT = 14;
    private static final float SIZE = 11;
    private static final float BASELINE = 3;

    private final ReportDocument doc;
    private final Map<Section, PdfTemplate> pages = new EnumMap<>(Section.class);

    Contents(ReportDocument doc) {
        this.doc = doc;
    }

    static String destination(Section s) {
        return "section-" + s.id();
    }

    void write() {
        doc.document.newPage();
        Paragraph title = new Paragraph(26, "Contents", doc.theme.bold(20, Palette.NAVY));
        title.setSpacingAfter(16);
        doc.add(title);
        PdfPTable t = new PdfPTable(new float[] {5, 95});
        t.setWidthPercentage(100);
        for (Section s : doc.sections) {
            t.addCell(cell(new Phrase(String.valueOf(doc.number(s)), doc.theme.bold(SIZE, Palette.ACCENT)),
                    Element.ALIGN_LEFT));
            Phrase entry = new Phrase(16, "", doc.theme.font(SIZE, Palette.INK));
            Chunk name = new Chunk(s.title(), doc.theme.font(SIZE, Palette.INK));
            name.setLocalGoto(destination(s));
            entry.add(name);
            entry.add(new Chunk(" ", doc.theme.font(SIZE, Palette.INK)));
            DottedLineSeparator leader = new DottedLineSeparator();
            leader.setGap(3);
            leader.setLineColor(Palette.MUTED);
            Chunk dots = new Chunk(leader);
            dots.setFont(doc.theme.font(SIZE, Palette.INK));
            entry.add(dots);
            PdfTemplate page = doc.writer.getDirectContent().createTemplate(NUMBER_WIDTH, NUMBER_HEIGHT);
            pages.put(s, page);
            // the template's baseline sits BASELINE above its bottom: shift it down by as much
            entry.add(new Chunk(Image.getInstance(page), 0, -BASELINE));
            t.addCell(cell(entry, Element.ALIGN_LEFT));
        }
        doc.add(t);
        Paragraph about = new Paragraph(12.5f, about(), doc.theme.font(Theme.BODY, Palette.MUTED));
        about.setSpacingBefore(28);
        doc.add(about);
    }

    private String about() {
        var d = doc.data;
        return "How to read this report: money is in " + d.scenario().currency() + ", per month unless a table says"
                + " otherwise, and every figure comes from scenario \u201c" + d.scenario().name() + "\u201d of project "
                + d.engagement().projectFile() + ", assessed " + doc.formats.dateTime(d.scenario().assessedAt())
                + ". The accompanying Excel workbook holds every server, dependency and move group in full"
                + (doc.sections.contains(Section.ASSUMPTIONS) ? "; section \u201c" + Section.ASSUMPTIONS.title()
                        + "\u201d lists the settings and sources behind the figures." : ".");
    }

    private static PdfPCell cell(Phrase p, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(align);
        c.setPaddingTop(5);
        c.setPaddingBottom(7);
        c.setPaddingRight(0);
        return c;
    }

    /** Prints the page a section starts on into its contents entry. */
    void pageOf(Section s, int page) {
        PdfTemplate t = pages.get(s);
        if (t == null) {
            return;
        }
        t.beginText();
        t.setFontAndSize(doc.theme.regular, SIZE);
        t.setColorFill(Palette.INK);
        t.showTextAligned(PdfContentByte.ALIGN_RIGHT, String.valueOf(page), NUMBER_WIDTH, BASELINE, 0);
        t.endText();
    }
}
