package com.migrationhub.app.ui.shell;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.View;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.settings.UserSettings;
import com.migrationhub.domain.store.ProjectFile;
import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workbench's window content: the menu bar, the navigation between the views, the current
 * view, the task list and the status bar; a welcome page when no project is open. Views are built
 * the first time they are shown.
 */
public final class MainWindow extends BorderPane {
    private final AppContext context;
    private final ShellViewModel model;
    private final Messages messages;
    private final Map<String, ViewEntry> entries = new LinkedHashMap<>();
    private final Map<String, View> built = new HashMap<>();
    private final Map<String, ToggleButton> navButtons = new HashMap<>();
    private final StackPane content = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final VBox navBar = new VBox(4);
    private final TaskListView taskList;
    private final Consumer<UserSettings.Theme> themeChanger;
    private final Runnable quit;
    private String current;

    /** The number and date formats offered in View > Number format ("" is the system's). */
    private static final List<String> LOCALES = List.of("", "en-US", "en-GB", "de-DE", "fr-FR", "nl-NL", "es-ES",
            "it-IT", "de-CH", "en-IN", "ja-JP");

    public MainWindow(AppContext context, ShellViewModel model, List<ViewEntry> views,
            Consumer<UserSettings.Theme> themeChanger, Runnable quit) {
        this.context = context;
        this.model = model;
        this.messages = context.messages();
        this.themeChanger = themeChanger;
        this.quit = quit;
        setId("main-window");
        getStyleClass().add("main-window");
        views.forEach(v -> entries.put(v.id(), v));
        taskList = new TaskListView(context.taskList(), messages);
        taskList.setVisible(false);
        taskList.managedProperty().bind(taskList.visibleProperty());

        setTop(menuBar());
        buildNavigation();
        setLeft(navBar);
        content.getStyleClass().add("view-area");
        setCenter(content);
        setBottom(new VBox(taskList, statusBar()));

        ProjectSession session = context.session();
        session.projectProperty().addListener((o, before, now) -> projectChanged(now));
        projectChanged(session.project());
    }

    /** The ids of the views, in navigation order. */
    public List<String> viewIds() {
        return List.copyOf(entries.keySet());
    }

    /** The view shown now, or null on the welcome page. */
    public String currentView() {
        return current;
    }

    /** Shows view {@code id} (builds it the first time). */
    public void show(String id) {
        ViewEntry entry = entries.get(id);
        if (entry == null || !context.session().isOpen()) {
            return;
        }
        View view = built.computeIfAbsent(id, k -> entry.factory().apply(context));
        content.getChildren().setAll(view.node());
        current = id;
        ToggleButton b = navButtons.get(id);
        if (b != null && !b.isSelected()) {
            b.setSelected(true);
        }
        view.shown();
        model.setStatus(messages.get(entry.titleKey()));
    }

    /** The built view {@code id}, if it was shown once. */
    public Optional<View> view(String id) {
        return Optional.ofNullable(built.get(id));
    }

    private void projectChanged(ProjectFile project) {
        navBar.setDisable(project == null);
        if (project == null) {
            built.clear();
            current = null;
            nav.selectToggle(null);
            content.getChildren().setAll(welcome());
        } else {
            built.clear();
            show(current != null && entries.containsKey(current) ? current : entries.keySet().iterator().next());
        }
    }

