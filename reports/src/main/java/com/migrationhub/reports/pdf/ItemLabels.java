package com.migrationhub.reports.pdf;

import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** Bar labels written by a function of the bar's cell, so they use the report's {@code Formats}. */
final class ItemLabels implements CategoryItemLabelGenerator {
    /** The label of the bar at a row and column; null for none. */
    @FunctionalInterface
    interface Label {
        String of(CategoryDataset dataset, int row, int column);
    }

    private final Label label;

    private ItemLabels(Label label) {
        this.label = label;
    }

    static ItemLabels of(Label label) {
        return new ItemLabels(label);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        return dataset.getValue(row, column) == null ? null : label.of(dataset, row, column);
    }
}
