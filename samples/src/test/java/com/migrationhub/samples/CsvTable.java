package com.migrationhub.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A CSV file read back independently of the generator: RFC 4180 quoting, optional BOM. */
final class CsvTable {
    final boolean byteOrderMark;
    final List<String> headers;
    final List<List<String>> rows;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvTable(boolean byteOrderMark, List<List<String>> all) {
        this.byteOrderMark = byteOrderMark;
        this.headers = all.get(0);
        this.rows = all.subList(1, all.size());
        for (int i = 0; i < headers.size(); i++) {
            index.put(headers.get(i), i);
        }
    }

    static CsvTable read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        boolean bom = text.startsWith("\uFEFF");
        if (bom) {
            text = text.substring(1);
        }
        List<List<String>> all = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                all.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            all.add(row);
        }
        return new CsvTable(bom, all);
    }

    String value(List<String> row, String header) {
        Integer i = index.get(header);
        if (i == null) {
            throw new IllegalArgumentException("no column " + header + " in " + headers);
        }
        return row.get(i);
    }

    List<String> column(String header) {
        List<String> values = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            values.add(value(r, header));
        }
        return values;
    }
}
