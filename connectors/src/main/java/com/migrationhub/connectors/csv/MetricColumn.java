package com.migrationhub.connectors.csv;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.Metric;

/**
 * A column of utilization samples: which metric it holds and the divisor that turns the
 * column's unit into the metric's (1024 for KB/s to MB/s, 2^20 for bytes to MiB).
 */
public record MetricColumn(CsvColumn column, Metric metric, double divisor) {

    /**
     * The sample of this row in the metric's unit, or null when the cell is empty. A percentage over
     * 100 passes silently: {@link UtilizationReducer} reports those once per series.
     */
    public Double value(CsvRow row) throws ImportException {
        Double value = row.nonNegative(column);
        return value == null ? null : value / divisor;
    }

    /**
     * A single figure (not one sample of a series) in the metric's unit, or null when empty; a
     * percentage over 100 is reported as a warning, as {@link CsvRow#percent} does.
     */
    public Double figure(CsvRow row, InventorySink sink) throws ImportException {
        Double value = metric.unit().equals("%") ? row.percent(column, sink) : row.nonNegative(column);
        return value == null ? null : value / divisor;
    }
}
