package com.migrationhub.app.ui.dashboard;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import com.migrationhub.app.ui.i18n.Messages;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The engagement at a glance: figure cards (servers, vCPUs, memory, storage, powered off, idle,
 * the cheapest cloud's month), the OS and 7R mixes, readiness and cost per cloud, the purchase
 * options, the risk distribution and the wave timeline. Binds to {@link DashboardViewModel}.
 */
public final class DashboardView implements View {
    private static final double CHART_HEIGHT = 260;

    private final DashboardViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();

    public DashboardView(AppContext context) {
        this.model = new DashboardViewModel(context);
        this.messages = context.messages();
        root.setId("dashboard-view");
        root.setTop(toolbar());
        VBox content = new VBox(12, emptyBanner(), cards(), chartsRow(), costRow(), costTable(), wavesPanel());
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("dashboard-scroll");
        root.setCenter(scroll);
        root.sceneProperty().addListener((o, b, n) -> model.setShowing(n != null));
    }

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.shown();
    }

    /** The view model, for tests. */
    DashboardViewModel model() {
        return model;
    }

    // ------------------------------------------------------------------ parts

    private Node toolbar() {
        Label title = new Label(messages.get("dashboard.title"));
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label scenarioLabel = new Label(messages.get("dashboard.scenario"));
        ChoiceBox<String> scenario = new ChoiceBox<>(model.scenarios());
        scenario.setId("dashboard-scenario");
        scenario.setMinWidth(140);
        scenario.valueProperty().bindBidirectional(model.scenarioProperty());
        scenario.disableProperty().bind(Bindings.isEmpty(model.scenarios()));
        Label note = new Label();
        note.getStyleClass().add("text-muted");
        note.textProperty().bind(model.scenarioNoteProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.overviewLoadingProperty().or(model.assessmentLoadingProperty()));
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("dashboard-refresh");
        refresh.setTooltip(new Tooltip(messages.get("dashboard.refresh")));
        refresh.setOnAction(e -> model.reload());
        HBox bar = new HBox(title, spacer, busy, note, scenarioLabel, scenario, refresh);
        bar.getStyleClass().add("view-toolbar");
        return bar;
    }

    private Node emptyBanner() {
        Label text = new Label();
        text.setId("dashboard-empty-inventory");
        text.setGraphic(new FontIcon(Feather.UPLOAD));
        text.setGraphicTextGap(10);
        text.textProperty().bind(model.inventoryEmptyProperty());
        text.setWrapText(true);
        text.setStyle("-fx-font-size: 1.1em;");
        VBox box = new VBox(text);
        box.getStyleClass().add("card");
        box.visibleProperty().bind(model.inventoryEmptyProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node cards() {
        HBox row = new HBox(10,
                card("servers", Feather.SERVER, model.serversProperty(), model.serversNoteProperty()),
                card("vcpus", Feather.CPU, model.vcpusProperty(), model.vcpusNoteProperty()),
                card("memory", Feather.LAYERS, model.memoryProperty(), model.memoryNoteProperty()),
                card("storage", Feather.HARD_DRIVE, model.storageProperty(), model.storageNoteProperty()),
                card("poweredOff", Feather.POWER, model.poweredOffProperty(), model.poweredOffNoteProperty()),
                card("idle", Feather.MOON, model.idleProperty(), model.idleNoteProperty()),
                card("monthly", Feather.DOLLAR_SIGN, model.monthlyProperty(), model.monthlyNoteProperty()));
        row.setId("dashboard-cards");
        return row;
    }

    private Node card(String key, Feather icon, ObservableStringValue figure, ObservableStringValue note) {
        FontIcon glyph = new FontIcon(icon);
        glyph.setIconSize(16);
        // appended: the icon keeps its own inline style (its font)
        glyph.setStyle(glyph.getStyle() + "; -fx-icon-color: -color-accent-fg;");
        Label caption = new Label(messages.get("dashboard.card." + key), glyph);
        caption.getStyleClass().add("card-caption");
        caption.setWrapText(true);
        Label value = new Label();
        value.setId("dashboard-card-" + key);
        value.getStyleClass().add("card-figure");
        value.textProperty().bind(figure);
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label sub = new Label();
        sub.getStyleClass().add("text-muted");
        sub.setStyle("-fx-font-size: 0.85em;");
        sub.textProperty().bind(note);
        sub.setWrapText(true);
        VBox card = new VBox(4, caption, value, sub);
        card.getStyleClass().add("card");
        // never cut a figure: the card is at least as wide as its figure (the notes wrap)
        card.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(110,
                value.prefWidth(-1) + card.snappedLeftInset() + card.snappedRightInset()), value.textProperty(),
                value.fontProperty(), card.paddingProperty()));
        card.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private GridPane columns(Node... nodes) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        for (int i = 0; i < nodes.length; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / nodes.length);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        grid.addRow(0, nodes);
        return grid;
    }

    private Node chartsRow() {
        PieChart os = pie("dashboard-os-chart", model.osMix());
        PieChart strategies = pie("dashboard-strategy-chart", model.strategyMix());
        BarChart<String, Number> risk = new BarChart<>(new CategoryAxis(), countAxis());
        risk.setId("dashboard-risk-chart");
        setUp(risk);
        risk.setLegendVisible(false);
        risk.setData(model.risk());
        return columns(
                panel("dashboard.panel.os", os, null, model.overviewLoadingProperty()),
                panel("dashboard.panel.strategy", strategies, model.assessmentEmptyProperty(),
                        model.assessmentLoadingProperty()),
                panel("dashboard.panel.risk", risk, model.assessmentEmptyProperty(), model.assessmentLoadingProperty()));
    }

    private Node costRow() {
        CategoryAxis readinessClouds = new CategoryAxis(model.clouds());
        StackedBarChart<Number, String> readiness = new StackedBarChart<>(countAxis(), readinessClouds);
        readiness.setId("dashboard-readiness-chart");
        setUp(readiness);
        readiness.setData(model.readiness());

        NumberAxis money = new NumberAxis();
        money.setMinorTickVisible(false);
        money.setTickLabelFormatter(new StringConverter<>() {
            private final NumberFormat format = NumberFormat.getIntegerInstance(model.locale());

            @Override
            public String toString(Number n) {
                return format.format(n);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        StackedBarChart<Number, String> parts = new StackedBarChart<>(money, new CategoryAxis(model.clouds()));
        parts.setId("dashboard-cost-chart");
        setUp(parts);
        parts.setData(model.costParts());
        return columns(
                panel("dashboard.panel.readiness", readiness, model.assessmentEmptyProperty(),
                        model.assessmentLoadingProperty()),
                panel("dashboard.panel.cost", parts, model.assessmentEmptyProperty(), model.assessmentLoadingProperty()));
    }

    private Node costTable() {
        GridPane table = new GridPane();
        table.setId("dashboard-cost-table");
        fill(table, model.costHeaders(), model.costs(), "dashboard.costs.cloud");
        Label note = new Label();
        note.textProperty().bind(model.costNoteProperty());
        note.getStyleClass().add("text-muted");
        note.setStyle("-fx-font-size: 0.85em;");
        note.setWrapText(true);
        VBox box = new VBox(8, table, note);
        box.setId("dashboard-costs");
        return panel("dashboard.panel.costTable", box, model.assessmentEmptyProperty(),
                model.assessmentLoadingProperty());
    }

    private Node wavesPanel() {
        WaveTimeline timeline = new WaveTimeline(model.locale(), w -> messages.get("dashboard.waves.bar",
                w.servers(), w.groups(), w.vcpus()));
        timeline.setId("dashboard-wave-timeline");
        model.wavesProperty().addListener((o, b, n) -> timeline.setPlan(n));
        timeline.setPlan(model.wavesProperty().get());
        Node panel = panel("dashboard.panel.waves", timeline, model.wavesEmptyProperty(),
                model.overviewLoadingProperty());
        ((Region) panel).setMinHeight(Region.USE_PREF_SIZE);
        return panel;
    }

    // ------------------------------------------------------------------ helpers

    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        return axis;
    }

    private static void setUp(XYChart<?, ?> chart) {
        chart.setAnimated(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT);
        if (chart.getXAxis() instanceof CategoryAxis) {
            chart.setVerticalGridLinesVisible(false);
        } else {
            chart.setHorizontalGridLinesVisible(false);
        }
    }

    private static PieChart pie(String id, ObservableList<PieChart.Data> data) {
        PieChart chart = new PieChart(data);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLabelsVisible(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT);
        return chart;
    }

    /**
     * A titled card around {@code content}; when {@code empty} holds a text, that text (what to do
     * first) replaces the content; a spinner shows over it while {@code loading}.
     */
    private Node panel(String titleKey, Node content, ObservableStringValue empty, ObservableValue<Boolean> loading) {
        Label title = new Label(messages.get(titleKey));
        title.setStyle("-fx-font-weight: bold;");
        StackPane body = new StackPane(content);
        body.setAlignment(Pos.CENTER);
        VBox.setVgrow(body, Priority.ALWAYS);
        if (empty != null) {
            Label hint = new Label();
            hint.setId(content.getId() + "-empty");
            hint.setGraphic(new FontIcon(Feather.INFO));
            hint.setGraphicTextGap(8);
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            hint.textProperty().bind(empty);
            hint.visibleProperty().bind(Bindings.isNotNull(empty));
            content.visibleProperty().bind(Bindings.isNull(empty));
            body.getChildren().add(hint);
            body.setMinHeight(60);
        }
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        spinner.visibleProperty().bind(Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(loading.getValue()),
                loading));
        body.getChildren().add(spinner);
        VBox box = new VBox(8, title, body);
        box.getStyleClass().add("card");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        return box;
    }

    /** Fills a grid from rows: a header line, then a line per row, the marked cells in bold. */
    private void fill(GridPane grid, ObservableList<String> headers, ObservableList<DashboardViewModel.Row> rows,
            String firstHeaderKey) {
        grid.setHgap(18);
        grid.setVgap(5);
        Runnable rebuild = () -> {
            grid.getChildren().clear();
            grid.getColumnConstraints().clear();
            ColumnConstraints first = new ColumnConstraints();
            first.setHgrow(Priority.ALWAYS);
            first.setMinWidth(Region.USE_PREF_SIZE);
            grid.getColumnConstraints().add(first);
            grid.add(header(messages.get(firstHeaderKey), false), 0, 0);
            int col = 1;
            for (String h : headers) {
                ColumnConstraints cc = new ColumnConstraints();
                cc.setMinWidth(Region.USE_PREF_SIZE);
                cc.setHalignment(javafx.geometry.HPos.RIGHT);
                grid.getColumnConstraints().add(cc);
                grid.add(header(h, true), col++, 0);
            }
            int r = 1;
            for (DashboardViewModel.Row row : rows) {
                Label name = new Label(row.label());
                name.setMinWidth(Region.USE_PREF_SIZE);
                grid.add(name, 0, r);
                for (int i = 0; i < row.cells().size(); i++) {
                    Label cell = new Label(row.cells().get(i));
                    cell.setMinWidth(Region.USE_PREF_SIZE);
                    if (row.marked().contains(i)) {
                        cell.setStyle("-fx-font-weight: bold; -fx-text-fill: -color-success-fg;");
                    }
                    grid.add(cell, i + 1, r);
                }
                r++;
            }
        };
        rows.addListener((ListChangeListener<DashboardViewModel.Row>) c -> rebuild.run());
        headers.addListener((ListChangeListener<String>) c -> rebuild.run());
        rebuild.run();
    }

    private static Label header(String text, boolean right) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setAlignment(right ? Pos.BOTTOM_RIGHT : Pos.BOTTOM_LEFT);
        l.setTextAlignment(right ? javafx.scene.text.TextAlignment.RIGHT : javafx.scene.text.TextAlignment.LEFT);
        GridPane.setValignment(l, javafx.geometry.VPos.BOTTOM);
        return l;
    }
}
