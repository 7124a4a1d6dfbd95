package com.migrationhub.app.ui.dependencies;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import com.migrationhub.app.ui.dependencies.DependenciesViewModel.ColourBy;
import com.migrationhub.app.ui.dependencies.DependenciesViewModel.DependencyRow;
import com.migrationhub.app.ui.dependencies.DependenciesViewModel.Fact;
import com.migrationhub.app.ui.dependencies.DependenciesViewModel.LegendEntry;
import com.migrationhub.app.ui.dependencies.DependenciesViewModel.State;
import com.migrationhub.app.ui.i18n.Messages;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dependency map: the graph drawn on a canvas (pan, zoom, select a server to light up its
 * neighbours), soft dependencies on or off, nodes coloured by move group, wave, strategy or risk
 * with a legend, and a side panel with the selected endpoint's facts and dependencies. Binds to
 * {@link DependenciesViewModel}; the canvas is {@link GraphCanvas}.
 */
public final class DependenciesView implements View {
    private final DependenciesViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final GraphCanvas canvas = new GraphCanvas();
    private final TextField search = new TextField();

    public DependenciesView(AppContext context) {
        this.model = new DependenciesViewModel(context);
        this.messages = context.messages();
        root.setId("dependencies-view");
        canvas.setId("dependencies-canvas");

        root.setTop(toolbar());
        StackPane stage = new StackPane(canvas, emptyState(), loadingState(), failedState());
        stage.setId("dependencies-stage");
        stage.setMinSize(0, 0);
        root.setCenter(stage);
        Node details = details();
        root.setRight(details);
        details.visibleProperty().bind(model.stateProperty().isEqualTo(State.READY));
        details.managedProperty().bind(details.visibleProperty());

        model.geometryProperty().addListener((o, a, g) -> canvas.setGraph(g));
        model.colouringProperty().addListener((o, a, c) -> {
            if (c != null) {
                canvas.setColours(c.colourIndex(), c.palette());
            }
        });
        canvas.setShowSoft(model.showSoftProperty().get());
        model.showSoftProperty().addListener((o, a, b) -> canvas.setShowSoft(b));
        canvas.selectedProperty().bindBidirectional(model.selectedNodeProperty());
        model.litEdgesProperty().addListener(o -> canvas.setHighlight(model.litNodesProperty().get(),
                model.litEdgesProperty().get()));
        model.litNodesProperty().addListener(o -> canvas.setHighlight(model.litNodesProperty().get(),
                model.litEdgesProperty().get()));
        model.onCentre(canvas::centreOn);
        canvas.visibleProperty().bind(model.stateProperty().isEqualTo(State.READY));
        root.sceneProperty().addListener((o, a, b) -> model.setActive(b != null));
    }

