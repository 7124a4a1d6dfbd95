package com.migrationhub.app.ui.inventory;

import atlantafx.base.theme.Styles;
import com.migrationhub.app.ui.i18n.Messages;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The inventory's right-hand pane: one server with every attribute, where each came from, and an
 * editor for each field the user may change; or, for several servers, what they add up to and
 * one field to set on all of them. It only shows data and hands the user's edits to callbacks.
 */
final class ServerDetailPane extends VBox {
    private final Messages m;
    private final ObservableBooleanValue busy;
    private BiConsumer<String, String> onEdit = (f, v) -> { };

    ServerDetailPane(Messages messages, ObservableBooleanValue busy) {
        this.m = messages;
        this.busy = busy;
        setId("inventory-detail");
        getStyleClass().add("inventory-detail");
        setSpacing(14);
        setPadding(new Insets(14, 16, 20, 16));
        showNothing();
    }

    /** Called with (field, value) when the user saves an edit of the shown server. */
    void setOnEdit(BiConsumer<String, String> onEdit) {
        this.onEdit = onEdit;
    }

    void showNothing() {
        Label hint = new Label(m.get("inventory.detail.none"), new FontIcon(Feather.MOUSE_POINTER));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setId("inventory-detail-none");
        getChildren().setAll(hint);
    }

    /**
     * Several servers: their count and totals, one field to set on all of them ({@code fields},
     * titled by {@code title}), and the delete button.
     */
    void showMany(String summary, List<String> fields, Function<String, String> title,
            BiConsumer<String, String> onSetAll, Node deleteButton) {
        Label head = new Label(summary);
        head.getStyleClass().add(Styles.TITLE_4);
        head.setWrapText(true);
        head.setId("inventory-detail-many");
        Label setTitle = new Label(m.get("inventory.bulk.title"));
        setTitle.getStyleClass().add(Styles.TEXT_BOLD);
        ComboBox<String> field = new ComboBox<>();
        field.setId("inventory-bulk-field");
        field.getItems().setAll(fields);
        field.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String f) {
                return f == null ? "" : title.apply(f);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        field.setPromptText(m.get("inventory.bulk.field"));
        field.setMaxWidth(Double.MAX_VALUE);
        TextField value = new TextField();
        value.setId("inventory-bulk-value");
        value.setPromptText(m.get("inventory.bulk.value"));
        Button apply = new Button(m.get("inventory.bulk.apply"), new FontIcon(Feather.CHECK));
        apply.setId("inventory-bulk-apply");
        apply.disableProperty().bind(field.valueProperty().isNull().or(busyBinding()));
        Runnable run = () -> {
            if (field.getValue() != null) {
                onSetAll.accept(field.getValue(), value.getText());
            }
        };
        apply.setOnAction(e -> run.run());
        value.setOnAction(e -> run.run());
        Label hint = new Label(m.get("inventory.bulk.hint"));
        hint.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        hint.setWrapText(true);
        VBox form = new VBox(8, setTitle, field, value, apply, hint);
        form.getStyleClass().add("card");
        getChildren().setAll(head, form, deleteButton);
    }

    private javafx.beans.binding.BooleanBinding busyBinding() {
        return javafx.beans.binding.Bindings.createBooleanBinding(busy::get, busy);
    }

    /** One server with everything known about it. */
    void show(ServerDetail d) {
        getChildren().clear();
        Label name = new Label(d.name());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        name.setId("inventory-detail-name");
        HBox badges = new HBox(6);
        if (d.deleted()) {
            badges.getChildren().add(badge(m.get("inventory.detail.deleted"), Styles.DANGER));
        }
        if (d.template()) {
            badges.getChildren().add(badge(m.get("inventory.detail.template"), Styles.ACCENT));
        }
        Label from = new Label(m.get("inventory.detail.from", d.source()), new FontIcon(Feather.FILE_TEXT));
        from.getStyleClass().add("text-muted");
        from.setWrapText(true);
        from.setId("inventory-detail-source");
        VBox head = new VBox(4, name);
        if (!badges.getChildren().isEmpty()) {
            head.getChildren().add(badges);
        }
        head.getChildren().add(from);
        for (String also : d.alsoFrom()) {
            Label a = new Label(m.get("inventory.detail.alsoFrom", also));
            a.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
            a.setWrapText(true);
            head.getChildren().add(a);
        }
        getChildren().add(head);
        for (ServerDetail.Section s : d.sections()) {
            if (s.attributes().isEmpty() && !s.tags()) {
                continue;
            }
            getChildren().add(section(s));
        }
    }

    private static Label badge(String text, String style) {
        Label b = new Label(text);
        b.getStyleClass().addAll("inventory-badge", style);
        return b;
    }

