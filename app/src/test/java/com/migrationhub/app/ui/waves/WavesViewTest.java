package com.migrationhub.app.ui.waves;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The waves view over a copy of the sample engagement (imported, assessed, waves planned): the
 * board shows the stored plan, a move through the drop handler (and by a real drag) is what
 * {@code mhub waves move} stores, undo puts the plan back, and the findings are what
 * {@code mhub waves validate} prints.
 */
@ExtendWith(ApplicationExtension.class)
class WavesViewTest {
    /** A consumer in wave 8 whose provider SAP ERP (PROD) moves in wave 6: pinning it to wave 1 breaks the order. */
    private static final String CONSUMER = "Teamcenter PLM (PROD)";
    private static final String PROVIDER = "SAP ERP (PROD)";

    @TempDir
    static Path dir;

    private Fixtures.TestContext test;
    private WavesView view;
    private Path file;

    @BeforeAll
    static void buildSample() throws Exception {
        Fixtures.sampleProject(Files.createTempDirectory(dir, "warm"));
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        test = Fixtures.context(Files.createTempDirectory(dir, "settings"));
        file = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        test.context().session().setProject(ProjectFile.open(file));
        view = new WavesView(test.context());
        Scene scene = new Scene((Parent) view.node(), 1260, 780);
        scene.getStylesheets().add(WavesView.class.getResource("/com/migrationhub/app/ui/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.shown();
    }

    private WavesViewModel model() {
        return view.model();
    }

    private void settle() {
        Fixtures.waitUntil(90, () -> model().stateProperty().get() != WavesViewModel.State.LOADING
                && !model().refreshingProperty().get()
                && !test.context().session().busyProperty().get() && !model().validatingProperty().get()
                && model().runningProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Wave number to its groups, as the board's columns show them. */
    private Map<Integer, List<String>> board(FxRobot robot) {
        Map<Integer, List<String>> board = new LinkedHashMap<>();
        for (Node n : robot.lookup(".wave-column").queryAll()) {
            WaveColumnPane pane = (WaveColumnPane) n;
            if (pane.list() != null) {
                board.put(pane.number(), pane.list().getItems().stream().map(GroupCard::name).toList());
            }
        }
        return board;
    }

    /** Wave number to its groups, as the project file stores them. */
    private Map<Integer, List<String>> stored() throws Exception {
        AtomicReference<Map<Integer, List<String>>> result = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            Map<Integer, List<String>> m = new LinkedHashMap<>();
            for (DependencyStore.StoredWave w : test.context().session().project().dependencies().wavePlan().orElseThrow()
                    .waves()) {
                m.put(w.number(), w.groups().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList());
            }
            result.set(m);
        }).get();
        return result.get();
    }

    private Map<String, Integer> pins() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> test.context().session().project().dependencies().wavePins()).get();
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isIn(0, 3);
        return out.toString();
    }

    /** {@code mhub waves show --format csv}: group to wave, and the groups pinned. */
    private record Shown(Map<String, Integer> waveOf, List<String> pinned) {
    }

