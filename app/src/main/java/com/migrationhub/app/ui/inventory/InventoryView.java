package com.migrationhub.app.ui.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.PowerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inventory: every server of the project in a table that stays smooth at 100,000 rows (quick
 * filter, power and OS toggles, a column chooser, sorting, multiple selection), and beside it the
 * selected server with every attribute, where it came from and an editor per field. Deleting,
 * restoring and editing are undoable from the Edit menu. Binds to {@link InventoryViewModel}.
 */
public final class InventoryView implements View {
    private static final PseudoClass DELETED = PseudoClass.getPseudoClass("deleted");
    private static final PseudoClass TEMPLATE = PseudoClass.getPseudoClass("template");

    private final AppContext context;
    private final Messages m;
    private final InventoryViewModel model;
    private final InventoryCells cells;
    private final BorderPane root = new BorderPane();
    private final CustomTextField filter = new CustomTextField();
    private final TableView<ServerRow> table = new TableView<>();
    private final ServerDetailPane detailPane;
    private final Button delete = new Button();
    private final Button restore = new Button();
    private boolean restoring;

    public InventoryView(AppContext context) {
        this(context, new InventoryViewModel(context));
    }

    /** Over a view model made elsewhere (tests give it workers that run on the calling thread). */
    InventoryView(AppContext context, InventoryViewModel model) {
        this.context = context;
        this.m = context.messages();
        this.model = model;
        this.cells = new InventoryCells(m);
        this.detailPane = new ServerDetailPane(m, model.busyProperty());
        root.setId("inventory-view");
        root.getStylesheets().add(InventoryView.class.getResource("inventory-view.css").toExternalForm());
        root.setTop(toolbar());
        buildTable();
        SplitPane split = new SplitPane(tableArea(), detailArea());
        split.setId("inventory-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        root.setCenter(split);
        model.showingProperty().bind(root.sceneProperty().isNotNull());
    }

    /** The view model, for tests. */
    InventoryViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "inventory";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.shown();
    }

    @Override
    public void find() {
        filter.requestFocus();
        filter.selectAll();
    }

    // ------------------------------------------------------------------ toolbar

