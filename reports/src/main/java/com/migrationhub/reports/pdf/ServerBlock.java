package com.migrationhub.reports.pdf;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData.Result;
import com.migrationhub.reports.data.ReportData.ServerRow;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One server of the appendix: its name, operating system and environment on the left, one line per
 * cloud and region to the right. The block is a single table cell whose text this event draws
 * straight onto the page, wrapped to its columns. Why not a cell per figure: OpenPDF lays out each
 * cell through its text engine at about 3.5 µs, and 100,000 servers in three clouds make 2.7
 * million cells, longer than all the rest of the report together. The table still breaks the
 * pages, repeats its header and keeps a server's lines on one page.
 */
final class ServerBlock implements PdfPCellEvent {
    /** Relative column widths: server, cloud, readiness, strategy, size, vCPUs, memory, monthly, risk. */
    static final float[] WIDTHS = {22, 14.5f, 11.5f, 8.5f, 12, 5, 7, 10, 9.5f};
    static final float SIZE = 7f;
    static final float LEADING = 8.6f;
    private static final float PAD_X = 4;
    private static final float PAD_TOP = 3f;
    private static final float PAD_BOTTOM = 2.5f;
    private static final float DOT = 4.5f;
    /** The indent of a text behind its mark. */
    private static final float MARK = DOT + 3;
    /** At most this many lines per cell: an absurdly long text ends in an ellipsis, the block fits a page. */
    private static final int MAX_LINES = 12;
    private static final boolean[] RIGHT = {false, false, false, false, false, true, true, true, false};

    private final Theme theme;
    private final Layout layout;
    private final float[] x;
    /** The text of each column at each line of the block (null where there is none). */
    private final String[][] grid;
    /** How many of column 0's lines are the server's name (bold); the rest are muted. */
    private final int nameLines;
    /** Per cloud line: the block line it starts on, and the colours of its readiness and risk marks. */
    private final int[] starts;
    private final Color[] readiness;
    private final Color[] risk;
    private final float height;
    /** Where the current text line starts while the block is drawn: PDF moves text relative to it. */
    private float atX;
    private float atY;

    ServerBlock(ServerRow row, Layout layout) {
        this.theme = layout.theme;
        this.layout = layout;
        this.x = layout.x;
        Formats f = layout.formats;
        List<String> name = layout.wrap(row.name(), true, 0, 0, false);
        List<String> os = layout.wrap(row.os(), false, 0, 0, true);
        List<String> env = layout.wrap(join(row.environment(), row.application()), false, 0, 0, true);
        List<Result> results = row.results();
        List<List<List<String>>> cells = new ArrayList<>(results.size());
        starts = new int[results.size()];
        readiness = new Color[results.size()];
        risk = new Color[results.size()];
        int line = 0;
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            List<List<String>> c = new ArrayList<>(WIDTHS.length);
            c.add(List.of());
            c.add(layout.wrap(Labels.cloud(layout.cloudLabels.getOrDefault(r.cloud(), r.cloud()), r.region()), false, 1,
                    0, true));
            c.add(layout.wrap(Labels.readiness(r.readiness()), false, 2, MARK, true));
            c.add(layout.wrap(Labels.words(r.strategy()), false, 3, 0, true));
            boolean sized = r.size() != null && !r.size().isBlank();
            c.add(layout.wrap(sized ? r.size() : "not sized", false, 4, 0, true));
            c.add(List.of(sized ? f.count(r.vcpus()) : "-"));
            c.add(List.of(sized ? f.decimal(r.memoryMiB() / 1024.0) : "-"));
            c.add(List.of(f.amount(r.totalCents())));
            c.add(layout.wrap(r.riskLevel() == null ? "" : Labels.words(r.riskLevel()) + " " + f.count(r.riskScore()),
                    false, 8, MARK, true));
            cells.add(c);
            starts[i] = line;
            readiness[i] = Palette.readiness(r.readiness());
            risk[i] = r.riskLevel() == null ? null : Palette.risk(r.riskLevel());
            int most = 1;
            for (List<String> l : c) {
                most = Math.max(most, l.size());
            }
            line += most;
        }
        nameLines = name.size();
        int total = Math.max(line, name.size() + os.size() + env.size());
        grid = new String[WIDTHS.length][total];
        int k = 0;
        for (List<String> part : List.of(name, os, env)) {
            for (String s : part) {
                grid[0][k++] = s;
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            for (int c = 1; c < WIDTHS.length; c++) {
                List<String> l = cells.get(i).get(c);
                for (int j = 0; j < l.size(); j++) {
                    grid[c][starts[i] + j] = l.get(j);
                }
            }
        }
        height = total * LEADING + PAD_TOP + PAD_BOTTOM;
    }

