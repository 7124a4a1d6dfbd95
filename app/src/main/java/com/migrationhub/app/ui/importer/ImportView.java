package com.migrationhub.app.ui.importer;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.inventory.ImportPreview;
import com.migrationhub.domain.inventory.ImportReport;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.model.Server;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Import view: drop or choose inventory exports, see each file's detected format and a
 * preview of what it would bring, import them all with progress and cancel, read the report, and
 * browse the project's import history with each run's skipped rows and warnings. Binds to
 * {@link ImportViewModel}; calls no service itself.
 */
public final class ImportView implements View {
    private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");

    private final AppContext context;
    private final Messages messages;
    private final ImportViewModel model;
    private final ImportTexts texts;
    private final BorderPane root = new BorderPane();
    private final Label dropZone = new Label();

    public ImportView(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new ImportViewModel(context);
        this.texts = new ImportTexts(messages);
        root.setId("importer-view");
        root.getStylesheets().add(ImportView.class.getResource("import-view.css").toExternalForm());
        root.setTop(toolbar());
        SplitPane split = new SplitPane(upper(), lower());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        split.setId("importer-split");
        root.setCenter(split);
        root.setOnDragOver(this::dragOver);
        root.setOnDragExited(e -> dropZone.pseudoClassStateChanged(DRAG_OVER, false));
        root.setOnDragDropped(this::dragDropped);
    }