    private Node toolbar() {
        search.setId("dependencies-search");
        search.setPromptText(messages.get("dependencies.search.prompt"));
        search.setPrefColumnCount(16);
        search.setOnAction(e -> model.search(search.getText()));
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                canvas.requestFocus();
            }
        });
        search.textProperty().addListener(o -> {
            if (search.getText().isBlank()) {
                model.search("");
            }
        });
        Label searchMessage = new Label();
        searchMessage.setId("dependencies-search-message");
        searchMessage.getStyleClass().add("text-muted");
        searchMessage.textProperty().bind(model.searchMessageProperty());

        Label colourLabel = new Label(messages.get("dependencies.colourBy"));
        ChoiceBox<ColourBy> colourBy = new ChoiceBox<>();
        colourBy.setId("dependencies-colour-by");
        colourBy.getItems().setAll(ColourBy.values());
        colourBy.setConverter(new StringConverter<>() {
            @Override
            public String toString(ColourBy c) {
                return c == null ? "" : messages.get(c.key());
            }

            @Override
            public ColourBy fromString(String s) {
                return null;
            }
        });
        colourBy.valueProperty().bindBidirectional(model.colourByProperty());
        colourLabel.setLabelFor(colourBy);

        ToggleSwitch soft = new ToggleSwitch();
        soft.setId("dependencies-soft");
        soft.selectedProperty().bindBidirectional(model.showSoftProperty());
        soft.setTooltip(new Tooltip(messages.get("dependencies.showSoft.tip")));
        soft.setAccessibleText(messages.get("dependencies.showSoft"));
        // the switch toggles on its track only: its words toggle it too
        Label softLabel = new Label(messages.get("dependencies.showSoft"));
        softLabel.setId("dependencies-soft-label");
        softLabel.setLabelFor(soft);
        softLabel.setTooltip(new Tooltip(messages.get("dependencies.showSoft.tip")));
        softLabel.setOnMouseClicked(e -> soft.fire());


        Button zoomOut = iconButton("dependencies-zoom-out", Feather.ZOOM_OUT, "dependencies.zoomOut");
        zoomOut.setOnAction(e -> canvas.zoomBy(1 / 1.4));
        Button zoomIn = iconButton("dependencies-zoom-in", Feather.ZOOM_IN, "dependencies.zoomIn");
        zoomIn.setOnAction(e -> canvas.zoomBy(1.4));
        Button fit = iconButton("dependencies-fit", Feather.MAXIMIZE, "dependencies.fit");
        fit.setOnAction(e -> canvas.fit());
        Label zoom = new Label();
        zoom.setId("dependencies-zoom");
        zoom.getStyleClass().add("text-muted");
        zoom.setMinWidth(48);
        zoom.setAlignment(Pos.CENTER_RIGHT);
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.0f %%", canvas.zoomProperty().get() * 100), canvas.zoomProperty()));
        HBox zoomGroup = new HBox(zoom, zoomOut, zoomIn, fit);
        zoomGroup.setAlignment(Pos.CENTER_LEFT);
        zoomGroup.setSpacing(2);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(search, searchMessage, colourLabel, colourBy, soft, softLabel, spacer, zoomGroup);
        bar.getStyleClass().add("view-toolbar");
        HBox.setMargin(colourLabel, new Insets(0, 0, 0, 12));
        HBox.setMargin(soft, new Insets(0, 0, 0, 12));
        for (Node n : bar.getChildren()) {
            if (n instanceof Label l) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            if (n != spacer && n != zoomGroup) {
                n.disableProperty().bind(model.stateProperty().isNotEqualTo(State.READY));
            }
        }
        zoomGroup.disableProperty().bind(model.stateProperty().isNotEqualTo(State.READY));
        return bar;
    }

    private Button iconButton(String id, Feather icon, String tipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        b.setAccessibleText(messages.get(tipKey));
        return b;
    }

    private Node legend() {
        VBox items = new VBox(4);
        items.setId("dependencies-legend-items");
        Label title = new Label();
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(model.colourByProperty().get().key()), model.colourByProperty()));
        Label note = new Label();
        note.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        note.setWrapText(true);
        note.textProperty().bind(model.legendNoteProperty());
        note.visibleProperty().bind(model.legendNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label edges = new Label(messages.get("dependencies.legend.edges"));
        edges.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        edges.setWrapText(true);
        VBox box = new VBox(6, title, items, note, edges);
        box.setId("dependencies-legend");
        box.getStyleClass().add("card");
        model.legend().addListener((javafx.collections.ListChangeListener<LegendEntry>) c -> fillLegend(items));
        return box;
    }

    private void fillLegend(VBox items) {
        items.getChildren().clear();
        for (LegendEntry entry : model.legend()) {
            Region swatch = new Region();
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            swatch.setStyle("-fx-background-radius: 6; -fx-background-color: "
                    + (entry.colour() == null ? "-color-fg-subtle" : web(entry.colour())) + ";");
            Label label = new Label(entry.label());
            label.setMaxWidth(250);
            label.setTooltip(new Tooltip(entry.label()));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label count = new Label(String.format(messages.locale(), "%,d", entry.count()));
            count.getStyleClass().add("text-muted");
            HBox line = new HBox(8, swatch, label, gap, count);
            line.setAlignment(Pos.CENTER_LEFT);
            items.getChildren().add(line);
        }
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.SHARE_2);
        icon.setIconSize(48);
        icon.getStyleClass().add("text-muted");
        Label title = new Label(messages.get("dependencies.empty.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(messages.get("dependencies.empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        text.setMaxWidth(460);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(12, icon, title, text);
        box.setId("dependencies-empty");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.stateProperty().isEqualTo(State.EMPTY));
        return box;
    }

    private Node loadingState() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label(messages.get("dependencies.loading"));
        text.getStyleClass().add("text-muted");
        VBox box = new VBox(12, spinner, text);
        box.setId("dependencies-loading");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.stateProperty().isEqualTo(State.LOADING));
        box.setMouseTransparent(true);
        return box;
    }

    private Node failedState() {
        FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
        icon.setIconSize(36);
        icon.getStyleClass().add("danger-text");
        Label title = new Label(messages.get("dependencies.failed"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label();
        text.textProperty().bind(model.failureProperty());
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add("text-muted");
        Button retry = new Button(messages.get("dependencies.retry"), new FontIcon(Feather.REFRESH_CW));
        retry.setId("dependencies-retry");
        retry.setOnAction(e -> model.reload());
        VBox box = new VBox(12, icon, title, text, retry);
        box.setId("dependencies-failed");
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.stateProperty().isEqualTo(State.FAILED));
        return box;
    }

    private Node details() {
        Label title = new Label();
        title.setId("dependencies-selection");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        title.textProperty().bind(model.selectionTitleProperty());
        Label hint = new Label(messages.get("dependencies.selectHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");

        GridPane facts = new GridPane();
        facts.setId("dependencies-facts");
        facts.setHgap(12);
        facts.setVgap(4);
        model.facts().addListener((javafx.collections.ListChangeListener<Fact>) c -> {
            facts.getChildren().clear();
            int row = 0;
            for (Fact f : model.facts()) {
                Label k = new Label(f.label());
                k.getStyleClass().add("text-muted");
                k.setMinWidth(Region.USE_PREF_SIZE);
                Label v = new Label(f.value());
                v.setWrapText(true);
                facts.addRow(row++, k, v);
            }
        });

        Label depsTitle = new Label(messages.get("dependencies.table.title"));
        depsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        TableView<DependencyRow> table = new TableView<>(model.dependencies());
        table.setId("dependencies-table");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        table.setPlaceholder(new Label(messages.get("dependencies.table.none")));
        TableColumn<DependencyRow, String> direction = column("dependencies.table.direction", 28,
                r -> r.outgoing() ? "\u2192" : "\u2190");
        TableColumn<DependencyRow, String> endpoint = column("dependencies.table.endpoint", 160, DependencyRow::endpoint);
        TableColumn<DependencyRow, String> ports = column("dependencies.table.ports", 90,
                r -> r.ports() + (r.protocols().isEmpty() ? "" : " / " + r.protocols()));
        TableColumn<DependencyRow, String> strength = column("dependencies.table.strength", 48, DependencyRow::strength);
        table.getColumns().setAll(java.util.List.of(direction, endpoint, ports, strength));
        table.setRowFactory(t -> {
            TableRow<DependencyRow> row = new TableRow<>() {
                @Override
                protected void updateItem(DependencyRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null : new Tooltip(messages.get(item.outgoing()
                            ? "dependencies.table.tipOut" : "dependencies.table.tipIn", item.endpoint(), item.why(),
                            item.connections())));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && row.getItem() != null) {
                    model.focus(row.getItem().other());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            DependencyRow r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                model.focus(r.other());
            }
        });
        table.setPrefHeight(260);
        table.setMinHeight(140);
        Label tableHint = new Label(messages.get("dependencies.table.hint"));
        tableHint.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        tableHint.setWrapText(true);

        VBox selected = new VBox(10, title, facts, depsTitle, table, tableHint);
        selected.visibleProperty().bind(model.selectedNodeProperty().greaterThanOrEqualTo(0));
        selected.managedProperty().bind(selected.visibleProperty());
        hint.visibleProperty().bind(selected.visibleProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());
        Label summary = new Label();
        summary.setId("dependencies-summary");
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        VBox content = new VBox(12, summary, hint, selected, legend());
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox panel = new VBox(scroll);
        panel.setId("dependencies-details");
        panel.setPrefWidth(400);
        panel.setMinWidth(280);
        panel.setStyle("-fx-border-color: -color-border-default; -fx-border-width: 0 0 0 1; "
                + "-fx-background-color: -color-bg-default;");
        return panel;
    }

    private TableColumn<DependencyRow, String> column(String key, double width,
            java.util.function.Function<DependencyRow, String> value) {
        TableColumn<DependencyRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The view model, for tests. */
    DependenciesViewModel model() {
        return model;
    }

    /** The canvas, for tests. */
    GraphCanvas canvas() {
        return canvas;
    }

    @Override
    public String id() {
        return "dependencies";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.setActive(true);
    }

    @Override
    public void find() {
        search.requestFocus();
        search.selectAll();
    }
}
