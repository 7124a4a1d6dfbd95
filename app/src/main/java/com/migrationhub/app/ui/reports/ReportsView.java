package com.migrationhub.app.ui.reports;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.Section;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Choose scenario, sections, locale and paper; export the PDF, the Excel workbook and CSV files;
 * open what was written. Also the report cover's firm, consultant and logo. Binds to
 * {@link ReportsViewModel}.
 */
public final class ReportsView implements View {
    private final ReportsViewModel model;
    private final Messages messages;
    private final Supplier<Window> window;
    private final BorderPane root = new BorderPane();
    private final TextField folderField = new TextField();

    public ReportsView(AppContext context) {
        this.model = new ReportsViewModel(context);
        this.messages = context.messages();
        this.window = context.window();
        root.setId("reports-view");
        root.setTop(toolbar());
        GridPane columns = new GridPane();
        columns.setHgap(12);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(55);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(45);
        columns.getColumnConstraints().addAll(left, right);
        VBox leftColumn = new VBox(12, contentCard(), outputCard());
        VBox rightColumn = new VBox(12, resultCard(), coverCard());
        GridPane.setValignment(leftColumn, javafx.geometry.VPos.TOP);
        GridPane.setValignment(rightColumn, javafx.geometry.VPos.TOP);
        columns.addRow(0, leftColumn, rightColumn);
        columns.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.sceneProperty().addListener((o, b, n) -> model.setShowing(n != null));
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.setShowing(true);
    }

    /** The view model, for tests. */
    ReportsViewModel model() {
        return model;
    }

    // ------------------------------------------------------------------ parts

