package com.migrationhub.app.ui.waves;

import com.migrationhub.app.ui.i18n.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The plan on a date axis: one row per wave with its bar from first to last day, the blackouts
 * as bands across every row, month lines and labels, week ticks (when there is room), and a
 * marker for today. Built of styled regions, so it follows the theme; it lays itself out again
 * whenever its width changes. A click on a bar asks the board to show that wave.
 */
final class GanttChart extends Region {
    private static final double LABEL_WIDTH = 96;
    private static final double AXIS_HEIGHT = 40;
    private static final double ROW_HEIGHT = 28;
    private static final double BAR_HEIGHT = 18;
    private static final double PAD = 10;
    /** Today is marked only when it is this close to the plan (the axis grows to take it in). */
    private static final long TODAY_REACH_DAYS = 120;

    private final Messages messages;
    private final IntConsumer onClick;
    private List<WaveColumn> waves = List.of();
    private List<BlackoutSpan> blackouts = List.of();
    private LocalDate today;
    private LocalDate from;
    private LocalDate to;

    private final Region axis = new Region();
    private final List<Region> stripes = new ArrayList<>();
    private final List<Region> monthLines = new ArrayList<>();
    private final List<Label> monthLabels = new ArrayList<>();
    private final List<LocalDate> months = new ArrayList<>();
    private final List<Region> weekTicks = new ArrayList<>();
    private final List<LocalDate> weeks = new ArrayList<>();
    private final List<Region> blackoutBands = new ArrayList<>();
    private final List<Label> blackoutLabels = new ArrayList<>();
    private final List<Label> rowLabels = new ArrayList<>();
    private final List<Label> bars = new ArrayList<>();
    /** Each bar's text, longest first: the longest that fits is shown. */
    private final List<List<String>> barTexts = new ArrayList<>();
    private final Region todayLine = new Region();
    private final Label todayLabel = new Label();

    GanttChart(Messages messages, IntConsumer onClick) {
        this.messages = messages;
        this.onClick = onClick;
        getStyleClass().add("gantt");
        axis.getStyleClass().add("gantt-axis");
        todayLine.getStyleClass().add("gantt-today");
        todayLabel.getStyleClass().add("gantt-today-label");
        todayLabel.setText(messages.get("waves.gantt.today"));
        setMinHeight(AXIS_HEIGHT + ROW_HEIGHT);
    }

