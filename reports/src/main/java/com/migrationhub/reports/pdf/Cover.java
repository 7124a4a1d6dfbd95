package com.migrationhub.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.migrationhub.reports.data.ReportData;
import java.awt.Color;

/**
 * The cover: the firm's logo and name, a navy band with the client and the engagement, and the
 * facts a reader checks first (who, by whom, when, which scenario and version). Client text of
 * any length fits: a long name is set smaller, then cut with an ellipsis, never over the band.
 */
final class Cover {
    private static final Color BAND_LABEL = new Color(0x9F, 0xC8, 0xEA);
    private static final Color BAND_TEXT = new Color(0xD4, 0xE3, 0xF2);

    private final ReportDocument doc;

    Cover(ReportDocument doc) {
        this.doc = doc;
    }

    void write() {
        ReportData.Engagement e = doc.data.engagement();
        Rectangle page = doc.document.getPageSize();
        float w = page.getWidth();
        float h = page.getHeight();
        float left = ReportDocument.MARGIN_X;
        float right = w - ReportDocument.MARGIN_X;
        PdfContentByte cb = doc.writer.getDirectContent();
        Theme t = doc.theme;

        float stripBottom = h - 118;
        float logoBottom = stripBottom + 26;
        if (logo(cb, e.logo(), left, logoBottom, 170, h - 40 - logoBottom)) {
            String firm = TextLines.ellipsize(Figures.blankIfNull(e.firm()), t.bold, 10, right - left - 200);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(firm, t.bold(10, Palette.NAVY)), right,
                    (logoBottom + h - 40) / 2 - 3, 0);
        } else {
            fit(cb, e.firm(), t.bold, Palette.NAVY, left, stripBottom + 30, right - 200, h - 40, 16, 10);
        }

        float bandTop = stripBottom;
        float bandBottom = h * 0.5f;
        cb.saveState();
        cb.setColorFill(Palette.NAVY);
        cb.rectangle(0, bandBottom, w, bandTop - bandBottom);
        cb.fill();
        cb.setColorFill(Palette.ACCENT);
        cb.rectangle(0, bandBottom, w, 5);
        cb.fill();
        cb.restoreState();

        float y = bandTop - 56;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, spaced("CLOUD MIGRATION ASSESSMENT", t.bold(9.5f, BAND_LABEL)),
                left, y, 0);
        float clientTop = y - 22;
        float clientBottom = fit(cb, e.client(), t.bold, Palette.WHITE, left, clientTop - 128, right, clientTop, 34, 14);
        fit(cb, e.engagement(), t.regular, BAND_TEXT, left, Math.max(bandBottom + 40, clientBottom - 62), right,
                clientBottom - 10, 16, 9);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                new Phrase(TextLines.ellipsize(clouds(), t.regular, 10, right - left), t.font(10, BAND_LABEL)), left,
                bandBottom + 22, 0);

        float factsTop = bandBottom - 46;
        float col = (right - left) / 2;
        fact(cb, "Prepared for", e.client(), left, factsTop, col - 16);
        fact(cb, "Prepared by", e.firm(), left + col, factsTop, col - 16);
        fact(cb, "Consultant", e.consultant(), left, factsTop - 58, col - 16);
        fact(cb, "Date", doc.formats.date(e.generatedAt() == null ? null : e.generatedAt().toLocalDate()),
                left + col, factsTop - 58, col - 16);
        fact(cb, "Scenario", doc.data.scenario().name() + ", assessed "
                + doc.formats.date(doc.data.scenario().assessedOn()), left, factsTop - 116, col - 16);
        fact(cb, "Version", e.version(), left + col, factsTop - 116, col - 16);

        cb.saveState();
        cb.setColorStroke(Palette.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, 78);
        cb.lineTo(right, 78);
        cb.stroke();
        cb.restoreState();
        fit(cb, "Confidential. Prepared for " + e.client() + " by " + e.firm()
                + ". The figures are estimates from the inventory, utilization and public price catalogs named in "
                + "the report; they are not a quote.", t.regular, Palette.MUTED, left, 36, right, 72, 7.5f, 6);
        doc.writer.setPageEmpty(false);
    }

    /** The clouds compared, each once: "AWS · Azure · Google Cloud". */
    private String clouds() {
        java.util.Set<String> labels = new java.util.LinkedHashSet<>();
        doc.data.clouds().forEach(c -> labels.add(c.cloudLabel()));
        return String.join("  \u00b7  ", labels);
    }

    private void fact(PdfContentByte cb, String label, String value, float x, float top, float width) {
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, spaced(label.toUpperCase(java.util.Locale.ROOT),
                doc.theme.bold(7, Palette.MUTED)), x, top, 0);
        fit(cb, value == null || value.isBlank() ? "\u2013" : value, doc.theme.regular, Palette.INK, x, top - 44, x + width,
                top - 6, 11.5f, 8);
    }

    /** Letter-spaced caps, as a label. */
    private static Phrase spaced(String text, Font font) {
        com.lowagie.text.Chunk c = new com.lowagie.text.Chunk(text, font);
        c.setCharacterSpacing(font.getSize() * 0.12f);
        return new Phrase(c);
    }

    /**
     * Sets {@code text} in the box at the largest size from {@code max} down to {@code min} that
     * fits; at {@code min} the text is cut with an ellipsis to the lines the box holds.
     *
     * @return the baseline of the last line drawn, for what goes below
     */
    private static float fit(PdfContentByte cb, String text, BaseFont font, Color color, float llx, float lly,
            float urx, float ury, float max, float min) {
        String s = text == null ? "" : text.strip();
        for (float size = max; size >= min; size -= 1) {
            ColumnText ct = column(cb, s, font, color, size, llx, lly, urx, ury);
            if (!ColumnText.hasMoreText(ct.go(true))) {
                ct = column(cb, s, font, color, size, llx, lly, urx, ury);
                ct.go();
                return ct.getYLine();
            }
        }
        int lines = Math.max(1, (int) ((ury - lly) / (min * 1.2f)));
        String cut = String.join(" ", TextLines.wrap(s, font, min, urx - llx, lines));
        ColumnText ct = column(cb, cut, font, color, min, llx, lly, urx, ury);
        ct.go();
        return ct.getYLine();
    }

    private static ColumnText column(PdfContentByte cb, String s, BaseFont font, Color color, float size, float llx,
            float lly, float urx, float ury) {
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(new Phrase(size * 1.2f, s, new Font(font, size, Font.NORMAL, color)), llx, lly, urx, ury,
                size * 1.2f, Element.ALIGN_LEFT);
        return ct;
    }

    /** Draws the logo scaled into the box; false when there is none or it cannot be read. */
    private static boolean logo(PdfContentByte cb, byte[] bytes, float x, float y, float maxW, float maxH) {
        if (bytes == null || bytes.length == 0) {
            return false;
        }
        try {
            Image img = Image.getInstance(bytes);
            img.scaleToFit(maxW, maxH);
            img.setAbsolutePosition(x, y);
            cb.addImage(img);
            return true;
        } catch (Exception e) {
            // a logo the project stores but no reader understands must not cost the client the report
            return false;
        }
    }
}
