package com.migrationhub.app.ui.inventory;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Filters and sorts the inventory's rows off the FX thread. It keeps the rows sorted by the
 * table's order (sorted again only when that order or the rows change) and the last result, so a
 * keystroke that narrows the filter scans only what the previous one kept: typing costs a
 * fraction of a full pass. Not thread-safe: one thread at a time (the view model's
 * {@code LatestOnly} worker), which is also what makes it headless and benchmarkable.
 */
public final class RowFilter {
    private List<ServerRow> rows = List.of();
    private Comparator<ServerRow> order;
    private ServerRow[] sorted = new ServerRow[0];
    private QuickFilter.Compiled last;
    private ServerRow[] lastResult;
    private int lastScope = -1;

    /** What a filter kept, in the table's order, and how many rows were in scope before the filter's words. */
    public record Result(List<ServerRow> rows, int inScope, QuickFilter filter) {
    }

    /**
     * The rows of {@code all} that {@code filter} keeps, in {@code order} (null: as given). The
     * same {@code all} list and order as the call before reuse its work.
     */
    public Result apply(List<ServerRow> all, Comparator<ServerRow> order, QuickFilter filter) {
        if (all != rows || order != this.order) {
            ServerRow[] s = all.toArray(new ServerRow[0]);
            if (order != null) {
                Arrays.sort(s, order);
            }
            if (all != rows) {
                lastScope = -1;
            }
            rows = all;
            this.order = order;
            sorted = s;
            last = null;
            lastResult = null;
        }
        QuickFilter.Compiled f = filter.compile();
        ServerRow[] from = last != null && f.narrows(last) ? lastResult : sorted;
        ServerRow[] kept = new ServerRow[from.length];
        int n = 0;
        for (ServerRow r : from) {
            if (f.matches(r)) {
                kept[n++] = r;
            }
        }
        ServerRow[] result = Arrays.copyOf(kept, n);
        if (lastScope < 0 || last == null || last.filter.templates() != filter.templates()
                || last.filter.deleted() != filter.deleted()) {
            int scope = 0;
            for (ServerRow r : sorted) {
                if (filter.inScope(r)) {
                    scope++;
                }
            }
            lastScope = scope;
        }
        last = f;
        lastResult = result;
        return new Result(Collections.unmodifiableList(Arrays.asList(result)), lastScope, filter);
    }

    /** Forgets the cached work (the rows were replaced). */
    void reset() {
        rows = List.of();
        order = null;
        sorted = new ServerRow[0];
        last = null;
        lastResult = null;
        lastScope = -1;
    }
}
