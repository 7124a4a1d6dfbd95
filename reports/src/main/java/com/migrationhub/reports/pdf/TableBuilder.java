package com.migrationhub.reports.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * A table in the house style: a navy header row repeated on every page the table spans, subtle
 * zebra rows with hairlines between them, numbers right-aligned, column widths relative to the
 * text width so a table never runs past the margin, and text that wraps inside its cell.
 */
final class TableBuilder {
    static final int LEFT = Element.ALIGN_LEFT;
    static final int RIGHT = Element.ALIGN_RIGHT;
    static final int CENTER = Element.ALIGN_CENTER;

    private final Theme theme;
    private final PdfPTable table;
    private final int[] align;
    private final float size = Theme.TABLE;
    private int rows;

    TableBuilder(Theme theme, float... widths) {
        this.theme = theme;
        this.table = new PdfPTable(widths);
        this.align = new int[widths.length];
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setSplitLate(false);
    }

    /** Column alignments, left to right; columns not named stay left-aligned. */
    TableBuilder align(int... alignments) {
        System.arraycopy(alignments, 0, align, 0, Math.min(alignments.length, align.length));
        return this;
    }

    /** Every column but the first right-aligned: the usual label-and-figures table. */
    TableBuilder figures() {
        for (int i = 1; i < align.length; i++) {
            align[i] = RIGHT;
        }
        return this;
    }

    TableBuilder width(float percent) {
        table.setWidthPercentage(percent);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return this;
    }

    TableBuilder header(String... titles) {
        int col = 0;
        for (String t : titles) {
            PdfPCell c = base(t, theme.bold(size, Palette.WHITE), col);
            c.setBackgroundColor(Palette.NAVY);
            c.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(c);
            col++;
        }
        table.setHeaderRows(table.getHeaderRows() + 1);
        return this;
    }

    TableBuilder row(String... values) {
        Cell[] cells = new Cell[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = Cell.of(values[i]);
        }
        return row(cells);
    }

    TableBuilder row(Cell... cells) {
        boolean zebra = rows % 2 == 1;
        int col = 0;
        for (Cell cell : cells) {
            Color ink = cell.ink == null ? Palette.INK : cell.ink;
            PdfPCell c = base(cell.text, cell.bold ? theme.bold(size, ink) : theme.font(size, ink), col);
            c.setColspan(cell.span);
            c.setBorder(Rectangle.BOTTOM);
            c.setBorderColor(Palette.RULE);
            c.setBorderWidth(0.5f);
            if (cell.fill != null) {
                c.setBackgroundColor(cell.fill);
            } else if (zebra) {
                c.setBackgroundColor(Palette.ZEBRA);
            }
            if (cell.align >= 0) {
                c.setHorizontalAlignment(cell.align);
            }
            if (cell.event != null) {
                c.setCellEvent(cell.event);
            }
            table.addCell(c);
            col += cell.span;
        }
        rows++;
        return this;
    }

    /** A closing row in bold above a navy rule: the total of the rows above. */
    TableBuilder total(String... values) {
        int col = 0;
        for (String v : values) {
            PdfPCell c = base(v, theme.bold(size, Palette.INK), col);
            c.setBorder(Rectangle.TOP);
            c.setBorderColor(Palette.NAVY);
            c.setBorderWidth(0.8f);
            table.addCell(c);
            col++;
        }
        return this;
    }

    int rows() {
        return rows;
    }

    PdfPTable build() {
        return table;
    }

    private PdfPCell base(String text, com.lowagie.text.Font font, int col) {
        PdfPCell c = new PdfPCell(new Phrase(size * 1.25f, text == null ? "" : text, font));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(3.5f);
        c.setPaddingBottom(4.5f);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
        c.setUseAscender(true);
        c.setHorizontalAlignment(col < align.length ? align[col] : LEFT);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }

    /** One cell's text and look. */
    static final class Cell {
        final String text;
        boolean bold;
        Color fill;
        Color ink;
        PdfPCellEvent event;
        int span = 1;
        int align = -1;

        private Cell(String text) {
            this.text = text;
        }

        static Cell of(String text) {
            return new Cell(text);
        }

        Cell bold() {
            bold = true;
            return this;
        }

        Cell fill(Color c) {
            fill = c;
            return this;
        }

        Cell ink(Color c) {
            ink = c;
            return this;
        }

        Cell event(PdfPCellEvent e) {
            event = e;
            return this;
        }

        Cell span(int columns) {
            span = columns;
            return this;
        }

        Cell align(int alignment) {
            align = alignment;
            return this;
        }
    }
}
