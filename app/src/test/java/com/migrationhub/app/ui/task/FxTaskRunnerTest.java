package com.migrationhub.app.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.ui.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {

    @Test
    void aJobRunsOffTheFxThreadAndItsOutcomeComesBackOnIt(FxRobot robot) {
        TaskList list = new TaskList();
        FxTaskRunner runner = new FxTaskRunner(list);
        AtomicBoolean workOnFx = new AtomicBoolean(true);
        AtomicBoolean resultOnFx = new AtomicBoolean(false);
        List<Integer> results = new ArrayList<>();
        robot.interact(() -> runner.submit("Adding", m -> {
            workOnFx.set(Platform.isFxApplicationThread());
            m.progress(1, 2, "half way");
            return 42;
        }, v -> {
            resultOnFx.set(Platform.isFxApplicationThread());
            results.add(v);
        }, e -> { }));
        Fixtures.waitUntil(10, () -> !results.isEmpty());
        assertThat(workOnFx).isFalse();
        assertThat(resultOnFx).isTrue();
        assertThat(results).containsExactly(42);
        assertThat(list.items()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Adding");
            assertThat(i.stateProperty().get()).isEqualTo(TaskItem.State.SUCCEEDED);
            assertThat(i.progressProperty().get()).isEqualTo(1.0);
        });
        runner.close();
    }

    @Test
    void cancellingStopsTheEngineAndEndsWithACancellation(FxRobot robot) throws Exception {
        TaskList list = new TaskList();
        FxTaskRunner runner = new FxTaskRunner(list);
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean called = new AtomicBoolean();
        List<Throwable> failures = new ArrayList<>();
        TaskRunner.TaskHandle[] handle = new TaskRunner.TaskHandle[1];
        robot.interact(() -> handle[0] = runner.submit("Endless", m -> {
            started.countDown();
            while (true) {
                m.progress(-1, -1, "working");
                m.checkCancelled();
                Thread.sleep(5);
            }
        }, v -> called.set(true), failures::add));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Fixtures.waitUntil(10, () -> list.runningCount().get() == 1);
        robot.interact(() -> list.items().get(0).cancel());
        Fixtures.waitUntil(10, () -> list.items().get(0).stateProperty().get() == TaskItem.State.CANCELLED);
        assertThat(called).isFalse();
        assertThat(failures).singleElement().isInstanceOf(com.migrationhub.domain.task.CancelledException.class);
        assertThat(list.runningCount().get()).isZero();
        runner.close();
    }

    @Test
    void aFailureReachesTheHandlerAndTheList(FxRobot robot) {
        TaskList list = new TaskList();
        FxTaskRunner runner = new FxTaskRunner(list);
        List<Throwable> errors = new ArrayList<>();
        robot.interact(() -> runner.submit("Failing", m -> {
            throw new IllegalArgumentException("book1.xlsx: sheet vInfo, row 7: no VM name");
        }, v -> { }, errors::add));
        Fixtures.waitUntil(10, () -> !errors.isEmpty());
        assertThat(errors.get(0)).hasMessageContaining("row 7");
        assertThat(list.items().get(0).stateProperty().get()).isEqualTo(TaskItem.State.FAILED);
        assertThat(list.items().get(0).messageProperty().get()).contains("row 7");
        runner.close();
    }

    @Test
    void latestOnlyAppliesOnlyTheNewestResult(FxRobot robot) throws Exception {
        LatestOnly latest = new LatestOnly("test-latest");
        List<String> applied = new ArrayList<>();
        CountDownLatch slow = new CountDownLatch(1);
        robot.interact(() -> {
            latest.submit(() -> {
                try {
                    slow.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "old";
            }, applied::add);
            latest.submit(() -> "middle", applied::add);
            latest.submit(() -> "new", applied::add);
        });
        slow.countDown();
        Fixtures.waitUntil(10, () -> applied.contains("new"));
        Thread.sleep(200);
        robot.interact(() -> { });
        assertThat(applied).containsExactly("new");
    }

    @Test
    void aCancelledWriteReleasesTheProjectOnlyOnceItHasStopped(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        TaskList list = new TaskList();
        FxTaskRunner runner = new FxTaskRunner(list);
        com.migrationhub.app.ui.project.ProjectSession session = new com.migrationhub.app.ui.project.ProjectSession(runner);
        AtomicBoolean stopped = new AtomicBoolean();
        try (var project = com.migrationhub.domain.store.ProjectFile.create(dir.resolve("p.mhub"), "A", "B")) {
            robot.interact(() -> session.setProject(project));
            robot.interact(() -> session.write("Endless", m -> {
                try {
                    while (true) {
                        m.checkCancelled();
                        Thread.sleep(5);
                    }
                } finally {
                    Thread.sleep(300); // rolling back takes a moment
                    stopped.set(true);
                }
            }, v -> { }, e -> { }));
            Fixtures.waitUntil(10, () -> session.busyProperty().get() && list.runningCount().get() == 1);
            robot.interact(() -> list.items().get(0).cancel());
            Fixtures.waitUntil(10, () -> !session.busyProperty().get());
            assertThat(stopped).as("released only after the job stopped").isTrue();
            robot.interact(() -> session.setProject(null));
        }
        runner.close();
    }
}
