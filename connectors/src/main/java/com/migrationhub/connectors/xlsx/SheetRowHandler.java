package com.migrationhub.connectors.xlsx;

/**
 * Receives one sheet's rows while {@link XlsxWorkbook#read} streams it. The row objects are
 * reused: read what you need during the call and keep nothing.
 */
public interface SheetRowHandler {

    /**
     * The sheet's first row that holds a value. Pick the columns the rows need with
     * {@link SheetHeader#column}; values of other columns are not kept.
     */
    void header(SheetHeader header);

    /** Each later row that holds at least one value; empty rows are never passed. */
    void row(SheetRow row);
}
