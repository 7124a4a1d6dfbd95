package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the report's charts from its data, styled by {@link ChartStyle}. Labels on bars are the
 * report's own figures through {@link Formats}; money axes are scaled to thousands or millions
 * and say so in their label.
 */
final class Charts {
    private final Formats f;

    Charts(Formats formats) {
        this.f = formats;
    }

    /** Readiness per cloud as 100 % stacked bars, shares written on the segments wide enough. */
    JFreeChart readiness(List<CloudSummary> clouds) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String state : Labels.READINESS) {
            for (CloudSummary c : clouds) {
                data.addValue(c.readiness().getOrDefault(state, 0L), Labels.readiness(state), name(clouds, c));
            }
        }
        StackedBarRenderer r = new StackedBarRenderer(true);
        NumberAxis axis = new NumberAxis("Share of servers");
        axis.setNumberFormatOverride(percentAxis());
        axis.setUpperMargin(0);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.chart(plot, true);
        for (int i = 0; i < Labels.READINESS.size(); i++) {
            Color c = Palette.readiness(Labels.READINESS.get(i));
            r.setSeriesPaint(i, c);
            r.setSeriesItemLabelPaint(i, Palette.textOn(c));
        }
        r.setMaximumBarWidth(0.22);
        r.setDefaultItemLabelGenerator(ItemLabels.of((ds, row, col) -> {
            long all = 0;
            for (int i = 0; i < ds.getRowCount(); i++) {
                Number n = ds.getValue(i, col);
                all += n == null ? 0 : n.longValue();
            }
            long part = ds.getValue(row, col).longValue();
            // a share on a segment too narrow to hold it would spill over its neighbours
            return all == 0 || part * 100 < all * 6 ? null : f.percent(part, all);
        }));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        return chart;
    }

    /** The 7R mix as horizontal bars, largest first, each labelled with its count and share. */
    JFreeChart strategies(Map<String, Long> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        counts.forEach((k, v) -> data.addValue(v, "Servers", Labels.words(k)));
        BarRenderer r = new BarRenderer();
        NumberAxis axis = new NumberAxis("Servers");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(f.locale()));
        axis.setNumberFormatOverride(wholeAxis());
        axis.setUpperMargin(0.22);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.chart(plot, false);
        r.setSeriesPaint(0, Palette.NAVY);
        r.setMaximumBarWidth(0.12);
        r.setDefaultItemLabelGenerator(ItemLabels.of((ds, row, col) -> {
            long v = ds.getValue(row, col).longValue();
            return f.count(v) + "  (" + f.percent(v, all) + ")";
        }));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return chart;
    }

    /** Servers per risk level, each bar in its level's colour. */
    JFreeChart riskLevels(Map<String, Long> levels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> order = orderedLevels(levels.keySet());
        for (String level : order) {
            data.addValue(levels.getOrDefault(level, 0L), "Servers", Labels.words(level));
        }
        long all = levels.values().stream().mapToLong(Long::longValue).sum();
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return Palette.risk(order.get(column));
            }
        };
        NumberAxis axis = new NumberAxis("Servers");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(f.locale()));
        axis.setNumberFormatOverride(wholeAxis());
        axis.setUpperMargin(0.15);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, r);
        JFreeChart chart = ChartStyle.chart(plot, false);
        r.setMaximumBarWidth(0.14);
        r.setDefaultItemLabelGenerator(ItemLabels.of((ds, row, col) -> {
            long v = ds.getValue(row, col).longValue();
            return f.count(v) + " (" + f.percent(v, all) + ")";
        }));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        return chart;
    }

    static List<String> orderedLevels(Set<String> present) {
        List<String> out = new ArrayList<>();
        for (String l : Labels.RISK_LEVELS) {
            if (present.contains(l)) {
                out.add(l);
            }
        }
        for (String l : present) {
            if (!out.contains(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Capacity on premises against the sizes chosen in each cloud: vCPUs or memory (GiB), as the
     * {@code measure} picks them from a cloud's summary.
     */
    JFreeChart capacity(List<CloudSummary> clouds, String unit, java.util.function.ToLongFunction<CloudSummary> allocated,
            java.util.function.ToLongFunction<CloudSummary> recommended) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CloudSummary c : clouds) {
            String k = name(clouds, c);
            data.addValue(allocated.applyAsLong(c), "On premises", k);
            data.addValue(recommended.applyAsLong(c), "In the cloud", k);
        }
        BarRenderer r = new BarRenderer();
        NumberAxis axis = new NumberAxis(unit);
        axis.setNumberFormatOverride(wholeAxis());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, r);
        JFreeChart chart = ChartStyle.chart(plot, true);
        r.setSeriesPaint(0, Palette.ON_PREMISES);
        r.setSeriesPaint(1, Palette.NAVY);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.12);
        return chart;
    }

    /** The yearly run cost of staying on premises and of each cloud, labelled with the amounts. */
    JFreeChart yearly(ReportData.Tco tco) {
        long max = tco.onPremisesYearlyCents();
        for (TcoCloud c : tco.clouds()) {
            max = Math.max(max, c.yearlyCents());
        }
        MoneyScale scale = MoneyScale.of(max, f.currency());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Color> colors = new ArrayList<>();
        List<Long> cents = new ArrayList<>();
        data.addValue(scale.value(tco.onPremisesYearlyCents()), "Per year", "On premises");
        colors.add(Palette.ON_PREMISES);
        cents.add(tco.onPremisesYearlyCents());
        for (TcoCloud c : tco.clouds()) {
            data.addValue(scale.value(c.yearlyCents()), "Per year", c.cloudLabel());
            colors.add(Palette.cloud(c.cloud()));
            cents.add(c.yearlyCents());
        }
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return colors.get(column);
            }
        };
        NumberAxis axis = new NumberAxis("Run cost per year, " + scale.unit());
        axis.setNumberFormatOverride(scale.axisFormat(f));
        axis.setUpperMargin(0.25);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.chart(plot, false);
        r.setMaximumBarWidth(0.16);
        r.setDefaultItemLabelGenerator(ItemLabels.of((ds, row, col) -> f.moneyWhole(cents.get(col))));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        return chart;
    }

    /** Monthly cost per cloud (series) under each purchase option (categories). */
    JFreeChart options(List<OptionCosts> options) {
        Set<String> ids = new LinkedHashSet<>();
        long max = 0;
        for (OptionCosts o : options) {
            ids.addAll(o.monthlyCents().keySet());
            for (long v : o.monthlyCents().values()) {
                max = Math.max(max, v);
            }
        }
        MoneyScale scale = MoneyScale.of(max, f.currency());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (OptionCosts o : options) {
            for (String id : ids) {
                Long v = o.monthlyCents().get(id);
                data.addValue(v == null ? null : scale.value(v), o.cloudLabel(), Labels.option(id));
            }
        }
        BarRenderer r = new BarRenderer();
        NumberAxis axis = new NumberAxis("Per month, " + scale.unit());
        axis.setNumberFormatOverride(scale.axisFormat(f));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, r);
        JFreeChart chart = ChartStyle.chart(plot, true);
        for (int i = 0; i < options.size(); i++) {
            r.setSeriesPaint(i, Palette.cloud(options.get(i).cloud()));
        }
        r.setItemMargin(0.04);
        r.setMaximumBarWidth(0.06);
        plot.getDomainAxis().setCategoryMargin(0.25);
        return chart;
    }

    /** Monthly cost per cloud split into compute, licences, storage and network. */
    JFreeChart costParts(List<CloudSummary> clouds) {
        long max = 0;
        for (CloudSummary c : clouds) {
            max = Math.max(max, c.totalCents());
        }
        MoneyScale scale = MoneyScale.of(max, f.currency());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CloudSummary c : clouds) {
            String k = name(clouds, c);
            data.addValue(scale.value(c.computeCents()), "Compute", k);
            data.addValue(scale.value(c.licenceCents()), "Licences", k);
            data.addValue(scale.value(c.storageCents()), "Storage", k);
            data.addValue(scale.value(c.networkCents()), "Network", k);
        }
        StackedBarRenderer r = new StackedBarRenderer();
        NumberAxis axis = new NumberAxis("Per month, " + scale.unit());
        axis.setNumberFormatOverride(scale.axisFormat(f));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), axis, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.chart(plot, true);
        Color[] parts = {Palette.NAVY, new Color(0x2F, 0x6F, 0xA8), new Color(0x7F, 0xB0, 0xDC),
            new Color(0xD3, 0xE3, 0xF3)};
        for (int i = 0; i < parts.length; i++) {
            r.setSeriesPaint(i, parts[i]);
        }
        r.setMaximumBarWidth(0.2);
        return chart;
    }

    /**
     * Cumulative cost per cloud against staying on premises, a point at each year's end (year 0:
     * the one-off migration), a dashed marker at each cloud's break-even month.
     */
    JFreeChart tco(ReportData.Tco tco) {
        XYSeriesCollection data = new XYSeriesCollection();
        long max = 0;
        for (TcoCloud c : tco.clouds()) {
            for (long v : c.cumulativeCloudCents()) {
                max = Math.max(max, v);
            }
            for (long v : c.cumulativeOnPremisesCents()) {
                max = Math.max(max, v);
            }
        }
        MoneyScale scale = MoneyScale.of(max, f.currency());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        int i = 0;
        List<ValueMarker> markers = new ArrayList<>();
        for (TcoCloud c : tco.clouds()) {
            String be = c.breakEvenMonth() > 0 ? "break-even in month " + f.count(c.breakEvenMonth())
                    : "no break-even within " + f.count(tco.horizonYears()) + " years";
            XYSeries s = new XYSeries(c.cloudLabel() + " (" + be + ")", false, true);
            s.add(0, scale.value(c.migrationCents()));
            for (int y = 0; y < c.cumulativeCloudCents().length; y++) {
                s.add(y + 1, scale.value(c.cumulativeCloudCents()[y]));
            }
            data.addSeries(s);
            Color color = Palette.cloud(c.cloud());
            r.setSeriesPaint(i, color);
            r.setSeriesStroke(i, new BasicStroke(2f));
            r.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
            if (c.breakEvenMonth() > 0) {
                ValueMarker m = new ValueMarker(c.breakEvenMonth() / 12.0, color, new BasicStroke(0.8f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4, new float[] {3, 3}, 0));
                markers.add(m);
            }
            i++;
        }
        if (!tco.clouds().isEmpty()) {
            TcoCloud first = tco.clouds().get(0);
            XYSeries s = new XYSeries("On premises", false, true);
            s.add(0, 0);
            for (int y = 0; y < first.cumulativeOnPremisesCents().length; y++) {
                s.add(y + 1, scale.value(first.cumulativeOnPremisesCents()[y]));
            }
            data.addSeries(s);
            r.setSeriesPaint(i, Palette.ON_PREMISES);
            r.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4,
                    new float[] {6, 4}, 0));
            r.setSeriesShape(i, new java.awt.Rectangle(-3, -3, 6, 6));
        }
        NumberAxis years = new NumberAxis("Years from the start of the migration");
        years.setTickUnit(new NumberTickUnit(1, wholeAxis()));
        years.setRange(0, Math.max(1, tco.horizonYears()));
        NumberAxis money = new NumberAxis("Cumulative cost, " + scale.unit());
        money.setNumberFormatOverride(scale.axisFormat(f));
        XYPlot plot = new XYPlot(data, years, money, r);
        markers.forEach(plot::addDomainMarker);
        return ChartStyle.chart(plot, true);
    }

    private static String name(List<CloudSummary> clouds, CloudSummary c) {
        return Labels.chartCloud(c.cloud(), c.cloudLabel(), c.region(), clouds.stream().map(CloudSummary::cloud).toList());
    }

    private NumberFormat wholeAxis() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(f.locale()));
    }

    private NumberFormat percentAxis() {
        DecimalFormat d = new DecimalFormat("0 '%'", DecimalFormatSymbols.getInstance(f.locale()));
        d.setMultiplier(100);
        return d;
    }
}