    private static String join(String environment, String application) {
        boolean e = environment != null && !environment.isBlank();
        boolean a = application != null && !application.isBlank();
        return e && a ? environment.strip() + " \u00b7 " + application.strip() : e ? environment.strip()
                : a ? application.strip() : "";
    }

    /**
     * What every block of one appendix shares: the column edges, the fonts, the clouds' labels, and
     * the wrapped lines of the texts that repeat from server to server (cloud, readiness, sizes),
     * so each is measured once rather than 100,000 times.
     */
    static final class Layout {
        private static final int CACHED = 4096;

        final Theme theme;
        final Formats formats;
        final Map<String, String> cloudLabels;
        final float[] x;
        private final Map<String, List<String>> cache = new HashMap<>();
        /** The regular font's width of each Latin-1 character, in its thousandths of the size; -1 until measured. */
        private final int[] widths = new int[256];

        Layout(Theme theme, Formats formats, Map<String, String> cloudLabels, float tableWidth) {
            this.theme = theme;
            this.formats = formats;
            this.cloudLabels = cloudLabels;
            this.x = columns(tableWidth);
            java.util.Arrays.fill(widths, -1);
        }

        /**
         * The width of a figure in the regular font at the block's size, as the font measures it
         * (the sum of its characters' widths) from a table of the characters met so far: the
         * font looks each character up in a map of boxed numbers, a third of drawing the figures.
         */
        float width(String s) {
            int sum = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= widths.length || Character.isSurrogate(c)) {
                    return theme.regular.getWidthPoint(s, SIZE);
                }
                int w = widths[c];
                if (w < 0) {
                    w = theme.regular.getWidth(String.valueOf(c));
                    widths[c] = w;
                }
                sum += w;
            }
            return sum * 0.001f * SIZE;
        }

        List<String> wrap(String text, boolean bold, int column, float indent, boolean repeats) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            if (!repeats) {
                return lines(text, bold, column, indent);
            }
            String key = column + "\u0000" + text;
            List<String> hit = cache.get(key);
            if (hit == null) {
                if (cache.size() == CACHED) {
                    cache.clear();
                }
                hit = lines(text, bold, column, indent);
                cache.put(key, hit);
            }
            return hit;
        }

        private List<String> lines(String text, boolean bold, int column, float indent) {
            float width = x[column + 1] - x[column] - 2 * PAD_X - indent;
            return TextLines.wrap(text, bold ? theme.bold : theme.regular, SIZE, width, MAX_LINES);
        }
    }

    /** Column edges from the table's left edge, for a table {@code width} wide. */
    static float[] columns(float width) {
        float total = 0;
        for (float w : WIDTHS) {
            total += w;
        }
        float[] edges = new float[WIDTHS.length + 1];
        for (int i = 0; i < WIDTHS.length; i++) {
            edges[i + 1] = edges[i] + WIDTHS[i] / total * width;
        }
        return edges;
    }

    float height() {
        return height;
    }

    /**
     * Draws the block's text column by column: a left-aligned column needs one move to its first
     * line and then only "next line" operators, which carry no numbers; formatting numbers is most
     * of what writing a page costs. Right-aligned figures move to each of their lines.
     */
    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        float left = position.getLeft();
        float first = position.getTop() - PAD_TOP - SIZE;
        marks(canvases[PdfPTable.LINECANVAS], left, first);
        PdfContentByte text = canvases[PdfPTable.TEXTCANVAS];
        text.beginText();
        atX = 0;
        atY = 0;
        text.setFontAndSize(theme.regular, SIZE);
        text.setLeading(LEADING);
        text.setColorFill(Palette.INK);
        for (int c = 1; c < WIDTHS.length; c++) {
            if (RIGHT[c]) {
                for (int k = 0; k < grid[c].length; k++) {
                    String s = grid[c][k];
                    if (s != null) {
                        moveTo(text, left + x[c + 1] - PAD_X - layout.width(s), first - k * LEADING);
                        text.showText(s);
                    }
                }
            } else {
                column(text, c, 0, grid[c].length, left + x[c] + PAD_X + (c == 2 || c == 8 ? MARK : 0), first);
            }
        }
        text.setFontAndSize(theme.bold, SIZE);
        column(text, 0, 0, nameLines, left + PAD_X, first);
        text.setFontAndSize(theme.regular, SIZE);
        text.setColorFill(Palette.MUTED);
        column(text, 0, nameLines, grid[0].length, left + PAD_X, first - nameLines * LEADING);
        text.endText();
    }

    /** Shows lines {@code from} to {@code to} of a column, the first at {@code (cx, cy)}. */
    private void column(PdfContentByte text, int c, int from, int to, float cx, float cy) {
        int at = -1;
        for (int k = from; k < to; k++) {
            String s = grid[c][k];
            if (s == null) {
                continue;
            }
            if (at < 0) {
                moveTo(text, cx, cy - (k - from) * LEADING);
            } else {
                for (int skip = at + 1; skip < k; skip++) {
                    text.newlineText();
                    atY -= LEADING;
                }
                text.newlineText();
                atY -= LEADING;
            }
            text.showText(s);
            at = k;
        }
    }

    private void moveTo(PdfContentByte text, float tx, float ty) {
        text.moveText(tx - atX, ty - atY);
        atX = tx;
        atY = ty;
    }

    /**
     * The readiness and risk marks: small squares in the state's colour, one fill per colour, a
     * hairline around the light ones so they show on white.
     */
    private void marks(PdfContentByte cb, float left, float first) {
        Color[] done = new Color[readiness.length * 2];
        int n = 0;
        boolean light = false;
        for (Color[] kind : new Color[][] {readiness, risk}) {
            for (Color c : kind) {
                if (c == null || contains(done, n, c)) {
                    continue;
                }
                done[n++] = c;
                light |= Palette.lightness(c) > 80;
                cb.setColorFill(c);
                rects(cb, left, first, c);
                cb.fill();
            }
        }
        if (light) {
            cb.setColorStroke(Palette.MUTED);
            cb.setLineWidth(0.3f);
            for (int i = 0; i < n; i++) {
                if (Palette.lightness(done[i]) > 80) {
                    rects(cb, left, first, done[i]);
                }
            }
            cb.stroke();
        }
    }

    private void rects(PdfContentByte cb, float left, float first, Color c) {
        for (int i = 0; i < starts.length; i++) {
            float y = first - starts[i] * LEADING;
            if (c.equals(readiness[i])) {
                cb.rectangle(left + x[2] + PAD_X, y, DOT, DOT);
            }
            if (c.equals(risk[i])) {
                cb.rectangle(left + x[8] + PAD_X, y, DOT, DOT);
            }
        }
    }

    private static boolean contains(Color[] colors, int n, Color c) {
        for (int i = 0; i < n; i++) {
            if (colors[i].equals(c)) {
                return true;
            }
        }
        return false;
    }
}
