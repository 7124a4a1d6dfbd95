package com.migrationhub.connectors.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.migrationhub.domain.inventory.CollectingSink;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UtilizationReducerTest {

    @TempDir
    Path dir;

    @Test
    void summarizesAHandCheckedSeries() {
        // sorted: 11 12 14 15 16 18 19 21 22 25 28 30 33 35 38 40 45 55 60 90; sum 627
        double[] cpu = {12, 15, 11, 30, 45, 22, 18, 90, 35, 28, 14, 16, 19, 21, 40, 55, 60, 25, 33, 38};

        UtilizationReducer.Summary s = UtilizationReducer.summarize(cpu, cpu.length);

        assertThat(s.average()).isCloseTo(31.35, within(1e-9));
        assertThat(s.p95()).isEqualTo(60); // rank ceil(0.95 * 20) = 19: the 19th smallest
        assertThat(s.maximum()).isEqualTo(90);
        assertThat(s.samples()).isEqualTo(20);
        assertThat(cpu[0]).as("the caller's array is not sorted in place").isEqualTo(12);
    }

    @Test
    void nearestRankP95IsAMeasuredValue() {
        double[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(UtilizationReducer.summarize(ten, 10).p95()).isEqualTo(10); // rank ceil(9.5) = 10
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i;
        }
        assertThat(UtilizationReducer.summarize(hundred, 100).p95()).isEqualTo(95); // rank 95
        assertThat(UtilizationReducer.summarize(new double[] {42}, 1).p95()).isEqualTo(42);
        assertThat(UtilizationReducer.summarize(new double[] {5, 7, 0, 0}, 2).average()).isEqualTo(6);
    }

    @Test
    void emitsOneStatisticPerServerAndMetricWithItsWindowAndFirstCell() throws Exception {
        Path file = dir.resolve("perf.csv");
        Files.writeString(file, "vm,time,cpu\nweb01,t0,10\nweb01,t1,30\ndb01,t0,120\nweb01,t2,20\ndb01,t1,80\n",
                StandardCharsets.UTF_8);
        Instant t0 = Instant.parse("2026-07-21T00:00:00Z");
        UtilizationReducer reducer = new UtilizationReducer();
        try (CsvReader reader = CsvReader.open(file, ProgressMonitor.NONE)) {
            CsvColumn vm = reader.header().column("vm");
            CsvColumn cpu = reader.header().column("cpu");
            CsvRow row;
            int i = 0;
            while ((row = reader.next()) != null) {
                // samples out of time order: the window is still first to last
                Instant at = t0.plusSeconds(3600L * (i++ % 2 == 0 ? 2 : 1));
                reducer.add(ServerKey.ofName(row.text(vm)), Metric.CPU_PERCENT, at, row.decimal(cpu), row, cpu);
            }
        }
        CollectingSink sink = new CollectingSink();
        reducer.emit(sink);

        assertThat(reducer.seriesCount()).isEqualTo(2);
        assertThat(sink.utilization).hasSize(2);
        UtilizationStat web = sink.utilization.get(0).value();
        assertThat(sink.utilization.get(0).server()).isEqualTo(ServerKey.ofName("web01"));
        assertThat(web.metric()).isEqualTo(Metric.CPU_PERCENT);
        assertThat(web.average()).isEqualTo(20);
        assertThat(web.p95()).isEqualTo(30);
        assertThat(web.maximum()).isEqualTo(30);
        assertThat(web.samples()).isEqualTo(3);
        assertThat(web.windowStart()).isEqualTo(t0.plusSeconds(3600));
        assertThat(web.windowEnd()).isEqualTo(t0.plusSeconds(7200));
        assertThat(web.source().describe()).isEqualTo("perf.csv, row 2, column \"cpu\"");
        UtilizationStat db = sink.utilization.get(1).value();
        assertThat(db.average()).isEqualTo(100);
        assertThat(sink.warnings).singleElement().satisfies(w -> {
            assertThat(w.where().row()).isEqualTo(4);
            assertThat(w.message()).isEqualTo("1 of 2 samples of db01 are over 100 %; kept as given");
        });
    }
}
