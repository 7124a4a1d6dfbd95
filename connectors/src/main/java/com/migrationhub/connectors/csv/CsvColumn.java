package com.migrationhub.connectors.csv;

/**
 * One column of a CSV file: its position and its header as the file spells it (trimmed), which is
 * the name messages show.
 */
public record CsvColumn(int index, String name) {
}