    /**
     * Shows these waves and blackouts.
     *
     * @param problems the waves a severe finding of the validation involves (their bars are red)
     * @param marked   the waves of the finding selected (their bars are outlined)
     */
    void setData(List<WaveColumn> waves, List<BlackoutSpan> blackouts, LocalDate today, Set<Integer> problems,
            Set<Integer> marked) {
        this.waves = List.copyOf(waves);
        this.blackouts = List.copyOf(blackouts);
        this.today = today;
        getChildren().clear();
        stripes.clear();
        monthLines.clear();
        monthLabels.clear();
        months.clear();
        weekTicks.clear();
        weeks.clear();
        blackoutBands.clear();
        blackoutLabels.clear();
        rowLabels.clear();
        bars.clear();
        barTexts.clear();
        if (this.waves.isEmpty()) {
            requestLayout();
            return;
        }
        from = this.waves.get(0).start();
        to = this.waves.get(this.waves.size() - 1).end();
        for (BlackoutSpan b : this.blackouts) {
            if (b.from().isBefore(from)) {
                from = b.from();
            }
            if (b.to().isAfter(to)) {
                to = b.to();
            }
        }
        if (today != null && today.isAfter(from.minusDays(TODAY_REACH_DAYS)) && today.isBefore(to.plusDays(TODAY_REACH_DAYS))) {
            from = today.isBefore(from) ? today : from;
            to = today.isAfter(to) ? today : to;
        }
        from = from.minusDays(3);
        to = to.plusDays(4);
        for (int i = 0; i < this.waves.size(); i++) {
            Region stripe = new Region();
            stripe.getStyleClass().add(i % 2 == 0 ? "gantt-row" : "gantt-row-alt");
            stripes.add(stripe);
        }
        getChildren().addAll(stripes);
        getChildren().add(axis);
        for (LocalDate m = from.withDayOfMonth(1).plusMonths(1); !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        LocalDate firstMonth = from.withDayOfMonth(1);
        for (LocalDate m : months) {
            Region line = new Region();
            line.getStyleClass().add("gantt-month-line");
            monthLines.add(line);
        }
        // a label for each month that shows, the first one even when it began before the axis
        List<LocalDate> labelled = new ArrayList<>();
        labelled.add(firstMonth);
        labelled.addAll(months);
        months.clear();
        months.addAll(labelled);
        for (LocalDate m : months) {
            Label l = new Label(Dates.month(messages, m));
            l.getStyleClass().add("gantt-month-label");
            monthLabels.add(l);
        }
        for (LocalDate d = from.with(DayOfWeek.MONDAY).plusWeeks(1); !d.isAfter(to); d = d.plusWeeks(1)) {
            weeks.add(d);
            Region tick = new Region();
            tick.getStyleClass().add("gantt-week-tick");
            weekTicks.add(tick);
        }
        getChildren().addAll(monthLines);
        getChildren().addAll(weekTicks);
        getChildren().addAll(monthLabels);
        for (BlackoutSpan b : this.blackouts) {
            Region band = new Region();
            band.getStyleClass().add("gantt-blackout");
            Tooltip.install(band, new Tooltip(messages.get("waves.gantt.blackout", Dates.format(messages, b.from()),
                    Dates.format(messages, b.to()))));
            blackoutBands.add(band);
            Label l = new Label(messages.get("waves.gantt.blackoutLabel"));
            l.getStyleClass().add("gantt-blackout-label");
            l.setTextOverrun(OverrunStyle.CLIP);
            blackoutLabels.add(l);
        }
        getChildren().addAll(blackoutBands);
        getChildren().addAll(blackoutLabels);
        for (WaveColumn w : this.waves) {
            Label name = new Label(w.name());
            name.getStyleClass().add("gantt-row-label");
            rowLabels.add(name);
            Label bar = new Label(messages.get("waves.gantt.bar", w.servers(), w.cards().size()));
            bar.setId("waves-gantt-bar-" + w.number());
            bar.getStyleClass().add("gantt-bar");
            if (w.number() == 1 && w.name().equalsIgnoreCase("Pilot")) {
                bar.getStyleClass().add("gantt-bar-pilot");
            }
            if (problems.contains(w.number()) || w.overCapacity()) {
                bar.getStyleClass().add("gantt-bar-problem");
            }
            if (marked.contains(w.number())) {
                bar.getStyleClass().add("gantt-bar-marked");
            }
            bar.setMinWidth(0);
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.setTextOverrun(OverrunStyle.CLIP);
            Tooltip tip = new Tooltip(w.name() + "\n" + Dates.range(messages, w.start(), w.end()) + "\n"
                    + messages.get("waves.gantt.bar", w.servers(), w.cards().size()) + "\n" + w.why());
            tip.setShowDelay(Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            bar.setTooltip(tip);
            int number = w.number();
            bar.setOnMouseClicked(e -> onClick.accept(number));
            bars.add(bar);
            barTexts.add(List.of(bar.getText(), messages.get("waves.gantt.barShort", w.servers()),
                    Integer.toString(w.servers()), ""));
        }
        getChildren().addAll(rowLabels);
        getChildren().addAll(bars);
        boolean showToday = today != null && !today.isBefore(from) && !today.isAfter(to);
        if (showToday) {
            getChildren().addAll(todayLine, todayLabel);
        }
        requestLayout();
    }

    /** The x of the start of {@code d} on the axis. */
    private double x(LocalDate d, double left, double perDay) {
        return left + ChronoUnit.DAYS.between(from, d) * perDay;
    }

    @Override
    protected double computePrefHeight(double width) {
        return AXIS_HEIGHT + Math.max(1, waves.size()) * ROW_HEIGHT + PAD;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected void layoutChildren() {
        if (waves.isEmpty() || from == null) {
            return;
        }
        double w = getWidth();
        double left = LABEL_WIDTH;
        double right = w - PAD;
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to) + 1);
        double perDay = Math.max(0.1, (right - left) / days);
        double rowsTop = AXIS_HEIGHT;
        double rowsBottom = rowsTop + waves.size() * ROW_HEIGHT;
        axis.resizeRelocate(0, 0, w, AXIS_HEIGHT);
        for (int i = 0; i < stripes.size(); i++) {
            stripes.get(i).resizeRelocate(0, rowsTop + i * ROW_HEIGHT, w, ROW_HEIGHT);
        }
        // month lines from the second month on; labels every month, or every 2nd/3rd/6th when narrow
        double perMonth = perDay * 30.4;
        int every = perMonth >= 70 ? 1 : perMonth >= 36 ? 2 : perMonth >= 24 ? 3 : 6;
        for (int i = 0; i < monthLines.size(); i++) {
            LocalDate m = months.get(i + 1);
            double x = snapPositionX(x(m, left, perDay));
            monthLines.get(i).resizeRelocate(x, 4, 1, rowsBottom - 4);
        }
        for (int i = 0; i < monthLabels.size(); i++) {
            LocalDate m = months.get(i);
            Label l = monthLabels.get(i);
            boolean show = (m.getMonthValue() - 1) % every == 0;
            double x = Math.max(left, x(m, left, perDay)) + 4;
            double width = l.prefWidth(-1);
            boolean room = x + width <= right + PAD;
            if (i == 0 && months.size() > 1) {
                // the month the axis begins in: only when the next label leaves room for it
                room &= x(months.get(1), left, perDay) + 4 - x >= width + 8;
            }
            l.setVisible(show && room);
            l.resizeRelocate(x, 3, width, l.prefHeight(-1));
        }
        boolean showWeeks = perDay * 7 >= 7;
        for (int i = 0; i < weekTicks.size(); i++) {
            Region tick = weekTicks.get(i);
            tick.setVisible(showWeeks);
            double x = snapPositionX(x(weeks.get(i), left, perDay));
            tick.resizeRelocate(x, AXIS_HEIGHT - 8, 1, 8);
        }
        for (int i = 0; i < blackoutBands.size(); i++) {
            BlackoutSpan b = blackouts.get(i);
            double x0 = x(b.from(), left, perDay);
            double x1 = x(b.to().plusDays(1), left, perDay);
            blackoutBands.get(i).resizeRelocate(x0, rowsTop, Math.max(2, x1 - x0), rowsBottom - rowsTop);
            Label l = blackoutLabels.get(i);
            double lw = Math.min(l.prefWidth(-1), Math.max(0, x1 - x0));
            l.resizeRelocate(x0 + 1, 21, lw, 16);
            l.setVisible(lw >= 20);
        }
        for (int i = 0; i < waves.size(); i++) {
            WaveColumn wave = waves.get(i);
            double y = rowsTop + i * ROW_HEIGHT;
            Label name = rowLabels.get(i);
            name.resizeRelocate(PAD, y, LABEL_WIDTH - 2 * PAD, ROW_HEIGHT);
            double x0 = x(wave.start(), left, perDay);
            double x1 = x(wave.end().plusDays(1), left, perDay);
            Label bar = bars.get(i);
            double width = Math.max(3, snapSizeX(x1 - x0) - 2);
            for (String text : barTexts.get(i)) {
                if (!text.equals(bar.getText())) {
                    bar.setText(text);
                }
                if (text.isEmpty() || bar.prefWidth(-1) <= width) {
                    break;
                }
            }
            bar.resizeRelocate(snapPositionX(x0) + 1, y + (ROW_HEIGHT - BAR_HEIGHT) / 2, width, BAR_HEIGHT);
        }
        if (today != null && todayLine.getParent() == this) {
            double x = snapPositionX(x(today, left, perDay) + perDay / 2);
            todayLine.resizeRelocate(x - 1, AXIS_HEIGHT - 4, 2, rowsBottom - AXIS_HEIGHT + 4);
            double lw = todayLabel.prefWidth(-1);
            todayLabel.resizeRelocate(Math.min(right - lw, Math.max(left, x - lw / 2)), 21, lw, todayLabel.prefHeight(-1));
        }
    }

    /** The bars, for tests. */
    List<? extends Node> bars() {
        return bars;
    }
}