    private Node toolbar() {
        Label title = new Label(messages.get("reports.title"));
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId("reports-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.runningProperty());
        Label what = new Label();
        what.getStyleClass().add("text-muted");
        what.textProperty().bind(model.progressTextProperty());
        what.visibleProperty().bind(model.runningProperty());
        Button cancel = new Button(messages.get("reports.cancel"), new FontIcon(Feather.X));
        cancel.setId("reports-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancel());
        Button export = new Button(messages.get("reports.export"), new FontIcon(Feather.DOWNLOAD));
        export.setId("reports-export");
        export.setDefaultButton(true);
        export.getStyleClass().add("accent");
        export.disableProperty().bind(model.runningProperty().or(Bindings.isNull(model.scenarioProperty())));
        export.setOnAction(e -> model.export());
        HBox toolbar = new HBox(title, spacer, what, bar, cancel, export);
        toolbar.getStyleClass().add("view-toolbar");
        return toolbar;
    }

    private Node contentCard() {
        GridPane form = form();
        int row = 0;
        ChoiceBox<String> scenario = new ChoiceBox<>(model.scenarios());
        scenario.setId("reports-scenario");
        scenario.setMinWidth(200);
        scenario.valueProperty().bindBidirectional(model.scenarioProperty());
        Label none = new Label(messages.get("reports.scenario.none"));
        none.setId("reports-scenario-none");
        none.getStyleClass().add("warning-text");
        none.setWrapText(true);
        none.visibleProperty().bind(Bindings.isEmpty(model.scenarios()));
        none.managedProperty().bind(none.visibleProperty());
        form.addRow(row++, label("reports.scenario"), new VBox(4, scenario, none));

        ChoiceBox<Locale> locale = new ChoiceBox<>(model.locales());
        locale.setId("reports-locale");
        locale.valueProperty().bindBidirectional(model.localeProperty());
        Locale ui = messages.locale();
        locale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getDisplayName(ui) + "  (" + l.toLanguageTag() + ")";
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        form.addRow(row++, label("reports.locale"), locale);

        ChoiceBox<ReportOptions.Paper> paper = new ChoiceBox<>();
        paper.getItems().setAll(ReportOptions.Paper.values());
        paper.setId("reports-paper");
        paper.valueProperty().bindBidirectional(model.paperProperty());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportOptions.Paper p) {
                return p == null ? "" : messages.get("reports.paper." + p.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public ReportOptions.Paper fromString(String s) {
                return null;
            }
        });
        form.addRow(row++, label("reports.paper"), paper);

        FlowPane boxes = new FlowPane(14, 6);
        boxes.setPrefWrapLength(420);
        for (var e : model.sections().entrySet()) {
            Section s = e.getKey();
            CheckBox box = new CheckBox(messages.get("reports.section." + s.id()));
            box.setId("reports-section-" + s.id());
            box.setMinWidth(190);
            box.selectedProperty().bindBidirectional(e.getValue());
            boxes.getChildren().add(box);
        }
        Hyperlink all = new Hyperlink(messages.get("reports.sections.all"));
        all.setOnAction(e -> model.allSections(true));
        Hyperlink noneLink = new Hyperlink(messages.get("reports.sections.none"));
        noneLink.setOnAction(e -> model.allSections(false));
        VBox sections = new VBox(6, boxes, new HBox(8, all, noneLink));
        form.addRow(row, label("reports.sections"), sections);
        GridPane.setValignment(form.getChildren().get(form.getChildren().size() - 2), javafx.geometry.VPos.TOP);
        return card("reports.card.content", Feather.FILE_TEXT, form);
    }

    private Node outputCard() {
        GridPane form = form();
        folderField.setId("reports-folder");
        folderField.textProperty().bindBidirectional(model.folderProperty());
        HBox.setHgrow(folderField, Priority.ALWAYS);
        Button browse = new Button(null, new FontIcon(Feather.FOLDER));
        browse.setId("reports-folder-browse");
        browse.setTooltip(new Tooltip(messages.get("reports.folder.choose")));
        browse.setOnAction(e -> chooseFolder());
        form.addRow(0, label("reports.folder"), new HBox(6, folderField, browse));
        form.addRow(1, output("pdf", model.pdfProperty(), model.pdfNameProperty()));
        form.addRow(2, output("xlsx", model.xlsxProperty(), model.xlsxNameProperty()));
        form.addRow(3, output("csv", model.csvProperty(), model.csvNameProperty()));
        Label note = new Label(messages.get("reports.output.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        form.add(note, 1, 4);
        return card("reports.card.output", Feather.HARD_DRIVE, form);
    }

    private Node[] output(String kind, BooleanProperty on, javafx.beans.property.StringProperty name) {
        CheckBox box = new CheckBox(messages.get("reports.output." + kind));
        box.setId("reports-" + kind);
        box.selectedProperty().bindBidirectional(on);
        TextField field = new TextField();
        field.setId("reports-" + kind + "-name");
        field.textProperty().bindBidirectional(name);
        field.disableProperty().bind(on.not());
        return new Node[] {box, field};
    }

    private Node resultCard() {
        Label status = new Label();
        status.setId("reports-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        VBox files = new VBox(6);
        files.setId("reports-written");
        Label nothing = new Label(messages.get("reports.written.none"));
        nothing.getStyleClass().add("text-muted");
        nothing.setWrapText(true);
        Runnable rebuild = () -> {
            files.getChildren().clear();
            if (model.written().isEmpty()) {
                files.getChildren().add(nothing);
            }
            for (ReportsViewModel.Written w : model.written()) {
                files.getChildren().add(writtenRow(w));
            }
        };
        model.written().addListener((ListChangeListener<ReportsViewModel.Written>) c -> rebuild.run());
        rebuild.run();
        VBox caveats = new VBox(4);
        caveats.setId("reports-caveats");
        model.caveats().addListener((ListChangeListener<String>) c -> {
            caveats.getChildren().clear();
            for (String text : model.caveats()) {
                Label l = new Label(text, new FontIcon(Feather.ALERT_TRIANGLE));
                l.getStyleClass().add("warning-text");
                l.setWrapText(true);
                caveats.getChildren().add(l);
            }
        });
        return card("reports.card.result", Feather.CHECK_CIRCLE, new VBox(8, status, files, caveats));
    }

    private Node writtenRow(ReportsViewModel.Written w) {
        Feather icon = switch (w.kind()) {
            case "pdf" -> Feather.FILE_TEXT;
            case "xlsx" -> Feather.GRID;
            default -> Feather.FOLDER;
        };
        Label name = new Label(w.path().getFileName().toString(), new FontIcon(icon));
        name.setStyle("-fx-font-weight: bold;");
        name.setTooltip(new Tooltip(w.path().toString()));
        Label detail = new Label(w.detail());
        detail.getStyleClass().add("text-muted");
        VBox text = new VBox(2, name, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = new Button(messages.get("reports.open"), new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("reports-open-" + w.kind());
        open.setOnAction(e -> model.open(w));
        Button folder = new Button(messages.get("reports.showInFolder"), new FontIcon(Feather.FOLDER));
        folder.setId("reports-show-" + w.kind());
        folder.setOnAction(e -> model.showInFolder(w));
        HBox row = new HBox(8, text, open, folder);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node coverCard() {
        GridPane form = form();
        TextField firm = new TextField();
        firm.setId("reports-firm");
        firm.setPromptText(messages.get("reports.cover.firm.prompt"));
        firm.textProperty().bindBidirectional(model.firmProperty());
        TextField consultant = new TextField();
        consultant.setId("reports-consultant");
        consultant.setPromptText(messages.get("reports.cover.consultant.prompt"));
        consultant.textProperty().bindBidirectional(model.consultantProperty());
        form.addRow(0, label("reports.cover.firm"), firm);
        form.addRow(1, label("reports.cover.consultant"), consultant);
        Label logo = new Label();
        logo.setId("reports-logo");
        logo.textProperty().bind(Bindings.createStringBinding(() -> model.logoProperty().get().isEmpty()
                ? messages.get("reports.cover.logo.none") : model.logoProperty().get(), model.logoProperty()));
        Button choose = new Button(messages.get("reports.cover.logo.choose"), new FontIcon(Feather.IMAGE));
        choose.setId("reports-logo-choose");
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> chooseLogo());
        Button clear = new Button(null, new FontIcon(Feather.TRASH_2));
        clear.setId("reports-logo-clear");
        clear.setTooltip(new Tooltip(messages.get("reports.cover.logo.clear")));
        clear.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(
                () -> model.logoProperty().get().isEmpty(), model.logoProperty())));
        clear.setOnAction(e -> model.clearLogo());
        HBox logoRow = new HBox(8, logo, choose, clear);
        logoRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(logo, Priority.ALWAYS);
        logo.setMaxWidth(Double.MAX_VALUE);
        form.addRow(2, label("reports.cover.logo"), logoRow);
        Button save = new Button(messages.get("reports.cover.save"), new FontIcon(Feather.SAVE));
        save.setId("reports-cover-save");
        save.disableProperty().bind(model.coverChangedProperty().not().or(model.busyProperty()));
        save.setOnAction(e -> model.saveCover());
        Button revert = new Button(messages.get("reports.cover.revert"));
        revert.setId("reports-cover-revert");
        revert.disableProperty().bind(model.coverChangedProperty().not());
        revert.setOnAction(e -> model.revertCover());
        form.add(new HBox(8, save, revert), 1, 3);
        Label note = new Label(messages.get("reports.cover.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        form.add(note, 1, 4);
        return card("reports.card.cover", Feather.BRIEFCASE, form);
    }

    // ------------------------------------------------------------------ helpers

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("reports.folder.choose"));
        File current = new File(model.folderProperty().get());
        if (current.isDirectory()) {
            chooser.setInitialDirectory(current);
        }
        File dir = chooser.showDialog(window.get());
        if (dir != null) {
            model.folderProperty().set(dir.getAbsolutePath());
        }
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("reports.cover.logo.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("reports.cover.logo.files"),
                "*.png", "*.jpg", "*.jpeg", "*.PNG", "*.JPG", "*.JPEG"));
        File file = chooser.showOpenDialog(window.get());
        if (file != null) {
            model.chooseLogo(Path.of(file.getAbsolutePath()));
        }
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        return form;
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("card-caption");
        return l;
    }

    private Node card(String titleKey, Feather icon, Node content) {
        FontIcon glyph = new FontIcon(icon);
        // appended: the icon keeps its own inline style (its font)
        glyph.setStyle(glyph.getStyle() + "; -fx-icon-color: -color-accent-fg;");
        Label title = new Label(messages.get(titleKey), glyph);
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.05em;");
        VBox box = new VBox(10, title, content);
        box.getStyleClass().add("card");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
