package com.migrationhub.connectors.csv;

/** How a format writes numbers in its cells. */
public enum NumberStyle {
    /**
     * {@code 1234.5}. In a file delimited by semicolons or tabs (what a spreadsheet program saves
     * in locales with a decimal comma) {@code 1234,5} is read as well.
     */
    PLAIN,
    /** {@code 1,234.5} or {@code 1234.5}: the comma groups thousands (vROps exports). */
    THOUSANDS_COMMA
}
