package com.migrationhub.app.ui.waves;

import atlantafx.base.controls.ToggleSwitch;
import com.migrationhub.app.ui.i18n.Messages;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The options of a new wave plan ({@code mhub waves plan}) as a dialog over a {@link PlanForm}. */
final class PlanDialog extends Dialog<ButtonType> {
    static final ButtonType PLAN = new ButtonType("plan", ButtonBar.ButtonData.OK_DONE);

    PlanDialog(Messages messages, PlanForm form, Window owner) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(messages.get("waves.plan.title"));
        setHeaderText(messages.get("waves.plan.header"));
        setGraphic(new FontIcon(Feather.CALENDAR));
        ButtonType plan = new ButtonType(messages.get("waves.plan.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(plan, new ButtonType(messages.get("waves.plan.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        setResultConverter(b -> b == plan ? PLAN : ButtonType.CANCEL);

        DatePicker start = new DatePicker();
        start.setId("waves-plan-start");
        start.valueProperty().bindBidirectional(form.startProperty());
        TextField servers = field("waves-plan-servers", form.capacityServersProperty(), messages.get("waves.plan.noLimit"));
        TextField vcpus = field("waves-plan-vcpus", form.capacityVcpusProperty(), messages.get("waves.plan.noLimit"));
        TextField length = field("waves-plan-length", form.waveLengthProperty(), "2w");
        TextField pilot = field("waves-plan-pilot", form.pilotServersProperty(), "10");
        ToggleSwitch devTest = new ToggleSwitch(messages.get("waves.plan.devTestFirst"));
        devTest.setId("waves-plan-devtest");
        devTest.selectedProperty().bindBidirectional(form.devTestFirstProperty());
        TextArea blackouts = new TextArea();
        blackouts.setId("waves-plan-blackouts");
        blackouts.setPrefRowCount(3);
        blackouts.setPromptText("2026-12-20..2027-01-03");
        blackouts.textProperty().bindBidirectional(form.blackoutsProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 4, 4, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(240);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = row(grid, row, messages.get("waves.plan.start"), start, null);
        row = row(grid, row, messages.get("waves.plan.servers"), servers, null);
        row = row(grid, row, messages.get("waves.plan.vcpus"), vcpus, null);
        row = row(grid, row, messages.get("waves.plan.length"), length, messages.get("waves.plan.lengthHint"));
        row = row(grid, row, messages.get("waves.plan.pilot"), pilot, messages.get("waves.plan.pilotHint"));
        row = row(grid, row, "", devTest, messages.get("waves.plan.devTestHint"));
        row = row(grid, row, messages.get("waves.plan.blackouts"), blackouts, messages.get("waves.plan.blackoutsHint"));
        Label error = new Label();
        error.setId("waves-plan-error");
        error.getStyleClass().add("danger-text");
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.textProperty().bind(form.errorProperty());
        error.visibleProperty().bind(form.errorProperty().isNotEmpty());
        error.setWrapText(true);
        grid.add(error, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(540);
        Node ok = getDialogPane().lookupButton(plan);
        ok.disableProperty().bind(form.errorProperty().isNotEmpty());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static int row(GridPane grid, int row, String label, Node field, String hint) {
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
        row++;
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("text-muted");
            h.setWrapText(true);
            grid.add(h, 1, row);
            row++;
        }
        return row;
    }
}
