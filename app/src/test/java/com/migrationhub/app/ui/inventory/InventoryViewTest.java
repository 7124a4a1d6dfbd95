package com.migrationhub.app.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.domain.inventory.ServerFilter;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.store.InventoryStore;
import com.migrationhub.domain.store.ProjectFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inventory view on screen, over a copy of the sample engagement, with real background jobs. */
@ExtendWith(ApplicationExtension.class)
class InventoryViewTest {
    @TempDir
    static Path dir;

    private Fixtures.TestContext test;
    private InventoryView view;
    private Path project;

    /** Builds the sample project once, off the FX thread (it takes longer than TestFX waits for a start). */
    @BeforeAll
    static void buildSample() throws Exception {
        Fixtures.sampleProject(Files.createTempDirectory(dir, "warm"));
    }

    @Start
    void start(Stage stage) throws Exception {
        test = Fixtures.context(Files.createTempDirectory(dir, "settings"));
        project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        view = new InventoryView(test.context());
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 780));
        stage.show();
        test.context().session().setProject(ProjectFile.open(project));
        view.shown();
    }

    @SuppressWarnings("unchecked")
    private TableView<ServerRow> table(FxRobot robot) {
        return robot.lookup("#inventory-table").queryAs(TableView.class);
    }

    private InventoryStore store() {
        return test.context().session().project().inventory();
    }

    private void waitLoaded() {
        Fixtures.waitUntil(60, () -> view.model().loadedProperty().get() && !view.model().loadingProperty().get());
    }

    private void waitIdle() {
        Fixtures.waitUntil(30, () -> !test.context().session().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Long> ids(List<?> rows) {
        List<Long> ids = new ArrayList<>();
        for (Object o : rows) {
            ids.add(o instanceof ServerRow r ? r.id() : ((Server) o).id);
        }
        return ids;
    }

    private TableRow<?> rowAt(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == index && r.getItem() != null).findFirst().orElseThrow();
    }

    @Test
    void filtersSortsAndSelectsSeveral(FxRobot robot) {
        waitLoaded();
        TableView<ServerRow> table = table(robot);
        List<Server> all = store().servers(ServerFilter.ALL);
        assertThat(ids(table.getItems())).isEqualTo(ids(all));

        robot.clickOn("#inventory-filter").write("sql");
        List<Long> cli = ids(store().servers(new ServerFilter("sql", null, null, null, null, null,
                ServerFilter.Templates.EXCLUDE, false, 0)));
        assertThat(cli).isNotEmpty();
        Fixtures.waitUntil(10, () -> ids(table.getItems()).containsAll(cli) && table.getItems().size() < all.size());
        assertThat(table.getItems()).allMatch(r -> r.searchKey().contains("sql"));
        int found = table.getItems().size();
        assertThat(robot.lookup("#inventory-count").queryAs(Label.class).getText())
                .isEqualTo(found + " of " + String.format(java.util.Locale.US, "%,d", all.size()) + " servers, 0 selected");

        // sorting by vCPUs sorts numbers as numbers
        robot.clickOn("#inventory-col-vcpus");
        Fixtures.waitUntil(10, () -> {
            List<Integer> v = table.getItems().stream().map(ServerRow::vcpus).toList();
            return v.size() == found && isSorted(v) && !v.get(0).equals(v.get(v.size() - 1));
        });
        robot.clickOn("#inventory-col-vcpus");
        Fixtures.waitUntil(10, () -> {
            List<Integer> v = new ArrayList<>(table.getItems().stream().map(ServerRow::vcpus).toList());
            java.util.Collections.reverse(v);
            return isSorted(v);
        });

        // several rows with the shortcut key held
        robot.clickOn(rowAt(robot, 0));
        robot.press(KeyCode.CONTROL).clickOn(rowAt(robot, 2)).release(KeyCode.CONTROL);
        Fixtures.waitUntil(5, () -> table.getSelectionModel().getSelectedItems().size() == 2);
        assertThat(robot.lookup("#inventory-count").queryAs(Label.class).getText()).endsWith(", 2 selected");
        assertThat(robot.lookup("#inventory-detail-many").tryQuery()).isPresent();

        // a narrower filter keeps the selected rows that still pass it
        ServerRow kept = table.getSelectionModel().getSelectedItems().get(0);
        robot.clickOn("#inventory-filter").eraseText(3).write(kept.name());
        Fixtures.waitUntil(10, () -> table.getItems().size() >= 1 && table.getItems().size() < found);
        Fixtures.waitUntil(5, () -> table.getSelectionModel().getSelectedItems().size() == 1
                && table.getSelectionModel().getSelectedItem().id() == kept.id());
        assertThat(test.problems()).isEmpty();
    }

    /** Scrolls the detail pane until the node is on screen. */
    private void reveal(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        javafx.scene.control.ScrollPane scroll = robot.lookup(".inventory-detail-scroll")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> {
            javafx.geometry.Bounds b = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double range = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (b.getMinY() - 40) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isSorted(List<Integer> v) {
        for (int i = 1; i < v.size(); i++) {
            if (v.get(i - 1) > v.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void editsAFieldInTheDetailPaneStoresItAndUndoes(FxRobot robot) throws Exception {
        waitLoaded();
        TableView<ServerRow> table = table(robot);
        ServerRow first = table.getItems().get(0);
        String before = store().server(first.id()).orElseThrow().owner;
        robot.clickOn(rowAt(robot, 0));
        Fixtures.waitUntil(10, () -> robot.lookup("#inventory-edit-owner").tryQuery().isPresent());
        assertThat(robot.lookup("#inventory-detail-name").queryAs(Label.class).getText()).isEqualTo(first.name());
        assertThat(robot.lookup("#inventory-detail-source").queryAs(Label.class).getText()).contains("row ");

        reveal(robot, "#inventory-edit-owner");
        robot.clickOn("#inventory-edit-owner");
        TextField editor = robot.lookup("#inventory-editor-owner").queryAs(TextField.class);
        robot.interact(() -> editor.setText("Claire Dubois"));
        reveal(robot, "#inventory-save-owner");
        robot.clickOn("#inventory-save-owner");
        waitIdle();
        Fixtures.waitUntil(10, () -> robot.lookup("#inventory-value-owner").tryQueryAs(Label.class)
                .map(l -> l.getText().equals("Claire Dubois")).orElse(false));

        // stored in the project file: open it again
        robot.interact(() -> test.context().session().close());
        ProjectFile again = ProjectFile.open(project);
        robot.interact(() -> test.context().session().setProject(again));
        waitLoaded();
        assertThat(store().server(first.id()).orElseThrow().owner).isEqualTo("Claire Dubois");

        // undone from the Edit menu's undo history: the old value is stored again
        assertThat(test.context().undo().undoLabelProperty().get()).contains("Owner").contains(first.name());
        robot.interact(() -> test.context().undo().undo());
        waitIdle();
        assertThat(store().server(first.id()).orElseThrow().owner).isEqualTo(before);
        robot.interact(() -> test.context().session().close());
        try (ProjectFile reopened = ProjectFile.open(project)) {
            assertThat(reopened.inventory().server(first.id()).orElseThrow().owner).isEqualTo(before);
            assertThat(reopened.inventory().edits(first.id(), 10)).isEmpty();
        }
        assertThat(test.problems()).isEmpty();
    }

    @Test
    void deletesTheSelectedServersAfterAskingAndUndoes(FxRobot robot) {
        waitLoaded();
        TableView<ServerRow> table = table(robot);
        int shown = table.getItems().size();
        robot.clickOn(rowAt(robot, 1));
        robot.press(KeyCode.SHIFT).clickOn(rowAt(robot, 3)).release(KeyCode.SHIFT);
        Fixtures.waitUntil(5, () -> table.getSelectionModel().getSelectedItems().size() == 3);
        List<Long> gone = ids(new ArrayList<>(table.getSelectionModel().getSelectedItems()));

        robot.clickOn("#inventory-delete");
        robot.clickOn("#inventory-confirm-delete");
        waitIdle();
        Fixtures.waitUntil(10, () -> table.getItems().size() == shown - 3);
        for (long id : gone) {
            assertThat(store().server(id).orElseThrow().deleted).isTrue();
        }
        assertThat(ids(table.getItems())).doesNotContainAnyElementsOf(gone);

        // shown again with "Deleted", then brought back by undo
        robot.clickOn("#inventory-deleted");
        Fixtures.waitUntil(10, () -> table.getItems().size() == shown);
        robot.clickOn("#inventory-deleted");
        robot.interact(() -> test.context().undo().undo());
        waitIdle();
        for (long id : gone) {
            assertThat(store().server(id).orElseThrow().deleted).isFalse();
        }
        Fixtures.waitUntil(10, () -> table.getItems().size() == shown && ids(table.getItems()).containsAll(gone));

        // cancelling the question deletes nothing
        robot.clickOn(rowAt(robot, 0));
        robot.clickOn("#inventory-delete");
        robot.clickOn("#inventory-confirm-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store().server(table.getItems().get(0).id()).orElseThrow().deleted).isFalse();
        assertThat(test.problems()).isEmpty();
    }

    @Test
    void theColumnChooserIsRememberedAndFindFocusesTheFilter(FxRobot robot) {
        waitLoaded();
        TableView<ServerRow> table = table(robot);
        assertThat(table.isTableMenuButtonVisible()).isTrue();
        robot.interact(() -> table.getColumns().stream().filter(c -> c.getUserData() == InventoryColumn.OWNER)
                .findFirst().orElseThrow().setVisible(true));
        assertThat(test.context().settings().get("inventoryView.columns").orElse("")).contains("owner");
        robot.interact(view::find);
        assertThat(robot.lookup("#inventory-filter").queryAs(TextField.class).isFocused()).isTrue();
    }
}
