package com.migrationhub.app.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.domain.store.ProjectFileException;
import com.migrationhub.domain.task.CancelledException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void expectedFailuresAreTheirOneLineMessage() {
        Problem p = Problem.of(new ExecutionException(new ProjectFileException(ProjectFileException.Reason.IN_USE,
                Path.of("acme.mhub"), "is open in another program\nmore detail")));
        assertThat(p.expected()).isTrue();
        assertThat(p.message()).contains("acme.mhub").contains("is open in another program").doesNotContain("\n");
        assertThat(p.details()).contains("ProjectFileException");
    }

    @Test
    void defectsSayWhatAndKeepTheTraceForTheCopyButton() {
        Problem p = Problem.of(new NullPointerException("x is null"));
        assertThat(p.expected()).isFalse();
        assertThat(p.message()).contains("NullPointerException: x is null").contains("left as it was");
        assertThat(p.details()).contains("at com.migrationhub");
    }

    @Test
    void cancellingIsNoProblemToShow() {
        java.util.List<Problem> shown = new java.util.ArrayList<>();
        ErrorPresenter presenter = ErrorPresenter.recording(new com.migrationhub.app.ui.i18n.Messages(
                java.util.Locale.US), shown::add);
        presenter.show(new CancelledException());
        assertThat(shown).isEmpty();
        presenter.show(new IllegalArgumentException("no sheet vInfo in book.xlsx"));
        assertThat(shown).singleElement().satisfies(s -> assertThat(s.message()).isEqualTo("no sheet vInfo in book.xlsx"));
    }

    @Test
    void aBusyProjectIsTheUsersSituationNotADefect() {
        Problem p = Problem.of(new com.migrationhub.app.ui.project.ProjectBusyException(
                "'Importing' is still writing to the project; wait until it ends, or cancel it in the task list"));
        assertThat(p.expected()).isTrue();
        assertThat(p.message()).startsWith("'Importing' is still writing");
    }
}
