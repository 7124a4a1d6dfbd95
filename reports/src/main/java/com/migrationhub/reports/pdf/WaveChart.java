package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.pdf.Theme.ChartFonts;
import java.text.DateFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.GanttRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.gantt.Task;
import org.jfree.data.gantt.TaskSeries;
import org.jfree.data.gantt.TaskSeriesCollection;
import org.jfree.data.time.SimpleTimePeriod;

/**
 * The wave plan as a Gantt chart: one bar per wave on a calendar axis, dates in the report's
 * locale, each bar labelled with the servers it moves when it is long enough to hold the label.
 * A plan of more than {@value #MAX_BARS} waves is drawn in bands of consecutive waves, at most
 * {@value #MAX_BARS} bars, each from its first wave's start to its last wave's end: a page holds
 * no more bars legibly (the waves table beside the chart lists every wave).
 */
final class WaveChart {
    /** The most bars the chart draws. */
    static final int MAX_BARS = 40;
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private final Formats f;

    WaveChart(Formats formats) {
        this.f = formats;
    }

    /**
     * The bars of a plan: its waves, or when there are more than {@value #MAX_BARS}, bands of
     * consecutive waves (as many in each, the last band fewer), named "Waves 1–39", with their
     * groups, servers and vCPUs summed.
     */
    static List<ReportData.WaveRow> bars(List<ReportData.WaveRow> waves) {
        if (waves.size() <= MAX_BARS) {
            return waves;
        }
        int per = (waves.size() + MAX_BARS - 1) / MAX_BARS;
        List<ReportData.WaveRow> bands = new java.util.ArrayList<>();
        for (int from = 0; from < waves.size(); from += per) {
            List<ReportData.WaveRow> band = waves.subList(from, Math.min(waves.size(), from + per));
            LocalDate start = null;
            LocalDate end = null;
            int groups = 0;
            long servers = 0;
            long vcpus = 0;
            for (ReportData.WaveRow w : band) {
                start = start == null || w.start().isBefore(start) ? w.start() : start;
                end = end == null || end(w).isAfter(end) ? end(w) : end;
                groups += w.groups();
                servers += w.servers();
                vcpus += w.vcpus();
            }
            ReportData.WaveRow a = band.get(0);
            ReportData.WaveRow b = band.get(band.size() - 1);
            bands.add(new ReportData.WaveRow(a.number(), band.size() == 1 ? "Wave " + a.number()
                    : "Waves " + a.number() + "\u2013" + b.number(), start, end, groups, servers, vcpus, ""));
        }
        return bands;
    }

    JFreeChart of(ReportData.WaveSummary waves) {
        TaskSeries series = new TaskSeries("Waves");
        List<ReportData.WaveRow> rows = bars(waves.waves());
        boolean banded = rows != waves.waves();
        LocalDate first = null;
        LocalDate last = null;
        for (ReportData.WaveRow w : rows) {
            LocalDate end = end(w);
            series.add(new Task(banded ? w.name() : w.number() + "  " + w.name(),
                    new SimpleTimePeriod(date(w.start()), date(end.plusDays(1)))));
            first = first == null || w.start().isBefore(first) ? w.start() : first;
            last = last == null || end.isAfter(last) ? end : last;
        }
        TaskSeriesCollection data = new TaskSeriesCollection();
        data.add(series);
        GanttRenderer r = new GanttRenderer();
        DateAxis axis = new MondayAxis(f.locale());
        axis.setStandardTickUnits(units());
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        CategoryAxis waveAxis = new CategoryAxis();
        waveAxis.setCategoryMargin(0.3);
        waveAxis.setMaximumCategoryLabelWidthRatio(0.3f);
        CategoryPlot plot = new CategoryPlot(data, waveAxis, axis, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.chart(plot, false);
        // a date label is wider than a number: more room for the last one
        chart.setPadding(new RectangleInsets(2, 0, 2, 34));
        plot.setRangeGridlinesVisible(true);
        r.setSeriesPaint(0, Palette.NAVY);
        r.setDrawBarOutline(false);
        r.setShadowVisible(false);
        r.setBarPainter(new StandardBarPainter());
        waveAxis.setTickLabelFont(ChartFonts.regular(8));
        waveAxis.setTickLabelPaint(Palette.INK);
        long span = first == null ? 1 : ChronoUnit.DAYS.between(first, last) + 1;
        r.setDefaultItemLabelGenerator(ItemLabels.of((ds, row, col) -> {
            ReportData.WaveRow w = rows.get(col);
            long days = ChronoUnit.DAYS.between(w.start(), end(w)) + 1;
            return days * 7 < span ? null : Figures.servers(f, w.servers());
        }));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(ChartFonts.regular(7.5f));
        r.setDefaultItemLabelPaint(Palette.WHITE);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        return chart;
    }

    private static LocalDate end(ReportData.WaveRow w) {
        return w.end() == null ? w.start() : w.end();
    }

    /**
     * Tick spacings from a day to fifty years, every label a medium date of the locale: a plan of
     * a thousand waves can span decades, and with two years at most its labels ran together.
     */
    private TickUnits units() {
        DateFormat medium = DateFormat.getDateInstance(DateFormat.MEDIUM, f.locale());
        medium.setTimeZone(UTC);
        TickUnits units = new TickUnits();
        units.add(new DateTickUnit(DateTickUnitType.DAY, 1, medium));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 7, medium));
        units.add(new DateTickUnit(DateTickUnitType.DAY, 14, medium));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, medium));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 2, medium));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, medium));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 6, medium));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, medium));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 2, medium));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 5, medium));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 10, medium));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 20, medium));
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 50, medium));
        return units;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * A calendar axis whose weekly and fortnightly ticks fall on Mondays, where waves start;
     * JFreeChart counts weeks from 1 January 1970, a Thursday.
     */
    private static final class MondayAxis extends DateAxis {
        private static final long serialVersionUID = 1L;

        MondayAxis(Locale locale) {
            super(null, UTC, locale);
        }

        @Override
        public Date calculateLowestVisibleTickValue(DateTickUnit unit) {
            if (unit.getUnitType() != DateTickUnitType.DAY || unit.getMultiple() % 7 != 0) {
                return super.calculateLowestVisibleTickValue(unit);
            }
            Date min = getMinimumDate();
            LocalDate day = min.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            if (min.getTime() % 86_400_000L != 0) {
                day = day.plusDays(1);
            }
            while (day.getDayOfWeek() != DayOfWeek.MONDAY) {
                day = day.plusDays(1);
            }
            return date(day);
        }
    }
}