    /** The view model, for tests. */
    public ImportViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "import";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.shown();
    }

    // ---------------------------------------------------------------- toolbar

    private Node toolbar() {
        Label title = new Label(messages.get("importer.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button choose = new Button(messages.get("importer.choose"), new FontIcon(Feather.FOLDER_PLUS));
        choose.setId("importer-choose");
        choose.setOnAction(e -> chooseFiles());
        choose.disableProperty().bind(model.runningProperty().or(model.projectOpenProperty().not()));
        Button clear = new Button(messages.get("importer.clear"), new FontIcon(Feather.TRASH_2));
        clear.setId("importer-clear");
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(model.runningProperty().or(Bindings.isEmpty(model.files())));

        Label hint = new Label();
        hint.setId("importer-hint");
        hint.textProperty().bind(model.hintProperty());
        hint.getStyleClass().add("text-muted");
        hint.setMinWidth(0);
        hint.visibleProperty().bind(model.runningProperty().not());
        hint.managedProperty().bind(hint.visibleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("importer-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("importer-progress-text");
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.setMinWidth(0);
        progressText.getStyleClass().add("text-muted");
        Button cancel = new Button(messages.get("importer.cancel"), new FontIcon(Feather.X_CIRCLE));
        cancel.setId("importer-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox progress = new HBox(8, bar, progressText, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.setMinWidth(0);
        HBox.setHgrow(progress, Priority.SOMETIMES);
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button run = new Button(messages.get("importer.import"), new FontIcon(Feather.UPLOAD));
        run.setId("importer-import");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(false);
        run.disableProperty().bind(model.canImportProperty().not());
        run.textProperty().bind(Bindings.createStringBinding(() -> model.files().size() > 1
                ? messages.get("importer.importMany", model.files().size()) : messages.get("importer.import"),
                model.files()));
        run.setOnAction(e -> model.importAll());

        progressText.setMaxWidth(420);
        for (javafx.scene.control.Control c : List.of(title, choose, clear, cancel, run)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar2 = new HBox(title, choose, clear, spacer, hint, progress, run);
        bar2.getStyleClass().add("view-toolbar");
        return bar2;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("importer.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("importer.filter.exports"), "*.xlsx", "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("importer.filter.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(messages.get("importer.filter.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("importer.filter.all"), "*.*"));
        Path folder = model.lastFolder();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        List<File> chosen = chooser.showOpenMultipleDialog(context.window().get());
        if (chosen != null && !chosen.isEmpty()) {
            model.addFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    private void chooseMapping(PendingFile f) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("importer.mapping.title", f.fileName()));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("importer.filter.mapping"), "*.properties"),
                new FileChooser.ExtensionFilter(messages.get("importer.filter.all"), "*.*"));
        Path current = f.mappingProperty().get();
        File dir = (current != null ? current : f.path()).getParent().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        File chosen = chooser.showOpenDialog(context.window().get());
        if (chosen != null) {
            model.setMapping(f, chosen.toPath());
        }
    }

    // ---------------------------------------------------------------- drag and drop

    private void dragOver(DragEvent e) {
        if (e.getGestureSource() == null && e.getDragboard().hasFiles() && model.acceptsDrop(e.getDragboard().getFiles())) {
            e.acceptTransferModes(TransferMode.COPY);
            dropZone.pseudoClassStateChanged(DRAG_OVER, true);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        boolean done = e.getDragboard().hasFiles() && model.drop(e.getDragboard().getFiles()) > 0;
        dropZone.pseudoClassStateChanged(DRAG_OVER, false);
        e.setDropCompleted(done);
        e.consume();
    }

    // ---------------------------------------------------------------- files and preview

    private Node upper() {
        dropZone.setId("importer-drop-zone");
        dropZone.getStyleClass().add("importer-drop-zone");
        dropZone.textProperty().bind(Bindings.createStringBinding(() -> messages.get(model.files().isEmpty()
                ? "importer.drop" : "importer.dropMore"), model.files()));
        dropZone.setGraphic(new FontIcon(Feather.UPLOAD_CLOUD));
        dropZone.setContentDisplay(ContentDisplay.LEFT);
        dropZone.setMaxWidth(Double.MAX_VALUE);
        dropZone.setWrapText(true);
        dropZone.setMinHeight(Region.USE_PREF_SIZE);
        dropZone.setOnMouseClicked(e -> {
            if (!model.runningProperty().get() && model.projectOpenProperty().get()) {
                chooseFiles();
            }
        });

        SplitPane split = new SplitPane(filesTable(), previewPane());
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, dropZone, split);
        box.setPadding(new Insets(10, 12, 6, 12));
        return box;
    }

    private Node filesTable() {
        TableView<PendingFile> table = new TableView<>(model.files());
        table.setId("importer-files");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("importer.files.empty"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);

        TableColumn<PendingFile, String> name = text(messages.get("importer.files.file"), PendingFile::fileName);
        name.setPrefWidth(220);
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                PendingFile f = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(f == null ? null : new Tooltip(f.path().toString()));
            }
        });
        TableColumn<PendingFile, PendingFile> format = self(messages.get("importer.files.format"));
        format.setPrefWidth(210);
        format.setCellFactory(c -> new FileCells.FormatCell(model, messages));
        TableColumn<PendingFile, PendingFile> mapping = self(messages.get("importer.files.mapping"));
        mapping.setPrefWidth(150);
        mapping.setCellFactory(c -> new FileCells.MappingCell(model, messages, this::chooseMapping));
        mapping.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.files().stream()
                .anyMatch(f -> "csv".equals(f.effectiveFormat())), model.files()));
        TableColumn<PendingFile, String> tool = observed(messages.get("importer.files.tool"), f -> {
            ImportPreview p = f.preview();
            return p == null ? "" : texts.tool(p.tool(), p.toolVersion(), p.formatName());
        });
        tool.setPrefWidth(140);
        TableColumn<PendingFile, String> size = observed(messages.get("importer.files.size"),
                f -> f.preview() == null ? "" : texts.size(f.preview().sizeBytes()));
        size.setPrefWidth(80);
        size.setStyle("-fx-alignment: center-right;");
        TableColumn<PendingFile, PendingFile> status = self(messages.get("importer.files.status"));
        status.setPrefWidth(200);
        status.setCellFactory(c -> new FileCells.StatusCell(model, messages, texts));
        TableColumn<PendingFile, PendingFile> remove = self("");
        remove.setPrefWidth(40);
        remove.setMaxWidth(40);
        remove.setMinWidth(40);
        remove.setResizable(false);
        remove.setSortable(false);
        remove.setCellFactory(c -> new FileCells.RemoveCell(model, messages));
        table.getColumns().setAll(List.of(remove, name, format, mapping, tool, size, status));
        table.getColumns().forEach(c -> c.setSortable(false));

        model.history().addListener((ListChangeListener<ImportRun>) c -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedFileProperty().set(b);
            }
        });
        model.selectedFileProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        table.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && table.getSelectionModel().getSelectedItem() != null) {
                model.remove(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private Node previewPane() {
        Label heading = new Label();
        heading.setId("importer-preview-title");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label what = new Label();
        what.setId("importer-preview-summary");
        what.setWrapText(true);
        Label issuesLine = new Label();
        issuesLine.setId("importer-preview-issues-line");
        issuesLine.setWrapText(true);
        Label problem = new Label();
        problem.setId("importer-preview-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger-text");
        problem.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        problem.managedProperty().bind(problem.visibleProperty());
        for (Label l : List.of(heading, what, issuesLine, problem)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        Label again = new Label();
        again.setId("importer-preview-again");
        again.setWrapText(true);
        again.setMinHeight(Region.USE_PREF_SIZE);
        again.setGraphic(new FontIcon(Feather.INFO));
        again.getStyleClass().add("text-muted");
        again.managedProperty().bind(again.visibleProperty());
        Label note = new Label(messages.get("importer.preview.note"));
        note.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        note.setWrapText(true);

        TableView<Server> sample = new TableView<>();
        sample.setId("importer-sample");
        sample.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        sample.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label sampleEmpty = new Label(messages.get("importer.preview.noServers"));
        sampleEmpty.getStyleClass().add("text-muted");
        sample.setPlaceholder(sampleEmpty);
        sample.getColumns().setAll(List.of(
                serverColumn(messages.get("importer.sample.name"), s -> s.name, 150),
                serverColumn(messages.get("importer.sample.os"), texts::os, 150),
                serverColumn(messages.get("importer.sample.power"), s -> s.template
                        ? messages.get("importer.sample.template") : s.powerState.name().toLowerCase(messages.locale())
                                .replace('_', ' '), 80),
                numeric(serverColumn(messages.get("importer.sample.vcpus"),
                        s -> s.vcpus == null ? "" : texts.count(s.vcpus), 50)),
                numeric(serverColumn(messages.get("importer.sample.memory"), s -> texts.gib(s.memoryMiB), 70)),
                numeric(serverColumn(messages.get("importer.sample.storage"), s -> texts.gib(s.provisionedMiB), 80)),
                serverColumn(messages.get("importer.sample.ip"), s -> s.ips.isEmpty() ? "" : s.ips.get(0), 100),
                serverColumn(messages.get("importer.sample.place"),
                        s -> s.source == null ? "" : s.source.describe(), 110)));
        VBox.setVgrow(sample, Priority.ALWAYS);
        sample.managedProperty().bind(sample.visibleProperty());

        ListView<ImportReport.Issue> previewIssues = new ListView<>();
        previewIssues.setId("importer-preview-issues");
        previewIssues.setPrefHeight(90);
        previewIssues.setCellFactory(l -> new IssueCell());
        previewIssues.managedProperty().bind(previewIssues.visibleProperty());

        Label none = new Label(messages.get("importer.preview.none"));
        none.getStyleClass().add("text-muted");
        none.setWrapText(true);
        VBox content = new VBox(6, heading, what, issuesLine, again, problem, sample, previewIssues, note);
        StackPane pane = new StackPane(content, none);
        pane.setId("importer-preview");
        pane.setPadding(new Insets(0, 0, 0, 10));
        StackPane.setAlignment(none, Pos.CENTER);
        StackPane.setAlignment(content, Pos.TOP_LEFT);
        pane.setMinHeight(0);
        // a long preview in a short pane is cut at the bottom, never drawn over the drop zone
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        sample.setMinHeight(80);

        Runnable show = () -> {
            PendingFile f = model.selectedFileProperty().get();
            ImportPreview p = f == null ? null : f.preview();
            content.setVisible(f != null);
            none.setVisible(f == null);
            if (f == null) {
                return;
            }
            heading.setText(f.fileName());
            if (p == null) {
                what.setText(f.state() == PendingFile.State.CANCELLED ? messages.get("importer.preview.cancelled")
                        : messages.get("importer.preview.reading"));
                issuesLine.setText("");
                again.setVisible(false);
                problem.setVisible(false);
                sample.setVisible(true);
                sample.getItems().clear();
                previewIssues.getItems().clear();
                previewIssues.setVisible(false);
                return;
            }
            String format = p.formatName() == null ? messages.get("importer.preview.unknownFormat")
                    : texts.tool(p.tool(), p.toolVersion(), p.formatName());
            what.setText(p.ok() ? messages.get("importer.preview.summary", format, texts.size(p.sizeBytes()),
                    texts.contents(p)) : messages.get("importer.preview.summaryBad", format, texts.size(p.sizeBytes())));
            issuesLine.setText(p.ok() ? messages.get("importer.preview.issues", texts.count(p.skipped()),
                    texts.count(p.warnings())) : "");
            issuesLine.getStyleClass().remove("warning-text");
            if (p.skipped() + p.warnings() > 0) {
                issuesLine.getStyleClass().add("warning-text");
            }
            ImportRun before = model.importedBefore(f);
            again.setVisible(before != null);
            again.setText(before == null ? "" : messages.get("importer.preview.importedBefore", before.id(),
                    texts.when(before)));
            problem.setText(p.problem() == null ? "" : p.problem()
                    + (p.format() == null ? ". " + messages.get("importer.preview.chooseFormat") : ""));
            problem.setVisible(p.problem() != null);
            sample.setVisible(p.ok());
            sample.getItems().setAll(p.sample());
            previewIssues.getItems().setAll(p.issues());
            previewIssues.setVisible(!p.issues().isEmpty());
        };
        model.selectedFileProperty().addListener((o, a, b) -> show.run());
        model.files().addListener((ListChangeListener<PendingFile>) c -> show.run());
        model.history().addListener((ListChangeListener<ImportRun>) c -> show.run());
        show.run();
        return pane;
    }

    private static <T> TableColumn<T, String> numeric(TableColumn<T, String> c) {
        c.setStyle("-fx-alignment: center-right;");
        return c;
    }

    private static TableColumn<Server, String> serverColumn(String title, Function<Server, String> value, double width) {
        TableColumn<Server, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<PendingFile, String> text(String title, Function<PendingFile, String> value) {
        TableColumn<PendingFile, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        return c;
    }

    /** A column whose text follows the file's preview. */
    private static TableColumn<PendingFile, String> observed(String title, Function<PendingFile, String> value) {
        TableColumn<PendingFile, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> Bindings.createStringBinding(() -> value.apply(d.getValue()),
                d.getValue().previewProperty()));
        return c;
    }

    private static TableColumn<PendingFile, PendingFile> self(String title) {
        TableColumn<PendingFile, PendingFile> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        return c;
    }

    // ---------------------------------------------------------------- report and history

    private Node lower() {
        VBox outcome = outcomeCard();

        Label historyTitle = new Label(messages.get("importer.history.title"));
        historyTitle.getStyleClass().add(Styles.TITLE_4);
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.get("importer.history.count",
                model.history().size()), model.history()));
        HBox heading = new HBox(10, historyTitle, count);
        heading.setAlignment(Pos.BASELINE_LEFT);

        SplitPane split = new SplitPane(historyTable(), issuesPane());
        split.setDividerPositions(0.68);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, outcome, heading, split);
        box.setPadding(new Insets(8, 12, 10, 12));
        return box;
    }

    private VBox outcomeCard() {
        Label line = new Label();
        line.setId("importer-outcome-text");
        line.setWrapText(true);
        line.textProperty().bind(model.outcomeTextProperty());
        line.getStyleClass().add(Styles.TEXT_BOLDER);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setTooltip(new Tooltip(messages.get("importer.outcome.close")));
        close.setOnAction(e -> model.clearOutcome());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, line, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox lines = new VBox(4);
        lines.setId("importer-reports");
        VBox card = new VBox(6, top, lines);
        card.setId("importer-outcome");
        card.getStyleClass().addAll("card", "importer-outcome");
        card.visibleProperty().bind(model.outcomeProperty().isNotEqualTo(ImportViewModel.Outcome.NONE));
        card.managedProperty().bind(card.visibleProperty());
        Runnable show = () -> {
            lines.getChildren().clear();
            for (ImportReport r : model.reports()) {
                Label l = new Label(messages.get("importer.report.line", r.run().fileName(),
                        texts.tool(r.run().tool(), r.run().toolVersion(), r.run().format()), texts.counts(r)));
                l.setWrapText(true);
                l.setGraphic(new FontIcon(r.skipped() + r.warnings() > 0 ? Feather.ALERT_TRIANGLE : Feather.CHECK));
                lines.getChildren().add(l);
                int shown = 0;
                for (ImportReport.Issue issue : r.issues()) {
                    if (shown++ == 5) {
                        break;
                    }
                    Label i = new Label(issue.describe());
                    i.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
                    i.setPadding(new Insets(0, 0, 0, 24));
                    lines.getChildren().add(i);
                }
                if (r.issueCount() > 5) {
                    Label more = new Label(messages.get("importer.report.more", texts.count(r.issueCount() - 5)));
                    more.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
                    more.setPadding(new Insets(0, 0, 0, 24));
                    lines.getChildren().add(more);
                }
            }
            ImportViewModel.Outcome o = model.outcomeProperty().get();
            card.pseudoClassStateChanged(PseudoClass.getPseudoClass("failed"), o == ImportViewModel.Outcome.FAILED);
            card.pseudoClassStateChanged(PseudoClass.getPseudoClass("cancelled"),
                    o == ImportViewModel.Outcome.CANCELLED);
            line.setGraphic(new FontIcon(o == ImportViewModel.Outcome.FAILED ? Feather.ALERT_CIRCLE
                    : o == ImportViewModel.Outcome.CANCELLED ? Feather.SLASH : Feather.CHECK_CIRCLE));
        };
        model.reports().addListener((ListChangeListener<ImportReport>) c -> show.run());
        model.outcomeProperty().addListener((o, a, b) -> show.run());
        return card;
    }

    private Node historyTable() {
        TableView<ImportRun> table = new TableView<>(model.history());
        table.setId("importer-history");
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("importer.history.empty"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        TableColumn<ImportRun, String> sha = runColumn(messages.get("importer.history.sha"),
                r -> r.sha256().substring(0, Math.min(12, r.sha256().length())), 100);
        sha.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                ImportRun r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(r == null ? null : new Tooltip(r.sha256()));
                getStyleClass().add("importer-mono");
            }
        });
        TableColumn<ImportRun, String> file = runColumn(messages.get("importer.history.file"), ImportRun::fileName, 190);
        file.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                ImportRun r = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(r == null ? null : new Tooltip(r.filePath()));
            }
        });
        table.getColumns().setAll(List.of(
                numeric(runColumn(messages.get("importer.history.id"), r -> "#" + r.id(), 45)),
                runColumn(messages.get("importer.history.when"), texts::when, 120),
                file,
                runColumn(messages.get("importer.history.tool"), texts::tool, 130),
                sha,
                numeric(runColumn(messages.get("importer.history.added"), r -> texts.count(r.added()), 65)),
                numeric(runColumn(messages.get("importer.history.updated"), r -> texts.count(r.updated()), 65)),
                numeric(runColumn(messages.get("importer.history.unchanged"), r -> texts.count(r.unchanged()), 75)),
                numeric(runColumn(messages.get("importer.history.skipped"), r -> texts.count(r.skipped()), 65)),
                numeric(runColumn(messages.get("importer.history.warnings"), r -> texts.count(r.warnings()), 70))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != model.selectedRunProperty().get()) {
                model.selectedRunProperty().set(b);
            }
        });
        model.selectedRunProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
                if (b != null) {
                    table.scrollTo(b);
                }
            }
        });
        return table;
    }

    private static TableColumn<ImportRun, String> runColumn(String title, Function<ImportRun, String> value,
            double width) {
        TableColumn<ImportRun, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 70));
        return c;
    }

    private Node issuesPane() {
        Label title = new Label();
        title.setId("importer-issues-title");
        title.getStyleClass().add(Styles.TEXT_BOLDER);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            ImportRun r = model.selectedRunProperty().get();
            return r == null ? messages.get("importer.issues.none")
                    : messages.get("importer.issues.title", r.id(), r.fileName(), texts.count(r.skipped()),
                            texts.count(r.warnings()), texts.count(r.rowsRead()));
        }, model.selectedRunProperty()));
        title.setWrapText(true);
        TableView<ImportReport.Issue> table = new TableView<>(model.issues());
        table.setId("importer-issues");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("importer.issues.empty"));
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(
                issueColumn(messages.get("importer.issues.kind"), texts::kind, 70),
                issueColumn(messages.get("importer.issues.sheet"), i -> i.where() == null || i.where().sheet() == null
                        ? "" : i.where().sheet(), 90),
                numeric(issueColumn(messages.get("importer.issues.row"), i -> i.where() == null || i.where().row() <= 0
                        ? "" : texts.count(i.where().row()), 55)),
                issueColumn(messages.get("importer.issues.column"), i -> i.where() == null || i.where().column() == null
                        ? "" : i.where().column(), 90),
                issueColumn(messages.get("importer.issues.message"), ImportReport.Issue::message, 260)));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label note = new Label();
        note.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        note.textProperty().bind(model.issuesNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        VBox box = new VBox(6, title, table, note);
        box.setPadding(new Insets(0, 0, 0, 10));
        return box;
    }

    private static TableColumn<ImportReport.Issue, String> issueColumn(String title,
            Function<ImportReport.Issue, String> value, double width) {
        TableColumn<ImportReport.Issue, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** One issue of a preview: its place and message, coloured by kind. */
    private final class IssueCell extends ListCell<ImportReport.Issue> {
        @Override
        protected void updateItem(ImportReport.Issue item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(item.describe());
            setGraphic(new FontIcon(item.kind() == ImportReport.IssueKind.SKIPPED ? Feather.MINUS_CIRCLE
                    : Feather.ALERT_TRIANGLE));
        }
    }
}
