package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.TestData;
import com.migrationhub.reports.data.ReportData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress and cancel: the report reports how far it is, stops when asked, and streams its rows once. */
class PdfReportMonitorTest {
    private static final int SERVERS = 3_000;

    /** Records progress; cancels once {@code cancelWhen} sees the progress it waits for. */
    private static final class Monitor implements ProgressMonitor {
        final List<long[]> calls = new ArrayList<>();
        final List<String> what = new ArrayList<>();
        final java.util.function.BiPredicate<Long, String> cancelWhen;
        volatile boolean cancelled;

        Monitor(java.util.function.BiPredicate<Long, String> cancelWhen) {
            this.cancelWhen = cancelWhen;
        }

        @Override
        public void progress(long done, long total, String text) {
            calls.add(new long[] {done, total});
            what.add(text);
            if (cancelWhen.test(done, text)) {
                cancelled = true;
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Test
    void aFailureWhileTheAppendixIsWrittenReachesTheCallerAsItWasThrown() {
        ReportData data = TestData.report(SERVERS);
        ReportData.ServerRows failing = each -> {
            AtomicInteger n = new AtomicInteger();
            data.rows().forEach(r -> {
                if (n.incrementAndGet() == 1_000) {
                    throw new IllegalStateException("row 1000 cannot be read");
                }
                each.accept(r);
            });
        };
        ReportData broken = new ReportData(data.engagement(), data.scenario(), data.profile(), data.clouds(),
                data.strategies(), data.options(), data.tco(), data.risk(), data.dependencies(), data.waves(),
                data.sources(), failing, data.inventory());
        assertThatThrownBy(() -> PdfReport.write(broken, ReportOptions.defaults(Locale.US),
                new ByteArrayOutputStream(), ProgressMonitor.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessage("row 1000 cannot be read");
    }

    @Test
    void aMonitorCancelledBeforeTheStartStopsTheReportAtOnce() {
        Monitor m = new Monitor((done, what) -> false);
        m.cancelled = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> PdfReport.write(TestData.report(30), ReportOptions.defaults(Locale.US), out, m))
                .isInstanceOf(CancelledException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void cancellingBetweenSectionsStopsBeforeTheNextSection() {
        Monitor m = new Monitor((done, what) -> what.equals(Section.COST.title()));
        assertThatThrownBy(() -> PdfReport.write(TestData.report(30), ReportOptions.defaults(Locale.US),
                new ByteArrayOutputStream(), m)).isInstanceOf(CancelledException.class);
        assertThat(m.what).contains(Section.COST.title()).doesNotContain(Section.TCO.title());
    }

    @Test
    void cancellingDuringTheAppendixStopsTheStreamOfRows() {
        AtomicLong rows = new AtomicLong();
        ReportData base = TestData.report(SERVERS);
        ReportData counted = Variants.withRows(base, c -> base.rows().forEach(r -> {
            rows.incrementAndGet();
            c.accept(r);
        }));
        int sectionsBefore = Section.values().length - 1;
        Monitor m = new Monitor((done, what) -> what.equals(Section.APPENDIX.title()) && done > sectionsBefore + 600);
        assertThatThrownBy(() -> PdfReport.write(counted, ReportOptions.defaults(Locale.US), new ByteArrayOutputStream(),
                m)).isInstanceOf(CancelledException.class);
        assertThat(rows.get()).as("rows read before the cancel took effect").isGreaterThan(600).isLessThan(SERVERS);
    }

    @Test
    void progressClimbsToItsTotalAndTheRowsAreStreamedOnce() throws IOException {
        AtomicInteger passes = new AtomicInteger();
        ReportData base = TestData.report(SERVERS);
        ReportData counted = Variants.withRows(base, c -> {
            passes.incrementAndGet();
            base.rows().forEach(c);
        });
        Monitor m = new Monitor((done, what) -> false);
        PdfReport.write(counted, ReportOptions.defaults(Locale.US), new ByteArrayOutputStream(), m);
        assertThat(passes.get()).isEqualTo(1);
        long total = m.calls.get(0)[1];
        long previous = -1;
        for (long[] c : m.calls) {
            assertThat(c[1]).isEqualTo(total);
            assertThat(c[0]).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(total);
            previous = c[0];
        }
        assertThat(previous).isEqualTo(total);
        assertThat(m.what).contains(Section.APPENDIX.title());
        assertThat(m.calls.stream().filter(c -> c[0] > Section.values().length && c[0] < total)).hasSizeGreaterThan(5);
    }
}
