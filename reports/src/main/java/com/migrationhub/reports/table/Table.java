package com.migrationhub.reports.table;

import com.migrationhub.reports.table.Value.Count;
import com.migrationhub.reports.table.Value.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One table of the report as both the workbook and the CSV export write it: an id (the CSV file's
 * name and the Excel table's), a title, the columns and where the rows come from. Defining each
 * table once keeps the two renderers in step.
 *
 * <p>A table is either listed (a few hundred rows at most, held in memory) or streamed (the
 * per-server rows and the dependencies, read from the project while they are written and never
 * held). The workbook gives listed tables an Excel table style and a filter of their own; a
 * streamed table gets its sheet to itself with a sheet filter.
 *
 * @param <R> the row type
 */
public final class Table<R> {

    /** Rows delivered one at a time, so a streamed table never sits in memory. */
    @FunctionalInterface
    public interface Rows<R> {
        void forEach(Consumer<R> row);
    }

    private final String id;
    private final String title;
    private final Rows<R> rows;
    private final long expectedRows;
    private final boolean streamed;
    private final List<Column<R>> columns = new ArrayList<>();
    private String totalsLabel;
    private Predicate<? super R> highlight = r -> false;

    private Table(String id, String title, Rows<R> rows, long expectedRows, boolean streamed) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.rows = rows;
        this.expectedRows = expectedRows;
        this.streamed = streamed;
    }

    /** A small table whose rows are at hand. */
    public static <R> Table<R> listed(String id, String title, List<R> rows) {
        List<R> copy = List.copyOf(rows);
        return new Table<>(id, title, copy::forEach, copy.size(), false);
    }

    /** A large table read from the project while it is written; {@code expectedRows} is for progress only. */
    public static <R> Table<R> streamed(String id, String title, long expectedRows, Rows<R> rows) {
        return new Table<>(id, title, rows, Math.max(0, expectedRows), true);
    }

    public Table<R> column(String header, Function<? super R, ? extends Value> value) {
        columns.add(new Column<>(header, false, false, value));
        return this;
    }

    public Table<R> text(String header, Function<? super R, String> text) {
        return column(header, r -> Value.text(text.apply(r)));
    }

    public Table<R> money(String header, ToLongFunction<? super R> cents) {
        columns.add(new Column<>(header, true, false, r -> new Money(cents.applyAsLong(r))));
        return this;
    }

    public Table<R> count(String header, ToLongFunction<? super R> count) {
        return column(header, r -> new Count(count.applyAsLong(r)));
    }

    /**
     * Marks the column just added as one whose texts recur over the rows (a cloud, a level, the
     * same few risk factors), which the workbook then keeps once each.
     */
    public Table<R> repeated() {
        if (columns.isEmpty()) {
            throw new IllegalStateException("no column to mark");
        }
        columns.set(columns.size() - 1, columns.get(columns.size() - 1).asRepeated());
        return this;
    }

    /** Adds a last row that sums every money column, with {@code label} in the first column. */
    public Table<R> totals(String label) {
        this.totalsLabel = Objects.requireNonNull(label);
        return this;
    }

    /** Rows the workbook shows emphasised, such as the recommended purchase option. */
    public Table<R> highlight(Predicate<? super R> which) {
        this.highlight = Objects.requireNonNull(which);
        return this;
    }

    /** The CSV file's base name and the Excel table's name: "costs-options". */
    public String id() {
        return id;
    }

    /** Shown above the table when it is not the first on its sheet. */
    public String title() {
        return title;
    }

    public List<Column<R>> columns() {
        return Collections.unmodifiableList(columns);
    }

    public List<String> headers() {
        List<String> out = new ArrayList<>(columns.size());
        for (Column<R> c : columns) {
            out.add(c.header());
        }
        return out;
    }

    public void forEachRow(Consumer<R> row) {
        rows.forEach(row);
    }

    public long expectedRows() {
        return expectedRows;
    }

    public boolean isStreamed() {
        return streamed;
    }

    /** The totals row's label, or null when the table has none. */
    public String totalsLabel() {
        return totalsLabel;
    }

    public boolean isHighlighted(R row) {
        return highlight.test(row);
    }
}
