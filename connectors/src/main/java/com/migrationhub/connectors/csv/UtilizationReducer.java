package com.migrationhub.connectors.csv;

import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.ServerKey;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.model.UtilizationStat;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reduces time series of utilization samples (Migration Center's perfInfo, vROps exports) to one
 * {@link UtilizationStat} per server and metric: average, 95th percentile, maximum, sample count
 * and the window from the first to the last sample time.
 *
 * <p>The 95th percentile is by nearest rank: the samples sorted ascending, the one at 1-based rank
 * {@code ceil(0.95 * n)}. It is always a value that was measured (no interpolation), so with
 * 20 samples it is the 19th smallest and with fewer than 20 it is the maximum.
 *
 * <p>Cost: all samples are held until {@link #emit}, 8 bytes each (a year of hourly samples of
 * six metrics for 1,000 servers is about 420 MB; the exports this reads are far smaller); emit
 * sorts each series once, O(n log n).
 */
public final class UtilizationReducer {

    /** The statistics of one series. */
    public record Summary(double average, double p95, double maximum, long samples) {
    }

    private static final class Series {
        double[] values = new double[64];
        int count;
        Instant start;
        Instant end;
        final SourceRef first;
        int overHundred;
        SourceRef firstOverHundred;

        Series(SourceRef first) {
            this.first = first;
        }

        void add(Instant time, double value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
            if (time != null) {
                if (start == null || time.isBefore(start)) {
                    start = time;
                }
                if (end == null || time.isAfter(end)) {
                    end = time;
                }
            }
        }
    }

    private final Map<ServerKey, Map<Metric, Series>> series = new LinkedHashMap<>();

    /**
     * Adds one sample read from a cell; the first sample's cell becomes the statistic's source.
     * A percentage over 100 is kept; {@link #emit} reports such samples as one warning per series.
     */
    public void add(ServerKey server, Metric metric, Instant time, double value, CsvRow row, CsvColumn column) {
        Series s = series.computeIfAbsent(server, k -> new EnumMap<>(Metric.class))
                .computeIfAbsent(metric, m -> new Series(row.ref(column)));
        s.add(time, value);
        if (value > 100 && metric.unit().equals("%") && s.overHundred++ == 0) {
            s.firstOverHundred = row.ref(column);
        }
    }

    /** The number of server × metric series held. */
    public int seriesCount() {
        return series.values().stream().mapToInt(Map::size).sum();
    }

    /** Passes one statistic per server and metric to the sink, servers in the order first seen. */
    public void emit(InventorySink sink) {
        for (Map.Entry<ServerKey, Map<Metric, Series>> server : series.entrySet()) {
            for (Map.Entry<Metric, Series> entry : server.getValue().entrySet()) {
                Series s = entry.getValue();
                if (s.overHundred > 0) {
                    sink.warning(s.firstOverHundred, s.overHundred + " of " + s.count + " samples of "
                            + server.getKey().describe() + " are over 100 %; kept as given");
                }
                Summary summary = summarize(s.values, s.count);
                sink.utilization(server.getKey(), new UtilizationStat(entry.getKey(), summary.average(),
                        summary.p95(), summary.maximum(), summary.samples(), s.start, s.end, s.first));
            }
        }
    }

    /** The statistics of the first {@code count} values (count > 0); the array is left as it was. */
    public static Summary summarize(double[] values, int count) {
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        // ceil(0.95 * count) in whole numbers, free of the rounding of 0.95 as a double
        int rank = (int) (((long) count * 95 + 99) / 100);
        return new Summary(sum / count, sorted[rank - 1], sorted[count - 1], count);
    }
}
