package com.migrationhub.app.ui.waves;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import com.migrationhub.app.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
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
 * The waves view: the plan as a board of wave columns holding move-group cards (drag a card to
 * another wave, or "Move to wave..." from the keyboard), the plan's findings beside it (selecting
 * one highlights its cards), and the timeline below. Builds nodes and binds them to
 * {@link WavesViewModel}; every edit goes through it.
 */
public final class WavesView implements View {
    private final AppContext context;
    private final Messages messages;
    private final WavesViewModel model;
    private final BorderPane root = new BorderPane();
    private final HBox board = new HBox(10);
    private final ScrollPane boardScroll = new ScrollPane(board);
    private final List<WaveColumnPane> columns = new ArrayList<>();
    private final GanttChart gantt;
    private final ListView<ValidationIssue> issues = new ListView<>();
    private final TextField filter = new TextField();
    private boolean selecting;

    public WavesView(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.model = new WavesViewModel(context);
        this.gantt = new GanttChart(messages, model::focusWave);
        root.setId("waves-view");
        root.getStyleClass().add("waves-view");
        root.getStylesheets().add(WavesView.class.getResource("waves-view.css").toExternalForm());
        root.setTop(new VBox(toolbar(), notice()));
        root.setCenter(center());
        root.sceneProperty().addListener((o, a, b) -> model.setActive(b != null));

        model.waves().addListener((ListChangeListener<WaveColumn>) c -> {
            rebuildBoard();
            updateGantt();
        });
        model.blackouts().addListener((ListChangeListener<BlackoutSpan>) c -> updateGantt());
        model.issues().addListener((ListChangeListener<ValidationIssue>) c -> updateGantt());
        model.todayProperty().addListener((o, a, b) -> updateGantt());
        model.filterProperty().addListener((o, a, b) -> refilter());
        model.highlighted().addListener((SetChangeListener<String>) c -> {
            columns.forEach(col -> {
                if (col.list() != null) {
                    col.list().refresh();
                }
            });
            updateGantt();
        });
        model.selectedIssueProperty().addListener((o, a, issue) -> revealHighlighted());
        model.focusedWaveProperty().addListener((o, a, wave) -> {
            if (wave != null) {
                scrollTo(wave);
            }
        });
    }

    /** The view model, for tests. */
    public WavesViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "waves";
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
        Button plan = new Button(messages.get("waves.action.plan"), new FontIcon(Feather.CALENDAR));
        plan.setId("waves-plan");
        plan.getStyleClass().add("accent");
        plan.setTooltip(new Tooltip(messages.get("waves.action.planTip")));
        plan.disableProperty().bind(model.canPlanProperty().not());
        plan.setOnAction(e -> openPlanDialog());

        Button move = new Button(messages.get("waves.action.move"), new FontIcon(Feather.CORNER_UP_RIGHT));
        move.setId("waves-move");
        move.setTooltip(new Tooltip(messages.get("waves.action.moveTip")));
        move.disableProperty().bind(model.selectedCardProperty().isNull().or(model.canEditProperty().not()));
        move.setOnAction(e -> {
            GroupCard c = model.selectedCardProperty().get();
            if (c != null) {
                openMoveDialog(c);
            }
        });

