package com.migrationhub.reports.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's shared strings, for the texts of repeated columns: a cell refers to its text by
 * number instead of holding it. The Assessment sheet repeats a few hundred texts (clouds, regions,
 * sizes, risk factors of 150 characters, price bases) over 300,000 rows: kept once, its XML is a
 * third smaller, and so is the time to write and to compress it.
 *
 * <p>Only the sheets of one writer thread use the table (those of the thread with the largest
 * sheet), one after the other: so the numbers follow the rows, and the same workbook has the same
 * bytes on every run. It holds at most {@value #LIMIT} texts; a text beyond that is written in
 * its cell, as the other thread's sheets write theirs. Not thread-safe.
 */
final class SharedStrings {
    static final int LIMIT = 1 << 16;

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private long references;

    /** The number of {@code text}, added if new; -1 when the table is full and the text new. */
    int numberOf(String text) {
        Integer n = numbers.get(text);
        if (n == null) {
            if (texts.size() == LIMIT) {
                return -1;
            }
            n = texts.size();
            texts.add(text);
            numbers.put(text, n);
        }
        references++;
        return n;
    }

    /** Whether no cell refers to a shared text (POI's own empty table then stays). */
    boolean isEmpty() {
        return texts.isEmpty();
    }

    /** The table as the workbook's {@code xl/sharedStrings.xml} part; written once every sheet is. */
    void writeTo(OutputStream out) throws IOException {
        Utf8Writer w = new Utf8Writer(out);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"");
        w.decimal(references);
        w.write("\" uniqueCount=\"");
        w.decimal(texts.size());
        w.write("\">");
        for (String t : texts) {
            w.write(FastSheetDataWriter.hasEdgeSpace(t) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            FastSheetDataWriter.escape(w, t);
            w.write("</t></si>");
        }
        w.write("</sst>");
        w.flush();
    }
}
