package com.migrationhub.app.ui.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.app.ui.task.DirectTaskRunner;
import com.migrationhub.app.ui.task.Job;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.store.ProjectFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSessionTest {
    @TempDir
    Path dir;

    /** Holds a job until released: a write that is still running. */
    private static final class HeldRunner implements TaskRunner {
        Runnable release;

        @Override
        public <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess,
                Consumer<Throwable> onFailure) {
            release = () -> {
                try {
                    onSuccess.accept(job.run(com.migrationhub.domain.task.ProgressMonitor.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            };
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }
    }

    @Test
    void oneWriterAtATimeAndTheChangedAreasReload() throws Exception {
        HeldRunner runner = new HeldRunner();
        ProjectSession session = new ProjectSession(runner);
        try (ProjectFile p = ProjectFile.create(dir.resolve("a.mhub"), "ACME", "Readiness")) {
            session.setProject(p);
            long inventory = session.revision(ProjectSession.Area.INVENTORY).get();
            long waves = session.revision(ProjectSession.Area.WAVES).get();
            List<String> done = new ArrayList<>();
            session.write("Editing", m -> "ok", done::add, e -> { }, ProjectSession.Area.INVENTORY);
            assertThat(session.busyProperty().get()).isTrue();
            assertThat(session.writingProperty().get()).isEqualTo("Editing");
            assertThatThrownBy(() -> session.write("Second", m -> "no", v -> { }, e -> { }))
                    .isInstanceOf(ProjectBusyException.class).hasMessageContaining("'Editing' is still writing");
            runner.release.run();
            assertThat(done).containsExactly("ok");
            assertThat(session.busyProperty().get()).isFalse();
            assertThat(session.revision(ProjectSession.Area.INVENTORY).get()).isEqualTo(inventory + 1);
            assertThat(session.revision(ProjectSession.Area.WAVES).get()).isEqualTo(waves);
            assertThat(session.titleBinding().get()).isEqualTo("ACME: Readiness");
            session.setProject(null);
        }
    }

    @Test
    void aFailedWriteFreesTheSessionAndStillReloads() throws Exception {
        ProjectSession session = new ProjectSession(new DirectTaskRunner());
        try (ProjectFile p = ProjectFile.create(dir.resolve("b.mhub"), "ACME", "Readiness")) {
            session.setProject(p);
            long before = session.revision(ProjectSession.Area.ASSESSMENT).get();
            List<Throwable> errors = new ArrayList<>();
            session.write("Failing", m -> {
                throw new IllegalArgumentException("bad");
            }, v -> { }, errors::add, ProjectSession.Area.ASSESSMENT);
            assertThat(errors).singleElement().satisfies(e -> assertThat(e).hasMessage("bad"));
            assertThat(session.busyProperty().get()).isFalse();
            assertThat(session.revision(ProjectSession.Area.ASSESSMENT).get()).isEqualTo(before + 1);
            session.setProject(null);
        }
    }

    @Test
    void nothingRunsWithoutAProject() {
        ProjectSession session = new ProjectSession(new DirectTaskRunner());
        assertThatThrownBy(() -> session.read("Reading", m -> 1, v -> { }, e -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessage("no project is open");
    }
}