        Button unpin = new Button(messages.get("waves.action.unpin"), new FontIcon(Feather.X_CIRCLE));
        unpin.setId("waves-unpin");
        unpin.setTooltip(new Tooltip(messages.get("waves.action.unpinTip")));
        unpin.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            GroupCard c = model.selectedCardProperty().get();
            return c == null || !c.pinned() || !model.canEditProperty().get();
        }, model.selectedCardProperty(), model.canEditProperty()));
        unpin.setOnAction(e -> {
            GroupCard c = model.selectedCardProperty().get();
            if (c != null) {
                run(() -> model.unpin(c.name()));
            }
        });

        filter.setId("waves-filter");
        filter.setPromptText(messages.get("waves.filter.prompt"));
        filter.setPrefColumnCount(18);
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        filter.disableProperty().bind(model.stateProperty().isNotEqualTo(WavesViewModel.State.READY));

        Label summary = new Label();
        summary.setId("waves-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());

        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        Label running = new Label();
        running.textProperty().bind(model.runningProperty());
        Button cancel = new Button(messages.get("waves.action.cancel"), new FontIcon(Feather.X));
        cancel.setId("waves-cancel");
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setOnAction(e -> model.cancel());
        HBox busy = new HBox(6, spinner, running, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.runningProperty().isNotEmpty());
        busy.managedProperty().bind(busy.visibleProperty());

        Label status = new Label();
        status.setId("waves-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.runningProperty().isEmpty());
        status.managedProperty().bind(status.visibleProperty());

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button b : new Button[] {plan, move, unpin, cancel}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        filter.setMinWidth(140);
        summary.setMinWidth(0);
        HBox bar = new HBox(plan, new Separator(Orientation.VERTICAL), move, unpin, new Separator(Orientation.VERTICAL),
                filter, gap, busy);
        bar.getStyleClass().add("view-toolbar");
        status.setMinWidth(0);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox line = new HBox(12, summary, gap2, status);
        line.getStyleClass().add("waves-summary-bar");
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(bar, line);
    }

    private Node notice() {
        Label notice = new Label();
        notice.setId("waves-notice");
        notice.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        notice.getStyleClass().add("waves-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty()
                .and(model.stateProperty().isEqualTo(WavesViewModel.State.READY)));
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    // ------------------------------------------------------------------ board, findings, timeline

    private Node center() {
        board.setId("waves-board");
        board.getStyleClass().add("wave-board");
        boardScroll.setFitToHeight(true);
        boardScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        boardScroll.getStyleClass().add("edge-to-edge");

        SplitPane top = new SplitPane(boardScroll, findings());
        top.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(top.getItems().get(1), false);

        SplitPane content = new SplitPane(top, timeline());
        content.setId("waves-content");
        content.setOrientation(Orientation.VERTICAL);
        content.setDividerPositions(0.66);
        content.visibleProperty().bind(model.stateProperty().isEqualTo(WavesViewModel.State.READY));

        ProgressIndicator loading = new ProgressIndicator(-1);
        loading.setId("waves-loading");
        loading.setMaxSize(48, 48);
        loading.visibleProperty().bind(model.stateProperty().isEqualTo(WavesViewModel.State.LOADING));

        return new StackPane(content, emptyState(), loading);
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.LAYERS);
        icon.getStyleClass().add("waves-empty-icon");
        Label title = new Label(messages.get("waves.empty.title"));
        title.getStyleClass().add("title-3");
        Label text = new Label(messages.get("waves.empty.message"));
        text.setWrapText(true);
        text.getStyleClass().add("text-muted");
        text.setMaxWidth(520);
        Label extra = new Label();
        extra.setWrapText(true);
        extra.setMaxWidth(520);
        extra.getStyleClass().add("warning-text");
        extra.textProperty().bind(model.noticeProperty());
        extra.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        extra.managedProperty().bind(extra.visibleProperty());
        Button plan = new Button(messages.get("waves.action.plan"), new FontIcon(Feather.CALENDAR));
        plan.setId("waves-empty-plan");
        plan.getStyleClass().add("accent");
        plan.setDefaultButton(false);
        plan.disableProperty().bind(model.canPlanProperty().not());
        plan.setOnAction(e -> openPlanDialog());
        VBox box = new VBox(12, icon, title, text, extra, plan);
        box.setId("waves-empty");
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(false);
        box.visibleProperty().bind(model.stateProperty().isEqualTo(WavesViewModel.State.NO_PLAN));
        return box;
    }

    private Node findings() {
        Label title = new Label(messages.get("waves.validation.title"));
        title.getStyleClass().add("title-4");
        ProgressIndicator spinner = new ProgressIndicator(-1);
        spinner.setPrefSize(14, 14);
        spinner.setMaxSize(14, 14);
        spinner.visibleProperty().bind(model.validatingProperty());
        Button copy = new Button(null, new FontIcon(Feather.COPY));
        copy.setId("waves-copy-issues");
        copy.getStyleClass().addAll("flat", "button-icon");
        copy.setTooltip(new Tooltip(messages.get("waves.validation.copy")));
        copy.disableProperty().bind(Bindings.isEmpty(model.issues()));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.issues().stream().map(ValidationIssue::line).collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(content);
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, spinner, gap, copy);
        head.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("waves-validation-summary");
        summary.getStyleClass().add("text-muted");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.validationSummaryProperty());

        issues.setId("waves-issues");
        issues.setItems(model.issues());
        issues.setCellFactory(v -> new IssueCell());
        Label none = new Label(messages.get("waves.validation.none"), new FontIcon(Feather.CHECK_CIRCLE));
        none.getStyleClass().add("waves-ok");
        none.setWrapText(true);
        none.visibleProperty().bind(model.validatingProperty().not());
        Label pending = new Label(messages.get("waves.validation.running"));
        pending.getStyleClass().add("text-muted");
        pending.visibleProperty().bind(model.validatingProperty());
        issues.setPlaceholder(new StackPane(none, pending));
        issues.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedIssueProperty().set(b));
        model.selectedIssueProperty().addListener((o, a, b) -> {
            if (b == null) {
                issues.getSelectionModel().clearSelection();
            } else if (issues.getSelectionModel().getSelectedItem() != b) {
                issues.getSelectionModel().select(b);
            }
        });
        VBox.setVgrow(issues, Priority.ALWAYS);
        VBox box = new VBox(6, head, summary, issues);
        box.setId("waves-validation");
        box.getStyleClass().add("waves-findings");
        box.setMinWidth(240);
        return box;
    }

    private Node timeline() {
        Label title = new Label(messages.get("waves.gantt.title"));
        title.getStyleClass().add("title-4");
        HBox legend = new HBox(14, legend("gantt-bar-pilot", "waves.gantt.legend.pilot"),
                legend("gantt-bar", "waves.gantt.legend.wave"), legend("gantt-bar-problem", "waves.gantt.legend.problem"),
                legend("gantt-blackout", "waves.gantt.legend.blackout"), legend("gantt-today", "waves.gantt.legend.today"));
        legend.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, gap, legend);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("waves-gantt-head");
        gantt.setId("waves-gantt");
        ScrollPane scroll = new ScrollPane(gantt);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(4, head, scroll);
        box.getStyleClass().add("waves-timeline");
        return box;
    }

    private static Node legend(String style, String key, Messages messages) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", style);
        swatch.setMinSize(12, 12);
        swatch.setMaxSize(12, 12);
        Label l = new Label(messages.get(key), swatch);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private Node legend(String style, String key) {
        return legend(style, key, messages);
    }

    private void rebuildBoard() {
        columns.clear();
        String selected = model.selectedCardProperty().get() == null ? null : model.selectedCardProperty().get().key();
        for (WaveColumn w : model.waves()) {
            WaveColumnPane pane = new WaveColumnPane(model, messages, w, this::openMoveDialog,
                    c -> run(() -> model.unpin(c.name())));
            ListView<GroupCard> list = pane.list();
            list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
                if (selecting) {
                    return;
                }
                if (b != null) {
                    selecting = true;
                    try {
                        columns.stream().filter(x -> x != pane && x.list() != null)
                                .forEach(x -> x.list().getSelectionModel().clearSelection());
                    } finally {
                        selecting = false;
                    }
                    model.selectedCardProperty().set(b);
                } else if (model.selectedCardProperty().get() != null
                        && model.selectedCardProperty().get().wave() == pane.number()) {
                    model.selectedCardProperty().set(null);
                }
            });
            columns.add(pane);
        }
        if (!model.waves().isEmpty()) {
            columns.add(new WaveColumnPane(model, messages, model.waves().size() + 1));
        }
        board.getChildren().setAll(columns);
        if (selected != null) {
            model.card(selected).ifPresent(this::select);
        }
    }

    private void select(GroupCard card) {
        for (WaveColumnPane pane : columns) {
            if (pane.number() == card.wave() && pane.list() != null) {
                pane.list().getSelectionModel().select(card);
                pane.list().scrollTo(card);
            }
        }
    }

    private void refilter() {
        int i = 0;
        for (WaveColumn w : model.waves()) {
            if (i < columns.size() && columns.get(i).list() != null) {
                columns.get(i).list().getItems().setAll(model.visibleCards(w));
            }
            i++;
        }
    }

    private void updateGantt() {
        Set<Integer> problems = new HashSet<>();
        model.issues().stream().filter(i -> i.kind().severe()).forEach(i -> problems.addAll(i.waves()));
        Set<Integer> marked = new HashSet<>();
        ValidationIssue selected = model.selectedIssueProperty().get();
        if (selected != null) {
            marked.addAll(selected.waves());
        }
        for (WaveColumn w : model.waves()) {
            if (w.cards().stream().anyMatch(c -> model.highlighted().contains(c.key()))) {
                marked.add(w.number());
            }
        }
        gantt.setData(model.waves(), model.blackouts(), model.todayProperty().get(), problems, marked);
    }

    /** Brings the cards of the finding selected into view: each column scrolled to its first, the board to the first column. */
    private void revealHighlighted() {
        WaveColumnPane first = null;
        for (WaveColumnPane pane : columns) {
            if (pane.list() == null) {
                continue;
            }
            Optional<GroupCard> card = pane.list().getItems().stream()
                    .filter(c -> model.highlighted().contains(c.key())).findFirst();
            if (card.isPresent()) {
                pane.list().scrollTo(card.get());
                if (first == null) {
                    first = pane;
                }
            }
        }
        if (first != null) {
            double content = board.getWidth() - boardScroll.getViewportBounds().getWidth();
            double x = first.getBoundsInParent().getMinX();
            double left = boardScroll.getHvalue() * Math.max(0, content);
            if (content > 0 && (x < left || x + first.getWidth() > left + boardScroll.getViewportBounds().getWidth())) {
                boardScroll.setHvalue(Math.max(0, Math.min(1, (x - 12) / content)));
            }
        }
    }

    private void scrollTo(int wave) {
        for (WaveColumnPane pane : columns) {
            if (pane.number() == wave) {
                double content = board.getWidth() - boardScroll.getViewportBounds().getWidth();
                if (content > 0) {
                    boardScroll.setHvalue(Math.max(0, Math.min(1, pane.getBoundsInParent().getMinX() / content)));
                }
                pane.getStyleClass().add("wave-column-focus");
                javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.2));
                fade.setOnFinished(e -> pane.getStyleClass().remove("wave-column-focus"));
                fade.play();
            }
        }
    }

    // ------------------------------------------------------------------ dialogs

    private void openPlanDialog() {
        PlanForm form = model.planForm();
        PlanDialog dialog = new PlanDialog(messages, form, context.window().get());
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == PlanDialog.PLAN) {
            run(() -> model.plan(form));
        }
    }

    /** A wave to choose in "Move to wave...". */
    private record WaveChoice(int number, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private void openMoveDialog(GroupCard card) {
        List<WaveChoice> choices = new ArrayList<>();
        WaveChoice current = null;
        for (WaveColumn w : model.waves()) {
            WaveChoice c = new WaveChoice(w.number(), messages.get("waves.move.choice", w.number(), w.name(),
                    Dates.range(messages, w.start(), w.end()), w.servers()));
            choices.add(c);
            if (w.number() == card.wave()) {
                current = c;
            }
        }
        choices.add(new WaveChoice(model.waves().size() + 1, messages.get("waves.move.newWave", model.waves().size() + 1)));
        ChoiceDialog<WaveChoice> dialog = new ChoiceDialog<>(current, choices);
        if (context.window().get() != null) {
            dialog.initOwner(context.window().get());
        }
        dialog.setTitle(messages.get("waves.move.title"));
        dialog.setHeaderText(messages.get("waves.move.header", card.name(), card.wave()));
        dialog.setContentText(messages.get("waves.move.label"));
        dialog.setGraphic(new FontIcon(Feather.CORNER_UP_RIGHT));
        dialog.showAndWait().ifPresent(choice -> run(() -> model.move(card.name(), choice.number())));
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            context.fail(e);
        }
    }

    /** A finding: an icon for how bad it is, its line, and the groups involved. */
    private final class IssueCell extends ListCell<ValidationIssue> {
        private final FontIcon icon = new FontIcon();
        private final Label text = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, text, detail);
        private final HBox row = new HBox(8, icon, box);

        IssueCell() {
            text.setWrapText(true);
            detail.setWrapText(true);
            detail.getStyleClass().add("text-muted");
            text.setMinHeight(Region.USE_PREF_SIZE);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(box, Priority.ALWAYS);
            row.setAlignment(Pos.TOP_LEFT);
            // wrap at the list's width: a cell is as tall as its text needs there
            listViewProperty().addListener((o, a, list) -> {
                box.prefWidthProperty().unbind();
                box.maxWidthProperty().unbind();
                if (list != null) {
                    box.prefWidthProperty().bind(list.widthProperty().subtract(56));
                    box.maxWidthProperty().bind(list.widthProperty().subtract(56));
                }
            });
        }

        @Override
        protected void updateItem(ValidationIssue item, boolean empty) {
            super.updateItem(item, empty);
            icon.getStyleClass().removeAll("issue-severe", "issue-warning", "issue-info");
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            switch (item.kind()) {
                case ORDER, CAPACITY -> {
                    icon.setIconCode(Feather.ALERT_OCTAGON);
                    icon.getStyleClass().add("issue-severe");
                }
                case SPLIT, NOT_PLANNED -> {
                    icon.setIconCode(Feather.ALERT_TRIANGLE);
                    icon.getStyleClass().add("issue-warning");
                }
                default -> {
                    icon.setIconCode(Feather.INFO);
                    icon.getStyleClass().add("issue-info");
                }
            }
            text.setText(item.text());
            detail.setText(item.detail());
            detail.setVisible(!item.detail().isEmpty());
            detail.setManaged(!item.detail().isEmpty());
            setGraphic(row);
        }
    }
}
