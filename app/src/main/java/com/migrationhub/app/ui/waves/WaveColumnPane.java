package com.migrationhub.app.ui.waves;

import com.migrationhub.app.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One wave's column on the board: its name, dates, servers against the capacity with a bar of
 * fill, and its cards; a drop target for cards of other waves (highlighted while a card that may
 * go there hovers over it). The last column of the board is an empty one that adds a wave.
 */
final class WaveColumnPane extends VBox {
    private final WavesViewModel model;
    private final int number;
    private final ListView<GroupCard> list;

    /** The column of a wave of the plan. */
    WaveColumnPane(WavesViewModel model, Messages messages, WaveColumn wave, Consumer<GroupCard> moveAction,
            Consumer<GroupCard> unpinAction) {
        super(6);
        this.model = model;
        this.number = wave.number();
        setId("waves-column-" + number);
        getStyleClass().add("wave-column");
        if (wave.overCapacity()) {
            getStyleClass().add("wave-column-over");
        }
        Label title = new Label(wave.name());
        title.getStyleClass().add("wave-column-title");
        Label count = new Label(messages.get("waves.column.groups", wave.cards().size()));
        count.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, count);
        head.setAlignment(Pos.BASELINE_LEFT);
        Label dates = new Label(Dates.range(messages, wave.start(), wave.end()));
        dates.getStyleClass().add("text-muted");
        Label load = new Label(wave.maxServers() == null
                ? messages.get("waves.column.loadUnlimited", wave.servers(), wave.vcpus())
                : messages.get("waves.column.load", wave.servers(), wave.maxServers(), wave.vcpus()));
        load.setId("waves-column-load-" + number);
        if (wave.overCapacity()) {
            load.getStyleClass().add("danger-text");
            load.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        }
        ProgressBar fill = new ProgressBar(Math.min(1, wave.fill()));
        fill.setMaxWidth(Double.MAX_VALUE);
        fill.setMinHeight(6);
        fill.setPrefHeight(6);
        fill.getStyleClass().add("wave-fill");
        if (wave.overCapacity()) {
            fill.getStyleClass().add("wave-fill-over");
        } else if (wave.fill() >= 0.9) {
            fill.getStyleClass().add("wave-fill-full");
        }
        VBox header = new VBox(2, head, dates, load, fill);
        header.getStyleClass().add("wave-column-header");
        header.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip.install(header, new Tooltip(wave.why()));

        list = new ListView<>();
        list.setId("waves-list-" + number);
        list.getStyleClass().add("wave-list");
        list.setCellFactory(v -> new GroupCardCell(messages, c -> model.highlighted().contains(c.key())));
        list.getItems().setAll(model.visibleCards(wave));
        list.setPlaceholder(new Label(messages.get("waves.column.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);
        MenuItem move = new MenuItem(messages.get("waves.action.move"), new FontIcon(Feather.CORNER_UP_RIGHT));
        move.setOnAction(e -> {
            GroupCard c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                moveAction.accept(c);
            }
        });
        MenuItem unpin = new MenuItem(messages.get("waves.action.unpin"), new FontIcon(Feather.X_CIRCLE));
        unpin.setOnAction(e -> {
            GroupCard c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                unpinAction.accept(c);
            }
        });
        ContextMenu menu = new ContextMenu(move, unpin);
        menu.setOnShowing(e -> {
            GroupCard c = list.getSelectionModel().getSelectedItem();
            move.setDisable(c == null || !model.canEditProperty().get());
            unpin.setDisable(c == null || !c.pinned() || !model.canEditProperty().get());
        });
        list.setContextMenu(menu);
        getChildren().addAll(header, list);
        dropTarget();
    }

    /** The column past the last wave: a card dropped here gets a wave of its own at the end. */
    WaveColumnPane(WavesViewModel model, Messages messages, int number) {
        super(6);
        this.model = model;
        this.number = number;
        this.list = null;
        setId("waves-column-new");
        getStyleClass().addAll("wave-column", "wave-column-new");
        FontIcon icon = new FontIcon(Feather.PLUS_CIRCLE);
        icon.getStyleClass().add("wave-new-icon");
        Label title = new Label(messages.get("waves.column.new", number));
        title.getStyleClass().add("wave-column-title");
        Label hint = new Label(messages.get("waves.column.newHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(8, icon, title, hint);
        box.setAlignment(Pos.CENTER);
        VBox.setVgrow(box, Priority.ALWAYS);
        getChildren().add(box);
        dropTarget();
    }

    int number() {
        return number;
    }

    /** The column's list of cards (null for the new-wave column). */
    ListView<GroupCard> list() {
        return list;
    }

    private boolean accepts(DragEvent e) {
        if (!e.getDragboard().hasString()) {
            return false;
        }
        return model.card(e.getDragboard().getString()).map(c -> c.wave() != number).orElse(false)
                && model.acceptsDrop(number);
    }

    private void dropTarget() {
        setOnDragOver(e -> {
            if (accepts(e)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragEntered(e -> {
            if (accepts(e)) {
                getStyleClass().add("wave-column-drop");
            }
            e.consume();
        });
        setOnDragExited(e -> {
            getStyleClass().removeAll("wave-column-drop");
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasString() && model.drop(e.getDragboard().getString(), number);
            getStyleClass().removeAll("wave-column-drop");
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