    private Node toolbar() {
        filter.setId("inventory-filter");
        filter.setPromptText(m.get("inventory.filter.prompt"));
        filter.setLeft(new FontIcon(Feather.SEARCH));
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        clear.setId("inventory-filter-clear");
        clear.setTooltip(new Tooltip(m.get("inventory.filter.clear")));
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        clear.setOnAction(e -> filter.clear());
        filter.setRight(clear);
        filter.setPrefColumnCount(20);
        filter.setMinWidth(150);
        filter.setTooltip(new Tooltip(m.get("inventory.filter.tip")));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            }
        });

        ToggleGroup powerGroup = new ToggleGroup();
        ToggleButton any = powerToggle(powerGroup, null, "inventory.power.any", Styles.LEFT_PILL);
        ToggleButton on = powerToggle(powerGroup, PowerState.POWERED_ON, "inventory.power.on", Styles.CENTER_PILL);
        ToggleButton off = powerToggle(powerGroup, PowerState.POWERED_OFF, "inventory.power.off", Styles.RIGHT_PILL);
        powerGroup.selectToggle(any);
        powerGroup.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.powerProperty().set((PowerState) b.getUserData());
            }
        });
        model.powerProperty().addListener((o, a, b) -> {
            for (var t : powerGroup.getToggles()) {
                if (t.getUserData() == b) {
                    powerGroup.selectToggle(t);
                }
            }
        });
        HBox power = new HBox(any, on, off);

        ComboBox<OsFamily> os = new ComboBox<>();
        os.setId("inventory-os");
        os.getItems().add(null);
        os.getItems().addAll(OsFamily.values());
        os.setButtonCell(osCell());
        os.setCellFactory(l -> osCell());
        os.valueProperty().bindBidirectional(model.osFamilyProperty());
        os.setTooltip(new Tooltip(m.get("inventory.os.tip")));

        ToggleButton templates = new ToggleButton(m.get("inventory.templates"), new FontIcon(Feather.COPY));
        templates.setId("inventory-templates");
        templates.selectedProperty().bindBidirectional(model.templatesProperty());
        templates.setTooltip(new Tooltip(m.get("inventory.templates.tip")));
        ToggleButton deleted = new ToggleButton(m.get("inventory.deleted"), new FontIcon(Feather.TRASH));
        deleted.setId("inventory-deleted");
        deleted.selectedProperty().bindBidirectional(model.deletedProperty());
        deleted.setTooltip(new Tooltip(m.get("inventory.deleted.tip")));

        Label count = new Label();
        count.setId("inventory-count");
        count.textProperty().bind(model.countText());
        count.getStyleClass().add("text-muted");
        count.setMinWidth(Region.USE_PREF_SIZE);

        delete.setText(m.get("inventory.delete"));
        delete.setGraphic(new FontIcon(Feather.TRASH_2));
        delete.setId("inventory-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip(m.get("inventory.delete.tip")));
        delete.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> model.countDeletable(true) == 0, model.selected())));
        delete.setOnAction(e -> confirmDelete());
        restore.setText(m.get("inventory.restore"));
        restore.setGraphic(new FontIcon(Feather.ROTATE_CCW));
        restore.setId("inventory-restore");
        restore.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> model.countDeletable(false) == 0, model.selected())));
        restore.visibleProperty().bind(model.deletedProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(e -> model.restoreSelected());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (Region r : List.of(any, on, off, os, templates, deleted, restore, delete)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(filter, power, os, templates, deleted, grow, count, restore, delete);
        bar.getStyleClass().add("view-toolbar");
        bar.setId("inventory-toolbar");
        return bar;
    }

    private ToggleButton powerToggle(ToggleGroup group, PowerState state, String key, String pill) {
        ToggleButton b = new ToggleButton(m.get(key));
        b.setUserData(state);
        b.setToggleGroup(group);
        b.getStyleClass().add(pill);
        b.setId(key.replace("inventory.power.", "inventory-power-"));
        return b;
    }

    private ListCell<OsFamily> osCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(OsFamily item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? m.get("inventory.os.any") : m.get("inventory.osFamily." + item.name()));
            }
        };
    }

    // ------------------------------------------------------------------ table

    private void buildTable() {
        table.setId("inventory-table");
        table.getStyleClass().addAll("inventory-table", Styles.DENSE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(true);
        table.setFixedCellSize(28);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        List<InventoryColumn> visible = model.visibleColumns();
        List<TableColumn<ServerRow, Object>> columns = new ArrayList<>();
        for (InventoryColumn c : visible) {
            columns.add(column(c, true));
        }
        for (InventoryColumn c : InventoryColumn.values()) {
            if (!visible.contains(c)) {
                columns.add(column(c, false));
            }
        }
        table.getColumns().setAll(columns);
        table.getColumns().addListener((ListChangeListener<TableColumn<ServerRow, ?>>) c -> rememberColumns());
        table.setItems(model.rows());
        table.setSortPolicy(t -> {
            List<InventoryViewModel.SortKey> keys = new ArrayList<>();
            for (TableColumn<ServerRow, ?> c : t.getSortOrder()) {
                keys.add(new InventoryViewModel.SortKey((InventoryColumn) c.getUserData(),
                        c.getSortType() == TableColumn.SortType.ASCENDING));
            }
            model.sortBy(keys);
            return true;
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ServerRow>) c -> {
            if (!restoring) {
                model.select(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
            }
        });
        model.reselectProperty().addListener((o, a, indices) -> {
            restoring = true;
            try {
                table.getSelectionModel().clearSelection();
                if (indices.length > 0) {
                    table.getSelectionModel().selectIndices(indices[0], indices);
                }
            } finally {
                restoring = false;
            }
            model.select(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
        });
        table.setRowFactory(t -> {
            TableRow<ServerRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ServerRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(DELETED, !empty && item != null && item.deleted());
                    pseudoClassStateChanged(TEMPLATE, !empty && item != null && item.template());
                }
            };
            return row;
        });
        table.setContextMenu(contextMenu());
        table.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && !delete.isDisabled()) {
                confirmDelete();
                e.consume();
            }
        });
        Label placeholder = new Label();
        placeholder.setId("inventory-placeholder");
        placeholder.getStyleClass().add("text-muted");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.loadedProperty().get()) {
                // the loading overlay says it, over the empty table
                return model.loadingProperty().get() ? "" : m.get("inventory.placeholder.loading");
            }
            if (model.loadedCountProperty().get() == 0) {
                return m.get("inventory.placeholder.empty");
            }
            return m.get("inventory.placeholder.noMatch");
        }, model.loadedProperty(), model.loadingProperty(), model.loadedCountProperty(), model.rows()));
        table.setPlaceholder(placeholder);
    }

    private TableColumn<ServerRow, Object> column(InventoryColumn c, boolean visible) {
        TableColumn<ServerRow, Object> col = new TableColumn<>(m.get(c.titleKey()));
        col.setId("inventory-col-" + c.id());
        col.setUserData(c);
        col.setPrefWidth(c.width());
        col.setVisible(visible);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(c.value(f.getValue())));
        col.setCellFactory(cells.factory(c));
        col.visibleProperty().addListener((o, a, b) -> rememberColumns());
        if (c.type() == InventoryColumn.Type.COUNT || c.type() == InventoryColumn.Type.GIB) {
            col.setStyle("-fx-alignment: center-right;");
        }
        return col;
    }

    private void rememberColumns() {
        List<InventoryColumn> shown = new ArrayList<>();
        for (TableColumn<ServerRow, ?> c : table.getColumns()) {
            if (c.isVisible()) {
                shown.add((InventoryColumn) c.getUserData());
            }
        }
        if (!shown.isEmpty()) {
            model.setVisibleColumns(shown);
        }
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem(m.get("inventory.menu.copyNames"), new FontIcon(Feather.CLIPBOARD));
        copy.setId("inventory-menu-copy");
        copy.setOnAction(e -> {
            StringBuilder b = new StringBuilder();
            for (ServerRow r : model.selected()) {
                b.append(r.name()).append(System.lineSeparator());
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(b.toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
        copy.disableProperty().bind(Bindings.isEmpty(model.selected()));
        MenuItem del = new MenuItem(m.get("inventory.delete"), new FontIcon(Feather.TRASH_2));
        del.disableProperty().bind(delete.disableProperty());
        del.setOnAction(e -> confirmDelete());
        MenuItem res = new MenuItem(m.get("inventory.restore"), new FontIcon(Feather.ROTATE_CCW));
        res.disableProperty().bind(restore.disableProperty());
        res.setOnAction(e -> model.restoreSelected());
        MenuItem clearFilter = new MenuItem(m.get("inventory.menu.clearFilter"), new FontIcon(Feather.FILTER));
        clearFilter.setOnAction(e -> model.clearFilter());
        MenuItem reload = new MenuItem(m.get("inventory.menu.reload"), new FontIcon(Feather.REFRESH_CW));
        reload.setOnAction(e -> model.reload());
        return new ContextMenu(copy, new SeparatorMenuItem(), del, res, new SeparatorMenuItem(), clearFilter, reload);
    }

    private Node tableArea() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label loading = new Label(m.get("inventory.loading"));
        VBox overlay = new VBox(10, spinner, loading);
        overlay.setAlignment(Pos.CENTER);
        overlay.getStyleClass().add("inventory-loading");
        overlay.setId("inventory-loading");
        // the first load covers the empty table; later loads leave the rows readable meanwhile
        overlay.visibleProperty().bind(model.loadingProperty().and(model.loadedProperty().not()));
        return new StackPane(table, overlay);
    }

    private Node detailArea() {
        ScrollPane scroll = new ScrollPane(detailPane);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("inventory-detail-scroll", atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.setMinWidth(300);
        scroll.setPrefWidth(420);
        detailPane.setOnEdit((field, value) -> {
            ServerDetail d = model.detailProperty().get();
            if (d != null) {
                model.edit(d.id(), field, value);
            }
        });
        model.detailProperty().addListener((o, a, d) -> showDetail());
        model.selected().addListener((ListChangeListener<ServerRow>) c -> showDetail());
        return scroll;
    }

    private void showDetail() {
        ServerDetail d = model.detailProperty().get();
        int n = model.selected().size();
        if (n > 1) {
            Button del = new Button(m.get("inventory.deleteSelected", n), new FontIcon(Feather.TRASH_2));
            del.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
            del.setId("inventory-detail-delete");
            del.disableProperty().bind(delete.disableProperty());
            del.setOnAction(e -> confirmDelete());
            detailPane.showMany(model.selectionText().get(), model.editableFields(), model::fieldTitle,
                    model::editSelected, del);
        } else if (d != null && n == 1 && model.selected().get(0).id() == d.id()) {
            detailPane.show(d);
        } else if (n == 0) {
            detailPane.showNothing();
        }
    }

    private void confirmDelete() {
        int n = model.countDeletable(true);
        if (n == 0 || model.busyProperty().get()) {
            return;
        }
        String name = model.selected().stream().filter(r -> !r.deleted()).findFirst().map(ServerRow::name).orElse("");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.setTitle(m.get("inventory.confirm.title"));
        alert.setHeaderText(n == 1 ? m.get("inventory.confirm.one", name) : m.get("inventory.confirm.many", n));
        alert.setContentText(m.get("inventory.confirm.text"));
        ButtonType yes = new ButtonType(m.get("inventory.confirm.delete"), ButtonType.OK.getButtonData());
        ButtonType no = new ButtonType(m.get("inventory.confirm.cancel"), ButtonType.CANCEL.getButtonData());
        alert.getButtonTypes().setAll(yes, no);
        Node yesButton = alert.getDialogPane().lookupButton(yes);
        yesButton.setId("inventory-confirm-delete");
        yesButton.getStyleClass().add(Styles.DANGER);
        alert.getDialogPane().lookupButton(no).setId("inventory-confirm-cancel");
        alert.getDialogPane().getStylesheets().addAll(root.getScene() == null ? List.of()
                : root.getScene().getStylesheets());
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == yes) {
            model.deleteSelected();
            Platform.runLater(table::requestFocus);
        }
    }
}
