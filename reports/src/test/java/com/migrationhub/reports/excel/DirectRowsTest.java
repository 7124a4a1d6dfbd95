package com.migrationhub.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows written straight to a sheet's file must be the very XML that POI's rows give through the
 * same writer: the same sheet written both ways, compared byte for byte, then read back by POI.
 */
class DirectRowsTest {
    private static final int ROWS = 2_500;
    private static final String[] TEXTS = {"srv-000001", "Müller & Söhne <GmbH> \"Nord\"", " leading", "trailing ",
        "tab\tinside", "line\nbreak", "nbsp\u00A0here", "😀 emoji", "日本語", "=1+1", "x".repeat(5000), "\u0001control",
        "lone \uD800 surrogate", "a"};
    private static final double[] NUMBERS = {0, 1, -1, 2, 62.78, -13.2, 1e15, 9007199254740993.0, 1.0 / 3, 123456789012.0,
        Double.MAX_VALUE, -0.5, 46353.13283484954};

    @TempDir
    Path dir;

    @Test
    void directRowsAreTheXmlOfPoisRows() throws IOException {
        Path viaPoi = write(false);
        Path direct = write(true);
        String a = sheetXml(viaPoi);
        String b = sheetXml(direct);
        assertThat(b).hasSameSizeAs(a).isEqualTo(a);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(direct))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(ROWS);
            assertThat(sheet.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:D" + (ROWS + 1));
            Row r = sheet.getRow(1);
            assertThat(r.getCell(0).getStringCellValue()).isEqualTo(TEXTS[1]);
            assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(NUMBERS[1]);
            assertThat(sheet.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(NUMBERS[6]);
            assertThat(sheet.getRow(12).getCell(0).getStringCellValue()).isEqualTo("lone ? surrogate");
            assertThat(r.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(r.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
        }
    }

    /** Texts kept in the shared strings read back as the same texts as when each cell holds its own. */
    @Test
    void sharedTextsReadBackAsTheCellsOwn() throws IOException {
        Path inline = write(true);
        Path shared = write(true, true);
        try (XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(inline));
                XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(shared))) {
            for (int i = 1; i <= ROWS; i++) {
                assertThat(b.getSheetAt(0).getRow(i).getCell(0).getStringCellValue()).as("row %d", i)
                        .isEqualTo(a.getSheetAt(0).getRow(i).getCell(0).getStringCellValue());
            }
            assertThat(b.getSharedStringSource().getUniqueCount()).isEqualTo(TEXTS.length);
        }
        String xml = sheetXml(shared);
        assertThat(xml).contains("t=\"s\"><v>0</v>").doesNotContain(TEXTS[1].substring(0, 6));
    }

    /** POI's own writer, to compare escaping with. */
    private static final class PoiEscaping extends org.apache.poi.xssf.streaming.SheetDataWriter {
        PoiEscaping(java.io.Writer w) throws IOException {
            super(w);
        }

        void escaped(String s) throws IOException {
            outputEscapedString(s);
            _out.flush();
        }
    }

