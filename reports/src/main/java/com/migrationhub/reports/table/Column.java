package com.migrationhub.reports.table;

import java.util.function.Function;

/**
 * One column of a report table: its header and how a row gives its cell. Money columns are the
 * ones a totals row sums. A repeated column's texts recur over the rows (a cloud, a readiness, a
 * risk's factors): the workbook keeps each such text once, in its shared strings.
 *
 * @param <R> the row type
 */
public record Column<R>(String header, boolean money, boolean repeated, Function<? super R, ? extends Value> value) {

    /** This column, its texts marked as recurring over the rows. */
    public Column<R> asRepeated() {
        return new Column<>(header, money, true, value);
    }

    /** The cell of this column for {@code row}, never null. */
    public Value of(R row) {
        Value v = value.apply(row);
        return v == null ? Value.EMPTY : v;
    }
}
