package com.migrationhub.app.ui.assessment;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.catalog.Cloud;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The assessment: a scenario's results one row per server with AWS, Azure and Google Cloud side by
 * side (readiness, size, monthly cost), strategy, confidence and risk, the totals per cloud above,
 * the explanation of the selected server beside; the scenario's settings as a form with "Run
 * assessment"; the comparison of two scenarios. Builds nodes and binds them to
 * {@link AssessmentViewModel}; every command is the view model's.
 */
public final class AssessmentView implements View {
    private final AppContext context;
    private final Messages m;
    private final AssessmentViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab resultsTab;
    private final Tab runTab;
    private final TextField filter = new TextField();
    private final TableView<ResultRow> table = new TableView<>();

    public AssessmentView(AppContext context) {
        this.context = context;
        this.m = context.messages();
        this.vm = new AssessmentViewModel(context);
        root.setId("assessment-view");
        resultsTab = new Tab(m.get("assessment.tab.results"), results());
        resultsTab.setId("assessment-tab-results");
        runTab = new Tab(m.get("assessment.tab.run"), form());
        runTab.setId("assessment-tab-run");
        Tab compareTab = new Tab(m.get("assessment.tab.compare"), compare());
        compareTab.setId("assessment-tab-compare");
        resultsTab.setGraphic(new FontIcon(Feather.GRID));
        runTab.setGraphic(new FontIcon(Feather.SLIDERS));
        compareTab.setGraphic(new FontIcon(Feather.COLUMNS));
        tabs.getTabs().addAll(resultsTab, runTab, compareTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("assessment-tabs");
        root.setCenter(tabs);
        vm.runsDone.addListener((o, a, b) -> tabs.getSelectionModel().select(resultsTab));
    }

    /** The view model, for tests. */
    AssessmentViewModel viewModel() {
        return vm;
    }

    @Override
    public String id() {
        return "assessment";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.shown();
    }

    @Override
    public void find() {
        tabs.getSelectionModel().select(resultsTab);
        filter.requestFocus();
        filter.selectAll();
    }

    // ---------------------------------------------------------------- results

    private Node results() {
        ComboBox<String> scenario = new ComboBox<>(vm.scenarios);
        scenario.setId("assessment-scenario");
        scenario.valueProperty().bindBidirectional(vm.scenario);
        scenario.setPromptText(m.get("assessment.scenario.prompt"));
        filter.setId("assessment-filter");
        filter.setPromptText(m.get("assessment.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.filter);
        filter.setPrefColumnCount(16);
        ChoiceBox<String> strategy = new ChoiceBox<>();
        strategy.setId("assessment-strategy-filter");
        strategy.getItems().add(null);
        AssessmentViewModel.STRATEGIES.forEach(s -> strategy.getItems().add(s.toUpperCase(Locale.ROOT)));
        strategy.setConverter(converter(s -> s == null ? m.get("assessment.filter.all-strategies") : vm.strategy(s)));
        strategy.valueProperty().bindBidirectional(vm.strategyFilter);

        Button setStrategy = new Button(m.get("assessment.override.strategy"), new FontIcon(Feather.FLAG));
        setStrategy.setId("assessment-set-strategy");
        setStrategy.setOnAction(e -> strategyDialog());
        Button setSize = new Button(m.get("assessment.override.size"), new FontIcon(Feather.MAXIMIZE_2));
        setSize.setId("assessment-set-size");
        setSize.setOnAction(e -> sizeDialog());
        MenuItem clearStrategy = new MenuItem(m.get("assessment.override.clear-strategy"));
        clearStrategy.setOnAction(e -> vm.clearStrategy(List.copyOf(vm.selected)));
        MenuItem clearSizes = new MenuItem(m.get("assessment.override.clear-sizes"));
        clearSizes.setOnAction(e -> vm.clearSize(List.copyOf(vm.selected), null));
        MenuButton clear = new MenuButton(m.get("assessment.override.clear"), new FontIcon(Feather.X_CIRCLE),
                clearStrategy, clearSizes);
        clear.setId("assessment-clear-overrides");
        for (Node n : new Node[] {setStrategy, setSize, clear}) {
            n.disableProperty().bind(Bindings.isEmpty(vm.selected).or(vm.busyProperty()));
        }
        Button edit = new Button(m.get("assessment.results.edit"), new FontIcon(Feather.SLIDERS));
        edit.setId("assessment-edit-scenario");
        edit.setTooltip(new Tooltip(m.get("assessment.results.edit.tip")));
        edit.disableProperty().bind(vm.scenario.isNull());
        edit.setOnAction(e -> {
            vm.editShown();
            tabs.getSelectionModel().select(runTab);
        });
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(vm.count);
        count.setId("assessment-count");
        Label scenarioLabel = new Label(m.get("assessment.scenario"));
        HBox toolbar = new HBox(scenarioLabel, scenario, filter, strategy, spacer(), setStrategy, setSize, clear, edit);
        toolbar.getStyleClass().add("view-toolbar");
        for (Node n : List.of(scenarioLabel, setStrategy, setSize, clear, edit, strategy)) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        filter.setMinWidth(120);
        HBox.setHgrow(filter, Priority.SOMETIMES);

        // overrides stored since the run
        Label pendingText = new Label(m.get("assessment.pending"), new FontIcon(Feather.ALERT_TRIANGLE));
        pendingText.getStyleClass().add("warning-text");
        pendingText.setWrapText(true);
        Button rerun = new Button(m.get("assessment.pending.rerun"), new FontIcon(Feather.REFRESH_CW));
        rerun.setId("assessment-rerun");
        rerun.disableProperty().bind(vm.busyProperty().or(vm.running));
        rerun.setOnAction(e -> vm.rerunShown());
        HBox pending = new HBox(10, pendingText, rerun);
        pending.setAlignment(Pos.CENTER_LEFT);
        pending.setId("assessment-pending");
        showIf(pending, vm.pending);

        VBox notes = new VBox(2);
        notes.setId("assessment-run-notes");
        vm.runNotes.addListener((ListChangeListener<String>) c -> {
            notes.getChildren().clear();
            int shown = 0;
            for (String n : vm.runNotes) {
                if (shown++ == 20) {
                    notes.getChildren().add(muted(m.get("assessment.notes.more", vm.runNotes.size() - 20)));
                    break;
                }
                Label l = new Label(n, new FontIcon(Feather.INFO));
                l.getStyleClass().add("warning-text");
                l.setWrapText(true);
                notes.getChildren().add(l);
            }
        });
        notes.visibleProperty().bind(Bindings.isNotEmpty(vm.runNotes));
        notes.managedProperty().bind(notes.visibleProperty());

        Label lastRun = muted("");
        lastRun.textProperty().bind(vm.lastRun);
        lastRun.setId("assessment-last-run");
        lastRun.visibleProperty().bind(vm.lastRun.isNotEmpty());
        lastRun.managedProperty().bind(lastRun.visibleProperty());

        HBox cards = new HBox(10);
        cards.setId("assessment-totals");
        vm.totals.addListener((ListChangeListener<CloudTotal>) c -> {
            cards.getChildren().clear();
            for (CloudTotal t : vm.totals) {
                cards.getChildren().add(card(t));
            }
        });
        Label summaryText = muted("");
        summaryText.textProperty().bind(vm.scenarioSummary);
        summaryText.setId("assessment-summary");
        summaryText.setMinWidth(0);
        HBox summary = new HBox(10, summaryText, spacer(), count);
        count.setMinWidth(Region.USE_PREF_SIZE);

        buildTable();
        TextArea detail = new TextArea();
        detail.setId("assessment-detail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.textProperty().bind(vm.detail);
        detail.setStyle("-fx-font-family: monospace; -fx-font-size: 0.92em;");
        Label detailTitle = new Label(m.get("assessment.detail.title"), new FontIcon(Feather.FILE_TEXT));
        detailTitle.getStyleClass().add(Styles.TITLE_4);
        VBox detailPane = new VBox(6, detailTitle, detail);
        detailPane.setPadding(new Insets(8));
        VBox.setVgrow(detail, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, detailPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(detailPane, false);

        Label empty = new Label(m.get("assessment.results.empty"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        ProgressBar loading = new ProgressBar();
        loading.setMaxWidth(Double.MAX_VALUE);
        loading.setPrefHeight(4);
        loading.visibleProperty().bind(vm.loading);
        loading.managedProperty().bind(vm.loading);

        VBox head = new VBox(6, pending, notes, lastRun, cards, summary);
        head.setPadding(new Insets(10, 12, 6, 12));
        VBox box = new VBox(toolbar, loading, head, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        return box;
    }

    private Node card(CloudTotal t) {
        Label title = new Label(Cloud.parse(t.cloud()).label() + " · " + t.region(), new FontIcon(Feather.CLOUD));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label figure = new Label(vm.money(t.totalCents()));
        figure.getStyleClass().add("card-figure");
        figure.setStyle("-fx-font-size: 1.5em;");
        figure.setId("assessment-total-" + t.cloud() + "-" + t.region());
        Label per = muted(m.get("assessment.totals.per-month", vm.currency.get()));
        HBox amount = new HBox(6, figure, per);
        amount.setAlignment(Pos.BASELINE_LEFT);
        Label ready = new Label(m.get("assessment.totals.readiness", t.ready(), t.conditions(), t.notReady(),
                t.unknown()));
        ready.getStyleClass().add("card-caption");
        ready.setTooltip(new Tooltip(m.get("assessment.totals.sized", t.sized(), t.servers())));
        Label sized = new Label(m.get("assessment.totals.sized", t.sized(), t.servers()));
        sized.getStyleClass().add("card-caption");
        VBox card = new VBox(2, title, amount, ready, sized);
        card.getStyleClass().add("card");
        card.setStyle("-fx-padding: 8 12 8 12;");
        card.setMinWidth(200);
        card.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private void buildTable() {
        table.setId("assessment-table");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setItems(vm.rows);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ResultRow>) c ->
                vm.selected.setAll(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        vm.redraw.addListener((o, x, y) -> table.refresh());

        TableColumn<ResultRow, ResultRow> server = column(m.get("assessment.col.server"), r -> r, 200);
        server.setComparator(Comparator.comparing(ResultRow::server, String.CASE_INSENSITIVE_ORDER));
        server.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ResultRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.server());
                if (!empty && r != null && r.pending()) {
                    FontIcon icon = new FontIcon(Feather.REFRESH_CW);
                    icon.getStyleClass().add("warning-text");
                    setGraphic(icon);
                    setTooltip(new Tooltip(m.get("assessment.pending.row")));
                } else {
                    setGraphic(null);
                    setTooltip(null);
                }
            }
        });
        TableColumn<ResultRow, ResultRow> strategy = column(m.get("assessment.col.strategy"), r -> r, 150);
        strategy.setComparator(Comparator.comparing(ResultRow::strategy));
        strategy.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ResultRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String text = vm.strategy(r.strategy());
                String set = r.strategySet();
                if (set != null && !set.equals(r.strategy())) {
                    text = text + " → " + vm.strategy(set);
                }
                setText(text);
                if (set != null || r.strategySuggested() != null) {
                    setGraphic(new FontIcon(Feather.FLAG));
                    setTooltip(new Tooltip(set != null ? m.get("assessment.strategy.set", vm.strategy(set))
                            : m.get("assessment.strategy.cleared")));
                } else {
                    setGraphic(null);
                    setTooltip(null);
                }
            }
        });
        TableColumn<ResultRow, Integer> stars = column(m.get("assessment.col.confidence"), ResultRow::stars, 90);
        stars.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v == 0 ? m.get("assessment.confidence.na")
                        : AssessmentViewModel.stars(v));
                setStyle(empty || v == null || v == 0 ? "-fx-text-fill: -color-fg-muted;"
                        : "-fx-text-fill: -color-accent-fg;");
            }
        });
        TableColumn<ResultRow, ResultRow> risk = column(m.get("assessment.col.risk"), r -> r, 100);
        risk.setComparator(Comparator.comparingInt(ResultRow::riskScore));
        risk.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ResultRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setStyle(null);
                    return;
                }
                setText(r.riskScore() + " · " + m.get("assessment.risk." + r.riskLevel().toLowerCase(Locale.ROOT)));
                setStyle("-fx-text-fill: " + switch (r.riskLevel()) {
                    case "HIGH", "CRITICAL" -> "-color-danger-fg";
                    case "MEDIUM" -> "-color-warning-fg";
                    default -> "-color-fg-default";
                } + ";");
            }
        });
        table.getColumns().add(server);
        table.getColumns().add(strategy);
        table.getColumns().add(stars);
        table.getColumns().add(risk);
        for (int i = 0; i < 3; i++) {
            table.getColumns().add(cloudColumn(i));
        }
        ContextMenu menu = new ContextMenu();
        MenuItem s = new MenuItem(m.get("assessment.override.strategy"), new FontIcon(Feather.FLAG));
        s.setOnAction(e -> strategyDialog());
        MenuItem z = new MenuItem(m.get("assessment.override.size"), new FontIcon(Feather.MAXIMIZE_2));
        z.setOnAction(e -> sizeDialog());
        MenuItem cs = new MenuItem(m.get("assessment.override.clear-strategy"));
        cs.setOnAction(e -> vm.clearStrategy(List.copyOf(vm.selected)));
        MenuItem cz = new MenuItem(m.get("assessment.override.clear-sizes"));
        cz.setOnAction(e -> vm.clearSize(List.copyOf(vm.selected), null));
        for (MenuItem item : new MenuItem[] {s, z, cs, cz}) {
            item.disableProperty().bind(vm.busyProperty());
        }
        menu.getItems().addAll(s, z, new SeparatorMenuItem(), cs, cz);
        table.setContextMenu(menu);
    }

    private TableColumn<ResultRow, ?> cloudColumn(int i) {
        Cloud cloud = AssessmentViewModel.CLOUDS.get(i);
        TableColumn<ResultRow, Object> parent = new TableColumn<>();
        parent.textProperty().bind(Bindings.createStringBinding(() -> vm.regionOf[i].get() == null
                ? cloud.label() : cloud.label() + " · " + vm.regionOf[i].get(), vm.regionOf[i]));
        parent.visibleProperty().bind(vm.regionOf[i].isNotNull());
        parent.setId("assessment-col-" + cloud.id());

        TableColumn<ResultRow, String> ready = column(m.get("assessment.col.readiness"),
                r -> r.cell(i) == null ? null : r.cell(i).readiness(), 130);
        ready.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                if (empty || v == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(vm.readiness(v));
                FontIcon icon = new FontIcon(switch (v) {
                    case "READY" -> Feather.CHECK_CIRCLE;
                    case "READY_WITH_CONDITIONS" -> Feather.ALERT_CIRCLE;
                    case "NOT_READY" -> Feather.X_CIRCLE;
                    default -> Feather.HELP_CIRCLE;
                });
                // the theme's colours, for the text and the icon alike (light and dark)
                String colour = switch (v) {
                    case "READY" -> "-color-success-fg";
                    case "READY_WITH_CONDITIONS" -> "-color-warning-fg";
                    case "NOT_READY" -> "-color-danger-fg";
                    default -> "-color-fg-muted";
                };
                setStyle("-fx-text-fill: " + colour + ";");
                icon.setStyle(icon.getStyle() + "; -fx-icon-color: " + colour + ";");
                setGraphic(icon);
            }
        });
        TableColumn<ResultRow, ResultRow> size = column(m.get("assessment.col.size"), r -> r, 150);
        size.setComparator(Comparator.comparing(r -> r.cell(i) == null || r.cell(i).size() == null ? ""
                : r.cell(i).size()));
        size.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ResultRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null || r.cell(i) == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                ResultRow.Cell cell = r.cell(i);
                String set = r.sizeSet(i);
                String text = cell.size() == null ? m.get("assessment.size.none") : cell.size();
                if (set != null && !set.equals(cell.size())) {
                    text = text + " → " + set;
                }
                setText(text);
                setGraphic(set == null ? null : new FontIcon(Feather.FLAG));
                setTooltip(new Tooltip(cell.size() == null ? m.get("assessment.size.none.tip")
                        : m.get("assessment.size.tip", cell.size(), cell.vcpus(), cell.memoryMiB() / 1024.0)
                                + (set == null ? "" : "\n" + m.get("assessment.size.set", set))));
            }
        });
        TableColumn<ResultRow, Long> cost = column(m.get("assessment.col.cost"),
                r -> r.cell(i) == null ? null : r.cell(i).totalCents(), 120);
        cost.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Long v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : vm.money(v));
            }
        });
        cost.setStyle("-fx-alignment: center-right;");
        parent.getColumns().add(ready);
        parent.getColumns().add(size);
        parent.getColumns().add(cost);
        return parent;
    }

    private static <T> TableColumn<ResultRow, T> column(String title, Function<ResultRow, T> value, double width) {
        TableColumn<ResultRow, T> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == null ? null : value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void strategyDialog() {
        List<ResultRow> targets = List.copyOf(vm.selected);
        if (targets.isEmpty()) {
            return;
        }
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.getItems().setAll(AssessmentViewModel.STRATEGIES);
        choice.setConverter(converter(s -> s == null ? "" : vm.strategy(s.toUpperCase(Locale.ROOT))));
        String current = targets.get(0).strategySet() != null ? targets.get(0).strategySet() : targets.get(0).strategy();
        choice.setValue(current == null ? "rehost" : current.toLowerCase(Locale.ROOT));
        if (!choice.getItems().contains(choice.getValue())) {
            choice.setValue("rehost");
        }
        choice.setId("assessment-dialog-strategy");
        TextField note = new TextField();
        note.setPromptText(m.get("assessment.dialog.note.prompt"));
        note.setId("assessment-dialog-note");
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("assessment.dialog.strategy")), choice);
        grid.addRow(1, new Label(m.get("assessment.dialog.note")), note);
        grid.add(hint(m.get("assessment.dialog.apply-note")), 0, 2, 2, 1);
        Dialog<ButtonType> d = dialog(targets.size() == 1
                ? m.get("assessment.dialog.strategy.title.one", targets.get(0).server())
                : m.get("assessment.dialog.strategy.title.many", targets.size()), grid);
        d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> {
            try {
                vm.setStrategy(targets, choice.getValue(), note.getText());
            } catch (RuntimeException e) {
                context.fail(e);
            }
        });
    }

    private void sizeDialog() {
        List<ResultRow> targets = List.copyOf(vm.selected);
        if (targets.isEmpty()) {
            return;
        }
        ChoiceBox<Cloud> cloud = new ChoiceBox<>();
        for (int i = 0; i < 3; i++) {
            if (vm.regionOf[i].get() != null) {
                cloud.getItems().add(AssessmentViewModel.CLOUDS.get(i));
            }
        }
        if (cloud.getItems().isEmpty()) {
            cloud.getItems().setAll(AssessmentViewModel.CLOUDS);
        }
        cloud.setConverter(converter(c -> c == null ? "" : c.label()));
        cloud.setValue(cloud.getItems().get(0));
        ComboBox<String> size = new ComboBox<>();
        size.setEditable(true);
        size.setPrefWidth(240);
        size.setId("assessment-dialog-size");
        Runnable fill = () -> {
            int i = AssessmentViewModel.CLOUDS.indexOf(cloud.getValue());
            size.getItems().setAll(vm.sizeNames(cloud.getValue()));
            ResultRow.Cell c = targets.get(0).cell(i);
            String set = targets.get(0).sizeSet(i);
            size.getEditor().setText(set != null ? set : c == null || c.size() == null ? "" : c.size());
        };
        cloud.valueProperty().addListener((o, a, b) -> fill.run());
        fill.run();
        TextField note = new TextField();
        note.setPromptText(m.get("assessment.dialog.note.prompt"));
        GridPane grid = grid();
        grid.addRow(0, new Label(m.get("assessment.dialog.cloud")), cloud);
        grid.addRow(1, new Label(m.get("assessment.dialog.size")), size);
        grid.addRow(2, new Label(m.get("assessment.dialog.note")), note);
        grid.add(hint(m.get("assessment.dialog.size-note")), 0, 3, 2, 1);
        Dialog<ButtonType> d = dialog(targets.size() == 1
                ? m.get("assessment.dialog.size.title.one", targets.get(0).server())
                : m.get("assessment.dialog.size.title.many", targets.size()), grid);
        d.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> {
            try {
                vm.setSize(targets, cloud.getValue(), size.getEditor().getText(), note.getText());
            } catch (RuntimeException e) {
                context.fail(e);
            }
        });
    }

    private Dialog<ButtonType> dialog(String title, Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(title);
        if (context.window().get() != null) {
            d.initOwner(context.window().get());
        }
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(new ButtonType(m.get("assessment.dialog.ok"),
                ButtonBar.ButtonData.OK_DONE), new ButtonType(m.get("assessment.dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        return d;
    }

    // ---------------------------------------------------------------- the form

    private Node form() {
        ComboBox<String> name = new ComboBox<>(vm.scenarios);
        name.setEditable(true);
        name.setId("assessment-form-scenario");
        name.getEditor().textProperty().bindBidirectional(vm.formScenario);
        name.setPrefWidth(260);
        Label nameHint = muted("");
        nameHint.textProperty().bind(Bindings.when(vm.formExisting).then(m.get("assessment.form.scenario.existing"))
                .otherwise(m.get("assessment.form.scenario.new")));

        GridPane clouds = grid();
        for (int i = 0; i < 3; i++) {
            Cloud c = AssessmentViewModel.CLOUDS.get(i);
            ToggleSwitch on = new ToggleSwitch(c.label());
            on.setId("assessment-form-cloud-" + c.id());
            on.selectedProperty().bindBidirectional(vm.cloudOn[i]);
            on.setMinWidth(140);
            ComboBox<String> region = new ComboBox<>(vm.regionChoices[i]);
            region.setEditable(true);
            region.setId("assessment-form-region-" + c.id());
            region.getEditor().textProperty().bindBidirectional(vm.regions[i]);
            region.setPrefWidth(260);
            region.disableProperty().bind(vm.cloudOn[i].not());
            clouds.addRow(i, on, region);
        }
        clouds.add(hint(m.get("assessment.form.regions.hint")), 0, 3, 2, 1);

        ChoiceBox<String> sizing = choice("assessment-form-sizing", AssessmentViewModel.SIZING, vm.sizing,
                s -> m.get("assessment.form.sizing." + s));
        ChoiceBox<Integer> percentile = new ChoiceBox<>();
        percentile.getItems().setAll(AssessmentViewModel.PERCENTILES);
        percentile.valueProperty().bindBidirectional(vm.percentile);
        percentile.setConverter(converter(p -> p == null ? "" : "p" + p));
        percentile.setId("assessment-form-percentile");
        TextField comfort = field("assessment-form-comfort", vm.comfort, 6);
        GridPane sizingGrid = grid();
        sizingGrid.addRow(0, label("assessment.form.sizing"), sizing);
        sizingGrid.addRow(1, label("assessment.form.percentile"), percentile);
        sizingGrid.addRow(2, label("assessment.form.comfort"), comfort);
        sizingGrid.add(hint(m.get("assessment.form.sizing.hint")), 0, 3, 2, 1);

        TextField families = field("assessment-form-families", vm.families, 18);
        families.setPromptText(m.get("assessment.form.families.prompt"));
        ToggleSwitch arm = toggle("assessment-form-arm", "assessment.form.arm", vm.allowArm);
        ToggleSwitch burstable = toggle("assessment-form-burstable", "assessment.form.burstable", vm.allowBurstable);
        TextField minMemory = field("assessment-form-min-memory", vm.minMemory, 8);
        GridPane sizes = grid();
        sizes.addRow(0, label("assessment.form.families"), families);
        sizes.addRow(1, label("assessment.form.min-memory"), minMemory);
        sizes.add(arm, 0, 2, 2, 1);
        sizes.add(burstable, 0, 3, 2, 1);

        ChoiceBox<String> pricing = choice("assessment-form-pricing", List.of("on-demand", "ri1y", "ri3y", "sp1y",
                "sp3y"), vm.pricing, p -> m.get("assessment.form.pricing." + p));
        ChoiceBox<String> currency = choice("assessment-form-currency", List.of("USD", "EUR", "GBP"), vm.formCurrency,
                c -> c);
        TextField rate = field("assessment-form-rate", vm.rate, 10);
        rate.setPromptText(m.get("assessment.form.rate.prompt"));
        Label rateNote = muted("");
        rateNote.textProperty().bind(vm.rateNote);
        rate.disableProperty().bind(vm.formCurrency.isEqualTo("USD"));
        ComboBox<String> uptime = new ComboBox<>();
        uptime.getItems().setAll(AssessmentViewModel.UPTIMES);
        uptime.setEditable(true);
        uptime.getEditor().textProperty().bindBidirectional(vm.uptime);
        uptime.setId("assessment-form-uptime");
        GridPane price = grid();
        price.addRow(0, label("assessment.form.pricing"), pricing);
        price.addRow(1, label("assessment.form.currency"), currency);
        price.addRow(2, label("assessment.form.rate"), new HBox(8, rate, rateNote));
        price.addRow(3, label("assessment.form.uptime"), uptime);

        ToggleSwitch byolWindows = toggle("assessment-form-byol-windows", "assessment.form.byol-windows",
                vm.byolWindows);
        ToggleSwitch byolSql = toggle("assessment-form-byol-sql", "assessment.form.byol-sql", vm.byolSql);
        VBox licences = new VBox(8, byolWindows, byolSql, hint(m.get("assessment.form.byol.hint")));

        ChoiceBox<Integer> horizon = new ChoiceBox<>();
        horizon.getItems().setAll(1, 2, 3, 4, 5);
        horizon.valueProperty().bindBidirectional(vm.horizon);
        horizon.setConverter(converter(y -> y == null ? "" : m.get("assessment.form.years", y)));
        horizon.setId("assessment-form-horizon");
        TextField egress = field("assessment-form-egress", vm.egress, 8);
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(vm.assessedOn);
        date.setId("assessment-form-date");
        GridPane business = grid();
        business.addRow(0, label("assessment.form.horizon"), horizon);
        business.addRow(1, label("assessment.form.egress"), egress);
        business.addRow(2, label("assessment.form.date"), date);
        business.add(hint(m.get("assessment.form.date.hint")), 0, 3, 2, 1);

        FlowPane sections = new FlowPane(14, 14,
                section("assessment.form.section.clouds", Feather.CLOUD, clouds),
                section("assessment.form.section.sizing", Feather.ACTIVITY, sizingGrid),
                section("assessment.form.section.sizes", Feather.FILTER, sizes),
                section("assessment.form.section.pricing", Feather.DOLLAR_SIGN, price),
                section("assessment.form.section.licences", Feather.KEY, licences),
                section("assessment.form.section.business", Feather.TRENDING_UP, business));
        sections.setPadding(new Insets(12));

        Label error = new Label();
        error.setId("assessment-form-error");
        error.getStyleClass().add("danger-text");
        error.textProperty().bind(vm.formError);
        error.setWrapText(true);
        error.setGraphic(new FontIcon(Feather.ALERT_OCTAGON));
        error.visibleProperty().bind(vm.formError.isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("assessment-run-progress");
        progress.progressProperty().bind(vm.progress);
        progress.setPrefWidth(220);
        Label progressText = muted("");
        progressText.textProperty().bind(vm.progressText);
        HBox running = new HBox(8, progress, progressText);
        running.setAlignment(Pos.CENTER_LEFT);
        showIf(running, vm.running);
        Button defaults = new Button(m.get("assessment.form.defaults"), new FontIcon(Feather.ROTATE_CCW));
        defaults.setId("assessment-form-defaults");
        defaults.setOnAction(e -> vm.resetToDefaults());
        defaults.disableProperty().bind(vm.running);
        Button run = new Button(m.get("assessment.form.run"), new FontIcon(Feather.PLAY));
        run.setId("assessment-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.formError.isNotEmpty().or(vm.running).or(vm.busyProperty()));
        run.setOnAction(e -> vm.run());
        Button cancel = new Button(m.get("assessment.form.cancel"), new FontIcon(Feather.SQUARE));
        cancel.setId("assessment-cancel");
        showIf(cancel, vm.running);
        cancel.setOnAction(e -> vm.cancel());
        Label lastRun = muted("");
        lastRun.textProperty().bind(vm.lastRun);

        HBox top = new HBox(10, label("assessment.form.scenario"), name, nameHint);
        top.getStyleClass().add("view-toolbar");
        top.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(10, error, spacer(), running, lastRun, defaults, cancel, run);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setPadding(new Insets(10, 12, 10, 12));
        actions.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1 0 0 0;");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        BorderPane pane = new BorderPane(scroll, top, null, actions, null);
        return pane;
    }

    private Node section(String key, Feather icon, Node content) {
        Label title = new Label(m.get(key), new FontIcon(icon));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, title, content);
        box.getStyleClass().add("card");
        box.setPrefWidth(420);
        return box;
    }

    private GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(first);
        return g;
    }

    private Label label(String key) {
        Label l = new Label(m.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label hint(String text) {
        Label l = muted(text);
        l.setWrapText(true);
        l.setMaxWidth(390);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static TextField field(String id, StringProperty value, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.setPrefColumnCount(columns);
        return f;
    }

    private ToggleSwitch toggle(String id, String key, javafx.beans.property.BooleanProperty value) {
        ToggleSwitch t = new ToggleSwitch(m.get(key));
        t.setId(id);
        t.selectedProperty().bindBidirectional(value);
        return t;
    }

    private static ChoiceBox<String> choice(String id, List<String> items, StringProperty value,
            Function<String, String> text) {
        ChoiceBox<String> c = new ChoiceBox<>();
        c.getItems().setAll(items);
        c.setConverter(converter(s -> s == null ? "" : text.apply(s)));
        c.valueProperty().bindBidirectional(value);
        c.setId(id);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static void showIf(Node n, javafx.beans.value.ObservableBooleanValue condition) {
        n.visibleProperty().bind(condition);
        n.managedProperty().bind(condition);
    }

    // ---------------------------------------------------------------- compare

    private Node compare() {
        ComboBox<String> a = new ComboBox<>(vm.scenarios);
        a.setId("assessment-compare-a");
        a.valueProperty().bindBidirectional(vm.compareA);
        ComboBox<String> b = new ComboBox<>(vm.scenarios);
        b.setId("assessment-compare-b");
        b.valueProperty().bindBidirectional(vm.compareB);
        Button go = new Button(m.get("assessment.compare.run"), new FontIcon(Feather.COLUMNS));
        go.setId("assessment-compare-run");
        go.disableProperty().bind(vm.compareA.isNull().or(vm.compareB.isNull()));
        go.setOnAction(e -> vm.compare());
        Label summary = muted("");
        summary.textProperty().bind(vm.compareSummary);
        summary.setId("assessment-compare-summary");
        HBox toolbar = new HBox(new Label(m.get("assessment.compare.a")), a, new Label(m.get("assessment.compare.b")),
                b, go, spacer(), summary);
        toolbar.getStyleClass().add("view-toolbar");

        TableView<CompareRow> totals = compareTable("assessment-compare-totals", vm.compareTotals,
                m.get("assessment.compare.col.region"), m.get("assessment.compare.col.difference"), 150);
        totals.setPrefHeight(170);
        TableView<CompareRow> assumptions = compareTable("assessment-compare-assumptions", vm.compareAssumptions,
                m.get("assessment.compare.col.assumption"), null, 260);
        assumptions.setPrefHeight(200);
        TableView<CompareRow> servers = compareTable("assessment-compare-servers", vm.compareServers,
                m.get("assessment.compare.col.server"), m.get("assessment.compare.col.what"), 280);
        VBox box = new VBox(8, title("assessment.compare.totals"), totals, title("assessment.compare.assumptions"),
                assumptions, title("assessment.compare.servers"), servers);
        box.setPadding(new Insets(10, 12, 12, 12));
        VBox.setVgrow(servers, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        return new VBox(toolbar, box);
    }

    private Label title(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private TableView<CompareRow> compareTable(String id, javafx.collections.ObservableList<CompareRow> items,
            String first, String change, double firstWidth) {
        TableView<CompareRow> t = new TableView<>(items);
        t.setId(id);
        t.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CompareRow, String> c0 = new TableColumn<>(first);
        c0.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().first()));
        c0.setPrefWidth(firstWidth);
        TableColumn<CompareRow, String> ca = new TableColumn<>();
        ca.textProperty().bind(Bindings.createStringBinding(() -> vm.compareA.get() == null ? "A" : vm.compareA.get(),
                vm.compareA));
        ca.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().a()));
        ca.setPrefWidth(170);
        TableColumn<CompareRow, String> cb = new TableColumn<>();
        cb.textProperty().bind(Bindings.createStringBinding(() -> vm.compareB.get() == null ? "B" : vm.compareB.get(),
                vm.compareB));
        cb.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().b()));
        cb.setPrefWidth(170);
        t.getColumns().add(c0);
        t.getColumns().add(ca);
        t.getColumns().add(cb);
        if (change != null) {
            TableColumn<CompareRow, CompareRow> cc = new TableColumn<>(change);
            cc.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
            cc.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(CompareRow r, boolean empty) {
                    super.updateItem(r, empty);
                    setText(empty || r == null ? null : r.change());
                    setStyle(empty || r == null || r.up() == null ? null : r.up()
                            ? "-fx-text-fill: -color-danger-fg;" : "-fx-text-fill: -color-success-fg;");
                }
            });
            cc.setPrefWidth(260);
            t.getColumns().add(cc);
        }
        t.setPlaceholder(muted(m.get("assessment.compare.empty")));
        return t;
    }
}
