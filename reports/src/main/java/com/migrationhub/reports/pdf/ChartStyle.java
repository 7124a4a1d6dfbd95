package com.migrationhub.reports.pdf;

import com.migrationhub.reports.pdf.Theme.ChartFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The house look of every chart: white ground, no frame, light horizontal grid lines, flat bars
 * without gradients or shadows, muted axis text in Liberation Sans, legend below without a box.
 * No chart titles: the section's sub-heading names the chart.
 */
final class ChartStyle {
    static final Color GRID = new Color(0xE1, 0xE5, 0xEB);

    private ChartStyle() {
    }

    static JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, ChartFonts.bold(10), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        // room on the right for a tick label centred on the axis' last tick: JFreeChart lets it overhang
        chart.setPadding(new RectangleInsets(2, 0, 2, 16));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 4, 6));
        if (legend) {
            LegendTitle l = chart.getLegend();
            l.setItemFont(ChartFonts.regular(8));
            l.setItemPaint(Palette.INK);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(null);
            l.setPosition(RectangleEdge.BOTTOM);
            l.setItemLabelPadding(new RectangleInsets(2, 3, 2, 12));
        }
        if (plot instanceof CategoryPlot p) {
            axis(p.getDomainAxis());
            axis(p.getRangeAxis());
            p.setRangeGridlinePaint(GRID);
            p.setRangeGridlineStroke(new BasicStroke(0.5f));
            p.setDomainGridlinesVisible(false);
            p.setRangeZeroBaselineVisible(false);
            p.getDomainAxis().setAxisLinePaint(Palette.RULE);
            p.getDomainAxis().setMaximumCategoryLabelLines(2);
            p.getRangeAxis().setAxisLineVisible(false);
            p.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
            if (p.getRenderer() instanceof BarRenderer r) {
                r.setBarPainter(new StandardBarPainter());
                r.setShadowVisible(false);
                r.setDrawBarOutline(false);
                r.setDefaultItemLabelFont(ChartFonts.regular(7));
                r.setDefaultItemLabelPaint(Palette.INK);
            }
        } else if (plot instanceof XYPlot p) {
            axis(p.getDomainAxis());
            axis(p.getRangeAxis());
            p.setRangeGridlinePaint(GRID);
            p.setRangeGridlineStroke(new BasicStroke(0.5f));
            p.setDomainGridlinePaint(GRID);
            p.setDomainGridlineStroke(new BasicStroke(0.5f));
            p.getRangeAxis().setAxisLineVisible(false);
            p.getDomainAxis().setAxisLinePaint(Palette.RULE);
        }
        return chart;
    }

    private static void axis(Axis a) {
        a.setTickLabelFont(ChartFonts.regular(7.5f));
        a.setTickLabelPaint(Palette.MUTED);
        a.setLabelFont(ChartFonts.regular(8));
        a.setLabelPaint(Palette.MUTED);
        a.setTickMarksVisible(false);
    }
}
