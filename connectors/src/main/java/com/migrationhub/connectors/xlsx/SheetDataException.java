package com.migrationhub.connectors.xlsx;

/**
 * A value in a sheet that its reader cannot use ("abc" where a number belongs, a required column
 * missing). Thrown from inside the streaming parse, which is why it is unchecked;
 * {@link XlsxWorkbook#read} turns it into an {@link XlsxException} that also names the sheet.
 */
public class SheetDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long row;
    private final String column;
    private final String problem;

    /**
     * @param row    the 1-based row, or 0 for the sheet as a whole
     * @param column the column's header, or null
     */
    public SheetDataException(long row, String column, String problem) {
        super(problem, null, false, false);
        this.row = row;
        this.column = column;
        this.problem = problem;
    }

    public long row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
