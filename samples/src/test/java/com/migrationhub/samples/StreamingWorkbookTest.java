package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook writer in both its modes (shared strings for small estates, inline strings for
 * large ones) must write what Excel reads: awkward text, whole and fractional numbers, dates.
 */
class StreamingWorkbookTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void cellsReadBackAsWritten(boolean sharedStrings) throws IOException {
        LocalDateTime at = LocalDateTime.of(2026, 7, 21, 9, 30, 15);
        Path file = dir.resolve("w.xlsx");
        try (StreamingWorkbook wb = new StreamingWorkbook(at, sharedStrings)) {
            XlsxSheet sheet = wb.sheet("vTest", List.of("Text", "Whole", "Fraction", "When", "Empty", "Free % "));
            // More rows than the row window, so that rows are flushed to the temporary file.
            for (int i = 0; i < StreamingWorkbook.ROW_WINDOW * 3; i++) {
                sheet.begin().text("a & b <c> \"d\"\nline " + i).number(262_144L * 1024 * 1024 + i).number(i + 0.25)
                        .date(at.plusDays(i)).blank().text(" padded ").end();
            }
            wb.save(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("vTest");
            assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Free % ");
            assertThat(s.getLastRowNum()).isEqualTo(StreamingWorkbook.ROW_WINDOW * 3);
            for (int i = 0; i < StreamingWorkbook.ROW_WINDOW * 3; i++) {
                Row r = s.getRow(i + 1);
                assertThat(r.getCell(0).getStringCellValue()).isEqualTo("a & b <c> \"d\"\nline " + i);
                assertThat(r.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) r.getCell(1).getNumericCellValue()).isEqualTo(262_144L * 1024 * 1024 + i);
                assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(i + 0.25);
                assertThat(DateUtil.isCellDateFormatted(r.getCell(3))).isTrue();
                assertThat(r.getCell(3).getLocalDateTimeCellValue()).isEqualTo(at.plusDays(i));
                assertThat(r.getCell(4)).isNull();
                assertThat(r.getCell(5).getStringCellValue()).isEqualTo(" padded ");
            }
            assertThat(wb.getProperties().getCoreProperties().getCreated()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void wholeNumbersAreWrittenAsIntegersLikeExcelDoes(boolean sharedStrings) throws IOException {
        Path file = dir.resolve("n.xlsx");
        try (StreamingWorkbook wb = new StreamingWorkbook(LocalDateTime.of(2026, 1, 1, 0, 0), sharedStrings)) {
            wb.sheet("s", List.of("n")).begin().number(27_262_976).end();
            wb.save(file);
        }
        String xml = SheetXml.read(file, "xl/worksheets/sheet1.xml");
        assertThat(xml).contains("<v>27262976</v>").doesNotContain("E7").doesNotContain("27262976.0");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void rowsBeyondTheSheetLimitContinueOnSheetsRightAfterIt(boolean sharedStrings) throws IOException {
        Path file = dir.resolve("c.xlsx");
        try (StreamingWorkbook wb = new StreamingWorkbook(LocalDateTime.of(2026, 1, 1, 0, 0), sharedStrings, 50)) {
            XlsxSheet disks = wb.sheet("vDisk", List.of("VM", "Disk"));
            wb.sheet("vHost", List.of("Host")).begin().text("esx01").end();
            for (int i = 0; i < 120; i++) {
                disks.begin().text("vm" + i).number(i).end();
            }
            wb.save(file);
        }
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new java.util.ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("vDisk", "vDisk (2)", "vDisk (3)", "vHost");
            int next = 0;
            for (String name : names.subList(0, 3)) {
                Sheet s = wb.getSheet(name);
                assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Disk");
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    assertThat(s.getRow(r).getCell(0).getStringCellValue()).isEqualTo("vm" + next++);
                }
                assertThat(s.getLastRowNum()).isLessThanOrEqualTo(49);
            }
            assertThat(next).isEqualTo(120);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aRowWithTheWrongNumberOfCellsFails(boolean sharedStrings) {
        try (StreamingWorkbook wb = new StreamingWorkbook(LocalDateTime.of(2026, 1, 1, 0, 0), sharedStrings)) {
            XlsxSheet sheet = wb.sheet("s", List.of("a", "b"));
            sheet.begin().text("only one");
            org.assertj.core.api.Assertions.assertThatThrownBy(sheet::end).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("1 cells for 2 headers");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
