package com.migrationhub.reports.excel;

import com.migrationhub.reports.table.Value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.TestData;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.Result;
import com.migrationhub.reports.data.ReportData.ServerRow;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the workbook from {@link TestData} and reads it back with POI's full (non-streaming) model. */
class ExcelReportTest {
    private static final int SERVERS = 40;
    private static final ReportOptions OPTIONS = ReportOptions.defaults(Locale.US);

    @TempDir
    static Path dir;
    private static ReportData data;
    private static XSSFWorkbook book;

    @BeforeAll
    static void write() throws IOException {
        data = TestData.report(SERVERS);
        Path out = dir.resolve("report.xlsx");
        ExcelReport.write(data, OPTIONS, out, ProgressMonitor.NONE);
        book = read(out);
    }

    /**
     * The sheets' parts are deflated apart and put into the package as they are: the package's
     * directory must list them, at the right places, and each must inflate to its CRC. (POI reads
     * a package whose directory is wrong, Excel does not: this reads it as Excel and unzip do.)
     */
    @Test
    void thePackageIsAWellFormedZipWhoseDirectoryListsEverySheet() throws IOException {
        Path file = dir.resolve("report.xlsx");
        List<String> listed = new ArrayList<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            zip.stream().forEach(e -> listed.add(e.getName()));
            for (int i = 1; i <= 10; i++) {
                java.util.zip.ZipEntry sheet = zip.getEntry("xl/worksheets/sheet" + i + ".xml");
                assertThat(sheet).as("sheet %d in the directory", i).isNotNull();
                byte[] xml;
                try (java.io.InputStream in = zip.getInputStream(sheet)) {
                    xml = in.readAllBytes();
                }
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(xml);
                assertThat(crc.getValue()).isEqualTo(sheet.getCrc());
                assertThat((long) xml.length).isEqualTo(sheet.getSize());
                String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).startsWith("<?xml").contains("<sheetData>").endsWith("</worksheet>");
            }
        }
        assertThat(listed).contains("[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml");
        // read front to back, as a stream: every entry's data and CRC where its header says
        int entries = 0;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                entries++;
            }
        }
        assertThat(entries).isEqualTo(listed.size());
    }

    /** Table rows are written straight to the sheets' files: each sheet's dimension must still span all its rows. */
    @Test
    void everySheetsDimensionSpansItsRowsAndColumns() {
        book.forEach(s -> {
            XSSFSheet x = (XSSFSheet) s;
            int columns = 0;
            for (Row r : x) {
                columns = Math.max(columns, r.getLastCellNum());
            }
            String expected = "A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1)
                    + (x.getLastRowNum() + 1);
            assertThat(x.getCTWorksheet().getDimension().getRef()).as(s.getSheetName()).isEqualTo(expected);
        });
        assertThat(book.getSheet("Assessment").getCTWorksheet().getDimension().getRef()).endsWith(String.valueOf(SERVERS * 3 + 1));
    }

    /**
     * The Assessment sheet's repeated texts are shared strings, and the numbers do not depend on
     * the two writer threads' timing: the same report gives the same bytes every time.
     */
    @Test
    void repeatedTextsAreSharedAndTheWorkbookIsTheSameEveryTime(@TempDir Path folder) throws IOException {
        Path a = folder.resolve("a.xlsx");
        Path b = folder.resolve("b.xlsx");
        ExcelReport.write(data, OPTIONS, a, ProgressMonitor.NONE);
        ExcelReport.write(data, OPTIONS, b, ProgressMonitor.NONE);
        java.util.Map<String, byte[]> first = entries(a);
        java.util.Map<String, byte[]> second = entries(b);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        for (String name : first.keySet()) {
            if (!name.equals("docProps/core.xml")) { // it says when the file was made
                assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
            }
        }
        // shared cells are in repeated columns only (Kind, Why, Cloud, Region, ...), never a server's name
        java.util.Set<String> sharedColumns = new java.util.TreeSet<>();
        book.forEach(sheet -> {
            for (Row r : sheet) {
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    if (r.getRowNum() > 0 && ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().getT()
                            == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.S) {
                        sharedColumns.add(sheet.getRow(0).getCell(c.getColumnIndex()).getStringCellValue());
                    }
                }
            }
        });
        assertThat(sharedColumns).isNotEmpty().doesNotContain("Server", "From", "To", "Rationale")
                .isSubsetOf("Operating system", "Environment", "Application", "Power state", "Cloud", "Region",
                        "Readiness", "Readiness reasons", "Strategy", "Size", "Sizing basis", "Risk level",
                        "Risk factors", "Price basis", "Ports", "Processes", "Kind", "Why");
        assertThat(book.getSharedStringSource().getUniqueCount()).isPositive();
    }

    private static java.util.Map<String, byte[]> entries(Path xlsx) throws IOException {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (java.io.InputStream in = zip.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    @Test
    void sheetsComeInTheReportsOrder() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Summary", "Inventory", "Assessment", "Costs", "TCO", "Risks",
                "Move groups", "Waves", "Dependencies", "Assumptions");
    }

    @Test
    void everySheetFreezesItsHeaderRow() {
        for (org.apache.poi.ss.usermodel.Sheet s : book) {
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane).as(s.getSheetName()).isNotNull();
            assertThat(pane.isFreezePane()).as(s.getSheetName()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as(s.getSheetName()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).as(s.getSheetName()).isEqualTo((short) 0);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle) s.getRow(0).getCell(0).getCellStyle()).getFont().getBold()).isTrue();
        }
    }

    @Test
    void streamedSheetsHaveASheetFilterOverTheirRows() {
        assertThat(filter("Inventory")).isEqualTo("A1:H" + (SERVERS + 1));
        assertThat(filter("Assessment")).isEqualTo("A1:U" + (SERVERS * 3 + 1));
        assertThat(filter("Dependencies")).isEqualTo("A1:H4");
        assertThat(book.getSheet("Assessment").getTables()).isEmpty();
    }

    private static String filter(String sheet) {
        XSSFSheet s = book.getSheet(sheet);
        assertThat(s.getCTWorksheet().isSetAutoFilter()).as(sheet).isTrue();
        return s.getCTWorksheet().getAutoFilter().getRef();
    }

    @Test
    void everyOtherTableIsAnExcelTableWithAFilterAndItsHeadersAsColumnNames() {
        Set<String> names = new HashSet<>();
        int tables = 0;
        for (String sheet : List.of("Summary", "Costs", "TCO", "Risks", "Move groups", "Waves", "Assumptions")) {
            XSSFSheet s = book.getSheet(sheet);
            assertThat(s.getTables()).as(sheet).isNotEmpty();
            assertThat(s.getCTWorksheet().isSetAutoFilter()).as(sheet).isFalse();
            for (XSSFTable t : s.getTables()) {
                tables++;
                assertThat(names.add(t.getName())).as(t.getName()).isTrue();
                assertThat(t.getCTTable().isSetAutoFilter()).as(t.getName()).isTrue();
                assertThat(t.getCTTable().getAutoFilter().getRef()).isEqualTo(t.getCTTable().getRef());
                assertThat(t.getStyleName()).isNotBlank();
                Row header = s.getRow(t.getStartRowIndex());
                for (int c = t.getStartColIndex(); c <= t.getEndColIndex(); c++) {
                    Cell cell = header.getCell(c);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(t.getColumns().get(c).getName()).as(t.getName()).isEqualTo(cell.getStringCellValue());
                }
            }
        }
        assertThat(tables).isEqualTo(3 + 2 + 4 + 3 + 1 + 2 + 3);
    }

    @Test
    void inventoryHasOneRowPerServer() {
        XSSFSheet s = book.getSheet("Inventory");
        assertThat(s.getLastRowNum()).isEqualTo(SERVERS);
        Row first = s.getRow(1);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("srv-000000");
        assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(2.0);
        assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(4.0);
        assertThat(first.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0 \"GiB\"");
        assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(40.0);
    }

    @Test
    void assessmentHasOneRowPerServerAndCloud() {
        XSSFSheet s = book.getSheet("Assessment");
        assertThat(s.getLastRowNum()).isEqualTo(SERVERS * 3);
        assertThat(s.getPhysicalNumberOfRows()).isEqualTo(SERVERS * 3 + 1);
        assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("AWS");
        assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Google Cloud");
        assertThat(s.getRow(SERVERS * 3).getCell(0).getStringCellValue())
                .isEqualTo(String.format(Locale.ROOT, "srv-%06d", SERVERS - 1));
    }

    @Test
    void moneyIsANumberInTheScenarioCurrencyExactToTheCent() {
        List<ServerRow> rows = new ArrayList<>();
        data.rows().forEach(rows::add);
        XSSFSheet s = book.getSheet("Assessment");
        int header = column(s, "Compute (USD/month)");
        int total = column(s, "Total (USD/month)");
        for (int i = 0; i < 10; i++) {
            for (int c = 0; c < 3; c++) {
                Result r = rows.get(i).results().get(c);
                Row row = s.getRow(1 + i * 3 + c);
                Cell compute = row.getCell(header);
                assertThat(compute.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(compute.getCellStyle().getDataFormatString()).contains("\"USD\"").startsWith("#,##0.00");
                assertThat(compute.getNumericCellValue()).isEqualTo(BigDecimal.valueOf(r.computeCents(), 2).doubleValue());
                assertThat(row.getCell(total).getNumericCellValue())
                        .isEqualTo(BigDecimal.valueOf(r.totalCents(), 2).doubleValue());
            }
        }
        assertThat(new DataFormatter(Locale.US).formatCellValue(s.getRow(1).getCell(header))).isEqualTo("50.00 USD");
    }

    @Test
    void costTotalsAreSumFormulasThatAddUpToTheCloudsTotals() {
        XSSFSheet s = book.getSheet("Costs");
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Part");
        Row totals = s.getRow(5);
        assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        List<CloudSummary> clouds = data.clouds();
        for (int c = 0; c < clouds.size(); c++) {
            Cell cell = totals.getCell(c + 1);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            String col = String.valueOf((char) ('B' + c));
            assertThat(cell.getCellFormula()).isEqualTo("SUM(" + col + "2:" + col + "5)");
            double expected = BigDecimal.valueOf(clouds.get(c).totalCents(), 2).doubleValue();
            assertThat(evaluator.evaluate(cell).getNumberValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
            assertThat(cell.getNumericCellValue()).as("cached").isEqualTo(expected);
            assertThat(cell.getCellStyle().getDataFormatString()).contains("USD");
        }
    }

    @Test
    void tcoOnPremisesTotalIsASumFormula() {
        XSSFSheet s = book.getSheet("TCO");
        int lines = data.tco().onPremises().size();
        Cell total = s.getRow(lines + 1).getCell(1);
        assertThat(s.getRow(lines + 1).getCell(0).getStringCellValue()).isEqualTo("Total on premises");
        assertThat(total.getCellFormula()).isEqualTo("SUM(B2:B" + (lines + 1) + ")");
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        assertThat(evaluator.evaluate(total).getNumberValue())
                .isCloseTo(data.tco().onPremisesYearlyCents() / 100.0, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void onlyTotalsAreFormulas() {
        List<String> formulas = new ArrayList<>();
        for (org.apache.poi.ss.usermodel.Sheet s : book) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas.add(s.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula());
                    }
                }
            }
        }
        assertThat(formulas).hasSize(4).allMatch(f -> f.matches("(Costs|TCO)!\\w+ SUM\\([A-Z]+\\d+:[A-Z]+\\d+\\)"));
    }

    @Test
    void datesAreDateCells() {
        XSSFSheet waves = book.getSheet("Waves");
        Cell start = waves.getRow(1).getCell(column(waves, "Start"));
        Cell end = waves.getRow(1).getCell(column(waves, "End"));
        assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
        assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(data.waves().waves().get(0).start());
        assertThat(end.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(data.waves().waves().get(0).end());
        Cell generated = valueOf(book.getSheet("Summary"), "Generated");
        assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
        assertThat(generated.getLocalDateTimeCellValue()).isEqualTo(data.engagement().generatedAt().toLocalDateTime());
    }

    @Test
    void formulaLikeClientTextStaysQuotePrefixedText() {
        List<String> dangerous = List.of("=cmd|' /C calc'!A0", "+Payroll", "-Dev", "@SUM(A1:A9)", "-ext",
                "=HYPERLINK(\"http://evil\") disk larger than the largest managed disk", "+Around web-07");
        Set<String> found = new HashSet<>();
        for (org.apache.poi.ss.usermodel.Sheet s : book) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING && com.migrationhub.reports.ClientText.isDangerous(c.getStringCellValue())) {
                        assertThat(c.getCellStyle().getQuotePrefixed()).as(s.getSheetName() + "!" + c.getAddress()).isTrue();
                        found.add(c.getStringCellValue());
                    }
                }
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(dangerous);
        Cell server = book.getSheet("Inventory").getRow(6).getCell(0);
        assertThat(server.getCellType()).isEqualTo(CellType.STRING);
        assertThat(server.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(book.getSheet("Inventory").getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void theRecommendedOptionIsMarked() {
        XSSFSheet s = book.getSheet("Costs");
        int marked = 0;
        for (Row r : s) {
            Cell c = r.getCell(6);
            if (c != null && "recommended".equals(c.getStringCellValue())) {
                marked++;
                assertThat(r.getCell(2).getStringCellValue()).isEqualTo("Reserved, 3 years");
                assertThat(((org.apache.poi.xssf.usermodel.XSSFCellStyle) r.getCell(3).getCellStyle()).getFont().getBold()).isTrue();
            }
        }
        assertThat(marked).isEqualTo(3);
    }

    @Test
    void columnsAreWideEnoughForTheirHeaders() {
        XSSFSheet s = book.getSheet("Assessment");
        assertThat(s.getColumnWidth(0)).isGreaterThan(10 * 256);
        assertThat(s.getColumnWidth(column(s, "Readiness reasons"))).isGreaterThanOrEqualTo(40 * 256).isLessThanOrEqualTo(62 * 256);
    }

    @Test
    void withoutDependencyDataOrWavesThoseSheetsAreLeftOutAndSummarySaysSo() throws IOException {
        ReportData d = data;
        ReportData bare = new ReportData(d.engagement(), d.scenario(), d.profile(), d.clouds(), d.strategies(),
                d.options(), d.tco(), d.risk(), null, null, d.sources(), d.rows(), d.inventory());
        Path out = dir.resolve("bare.xlsx");
        ExcelReport.write(bare, OPTIONS, out, ProgressMonitor.NONE);
        try (XSSFWorkbook b = read(out)) {
            List<String> names = new ArrayList<>();
            b.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Inventory", "Assessment", "Costs", "TCO", "Risks",
                    "Assumptions");
            assertThat(valueOf(b.getSheet("Summary"), "Dependency data").getStringCellValue()).contains("none imported");
            assertThat(valueOf(b.getSheet("Summary"), "Wave plan").getStringCellValue()).contains("none made");
        }
    }

    @Test
    void textNeedingEscapesSurvivesTheFastWriter() throws IOException {
        String client = "Müller & Söhne <GmbH> \"Nord\" 😀\tTab\nLine\u00A0nbsp";
        ReportData.Engagement e = data.engagement();
        ReportData d = data;
        ReportData special = new ReportData(new ReportData.Engagement(client, e.engagement(), " leading space",
                e.consultant(), null, e.projectFile(), e.generatedAt(), e.version()), d.scenario(), d.profile(),
                d.clouds(), d.strategies(), d.options(), d.tco(), d.risk(), d.dependencies(), d.waves(), d.sources(),
                d.rows(), d.inventory());
        Path out = dir.resolve("special.xlsx");
        ExcelReport.write(special, OPTIONS, out, ProgressMonitor.NONE);
        try (XSSFWorkbook b = read(out)) {
            assertThat(valueOf(b.getSheet("Summary"), "Client").getStringCellValue()).isEqualTo(client);
            assertThat(valueOf(b.getSheet("Summary"), "Firm").getStringCellValue()).isEqualTo(" leading space");
        }
    }

    @Test
    void sectionsLeftOutOfTheOptionsLeaveTheirSheetsOut() throws IOException {
        ReportOptions some = new ReportOptions(Locale.US, ReportOptions.Paper.A4,
                java.util.EnumSet.of(com.migrationhub.reports.Section.SUMMARY, com.migrationhub.reports.Section.COST,
                        com.migrationhub.reports.Section.WAVES));
        Path out = dir.resolve("some.xlsx");
        ExcelReport.write(data, some, out, ProgressMonitor.NONE);
        try (XSSFWorkbook b = read(out)) {
            List<String> names = new ArrayList<>();
            b.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Summary", "Costs", "Waves");
        }
    }

    @Test
    void progressRunsToTheEnd() throws IOException {
        AtomicLong last = new AtomicLong(-1);
        AtomicLong total = new AtomicLong();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long all, String what) {
                assertThat(done).isGreaterThanOrEqualTo(last.get());
                last.set(done);
                total.set(all);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ExcelReport.write(TestData.report(5000), OPTIONS, dir.resolve("progress.xlsx"), monitor);
        assertThat(total.get()).isGreaterThanOrEqualTo(5000 * 4L);
        assertThat(last.get()).isEqualTo(total.get());
    }

    @Test
    void aCancelledExportLeavesNoFileAndNoTemporaryFiles(@TempDir Path empty) throws IOException {
        Path out = empty.resolve("cancelled.xlsx");
        Set<String> poiBefore = poiTempFiles();
        ProgressMonitor cancelMidway = cancelWhileWriting("Assessment");
        assertThatThrownBy(() -> ExcelReport.write(TestData.report(20_000), OPTIONS, out, cancelMidway))
                .isInstanceOf(CancelledException.class);
        try (Stream<Path> left = Files.list(empty)) {
            assertThat(left).isEmpty();
        }
        assertThat(poiTempFiles()).isEqualTo(poiBefore);
    }

    /** A workbook made ahead on another thread, as the export makes it while the data loads, is written once. */
    @Test
    void aBlankMadeAheadIsWrittenOnceAndClosingItAfterwardsDoesNothing(@TempDir Path folder) throws Exception {
        Set<String> poiBefore = poiTempFiles();
        java.util.concurrent.CompletableFuture<ExcelReport.Blank> ahead =
                java.util.concurrent.CompletableFuture.supplyAsync(ExcelReport::blank);
        ExcelReport.Blank blank = ahead.get();
        Path out = folder.resolve("ahead.xlsx");
        ExcelReport.write(data, OPTIONS, out, ProgressMonitor.NONE, blank);
        try (XSSFWorkbook b = read(out)) {
            assertThat(b.getSheet("Assessment").getLastRowNum()).isEqualTo(SERVERS * 3);
        }
        blank.close();
        assertThatThrownBy(() -> ExcelReport.write(data, OPTIONS, folder.resolve("again.xlsx"), ProgressMonitor.NONE,
                blank)).isInstanceOf(IllegalStateException.class);
        assertThat(folder.resolve("again.xlsx")).doesNotExist();
        // one never written is closed without a trace
        ExcelReport.blank().close();
        assertThat(poiTempFiles()).isEqualTo(poiBefore);
    }

    @Test
    void aFailureOnTheSecondWriterThreadReachesTheCallerAndLeavesNoFiles(@TempDir Path empty) {
        ReportData data = TestData.report(20_000);
        // the Assessment sheet, the largest, is written on the second thread
        ReportData.ServerRows failing = each -> {
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            data.rows().forEach(r -> {
                if (n.incrementAndGet() == 5_000) {
                    throw new IllegalStateException("row 5000 cannot be read");
                }
                each.accept(r);
            });
        };
        ReportData broken = new ReportData(data.engagement(), data.scenario(), data.profile(), data.clouds(),
                data.strategies(), data.options(), data.tco(), data.risk(), data.dependencies(), data.waves(), data.sources(),
                failing, data.inventory());
        Path out = empty.resolve("failed.xlsx");
        Set<String> poiBefore = poiTempFiles();
        assertThatThrownBy(() -> ExcelReport.write(broken, OPTIONS, out, ProgressMonitor.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessage("row 5000 cannot be read");
        assertThat(empty).isEmptyDirectory();
        assertThat(poiTempFiles()).isEqualTo(poiBefore);
    }

    @Test
    void aCancelledExportKeepsTheEarlierFile(@TempDir Path folder) throws IOException {
        Path out = folder.resolve("report.xlsx");
        Files.writeString(out, "the earlier export");
        assertThatThrownBy(() -> ExcelReport.write(TestData.report(20_000), OPTIONS, out, cancelWhileWriting("Dependencies")))
                .isInstanceOf(CancelledException.class);
        assertThat(Files.readString(out)).isEqualTo("the earlier export");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(out);
        }
    }

    /** A monitor that asks to stop once the export has written a few thousand rows of {@code table}. */
    /**
     * Cancels midway: once the monitor has heard of {@code table}, or once a third of the rows are
     * written. The sheets are written on two threads and only one tells the monitor, so whether it
     * names a given table while that is written depends on timing; the row count does not.
     */
    static ProgressMonitor cancelWhileWriting(String table) {
        AtomicLong calls = new AtomicLong();
        AtomicLong third = new AtomicLong(Long.MAX_VALUE);
        AtomicLong written = new AtomicLong();
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                if (what.equals(table)) {
                    calls.incrementAndGet();
                }
                third.set(total / 3);
                written.set(done);
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 1 || written.get() >= third.get();
            }
        };
    }

    static XSSFWorkbook read(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static Set<String> poiTempFiles() {
        File poi = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        String[] names = poi.list();
        return names == null ? Set.of() : Set.of(names);
    }

    private static int column(XSSFSheet s, String header) {
        for (Cell c : s.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header + " in " + s.getSheetName());
    }

    /** The Value cell of the Topic | Item | Value row whose item is {@code item}. */
    private static Cell valueOf(XSSFSheet s, String item) {
        for (Row r : s) {
            Cell c = r.getCell(1);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(item)) {
                return r.getCell(2);
            }
        }
        throw new AssertionError("no item " + item);
    }
}
