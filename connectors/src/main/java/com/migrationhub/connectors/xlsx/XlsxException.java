package com.migrationhub.connectors.xlsx;

/**
 * A workbook that cannot be read: not an xlsx, damaged, refused for safety, or a value that is
 * not what its column needs. The message is one line; {@link #sheet()}, {@link #row()} and
 * {@link #column()} name the place where there is one, so callers can build their own message.
 */
public class XlsxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String sheet;
    private final long row;
    private final String column;
    private final String problem;

    /**
     * @param sheet  the sheet's name, or null where the workbook as a whole is wrong
     * @param row    the 1-based row as a spreadsheet program shows it, or 0 for none
     * @param column the column's header, or null for none
     */
    public XlsxException(String sheet, long row, String column, String problem, Throwable cause) {
        super(describe(sheet, row, column, problem), cause);
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.problem = problem;
    }

    public XlsxException(String problem, Throwable cause) {
        this(null, 0, null, problem, cause);
    }

    public String sheet() {
        return sheet;
    }

    public long row() {
        return row;
    }

    public String column() {
        return column;
    }

    /** The problem alone, without the place. */
    public String problem() {
        return problem;
    }

    private static String describe(String sheet, long row, String column, String problem) {
        StringBuilder b = new StringBuilder();
        if (sheet != null) {
            b.append("sheet ").append(sheet);
        }
        if (row > 0) {
            b.append(b.length() > 0 ? ", " : "").append("row ").append(row);
        }
        if (column != null) {
            b.append(b.length() > 0 ? ", " : "").append("column \"").append(column).append('"');
        }
        return b.length() == 0 ? problem : b.append(": ").append(problem).toString();
    }
}