    private Shown show() {
        Map<String, Integer> waveOf = new LinkedHashMap<>();
        List<String> pinned = new ArrayList<>();
        String[] lines = cli("waves", "show", "-p", file.toString(), "--format", "csv").split("\\R");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = csv(lines[i]);
            waveOf.put(cells.get(4), Integer.parseInt(cells.get(0)));
            if (Boolean.parseBoolean(cells.get(7))) {
                pinned.add(cells.get(4));
            }
        }
        return new Shown(waveOf, pinned);
    }

    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        cells.add(b.toString());
        return cells;
    }

    private void closeProject(FxRobot robot) {
        robot.interact(() -> test.context().session().close());
    }

    /** Scrolls a card's column to it, so that its cell exists. */
    private void reveal(FxRobot robot, String group) {
        GroupCard card = model().card(group).orElseThrow();
        for (Node n : robot.lookup(".wave-column").queryAll()) {
            WaveColumnPane pane = (WaveColumnPane) n;
            if (pane.number() == card.wave() && pane.list() != null) {
                robot.interact(() -> pane.list().scrollTo(card));
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String id(String group) {
        return "#waves-card-" + group.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @Test
    void theBoardShowsEveryStoredWaveWithItsGroupsAndTheTimelineEveryWave(FxRobot robot) throws Exception {
        settle();
        assertThat(model().stateProperty().get()).isEqualTo(WavesViewModel.State.READY);
        Map<Integer, List<String>> stored = stored();
        assertThat(stored).hasSize(10);
        Map<Integer, List<String>> board = board(robot);
        assertThat(board).isEqualTo(stored);
        assertThat(robot.lookup("#waves-column-new").tryQuery()).isPresent();
        // the header of a wave says its servers against the capacity of 40
        int servers = model().waves().get(1).servers();
        assertThat(robot.lookup("#waves-column-load-2").queryLabeled().getText()).startsWith(servers + " / 40 servers");
        for (int w = 1; w <= 10; w++) {
            assertThat(robot.lookup("#waves-gantt-bar-" + w).tryQuery()).as("bar of wave " + w).isPresent();
        }
        // the timeline grows and shrinks with the window
        double wide = robot.lookup("#waves-gantt-bar-10").query().getBoundsInParent().getMaxX();
        robot.interact(() -> robot.window(0).setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        double narrow = robot.lookup("#waves-gantt-bar-10").query().getBoundsInParent().getMaxX();
        assertThat(narrow).isLessThan(wide - 100);
        assertThat(robot.lookup("#waves-empty").query().isVisible()).isFalse();
        assertThat(test.problems()).isEmpty();

        // the quick filter keeps the cards that match, in their waves
        robot.interact(() -> model().filterProperty().set("teamcenter"));
        WaitForAsyncUtils.waitForFxEvents();
        board(robot).forEach((wave, groups) -> assertThat(groups).allMatch(g -> model().card(g).orElseThrow()
                .matches("teamcenter")));
        assertThat(board(robot).values().stream().mapToInt(List::size).sum()).isGreaterThan(0);
    }

    @Test
    void aDroppedCardIsPinnedAndRePlannedAsWavesMoveDoesAndTheFindingsAreWhatValidatePrints(FxRobot robot)
            throws Exception {
        settle();
        int before = model().card(CONSUMER).orElseThrow().wave();
        assertThat(before).isEqualTo(8);
        AtomicReference<Boolean> accepted = new AtomicReference<>();
        robot.interact(() -> accepted.set(model().drop(CONSUMER, 1)));
        assertThat(accepted.get()).isTrue();
        settle();
        assertThat(test.problems()).isEmpty();

        // the project stores the pin and the plan re-made with it
        assertThat(pins()).containsEntry(CONSUMER, 1);
        assertThat(stored().get(1)).contains(CONSUMER);
        assertThat(board(robot)).isEqualTo(stored());
        assertThat(model().card(CONSUMER).orElseThrow().pinned()).isTrue();
        assertThat(robot.lookup(id(CONSUMER)).query().lookup(".wave-card-pin").isVisible()).isTrue();

        // the findings now include the dependency that runs backwards; selecting it highlights both cards
        ValidationIssue order = model().issues().stream().filter(i -> i.kind() == ValidationIssue.Kind.ORDER)
                .filter(i -> i.groups().contains(PROVIDER)).findFirst().orElseThrow();
        assertThat(order.groups()).contains(CONSUMER);
        robot.interact(() -> model().selectedIssueProperty().set(order));
        WaitForAsyncUtils.waitForFxEvents();
        reveal(robot, CONSUMER);
        reveal(robot, PROVIDER);
        assertThat(model().highlighted()).contains(CONSUMER.toLowerCase(), PROVIDER.toLowerCase());
        assertThat(robot.lookup(id(CONSUMER)).query().lookup(".wave-card").getStyleClass()).contains("wave-card-highlight");
        assertThat(robot.lookup(id(PROVIDER)).query().lookup(".wave-card").getStyleClass()).contains("wave-card-highlight");
        assertThat(robot.lookup("#waves-gantt-bar-1").query().getStyleClass()).contains("gantt-bar-problem");
        List<ValidationIssue> issues = List.copyOf(model().issues());

        // the command line, on the file once the workbench let it go, says the same
        closeProject(robot);
        Shown shown = show();
        assertThat(shown.waveOf()).containsEntry(CONSUMER, 1);
        assertThat(shown.pinned()).containsExactly(CONSUMER);
        assertThat(sameAsValidate(issues)).isTrue();
    }

    /** The findings against {@code mhub waves validate}'s output on the project file, line for line. */
    private boolean sameAsValidate(List<ValidationIssue> issues) {
        String out = cli("waves", "validate", "-p", file.toString());
        List<String> order = new ArrayList<>();
        List<String> splits = new ArrayList<>();
        List<String> capacity = new ArrayList<>();
        for (String line : out.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("ORDER: ")) {
                order.add(l);
            } else if (l.startsWith("SPLIT: ")) {
                splits.add(l);
            } else if (l.startsWith("CAPACITY: ")) {
                capacity.add(l);
            }
        }
        Matcher m = Pattern.compile("Validation: (\\d+) dependencies.*?, (\\d+) split.*?, (\\d+) waves over capacity")
                .matcher(out);
        List<String> mineOrder = lines(issues, ValidationIssue.Kind.ORDER);
        List<String> mineSplits = lines(issues, ValidationIssue.Kind.SPLIT);
        List<String> mineCapacity = lines(issues, ValidationIssue.Kind.CAPACITY);
        if (m.find()) {
            assertThat(mineOrder).hasSize(Integer.parseInt(m.group(1)));
            assertThat(mineSplits).hasSize(Integer.parseInt(m.group(2)));
            assertThat(mineCapacity).hasSize(Integer.parseInt(m.group(3)));
        } else {
            assertThat(out).contains("no hard dependency crosses waves");
            assertThat(mineOrder).isEmpty();
            assertThat(mineSplits).isEmpty();
            assertThat(mineCapacity).isEmpty();
        }
        assertThat(mineOrder).isEqualTo(order);
        assertThat(mineSplits.subList(0, Math.min(20, mineSplits.size()))).isEqualTo(splits);
        assertThat(mineCapacity).isEqualTo(capacity);
        boolean notPlanned = issues.stream().anyMatch(i -> i.kind() == ValidationIssue.Kind.NOT_PLANNED);
        assertThat(out.contains("not in the plan")).isEqualTo(notPlanned);
        return true;
    }

    private static List<String> lines(List<ValidationIssue> issues, ValidationIssue.Kind kind) {
        return issues.stream().filter(i -> i.kind() == kind).map(ValidationIssue::line).toList();
    }

    @Test
    void theFindingsOfTheSamplePlanAreWhatValidatePrints(FxRobot robot) throws Exception {
        settle();
        List<ValidationIssue> issues = List.copyOf(model().issues());
        assertThat(issues).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(ValidationIssue.Kind.SPLIT);
            assertThat(i.groups()).containsExactly(CONSUMER, PROVIDER);
            assertThat(i.servers()).containsExactly("dtwpplmapp0035", "dtwpsapapp0075");
        });
        assertThat(robot.lookup("#waves-validation-summary").queryLabeled().getText())
                .isEqualTo("No dependency runs backwards · 1 split · no wave over capacity");
        closeProject(robot);
        assertThat(sameAsValidate(issues)).isTrue();
    }

    @Test
    void undoPutsTheGroupBackWithItsPinStateAndRedoMovesItAgain(FxRobot robot) throws Exception {
        settle();
        Map<Integer, List<String>> before = stored();
        Map<String, Integer> pinsBefore = pins();
        assertThat(pinsBefore).isEmpty();
        robot.interact(() -> model().move(CONSUMER, 1));
        settle();
        assertThat(pins()).containsEntry(CONSUMER, 1);
        assertThat(test.context().undo().undoLabelProperty().get()).isEqualTo("move of " + CONSUMER + " to wave 1");

        robot.interact(() -> test.context().undo().undo());
        settle();
        assertThat(test.problems()).isEmpty();
        assertThat(pins()).isEmpty();
        assertThat(stored()).isEqualTo(before);
        assertThat(model().card(CONSUMER).orElseThrow().wave()).isEqualTo(8);
        assertThat(model().card(CONSUMER).orElseThrow().pinned()).isFalse();
        assertThat(board(robot)).isEqualTo(before);

        robot.interact(() -> test.context().undo().redo());
        settle();
        assertThat(pins()).containsEntry(CONSUMER, 1);
        assertThat(stored().get(1)).contains(CONSUMER);

        // a pinned group moved again: undo puts back its earlier pin, not none
        robot.interact(() -> model().move(CONSUMER, 2));
        settle();
        assertThat(pins()).containsEntry(CONSUMER, 2);
        robot.interact(() -> test.context().undo().undo());
        settle();
        assertThat(pins()).containsEntry(CONSUMER, 1);
        assertThat(model().card(CONSUMER).orElseThrow().wave()).isEqualTo(1);

        // unpin through the view model is undoable too
        robot.interact(() -> model().unpin(CONSUMER));
        settle();
        assertThat(pins()).isEmpty();
        robot.interact(() -> test.context().undo().undo());
        settle();
        assertThat(pins()).containsEntry(CONSUMER, 1);
        closeProject(robot);
        assertThat(show().pinned()).containsExactly(CONSUMER);
    }

    @Test
    void aCardDraggedByTheMouseOntoAnotherColumnMovesThere(FxRobot robot) throws Exception {
        settle();
        String group = model().waves().get(0).cards().get(0).name();
        assertThat(model().card(group).orElseThrow().wave()).isEqualTo(1);
        robot.drag(id(group)).dropTo("#waves-column-3");
        settle();
        assertThat(test.problems()).isEmpty();
        assertThat(pins()).containsEntry(group, 3);
        assertThat(stored().get(3)).contains(group);
        assertThat(model().card(group).orElseThrow().wave()).isEqualTo(3);
        assertThat(board(robot).get(3)).contains(group);
    }

    @Test
    void aBadMoveIsOneClearMessageAndLeavesTheProjectAsItWas(FxRobot robot) throws Exception {
        settle();
        Map<Integer, List<String>> before = stored();
        robot.interact(() -> model().move(CONSUMER, 42));
        settle();
        assertThat(test.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("wave 42 does not exist").doesNotContain("Exception"));
        assertThat(pins()).isEmpty();
        assertThat(stored()).isEqualTo(before);
        assertThat(test.context().undo().canUndoProperty().get()).isFalse();
        // a drop on the column a card is in means nothing
        AtomicReference<Boolean> accepted = new AtomicReference<>();
        robot.interact(() -> accepted.set(model().drop(CONSUMER, 8)));
        assertThat(accepted.get()).isFalse();
    }

    @Test
    void planningWithNewOptionsStoresThemAndUndoPutsTheOldPlanBack(FxRobot robot) throws Exception {
        settle();
        Map<Integer, List<String>> before = stored();
        AtomicReference<PlanForm> form = new AtomicReference<>();
        robot.interact(() -> form.set(model().planForm()));
        assertThat(form.get().capacityServersProperty().get()).isEqualTo("40");
        assertThat(form.get().devTestFirstProperty().get()).isTrue();
        robot.interact(() -> {
            form.get().capacityServersProperty().set("25");
            form.get().blackoutsProperty().set("2027-02-08..2027-02-21");
        });
        assertThat(form.get().errorProperty().get()).isEmpty();
        robot.interact(() -> model().plan(form.get()));
        settle();
        assertThat(test.problems()).isEmpty();
        Map<String, String> options = WaitForAsyncUtils.asyncFx(() -> test.context().session().project().dependencies()
                .wavePlan().orElseThrow().options()).get();
        assertThat(options).containsEntry("capacity.servers", "25").containsEntry("blackouts", "2027-02-08..2027-02-21");
        assertThat(model().waves()).allSatisfy(w -> assertThat(w.servers()).isLessThanOrEqualTo(25));
        assertThat(model().waves()).noneMatch(w -> !w.end().isBefore(java.time.LocalDate.of(2027, 2, 8))
                && !w.start().isAfter(java.time.LocalDate.of(2027, 2, 21)));
        assertThat(model().blackouts()).hasSize(1);
        assertThat(robot.lookup(".gantt-blackout").tryQuery()).isPresent();
        assertThat(board(robot)).isEqualTo(stored());

        robot.interact(() -> test.context().undo().undo());
        settle();
        assertThat(stored()).isEqualTo(before);
        assertThat(WaitForAsyncUtils.asyncFx(() -> test.context().session().project().dependencies().wavePlan()
                .orElseThrow().options().get("capacity.servers")).get()).isEqualTo("40");
    }

    @Test
    void aCancelledPlanLeavesTheProjectAsItWas(FxRobot robot) throws Exception {
        settle();
        Map<Integer, List<String>> before = stored();
        AtomicReference<PlanForm> form = new AtomicReference<>();
        robot.interact(() -> {
            form.set(model().planForm());
            form.get().capacityServersProperty().set("12");
            model().plan(form.get());
            model().cancel();
        });
        settle();
        assertThat(test.problems()).isEmpty();
        assertThat(model().statusProperty().get()).isEqualTo("Cancelled: the plan is as it was.");
        assertThat(stored()).isEqualTo(before);
        assertThat(WaitForAsyncUtils.asyncFx(() -> test.context().session().project().dependencies().wavePlan()
                .orElseThrow().options().get("capacity.servers")).get()).isEqualTo("40");
        assertThat(test.context().undo().canUndoProperty().get()).isFalse();
        assertThat(test.context().session().busyProperty().get()).isFalse();
    }

    @Test
    void aProjectWithoutAPlanShowsTheEmptyStateAndPlansFromIt(FxRobot robot) throws Exception {
        Path empty = Files.createTempDirectory(dir, "e").resolve("inventory-only.mhub");
        ProjectFile.create(empty, "ACME", "Readiness").close();
        cli("import", "-p", empty.toString(),
                Fixtures.root().resolve("samples/engagement/contoso-azure-migrate.csv").toString());
        ProjectFile opened = ProjectFile.open(empty);
        robot.interact(() -> test.context().session().setProject(opened));
        settle();
        assertThat(model().stateProperty().get()).isEqualTo(WavesViewModel.State.NO_PLAN);
        assertThat(robot.lookup("#waves-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#waves-empty-plan").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#waves-content").query().isVisible()).isFalse();
        PlanForm form = WaitForAsyncUtils.asyncFx(() -> model().planForm()).get();
        robot.interact(() -> model().plan(form));
        settle();
        assertThat(test.problems()).isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> opened.dependencies().wavePlan().isPresent()).get()).isTrue();
        assertThat(model().stateProperty().get()).isEqualTo(WavesViewModel.State.READY);
        assertThat(model().waves()).isNotEmpty();
        assertThat(robot.lookup("#waves-empty").query().isVisible()).isFalse();
        // the first plan of a project has nothing to go back to
        assertThat(test.context().undo().canUndoProperty().get()).isFalse();
    }

    @Test
    void planningAProjectWithoutServersSaysWhatToDoAndStoresNothing(FxRobot robot) throws Exception {
        Path empty = Files.createTempDirectory(dir, "e").resolve("empty.mhub");
        ProjectFile created = ProjectFile.create(empty, "ACME", "Readiness");
        robot.interact(() -> test.context().session().setProject(created));
        settle();
        assertThat(model().stateProperty().get()).isEqualTo(WavesViewModel.State.NO_PLAN);
        assertThat(model().noticeProperty().get()).contains("no move groups");
        PlanForm form = WaitForAsyncUtils.asyncFx(() -> model().planForm()).get();
        robot.interact(() -> model().plan(form));
        settle();
        assertThat(test.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("import an inventory first"));
        assertThat(WaitForAsyncUtils.asyncFx(() -> created.dependencies().wavePlan().isPresent()).get()).isFalse();
        assertThat(model().stateProperty().get()).isEqualTo(WavesViewModel.State.NO_PLAN);
    }
}
