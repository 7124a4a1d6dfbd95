package com.migrationhub.app.ui.error;

import com.migrationhub.app.ui.i18n.Messages;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows problems to the user: the message in their words, the details (with a copy button) only
 * behind the dialog's "Show details" toggle. Non-modal to the work: the dialog waits for the user,
 * but background jobs go on. Tests replace the dialog with a sink that records what would be shown.
 */
public final class ErrorPresenter {
    private final Messages messages;
    private final Consumer<Problem> sink;
    private Window owner;

    public ErrorPresenter(Messages messages) {
        this.messages = messages;
        this.sink = this::showDialog;
    }

    private ErrorPresenter(Messages messages, Consumer<Problem> sink) {
        this.messages = messages;
        this.sink = sink;
    }

    /** A presenter that hands each problem to {@code sink} instead of a dialog (tests). */
    public static ErrorPresenter recording(Messages messages, Consumer<Problem> sink) {
        return new ErrorPresenter(messages, sink);
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Shows {@code error}, unless it is a cancellation, which the task list already shows. */
    public void show(Throwable error) {
        if (Problem.isCancellation(error)) {
            return;
        }
        show(Problem.of(error));
    }

    public void show(Problem problem) {
        sink.accept(problem);
    }

    private void showDialog(Problem problem) {
        Alert alert = new Alert(problem.expected() ? Alert.AlertType.WARNING : Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(null);
        Label text = new Label(problem.message());
        text.setWrapText(true);
        text.setId("error-message");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(560);
        TextArea details = new TextArea(problem.details());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        VBox.setVgrow(details, Priority.ALWAYS);
        Button copy = new Button(messages.get("error.copy"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(problem.message() + System.lineSeparator() + problem.details());
            Clipboard.getSystemClipboard().setContent(c);
        });
        alert.getDialogPane().setExpandableContent(new VBox(8, details, copy));
        alert.show();
    }
}