    /** Our escaping of text writes what POI's does, for every kind of character that needs care. */
    @Test
    void escapingIsPois() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x300; c++) {
            all.append(c);
        }
        String[] texts = {"plain", "Müller & Söhne <GmbH> \"Nord\"", "tab\tline\nreturn\r", "nbsp\u00A0", "😀 日本語",
            "lone \uD800 high", "lone \uDC00 low", "end \uD83D", "\uFFFE\uFFFF\uFFFD", "\u0001\u001F", all.toString()};
        for (String t : texts) {
            java.io.ByteArrayOutputStream ours = new java.io.ByteArrayOutputStream();
            Utf8Writer w = new Utf8Writer(ours);
            FastSheetDataWriter.escape(w, t);
            w.close();
            java.io.ByteArrayOutputStream theirs = new java.io.ByteArrayOutputStream();
            Utf8Writer pw = new Utf8Writer(theirs);
            new PoiEscaping(pw).escaped(t);
            pw.close();
            assertThat(ours.toString(StandardCharsets.UTF_8)).as(t).isEqualTo(theirs.toString(StandardCharsets.UTF_8));
        }
    }

    /** Amounts in cents are written as their exact decimals, which read back as the double cents / 100.0. */
    @Test
    void amountsInCentsAreTheirExactDecimals() throws IOException {
        java.util.Random random = new java.util.Random(11);
        long[] cents = new long[5_000];
        long[] edges = {0, 1, -1, 5, 10, 50, 99, 100, -100, -150, 6278, 1320, -5, 123_456_789_012L, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MIN_VALUE + 1, 999_999_999_999_999_99L};
        for (int i = 0; i < cents.length; i++) {
            cents[i] = i < edges.length ? edges[i] : random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(2_000_000) - 1_000_000;
        }
        FastSheetDataWriter writer = new FastSheetDataWriter();
        try {
            writer.startRow(0);
            for (int i = 0; i < cents.length; i++) {
                writer.money(i % 100, 0, cents[i]);
            }
            writer.finishRow();
            writer.close();
            String xml = Files.readString(writer.file().toPath());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<v>([^<]*)</v>").matcher(xml);
            for (long c : cents) {
                assertThat(m.find()).isTrue();
                String v = m.group(1);
                assertThat(v).as("%d cents", c).isEqualTo(java.math.BigDecimal.valueOf(c, 2).stripTrailingZeros()
                        .toPlainString());
                // the double nearest the exact amount: cents / 100.0 where the cents convert exactly (below 2^53)
                double nearest = Math.abs(c) < 1L << 53 ? c / 100.0 : java.math.BigDecimal.valueOf(c, 2).doubleValue();
                assertThat(Double.parseDouble(v)).as("%d cents", c).isEqualTo(nearest);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(writer.file().toPath());
        }
    }

    private Path write(boolean direct) throws IOException {
        return write(direct, false);
    }

    /** A header row, then {@code ROWS} rows of text, number, number and blank; the last always through POI. */
    private Path write(boolean direct, boolean share) throws IOException {
        Path out = dir.resolve(direct ? share ? "shared.xlsx" : "direct.xlsx" : "poi.xlsx");
        try (StreamingWorkbook book = new StreamingWorkbook(100)) {
            CellStyle text = book.createCellStyle();
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("0.00"));
            SXSSFSheet sheet = book.createSheet("Rows");
            Row header = sheet.createRow(0);
            for (int c = 0; c < 4; c++) {
                header.createCell(c).setCellValue("Column " + c);
            }
            FastSheetDataWriter writer = book.writerOf(sheet);
            assertThat(writer).isNotNull();
            if (direct) {
                sheet.flushRows();
            }
            for (int i = 1; i <= ROWS; i++) {
                String s = TEXTS[i % TEXTS.length];
                double n = NUMBERS[i % NUMBERS.length];
                if (direct && i < ROWS) {
                    writer.startRow(i);
                    if (share) {
                        writer.shared(0, text.getIndex(), book.sharedStrings().numberOf(s));
                    } else {
                        writer.text(0, text.getIndex(), s);
                    }
                    writer.number(1, 0, n);
                    writer.number(2, money.getIndex(), i / 100.0);
                    writer.blank(3, money.getIndex());
                    writer.finishRow();
                } else {
                    Row row = sheet.createRow(i);
                    Cell a = row.createCell(0);
                    a.setCellValue(s);
                    a.setCellStyle(text);
                    row.createCell(1).setCellValue(n);
                    Cell c = row.createCell(2);
                    c.setCellValue(i / 100.0);
                    c.setCellStyle(money);
                    row.createCell(3).setCellStyle(money);
                }
            }
            try (var file = Files.newOutputStream(out)) {
                book.write(file);
            }
        }
        return out;
    }

    private static String sheetXml(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(
                zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
