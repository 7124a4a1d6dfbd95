package com.migrationhub.app.ui.shell;

import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.task.TaskItem;
import com.migrationhub.app.ui.task.TaskList;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The one task list: every job of this session with its progress, what it is doing, and a cancel button. */
final class TaskListView extends BorderPane {

    TaskListView(TaskList tasks, Messages messages) {
        getStyleClass().add("task-list");
        setId("task-list");
        ListView<TaskItem> list = new ListView<>(tasks.items());
        list.setPlaceholder(new Label(messages.get("shell.tasks.none")));
        list.setCellFactory(v -> new TaskCell(messages));
        list.setPrefHeight(180);
        Button clear = new Button(messages.get("shell.tasks.clear"));
        clear.setOnAction(e -> tasks.clearFinished());
        Label title = new Label(messages.get("shell.tasks.title"));
        title.getStyleClass().add("title-4");
        HBox top = new HBox(8, title, new javafx.scene.layout.Region(), clear);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 8, 4, 8));
        setTop(top);
        setCenter(list);
    }

    private static final class TaskCell extends ListCell<TaskItem> {
        private final Messages messages;
        private final Label title = new Label();
        private final Label message = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Button cancel = new Button(null, new FontIcon(Feather.X_CIRCLE));
        private final HBox row;

        TaskCell(Messages messages) {
            this.messages = messages;
            title.getStyleClass().add("text-bold");
            message.getStyleClass().add("text-muted");
            bar.setPrefWidth(220);
            cancel.getStyleClass().addAll("flat", "button-icon");
            VBox text = new VBox(2, title, message);
            HBox.setHgrow(text, Priority.ALWAYS);
            row = new HBox(10, text, bar, cancel);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(TaskItem item, boolean empty) {
            super.updateItem(item, empty);
            bar.progressProperty().unbind();
            message.textProperty().unbind();
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            bar.progressProperty().bind(item.progressProperty());
            message.textProperty().bind(Bindings.createStringBinding(() -> switch (item.stateProperty().get()) {
                case RUNNING -> item.messageProperty().get();
                case SUCCEEDED -> messages.get("shell.tasks.done");
                case CANCELLED -> messages.get("shell.tasks.cancelled");
                case FAILED -> messages.get("shell.tasks.failed", item.messageProperty().get());
            }, item.stateProperty(), item.messageProperty()));
            boolean running = item.stateProperty().get() == TaskItem.State.RUNNING;
            bar.setVisible(running);
            cancel.setVisible(running);
            cancel.setOnAction(e -> item.cancel());
            cancel.setAccessibleText(messages.get("shell.tasks.cancel", item.title()));
            setGraphic(row);
        }
    }
}
