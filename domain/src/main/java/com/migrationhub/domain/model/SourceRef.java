package com.migrationhub.domain.model;

/**
 * Where one imported value came from: the import (its id in the project, 0 while the import
 * runs), the sheet (the file's own name for a CSV) and the 1-based row as the user sees it in a
 * spreadsheet program, with the column where one is meant.
 */
public record SourceRef(long importId, String sheet, long row, String column) {

    public SourceRef(String sheet, long row) {
        this(0, sheet, row, null);
    }

    /**
     * A server's "also from" reference as the store keeps it, {@code #3:vCPU!12} (import 3, sheet
     * vCPU, row 12); empty for any other text.
     */
    public static java.util.Optional<SourceRef> parseOther(String ref) {
        int colon = ref.indexOf(':');
        int bang = ref.lastIndexOf('!');
        if (!ref.startsWith("#") || colon < 0 || bang < colon) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new SourceRef(Long.parseLong(ref.substring(1, colon)),
                    ref.substring(colon + 1, bang), Long.parseLong(ref.substring(bang + 1)), null));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    public SourceRef withColumn(String col) {
        return new SourceRef(importId, sheet, row, col);
    }

    /**
     * As shown to a user: {@code sheet vInfo, row 12, column "CPUs"}; a CSV's "sheet" is its file
     * name, shown without the word: {@code azure.csv, row 7}.
     */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (sheet != null && !sheet.isEmpty()) {
            b.append(sheet.indexOf('.') >= 0 ? "" : "sheet ").append(sheet);
        }
        if (row > 0) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append("row ").append(row);
        }
        if (column != null) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append("column \"").append(column).append('"');
        }
        return b.toString();
    }
}
