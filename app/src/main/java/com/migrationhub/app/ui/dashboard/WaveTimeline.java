package com.migrationhub.app.ui.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The wave plan as bars on a date axis: one row per wave, from its first to its last day, with a
 * tick at the start of each month (or quarter, for long plans) and today marked when it falls
 * inside the plan. Built from nodes, not a canvas, so the theme's colours apply in light and dark.
 */
final class WaveTimeline extends Region {
    private static final double NAME_WIDTH = 150;
    private static final double AXIS_HEIGHT = 22;
    private static final double ROW_HEIGHT = 28;
    private static final double BAR_HEIGHT = 18;

    private final Locale locale;
    private final Function<DashboardData.Wave, String> describe;
    private final List<Label> names = new ArrayList<>();
    private final List<Region> bars = new ArrayList<>();
    private final List<Label> barTexts = new ArrayList<>();
    private final List<Label> ticks = new ArrayList<>();
    private final List<Region> gridLines = new ArrayList<>();
    private final List<LocalDate> tickDates = new ArrayList<>();
    private final Region today = new Region();
    private DashboardData.WavePlan plan;

    /**
     * @param describe the tooltip of a wave: its dates, groups and servers in words
     */
    WaveTimeline(Locale locale, Function<DashboardData.Wave, String> describe) {
        this.locale = locale;
        this.describe = describe;
        getStyleClass().add("dashboard-wave-timeline");
        today.setStyle("-fx-background-color: -color-danger-emphasis;");
        today.setManaged(false);
    }

    void setPlan(DashboardData.WavePlan plan) {
        this.plan = plan;
        getChildren().clear();
        names.clear();
        bars.clear();
        barTexts.clear();
        ticks.clear();
        gridLines.clear();
        tickDates.clear();
        if (plan == null) {
            requestLayout();
            return;
        }
        long months = ChronoUnit.MONTHS.between(plan.start().withDayOfMonth(1), plan.end().withDayOfMonth(1)) + 1;
        int step = months > 36 ? 6 : months > 18 ? 3 : 1;
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yy", locale);
        for (LocalDate d = plan.start().withDayOfMonth(1); !d.isAfter(plan.end()); d = d.plusMonths(step)) {
            LocalDate tick = d.isBefore(plan.start()) ? plan.start() : d;
            tickDates.add(tick);
            Label t = new Label(monthFormat.format(d));
            t.getStyleClass().add("text-muted");
            t.setStyle("-fx-font-size: 0.85em;");
            ticks.add(t);
            Region line = new Region();
            line.setStyle("-fx-background-color: -color-border-muted;");
            gridLines.add(line);
        }
        getChildren().addAll(gridLines);
        getChildren().addAll(ticks);
        DateTimeFormatter dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        int i = 0;
        for (DashboardData.Wave w : plan.waves()) {
            Label name = new Label(w.name());
            name.setAlignment(Pos.CENTER_LEFT);
            name.setPrefWidth(NAME_WIDTH - 8);
            name.setMaxWidth(NAME_WIDTH - 8);
            names.add(name);
            Region bar = new Region();
            bar.setId("dashboard-wave-" + w.number());
            String colour = i % 2 == 0 ? "-color-accent-emphasis" : "-color-success-emphasis";
            bar.setStyle("-fx-background-color: " + colour + "; -fx-background-radius: 4;");
            Tooltip tip = new Tooltip(w.name() + "\n" + dateFormat.format(w.start()) + " – " + dateFormat.format(w.end())
                    + "\n" + describe.apply(w));
            tip.setShowDelay(Duration.millis(200));
            Tooltip.install(bar, tip);
            bars.add(bar);
            Label text = new Label(describe.apply(w));
            text.setStyle("-fx-font-size: 0.85em;");
            text.getStyleClass().add("text-muted");
            text.setMouseTransparent(true);
            barTexts.add(text);
            i++;
        }
        getChildren().addAll(names);
        getChildren().addAll(bars);
        getChildren().addAll(barTexts);
        LocalDate now = LocalDate.now();
        if (!now.isBefore(plan.start()) && !now.isAfter(plan.end())) {
            getChildren().add(today);
        }
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        int rows = plan == null ? 0 : plan.waves().size();
        return snappedTopInset() + AXIS_HEIGHT + rows * ROW_HEIGHT + 6 + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected void layoutChildren() {
        if (plan == null) {
            return;
        }
        double left = snappedLeftInset() + NAME_WIDTH;
        double top = snappedTopInset();
        double width = Math.max(50, getWidth() - left - snappedRightInset() - 210);
        long days = Math.max(1, ChronoUnit.DAYS.between(plan.start(), plan.end()) + 1);
        Function<LocalDate, Double> x = d -> left + width * ChronoUnit.DAYS.between(plan.start(), d) / days;
        double bottom = top + AXIS_HEIGHT + plan.waves().size() * ROW_HEIGHT;
        for (int i = 0; i < ticks.size(); i++) {
            double tx = Math.round(x.apply(tickDates.get(i)));
            Label t = ticks.get(i);
            t.resizeRelocate(tx + 3, top, t.prefWidth(-1), AXIS_HEIGHT - 4);
            gridLines.get(i).resizeRelocate(tx, top, 1, bottom - top);
        }
        for (int i = 0; i < bars.size(); i++) {
            DashboardData.Wave w = plan.waves().get(i);
            double y = top + AXIS_HEIGHT + i * ROW_HEIGHT;
            names.get(i).resizeRelocate(snappedLeftInset(), y, NAME_WIDTH - 8, ROW_HEIGHT);
            double x0 = x.apply(w.start());
            double x1 = x.apply(w.end().plusDays(1));
            Region bar = bars.get(i);
            bar.resizeRelocate(Math.round(x0), Math.round(y + (ROW_HEIGHT - BAR_HEIGHT) / 2), Math.max(3, x1 - x0),
                    BAR_HEIGHT);
            Label text = barTexts.get(i);
            text.resizeRelocate(Math.round(x1 + 6), y, text.prefWidth(-1), ROW_HEIGHT);
        }
        LocalDate now = LocalDate.now();
        today.resizeRelocate(Math.round(x.apply(now)), top, 2, bottom - top);
    }

    /** The bars, for tests. */
    List<Node> bars() {
        return List.copyOf(bars);
    }
}
