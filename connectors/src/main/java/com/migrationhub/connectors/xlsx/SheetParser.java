package com.migrationhub.connectors.xlsx;

import com.migrationhub.domain.task.ProgressMonitor;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The SAX handler over one sheet's XML ({@code <sheetData><row><c t=".." r=".."><v>}). Keeps the
 * content of selected columns only and skips the rest without copying it; decides whether a row
 * is empty (LibreOffice pads sheets with rows of styled, value-less cells) and passes the others
 * to a {@link SheetRowHandler}. Polls for cancellation and reports progress every
 * {@value #POLL_ROWS} rows of XML.
 */
final class SheetParser extends DefaultHandler {
    static final int POLL_ROWS = 4096;
    /** The last row of a sheet; a dimension reaching it says nothing about the data's extent. */
    private static final long LAST_SHEET_ROW = 1_048_576;

    /** Thrown to end the parse early once the caller has what it needs; carries no stack trace. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private static final byte ERROR = -1;

    private final String sheet;
    private final SheetRowHandler handler;
    private final ProgressMonitor monitor;
    private final SharedStrings sharedStrings;
    private final SheetRow row;

    private long lastRow = -1;
    private SheetHeader header;
    /** Columns to keep; null until the header is read, when every column is kept. */
    private boolean[] selected;

    private long xmlRows;
    private long rowNumber;
    private boolean rowHasValue;
    private int nextColumn;

    private int column;
    private byte cellType;
    private boolean keep;
    private boolean inValue;
    private boolean inInline;
    private int phoneticDepth;
    private int valueStart;
    /** The shared-string index of a cell not kept, read only to tell whether the row is empty. */
    private long pendingShared;

    SheetParser(String sheet, SharedStrings sharedStrings, SheetRowHandler handler, ProgressMonitor monitor) {
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.handler = handler;
        this.monitor = monitor;
        this.row = new SheetRow(sharedStrings);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "c":
                startCell(attributes);
                break;
            case "v":
                inValue = cellType != ERROR;
                break;
            case "is":
                inInline = true;
                break;
            case "t":
                inValue = inInline && phoneticDepth == 0;
                break;
            case "rPh":
                phoneticDepth++;
                break;
            case "row":
                startRow(attributes);
                break;
            case "dimension":
                dimension(attributes.getValue("ref"));
                break;
            default:
                break;
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "c":
                endCell();
                break;
            case "v":
            case "t":
                inValue = false;
                break;
            case "is":
                inInline = false;
                break;
            case "rPh":
                phoneticDepth--;
                break;
            case "row":
                endRow();
                break;
            default:
                break;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inValue) {
            return;
        }
        if (keep) {
            int room = SharedStrings.MAX_CELL_CHARS - (row.charCount - valueStart);
            if (room > 0) {
                row.append(ch, start, Math.min(length, room));
            }
        } else if (!rowHasValue) {
            if (cellType == SheetRow.SHARED) {
                for (int i = start; i < start + length; i++) {
                    char c = ch[i];
                    if (c >= '0' && c <= '9' && pendingShared < Integer.MAX_VALUE) {
                        pendingShared = Math.max(pendingShared, 0) * 10 + (c - '0');
                    }
                }
            } else {
                for (int i = start; i < start + length; i++) {
                    if (ch[i] > ' ') {
                        rowHasValue = true;
                        break;
                    }
                }
            }
        }
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }

    private void startRow(Attributes attributes) {
        String r = attributes.getValue("r");
        long declared = r == null ? -1 : CellText.digits(r);
        rowNumber = declared > 0 ? declared : rowNumber + 1;
        rowHasValue = false;
        nextColumn = 0;
        row.nextRow();
    }

    private void startCell(Attributes attributes) {
        // Attributes are found by position, not by name, and their values read only when needed:
        // the parser makes a new string for each value asked for, which shows in profiles.
        int referenceAt = -1;
        int typeAt = -1;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String name = attributes.getLocalName(i);
            if (name.length() == 1) {
                char c = name.charAt(0);
                if (c == 'r') {
                    referenceAt = i;
                } else if (c == 't') {
                    typeAt = i;
                }
            }
        }
        int at = referenceAt < 0 ? -1 : CellText.columnIndex(attributes.getValue(referenceAt));
        column = at >= 0 ? at : nextColumn;
        nextColumn = column + 1;
        keep = selected == null || column < selected.length && selected[column];
        // a cell not kept matters only while the row has shown no value yet
        cellType = keep || !rowHasValue ? cellType(typeAt < 0 ? null : attributes.getValue(typeAt)) : SheetRow.NUMBER;
        inValue = false;
        inInline = false;
        phoneticDepth = 0;
        valueStart = row.charCount;
        pendingShared = -1;
    }

    /** By character rather than a string switch, which would hash a new attribute string per cell. */
    private static byte cellType(String t) {
        if (t == null) {
            return SheetRow.NUMBER;
        }
        if (t.length() == 1) {
            switch (t.charAt(0)) {
                case 's':
                    return SheetRow.SHARED;
                case 'b':
                    return SheetRow.BOOLEAN;
                case 'e':
                    // an error value (#N/A, #REF!) is no value
                    return ERROR;
                case 'n':
                    return SheetRow.NUMBER;
                default:
                    return SheetRow.TEXT;
            }
        }
        // inlineStr, str (a formula's text)
        return SheetRow.TEXT;
    }

    private void endCell() {
        if (keep) {
            int length = row.charCount - valueStart;
            if (cellType == SheetRow.SHARED) {
                long index = sharedIndex(row.chars, valueStart, length);
                row.charCount = valueStart;
                if (!sharedIsBlank(index)) {
                    row.set(column, SheetRow.SHARED, valueStart, 0, (int) index);
                    rowHasValue = true;
                }
            } else {
                int from = valueStart;
                int to = row.charCount;
                char[] chars = row.chars;
                while (from < to && chars[from] <= ' ') {
                    from++;
                }
                while (to > from && chars[to - 1] <= ' ') {
                    to--;
                }
                if (cellType != ERROR && from < to) {
                    row.set(column, cellType, from, to - from, -1);
                    rowHasValue = true;
                } else {
                    row.charCount = valueStart;
                }
            }
        } else if (!rowHasValue && cellType == SheetRow.SHARED && pendingShared >= 0) {
            rowHasValue = !sharedIsBlank(pendingShared);
        }
        inValue = false;
    }

    private void endRow() {
        if (rowHasValue) {
            row.number = rowNumber;
            if (header == null) {
                readHeader();
            } else {
                handler.row(row);
            }
        }
        xmlRows++;
        if (xmlRows % POLL_ROWS == 0) {
            monitor.checkCancelled();
            monitor.progress(rowNumber, lastRow, sheet);
        }
    }

    private void readHeader() {
        int width = 0;
        String[] names = new String[row.cellGeneration.length];
        for (int c = 0; c < names.length; c++) {
            String name = row.text(c);
            if (name != null) {
                names[c] = name;
                width = c + 1;
            }
        }
        String[] trimmed = new String[width];
        System.arraycopy(names, 0, trimmed, 0, width);
        header = new SheetHeader(sheet, rowNumber, lastRow, trimmed);
        row.header = header;
        handler.header(header);
        if (header.rowsSkipped()) {
            throw new Stop();
        }
        selected = header.selection();
        row.ensureColumns(selected.length);
    }

    private void dimension(String reference) {
        if (reference == null) {
            return;
        }
        int colon = reference.indexOf(':');
        if (colon < 0) {
            // "A1": streaming writers (POI's SXSSF among them) declare no extent before the rows
            lastRow = -1;
            return;
        }
        long last = CellText.rowOf(reference.substring(colon + 1));
        lastRow = last <= 0 || last >= LAST_SHEET_ROW ? -1 : last;
    }

    private boolean sharedIsBlank(long index) {
        if (index < 0) {
            return true;
        }
        if (index >= sharedStrings.size()) {
            throw new SheetDataException(rowNumber, header == null ? null : header.name(column),
                    "the cell refers to shared string #" + index + ", but the workbook has only "
                            + sharedStrings.size() + " (the file is damaged)");
        }
        return sharedStrings.isBlank((int) index);
    }

    private static long sharedIndex(char[] chars, int start, int length) {
        long value = -1;
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                value = Math.max(value, 0) * 10 + (c - '0');
                if (value > Integer.MAX_VALUE) {
                    return Integer.MAX_VALUE;
                }
            } else if (c > ' ') {
                return -1;
            }
        }
        return value;
    }

}
