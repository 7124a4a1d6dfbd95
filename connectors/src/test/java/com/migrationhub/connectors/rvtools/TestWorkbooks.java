package com.migrationhub.connectors.rvtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Builds small RVTools-like workbooks for tests with POI's SXSSF writer: sheets of rows, each row
 * a list of values (String, Number, Boolean or null for an empty cell). Also rewrites entries of
 * an existing xlsx, to build damaged and hostile files.
 */
final class TestWorkbooks {
    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private boolean sharedStrings = true;

    static TestWorkbooks workbook() {
        return new TestWorkbooks();
    }

    /** Adds a sheet: the first row is the header. */
    TestWorkbooks sheet(String name, List<Object> header, List<?>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header);
        for (List<?> row : rows) {
            all.add(new ArrayList<>(row));
        }
        sheets.put(name, all);
        return this;
    }

    /** Adds a sheet: a header and its rows. */
    TestWorkbooks sheet(String name, List<Object> header, List<? extends List<?>> rows) {
        return sheet(name, header, rows.toArray(new List<?>[0]));
    }

    /** Writes strings inline in the sheets (as SXSSF does by default) rather than in a shared table. */
    TestWorkbooks inlineStrings() {
        sharedStrings = false;
        return this;
    }

    Path write(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, false, sharedStrings);
             OutputStream out = Files.newOutputStream(file)) {
            for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (List<Object> values : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof Number) {
                            cell.setCellValue(((Number) v).doubleValue());
                        } else if (v instanceof Boolean) {
                            cell.setCellValue((Boolean) v);
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            // closing the workbook also deletes SXSSF's temporary files
            wb.write(out);
        }
        return file;
    }

    static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** A copy of an xlsx with one entry's text changed; the other entries are copied as they are. */
    static Path rewriteEntry(Path source, Path target, String entryName, UnaryOperator<String> change)
            throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals(entryName)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        out.write(change.apply(text).getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }
}