    private void buildNavigation() {
        navBar.getStyleClass().add("nav-bar");
        navBar.setId("nav-bar");
        navBar.setPadding(new Insets(10, 6, 10, 6));
        for (ViewEntry e : entries.values()) {
            ToggleButton b = new ToggleButton(messages.get(e.titleKey()), new FontIcon(e.icon()));
            b.setId("nav-" + e.id());
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().addAll("flat", "nav-button");
            b.setOnAction(ev -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                show(e.id());
            });
            navButtons.put(e.id(), b);
            navBar.getChildren().add(b);
        }
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);

        Menu file = new Menu(messages.get("shell.menu.file"));
        MenuItem newItem = item("shell.menu.new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                this::newProject);
        MenuItem open = item("shell.menu.open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                this::openProject);
        Menu recent = new Menu(messages.get("shell.menu.recent"));
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : model.recentProjects()) {
                MenuItem r = new MenuItem(p.toString());
                r.setMnemonicParsing(false);
                r.setOnAction(e -> model.open(p, () -> { }));
                recent.getItems().add(r);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem saveAs = item("shell.menu.saveAs",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::saveAs);
        MenuItem close = item("shell.menu.close", new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN),
                model::close);
        MenuItem exit = item("shell.menu.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                quit);
        saveAs.disableProperty().bind(context.session().projectProperty().isNull()
                .or(context.session().busyProperty()));
        close.disableProperty().bind(context.session().projectProperty().isNull()
                .or(context.session().busyProperty()));
        file.getItems().addAll(newItem, open, recent, new SeparatorMenuItem(), saveAs, close, new SeparatorMenuItem(),
                exit);

        Menu edit = new Menu(messages.get("shell.menu.edit"));
        MenuItem undo = item("shell.menu.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                () -> run(context.undo()::undo));
        undo.textProperty().bind(Bindings.createStringBinding(() -> context.undo().undoLabelProperty().get().isEmpty()
                ? messages.get("shell.menu.undo")
                : messages.get("shell.menu.undoThis", context.undo().undoLabelProperty().get()),
                context.undo().undoLabelProperty()));
        undo.disableProperty().bind(context.undo().canUndoProperty().not().or(context.session().busyProperty()));
        MenuItem redo = item("shell.menu.redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                () -> run(context.undo()::redo));
        redo.textProperty().bind(Bindings.createStringBinding(() -> context.undo().redoLabelProperty().get().isEmpty()
                ? messages.get("shell.menu.redo")
                : messages.get("shell.menu.redoThis", context.undo().redoLabelProperty().get()),
                context.undo().redoLabelProperty()));
        redo.disableProperty().bind(context.undo().canRedoProperty().not().or(context.session().busyProperty()));
        MenuItem find = item("shell.menu.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> view(current).ifPresent(View::find));
        find.disableProperty().bind(context.session().projectProperty().isNull());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), find);

        Menu viewMenu = new Menu(messages.get("shell.menu.view"));
        int n = 1;
        for (ViewEntry e : entries.values()) {
            MenuItem m = item(e.titleKey(), n <= 9
                    ? new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(n)), KeyCombination.SHORTCUT_DOWN)
                    : null, () -> show(e.id()));
            m.disableProperty().bind(context.session().projectProperty().isNull());
            viewMenu.getItems().add(m);
            n++;
        }
        MenuItem tasks = item("shell.menu.tasks", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> taskList.setVisible(!taskList.isVisible()));
        Menu theme = new Menu(messages.get("shell.menu.theme"));
        ToggleGroup themes = new ToggleGroup();
        for (UserSettings.Theme t : UserSettings.Theme.values()) {
            RadioMenuItem r = new RadioMenuItem(messages.get("shell.theme." + t.name().toLowerCase(java.util.Locale.ROOT)));
            r.setToggleGroup(themes);
            r.setSelected(context.settings().theme() == t);
            r.setOnAction(e -> themeChanger.accept(t));
            theme.getItems().add(r);
        }
        Menu locale = new Menu(messages.get("shell.menu.locale"));
        ToggleGroup locales = new ToggleGroup();
        String chosen = context.settings().localeTag().orElse("");
        for (String tag : LOCALES) {
            String label = tag.isEmpty() ? messages.get("shell.locale.system")
                    : java.util.Locale.forLanguageTag(tag).getDisplayName(java.util.Locale.forLanguageTag(tag));
            RadioMenuItem r = new RadioMenuItem(label);
            r.setToggleGroup(locales);
            r.setSelected(tag.equals(chosen));
            r.setOnAction(e -> {
                context.settings().setLocale(tag.isEmpty() ? null : java.util.Locale.forLanguageTag(tag));
                model.saveSettings();
                model.setStatus(messages.get("shell.status.localeNext", label));
            });
            locale.getItems().add(r);
        }
        viewMenu.getItems().addAll(new SeparatorMenuItem(), tasks, theme, locale);

        Menu help = new Menu(messages.get("shell.menu.help"));
        MenuItem about = item("shell.menu.about", null, this::about);
        help.getItems().add(about);
        bar.getMenus().addAll(file, edit, viewMenu, help);
        return bar;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            context.fail(e);
        }
    }

    private MenuItem item(String key, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(messages.get(key));
        m.setId("menu-" + key.replace('.', '-'));
        if (keys != null) {
            m.setAccelerator(keys);
        }
        m.setOnAction(e -> run(action));
        return m;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.statusProperty());
        Label project = new Label();
        project.setId("status-project");
        project.textProperty().bind(Bindings.createStringBinding(() -> {
            ProjectFile p = context.session().project();
            return p == null ? messages.get("shell.status.noProject") : p.path().toString();
        }, context.session().projectProperty()));
        project.getStyleClass().add("text-muted");
        // the newest running job, with its progress and a cancel button, always in sight
        Label job = new Label();
        job.setId("status-job");
        ProgressBar running = new ProgressBar();
        running.setId("status-progress");
        running.setPrefWidth(140);
        Button cancel = new Button(null, new FontIcon(Feather.X));
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll("flat", "button-icon", "small");
        HBox current = new HBox(6, job, running, cancel);
        current.setAlignment(Pos.CENTER_LEFT);
        Runnable follow = () -> {
            com.migrationhub.app.ui.task.TaskItem newest = context.taskList().items().stream()
                    .filter(i -> i.stateProperty().get() == com.migrationhub.app.ui.task.TaskItem.State.RUNNING)
                    .findFirst().orElse(null);
            running.progressProperty().unbind();
            current.setVisible(newest != null);
            if (newest != null) {
                job.setText(newest.title());
                running.progressProperty().bind(newest.progressProperty());
                cancel.setOnAction(e -> newest.cancel());
                cancel.setTooltip(new Tooltip(messages.get("shell.tasks.cancel", newest.title())));
            }
        };
        current.managedProperty().bind(current.visibleProperty());
        context.taskList().items().addListener((ListChangeListener<Object>) c -> follow.run());
        follow.run();
        Hyperlink tasks = new Hyperlink();
        tasks.setId("status-tasks");
        tasks.textProperty().bind(Bindings.createStringBinding(() -> {
            int r = context.taskList().runningCount().get();
            return r == 0 ? messages.get("shell.status.tasksIdle") : messages.get("shell.status.tasksRunning", r);
        }, context.taskList().runningCount()));
        tasks.setOnAction(e -> taskList.setVisible(!taskList.isVisible()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, status, grow, project, current, tasks);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 10, 3, 10));
        bar.getStyleClass().add("status-bar");
        bar.setId("status-bar");
        return bar;
    }

    private Node welcome() {
        Label title = new Label(messages.get("shell.welcome.title"));
        title.getStyleClass().add("title-1");
        Label text = new Label(messages.get("shell.welcome.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        Button newButton = new Button(messages.get("shell.menu.new"), new FontIcon(Feather.FILE_PLUS));
        newButton.setId("welcome-new");
        newButton.setOnAction(e -> newProject());
        Button openButton = new Button(messages.get("shell.menu.open"), new FontIcon(Feather.FOLDER));
        openButton.setId("welcome-open");
        openButton.setOnAction(e -> openProject());
        openButton.setDefaultButton(true);
        VBox box = new VBox(14, title, text, new HBox(10, newButton, openButton));
        if (!model.recentProjects().isEmpty()) {
            Label r = new Label(messages.get("shell.welcome.recent"));
            r.getStyleClass().add("title-4");
            box.getChildren().add(r);
            for (Path p : model.recentProjects()) {
                Hyperlink link = new Hyperlink(p.toString());
                link.setOnAction(e -> model.open(p, () -> { }));
                box.getChildren().add(link);
            }
        }
        box.setPadding(new Insets(48));
        box.setMaxWidth(720);
        box.setId("welcome");
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        return box;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private FileChooser projectChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("shell.file.filter"),
                "*" + ProjectFile.EXTENSION));
        context.settings().get("lastFolder").map(File::new).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private void remember(File chosen) {
        if (chosen != null && chosen.getParentFile() != null) {
            context.settings().put("lastFolder", chosen.getParentFile().getAbsolutePath());
        }
    }

    private void openProject() {
        File f = projectChooser("shell.menu.open").showOpenDialog(window());
        if (f != null) {
            remember(f);
            model.open(f.toPath(), () -> { });
        }
    }

    private void saveAs() {
        File f = projectChooser("shell.menu.saveAs").showSaveDialog(window());
        if (f != null) {
            remember(f);
            model.saveAs(withExtension(f.toPath()), () -> { });
        }
    }

    private static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(ProjectFile.EXTENSION) ? p : p.resolveSibling(name + ProjectFile.EXTENSION);
    }

    private void newProject() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(messages.get("shell.new.title"));
        TextField client = new TextField();
        client.setId("new-client");
        TextField engagement = new TextField();
        engagement.setId("new-engagement");
        TextField where = new TextField();
        where.setId("new-file");
        where.setPrefColumnCount(32);
        Button browse = new Button(messages.get("shell.new.browse"));
        browse.setOnAction(e -> {
            File f = projectChooser("shell.new.title").showSaveDialog(dialog.getOwner());
            if (f != null) {
                remember(f);
                where.setText(withExtension(f.toPath()).toString());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label(messages.get("shell.new.client")), client);
        grid.addRow(1, new Label(messages.get("shell.new.engagement")), engagement);
        grid.addRow(2, new Label(messages.get("shell.new.file")), new HBox(6, where, browse));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(client.textProperty().isEmpty().or(engagement.textProperty().isEmpty())
                .or(where.textProperty().isEmpty()));
        dialog.setOnShown(e -> client.requestFocus());
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b ->
                model.create(withExtension(Path.of(where.getText().strip())), client.getText(), engagement.getText(),
                        () -> { }));
    }

    private void about() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(messages.get("shell.menu.about"));
        Label text = new Label(messages.get("shell.about.text", java.util.Objects.requireNonNullElse(MainWindow.class.getPackage().getImplementationVersion(),
                        messages.get("shell.about.devBuild")),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?"),
                context.settings().file()));
        text.setWrapText(true);
        text.setMaxWidth(480);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
