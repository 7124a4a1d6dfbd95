package com.migrationhub.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/** A row of key-figure tiles: a large figure, what it counts, and a line of context. */
final class Tiles {
    private final Theme theme;
    private final List<String[]> tiles = new ArrayList<>();

    Tiles(Theme theme) {
        this.theme = theme;
    }

    Tiles add(String figure, String label, String context) {
        tiles.add(new String[] {figure, label, context});
        return this;
    }

    PdfPTable build() {
        PdfPTable t = new PdfPTable(tiles.size());
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(12);
        for (String[] tile : tiles) {
            PdfPCell c = new PdfPCell();
            c.setBorder(Rectangle.LEFT);
            c.setBorderWidthLeft(3);
            c.setBorderColorLeft(Palette.ACCENT);
            c.setBackgroundColor(Palette.TINT);
            c.setPaddingLeft(9);
            c.setPaddingTop(6);
            c.setPaddingBottom(8);
            c.setPaddingRight(4);
            c.setUseAscender(true);
            Paragraph figure = new Paragraph(22, tile[0], theme.bold(17, Palette.NAVY));
            c.addElement(figure);
            Paragraph label = new Paragraph(11, tile[1], theme.bold(8, Palette.INK));
            c.addElement(label);
            if (tile[2] != null && !tile[2].isEmpty()) {
                c.addElement(new Paragraph(10, tile[2], theme.font(7.5f, Palette.MUTED)));
            }
            c.setVerticalAlignment(Element.ALIGN_TOP);
            t.addCell(spacer(c));
        }
        return t;
    }

    /** Wraps a tile so neighbours are separated by white space. */
    private static PdfPCell spacer(PdfPCell tile) {
        PdfPTable inner = new PdfPTable(1);
        inner.setWidthPercentage(100);
        inner.addCell(tile);
        PdfPCell outer = new PdfPCell(inner);
        outer.setBorder(Rectangle.NO_BORDER);
        outer.setPaddingRight(6);
        outer.setPaddingLeft(0);
        outer.setPaddingTop(0);
        outer.setPaddingBottom(0);
        return outer;
    }
}
