package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.reports.data.ReportData.WaveRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaveChartTest {

    private static List<WaveRow> plan(int n) {
        List<WaveRow> waves = new ArrayList<>();
        LocalDate start = LocalDate.of(2027, 1, 4);
        for (int i = 1; i <= n; i++) {
            // waves overlap: each starts a week after the one before and lasts two
            waves.add(new WaveRow(i, "Wave " + i, start.plusWeeks(i - 1), start.plusWeeks(i + 1).minusDays(3), 2,
                    10 + i, 40 + i, "why"));
        }
        return waves;
    }

    @Test
    void drawsEachWaveOfAPlanThatFits() {
        List<WaveRow> waves = plan(WaveChart.MAX_BARS);
        assertThat(WaveChart.bars(waves)).isSameAs(waves);
    }

    @Test
    void drawsALongPlanInBandsOfConsecutiveWavesThatKeepItsSpanAndSums() {
        List<WaveRow> waves = plan(1_538);
        List<WaveRow> bars = WaveChart.bars(waves);
        assertThat(bars).hasSizeLessThanOrEqualTo(WaveChart.MAX_BARS);
        assertThat(bars.get(0).name()).isEqualTo("Waves 1\u201339");
        assertThat(bars.get(bars.size() - 1).name()).endsWith("\u20131538");
        assertThat(bars.get(0).start()).isEqualTo(waves.get(0).start());
        assertThat(bars.get(0).end()).isEqualTo(waves.get(38).end());
        assertThat(bars.get(bars.size() - 1).end()).isEqualTo(waves.get(waves.size() - 1).end());
        assertThat(bars.stream().mapToLong(WaveRow::servers).sum())
                .isEqualTo(waves.stream().mapToLong(WaveRow::servers).sum());
        assertThat(bars.stream().mapToLong(WaveRow::vcpus).sum())
                .isEqualTo(waves.stream().mapToLong(WaveRow::vcpus).sum());
        assertThat(bars.stream().mapToInt(WaveRow::groups).sum()).isEqualTo(2 * 1_538);
    }
}
