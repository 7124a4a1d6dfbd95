package com.migrationhub.reports.excel;

import com.migrationhub.reports.table.Column;
import com.migrationhub.reports.table.Value;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from what the columns show. POI's autosize measures every cell with AWT fonts,
 * which a streaming sheet of 300,000 rows cannot afford (and no longer holds); this estimates
 * characters from the header and the first rows of each table instead, within bounds.
 */
final class ColumnWidths {
    /** Rows of each table looked at. */
    static final int SAMPLE = 300;
    private static final int MIN_CHARS = 6;
    private static final int MAX_CHARS = 60;
    /** Room for the filter button beside a header. */
    private static final int FILTER_BUTTON = 3;

    private int[] chars = new int[0];

    void header(int column, String text) {
        observe(column, text.length() + FILTER_BUTTON);
    }

    void value(int column, Value v, int currencyLength) {
        observe(column, length(v, currencyLength));
    }

    private void observe(int column, int length) {
        if (column >= chars.length) {
            chars = Arrays.copyOf(chars, column + 1);
        }
        chars[column] = Math.max(chars[column], length);
    }

    void apply(Sheet sheet) {
        for (int c = 0; c < chars.length; c++) {
            int width = Math.min(MAX_CHARS, Math.max(MIN_CHARS, chars[c])) + 2;
            sheet.setColumnWidth(c, width * 256);
        }
    }

    /** Characters the value takes when shown with its format. */
    static int length(Value v, int currencyLength) {
        if (v instanceof Value.Text t) {
            return t.text().length();
        }
        if (v instanceof Value.Money m) {
            return grouped(Math.abs(m.cents() / 100)) + 3 + 1 + currencyLength + (m.cents() < 0 ? 1 : 0);
        }
        if (v instanceof Value.Count c) {
            return grouped(Math.abs(c.count())) + (c.count() < 0 ? 1 : 0);
        }
        if (v instanceof Value.Gib g) {
            return grouped(Math.abs(g.mib() / 1024)) + 2 + 4;
        }
        if (v instanceof Value.Share) {
            return 6;
        }
        if (v instanceof Value.Decimal d) {
            return Math.min(14, d.value().toPlainString().length());
        }
        if (v instanceof Value.Day) {
            return 10;
        }
        if (v instanceof Value.Moment) {
            return 16;
        }
        if (v instanceof Value.Month m) {
            return m.month() == 0 ? 11 : Integer.toString(m.month()).length();
        }
        return 0;
    }

    /** Digits of n with a separator every three. */
    private static int grouped(long n) {
        int digits = Long.toString(n).length();
        return digits + (digits - 1) / 3;
    }
}
