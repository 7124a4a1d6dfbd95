package com.migrationhub.reports.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** A cell that shows a share as a horizontal bar on a light track: a table's inline chart. */
final class ShareBar implements PdfPCellEvent {
    private final double share;
    private final Color color;

    ShareBar(long part, long all, Color color) {
        this.share = all <= 0 ? 0 : Math.max(0, Math.min(1, part / (double) all));
        this.color = color;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
        float x = position.getLeft() + 4;
        float w = position.getWidth() - 8;
        float h = 5;
        float y = position.getTop() - 4.5f - h;
        cb.saveState();
        cb.setColorFill(Palette.RULE);
        cb.rectangle(x, y, w, h);
        cb.fill();
        if (share > 0) {
            cb.setColorFill(color);
            cb.rectangle(x, y, Math.max(0.8f, (float) (w * share)), h);
            cb.fill();
        }
        cb.restoreState();
    }
}
