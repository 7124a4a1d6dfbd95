package com.migrationhub.reports.table;

import java.util.function.Function;

/**
 * One column of a report table: its header and how a row gives its cell. Money columns are the
 * ones a totals row sums.
 *
 * @param <R> the row type
 */
public record Column<R>(String header, boolean money, Function<? super R, ? extends Value> value) {

    /** The cell of this column for {@code row}, never null. */
    public Value of(R row) {
        Value v = value.apply(row);
        return v == null ? Value.EMPTY : v;
    }
}