    private Node section(ServerDetail.Section s) {
        Label title = new Label(s.title());
        title.getStyleClass().add(Styles.TITLE_4);
        GridPane grid = new GridPane();
        grid.setId("inventory-section-" + s.id());
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints(110, 130, 170);
        ColumnConstraints value = new ColumnConstraints(80, 200, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        ColumnConstraints edit = new ColumnConstraints(28);
        edit.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(label, value, edit);
        int row = 0;
        for (ServerDetail.Attribute a : s.attributes()) {
            Label l = new Label(a.label());
            l.getStyleClass().add("text-muted");
            l.setWrapText(true);
            GridPane.setValignment(l, VPos.TOP);
            VBox cell = valueCell(a);
            grid.add(l, 0, row);
            grid.add(cell, 1, row);
            if (a.editable()) {
                Button pencil = iconButton(Feather.EDIT_2, "inventory.detail.edit");
                pencil.setId("inventory-edit-" + a.field());
                pencil.disableProperty().bind(busyBinding());
                pencil.setOnAction(e -> cell.getChildren().setAll(editor(a, cell)));
                GridPane.setValignment(pencil, VPos.TOP);
                if (s.tags()) {
                    Button remove = iconButton(Feather.X, "inventory.detail.removeTag");
                    remove.setId("inventory-remove-" + a.field());
                    remove.disableProperty().bind(busyBinding());
                    remove.setOnAction(e -> onEdit.accept(a.field(), ""));
                    HBox both = new HBox(2, pencil, remove);
                    both.setAlignment(Pos.TOP_RIGHT);
                    grid.add(both, 2, row);
                } else {
                    grid.add(pencil, 2, row);
                }
            }
            row++;
        }
        if (s.tags()) {
            if (s.attributes().isEmpty()) {
                Label none = new Label(m.get("inventory.detail.noTags"));
                none.getStyleClass().add("text-muted");
                grid.add(none, 0, row++, 3, 1);
            }
            grid.add(addTag(), 0, row, 3, 1);
        }
        VBox box = new VBox(6, title, grid);
        box.getStyleClass().add("inventory-section");
        return box;
    }

    private VBox valueCell(ServerDetail.Attribute a) {
        Label v = new Label(a.empty() ? "—" : a.value());
        v.setWrapText(true);
        v.setId(a.field() == null ? null : "inventory-value-" + a.field());
        if (a.empty()) {
            v.getStyleClass().add("text-muted");
        }
        Label src = new Label(a.source());
        src.getStyleClass().addAll(Styles.TEXT_SMALL, a.edited() ? "inventory-edited" : "text-muted");
        src.setWrapText(true);
        src.setTooltip(new Tooltip(m.get(a.edited() ? "inventory.detail.editedTip" : "inventory.detail.sourceTip")));
        VBox cell = new VBox(1, v, src);
        cell.setUserData(List.of(v, src));
        return cell;
    }

    private Node editor(ServerDetail.Attribute a, VBox cell) {
        @SuppressWarnings("unchecked")
        List<Node> shown = List.copyOf((List<Node>) cell.getUserData());
        Runnable cancel = () -> cell.getChildren().setAll(shown);
        Button save = iconButton(Feather.CHECK, "inventory.detail.save");
        save.setId("inventory-save-" + a.field());
        save.getStyleClass().add(Styles.SUCCESS);
        save.disableProperty().bind(busyBinding());
        Button undo = iconButton(Feather.X, "inventory.detail.cancel");
        undo.setId("inventory-cancel-" + a.field());
        undo.setOnAction(e -> cancel.run());
        Node input;
        if (!a.choices().isEmpty()) {
            ComboBox<ServerDetail.Choice> box = new ComboBox<>();
            box.getItems().setAll(a.choices());
            for (ServerDetail.Choice c : a.choices()) {
                if (c.value().equals(a.editText())) {
                    box.getSelectionModel().select(c);
                }
            }
            box.setId("inventory-editor-" + a.field());
            box.setMaxWidth(Double.MAX_VALUE);
            save.setOnAction(e -> {
                if (box.getValue() != null && !box.getValue().value().equals(a.editText())) {
                    onEdit.accept(a.field(), box.getValue().value());
                } else {
                    cancel.run();
                }
            });
            box.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancel.run();
                }
            });
            input = box;
            javafx.application.Platform.runLater(box::requestFocus);
        } else {
            TextField text = new TextField(a.editText());
            text.setId("inventory-editor-" + a.field());
            save.setOnAction(e -> {
                if (!text.getText().equals(a.editText())) {
                    onEdit.accept(a.field(), text.getText());
                } else {
                    cancel.run();
                }
            });
            text.setOnAction(e -> save.fire());
            text.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancel.run();
                    e.consume();
                }
            });
            String hintKey = "inventory.editHint." + a.field();
            if (m.has(hintKey)) {
                text.setPromptText(m.get(hintKey));
                text.setTooltip(new Tooltip(m.get(hintKey)));
            }
            input = text;
            javafx.application.Platform.runLater(() -> {
                text.requestFocus();
                text.selectAll();
            });
        }
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox row = new HBox(4, input, save, undo);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node addTag() {
        TextField name = new TextField();
        name.setId("inventory-tag-name");
        name.setPromptText(m.get("inventory.detail.tagName"));
        name.setPrefColumnCount(8);
        TextField value = new TextField();
        value.setId("inventory-tag-value");
        value.setPromptText(m.get("inventory.detail.tagValue"));
        value.setPrefColumnCount(10);
        HBox.setHgrow(value, Priority.ALWAYS);
        Button add = new Button(m.get("inventory.detail.addTag"), new FontIcon(Feather.PLUS));
        add.setId("inventory-tag-add");
        // an empty value removes a tag (as on the command line), so a new tag needs both
        add.disableProperty().bind(name.textProperty().isEmpty().or(value.textProperty().isEmpty()).or(busyBinding()));
        add.setOnAction(e -> {
            String n = name.getText().trim();
            if (!n.isEmpty() && !value.getText().isEmpty()) {
                onEdit.accept("tag." + n, value.getText());
            }
        });
        value.setOnAction(e -> add.fire());
        FlowPane row = new FlowPane(6, 6, name, value, add);
        row.setPadding(new Insets(4, 0, 0, 0));
        return row;
    }

    private Button iconButton(Feather icon, String tipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        b.setTooltip(new Tooltip(m.get(tipKey)));
        b.setFocusTraversable(true);
        return b;
    }
}
