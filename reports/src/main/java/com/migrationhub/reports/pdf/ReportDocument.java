package com.migrationhub.reports.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.migrationhub.reports.Formats;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.data.ReportData;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The PDF being written and the house layout every section shares: numbered section starts with
 * their bookmark, contents entry and running-header title; sub-headings kept with what follows;
 * paragraphs, notes and charts drawn as vectors at the text width.
 */
final class ReportDocument {
    static final float MARGIN_X = 54;
    static final float MARGIN_TOP = 74;
    static final float MARGIN_BOTTOM = 64;

    final Document document;
    final PdfWriter writer;
    final Theme theme;
    final Formats formats;
    final ReportData data;
    final List<Section> sections;
    private final Rectangle portrait;
    private final Rectangle landscape;
    private final Contents contents;
    private String sectionTitle = "";

    ReportDocument(ReportData data, ReportOptions options, List<Section> sections, OutputStream out) {
        this.data = data;
        this.sections = sections;
        this.theme = new Theme();
        this.formats = new Formats(options.locale(), data.scenario().currency());
        this.portrait = new Rectangle(options.paper().width(), options.paper().height());
        this.landscape = new Rectangle(options.paper().height(), options.paper().width());
        this.document = new Document(portrait, MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setPageEvent(new PageDecorator(this));
        ReportData.Engagement e = data.engagement();
        document.addTitle("Cloud migration assessment: " + Figures.blankIfNull(e.client()));
        document.addSubject(Figures.blankIfNull(e.engagement()) + ", scenario " + data.scenario().name());
        document.addAuthor(Figures.blankIfNull(e.firm()) + (e.consultant() == null || e.consultant().isBlank() ? ""
                : ", " + e.consultant()));
        document.addCreator(Figures.blankIfNull(e.version()));
        document.open();
        this.contents = new Contents(this);
    }

    float contentWidth() {
        return document.right() - document.left();
    }

    /** The title of the section being written, for the running header. */
    String sectionTitle() {
        return sectionTitle;
    }

    Contents contents() {
        return contents;
    }

    int number(Section s) {
        return sections.indexOf(s) + 1;
    }

    /**
     * Starts a section on a new page (landscape for {@code wide} ones): its bookmark, its page in
     * the contents, its numbered heading and a one-line lead saying what the section answers.
     */
    void startSection(Section s, boolean wide, String lead) {
        document.setPageSize(wide ? landscape : portrait);
        document.newPage();
        sectionTitle = s.title();
        int page = writer.getPageNumber();
        contents.pageOf(s, page);
        float top = document.getPageSize().getTop();
        new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, top), s.title(), true);
        writer.getDirectContent().localDestination(Contents.destination(s), new PdfDestination(PdfDestination.FITH, top));
        Phrase title = new Phrase(24, "", theme.bold(20, Palette.NAVY));
        title.add(new Chunk(number(s) + "  ", theme.bold(20, Palette.ACCENT)));
        title.add(new Chunk(s.title(), theme.bold(20, Palette.NAVY)));
        PdfPTable heading = new PdfPTable(1);
        heading.setWidthPercentage(100);
        PdfPCell cell = new PdfPCell(title);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Palette.ACCENT);
        cell.setBorderWidth(1.2f);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(9);
        heading.addCell(cell);
        document.add(heading);
        Paragraph p = new Paragraph(13, lead, theme.italic(9.5f, Palette.MUTED));
        p.setSpacingBefore(8);
        p.setSpacingAfter(8);
        document.add(p);
    }

    /** A sub-heading, moved to the next page when too little room is left for what follows it. */
    void subheading(String text) {
        ensureSpace(110);
        Paragraph p = new Paragraph(14, text, theme.bold(11, Palette.NAVY));
        p.setSpacingBefore(4);
        p.setSpacingAfter(2);
        p.setKeepTogether(true);
        document.add(p);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(12.5f, text, theme.body());
        p.setSpacingAfter(6);
        document.add(p);
    }

    /** A paragraph whose leading words are bold: "Label: text". */
    void paragraph(String bold, String text) {
        Paragraph p = new Paragraph(12.5f, "", theme.body());
        p.add(new Chunk(bold, theme.bold(Theme.BODY, Palette.INK)));
        p.add(new Chunk(text, theme.body()));
        p.setSpacingAfter(6);
        document.add(p);
    }

    /** A small muted note under a table or chart. */
    void note(String text) {
        Paragraph p = new Paragraph(10, text, theme.font(Theme.SMALL, Palette.MUTED));
        p.setSpacingAfter(8);
        document.add(p);
    }

    /** Bullet points with hanging indents, then a little space. */
    void bullets(List<String> items) {
        for (String item : items) {
            Paragraph p = new Paragraph(12.5f, "", theme.body());
            p.setIndentationLeft(12);
            p.setFirstLineIndent(-9);
            p.add(new Chunk("\u2022  ", theme.bold(Theme.BODY, Palette.ACCENT)));
            p.add(new Chunk(item, theme.body()));
            p.setSpacingAfter(3);
            document.add(p);
        }
        document.add(new Paragraph(4, " ", theme.body()));
    }

    void add(Element e) {
        document.add(e);
    }

    /**
     * A chart at the text width, drawn as vectors with the embedded fonts into a template, in a
     * table cell of its own so it stays whole and in its place in the text.
     */
    void chart(JFreeChart chart, float height) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        t.setKeepTogether(true);
        PdfPCell c = new PdfPCell(vectors(chart, contentWidth(), height), false);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        t.addCell(c);
        add(t);
    }

    /** Two charts side by side, each half the text width. */
    void charts(JFreeChart left, JFreeChart right, float height) {
        PdfPTable t = new PdfPTable(2);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(10);
        t.setKeepTogether(true);
        float half = contentWidth() / 2;
        for (JFreeChart chart : List.of(left, right)) {
            PdfPCell c = new PdfPCell(vectors(chart, half, height), false);
            c.setBorder(Rectangle.NO_BORDER);
            c.setPadding(0);
            t.addCell(c);
        }
        add(t);
    }

    private Image vectors(JFreeChart chart, float width, float height) {
        PdfTemplate tp = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = tp.createGraphics(width, height, theme.fontMapper());
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return Image.getInstance(tp);
    }

    /** Starts a new page unless {@code points} of height are left above the bottom margin. */
    void ensureSpace(float points) {
        if (writer.getVerticalPosition(true) - document.bottom() < points) {
            document.newPage();
        }
    }

    void close() {
        document.close();
    }
}
