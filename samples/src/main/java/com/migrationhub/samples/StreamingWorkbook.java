package com.migrationhub.samples;

import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx written row by row: POI's SXSSF keeps only the last {@value #ROW_WINDOW} rows of each
 * sheet in memory and spills the rest to gzip-compressed temporary files, and large workbooks write
 * their strings inline rather than into a shared-strings table that would grow with every unique
 * name and UUID. That keeps a million-VM workbook within a few tens of MiB of heap.
 */
final class StreamingWorkbook implements Closeable {
    static final int ROW_WINDOW = 100;
    /**
     * Up to this many VMs the strings go to a shared-strings table, as Excel and RVTools write them,
     * which keeps small workbooks small; beyond it they are written inline so the table cannot grow
     * with every unique name and UUID.
     */
    static final int SHARED_STRINGS_UP_TO_VMS = 20_000;

    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private final LocalDateTime created;
    private final int maxRowsPerSheet;
    private boolean closed;

    /** A workbook for an estate of {@code vmCount} VMs, exported at {@code created}. */
    static StreamingWorkbook forEstate(LocalDateTime created, int vmCount) {
        return new StreamingWorkbook(created, vmCount <= SHARED_STRINGS_UP_TO_VMS);
    }

    StreamingWorkbook(LocalDateTime created, boolean sharedStrings) {
        this(created, sharedStrings, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** With fewer rows per sheet than Excel allows, for testing continuation sheets. */
    StreamingWorkbook(LocalDateTime created, boolean sharedStrings, int maxRowsPerSheet) {
        this.created = created;
        this.maxRowsPerSheet = maxRowsPerSheet;
        this.workbook = new CompactWorkbook(sharedStrings);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        dateStyle = workbook.createCellStyle();
        // The date format RVTools uses.
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd\\ hh:mm:ss"));
    }

    XlsxSheet sheet(String name, List<String> headers) {
        return new XlsxSheet(this, name, headers, maxRowsPerSheet);
    }

    /** A new sheet, placed right after {@code after} or, when that is null, last. */
    SXSSFSheet createSheet(String name, String after) {
        SXSSFSheet sheet = workbook.createSheet(name);
        if (after != null) {
            workbook.setSheetOrder(name, workbook.getSheetIndex(after) + 1);
        }
        return sheet;
    }

    CellStyle headerStyle() {
        return headerStyle;
    }

    CellStyle dateStyle() {
        return dateStyle;
    }

    /**
     * Saves the workbook. The document properties carry the export time instead of the clock's,
     * so that the same estate always gives the same file content.
     */
    void save(Path file) throws IOException {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Date at = Date.from(created.toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setCreator("MigrationHub sample generator");
        // POI flushes the remaining rows sheet by sheet in hash order, which decides the order of the
        // shared strings; flushing them here in tab order keeps the file the same from run to run.
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            workbook.getSheetAt(i).flushRows();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /**
     * Writes cells faster and more like Excel than POI's default: whole numbers as integers
     * ("32768", where POI writes "32768.0" or "2.7262976E7"), inline strings without POI's
     * character-by-character escaping, and no per-cell column-style lookup.
     */
    private static final class CompactWorkbook extends SXSSFWorkbook {
        private final boolean sharedStrings;

        CompactWorkbook(boolean sharedStrings) {
            super(new XSSFWorkbook(), ROW_WINDOW, true, sharedStrings);
            this.sharedStrings = sharedStrings;
        }

        /**
         * Deflating the final zip is a third of the run time: a large workbook is packed fast
         * (about a quarter bigger), a small one as tight as it goes.
         */
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(sharedStrings ? Deflater.BEST_COMPRESSION : Deflater.BEST_SPEED);
            return zip;
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new FastSheetWriter(getSharedStringSource(), !sharedStrings);
        }
    }

    private static final class FastSheetWriter extends GZIPSheetDataWriter {
        private static final String[] COLUMN_NAMES = new String[512];

        static {
            for (int i = 0; i < COLUMN_NAMES.length; i++) {
                COLUMN_NAMES[i] = CellReference.convertNumToColString(i);
            }
        }

        private final boolean inlineStrings;
        private String rowNumber = "";

        FastSheetWriter(SharedStringsTable sharedStrings, boolean inlineStrings) throws IOException {
            super(sharedStrings);
            this.inlineStrings = inlineStrings;
        }

        /** Temporary files are read back once: compress them fast rather than small. */
        @Override
        protected OutputStream decorateOutputStream(FileOutputStream out) throws IOException {
            return new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }

        @Override
        public void writeRow(int rownum, SXSSFRow row) throws IOException {
            rowNumber = Integer.toString(rownum + 1);
            super.writeRow(rownum, row);
        }

        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            if (cell == null || columnIndex >= COLUMN_NAMES.length) {
                super.writeCell(columnIndex, cell);
                return;
            }
            CellType type = cell.getCellType();
            if (type == CellType.NUMERIC) {
                double v = cell.getNumericCellValue();
                if (v != Math.rint(v) || Math.abs(v) >= 1e15) {
                    super.writeCell(columnIndex, cell);
                    return;
                }
                begin(columnIndex, cell);
                _out.write(" t=\"n\"><v>");
                _out.write(Long.toString((long) v));
                _out.write("</v></c>");
            } else if (type == CellType.STRING && inlineStrings) {
                String text = cell.getStringCellValue();
                begin(columnIndex, cell);
                boolean preserve = !text.isEmpty()
                        && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
                _out.write(preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
                escape(text);
                _out.write("</t></is></c>");
            } else {
                super.writeCell(columnIndex, cell);
            }
        }

        private void begin(int columnIndex, Cell cell) throws IOException {
            _out.write("<c r=\"");
            _out.write(COLUMN_NAMES[columnIndex]);
            _out.write(rowNumber);
            _out.write('"');
            short style = cell.getCellStyle().getIndex();
            if (style != 0) {
                _out.write(" s=\"");
                _out.write(Short.toString(style));
                _out.write('"');
            }
        }

        /** XML-escapes text; characters XML 1.0 forbids become "?", as POI does. */
        private void escape(String text) throws IOException {
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                String replacement;
                switch (c) {
                    case '<' -> replacement = "&lt;";
                    case '>' -> replacement = "&gt;";
                    case '&' -> replacement = "&amp;";
                    case '"' -> replacement = "&quot;";
                    case '\n' -> replacement = "&#xa;";
                    case '\r' -> replacement = "&#xd;";
                    case '\t' -> replacement = "&#x9;";
                    default -> replacement = c < 0x20 || c == 0xFFFE || c == 0xFFFF ? "?" : null;
                }
                if (replacement != null) {
                    _out.write(text, start, i - start);
                    _out.write(replacement);
                    start = i + 1;
                }
            }
            _out.write(text, start, text.length() - start);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        // Since POI 5 closing also deletes the temporary sheet files.
        workbook.close();
    }
}
