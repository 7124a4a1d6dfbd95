package com.migrationhub.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ClientText;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.TestData;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.WaveRow;
import com.migrationhub.reports.excel.ExcelReport;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes the CSV files from {@link TestData} and parses them back with a strict RFC 4180 reader. */
class CsvReportTest {
    private static final int SERVERS = 40;
    private static final ReportOptions OPTIONS = ReportOptions.defaults(Locale.US);
    private static final String TRICKY = "line one\nline two, with \"quotes\"\r\nand a CRLF";

    @TempDir
    static Path dir;
    private static ReportData data;

    @BeforeAll
    static void write() throws IOException {
        data = withTrickyWaveText(TestData.report(SERVERS));
        CsvReport.write(data, OPTIONS, dir, ProgressMonitor.NONE);
    }

    /** The test data with a wave whose reason holds a line break, a comma and quotes. */
    private static ReportData withTrickyWaveText(ReportData d) {
        List<WaveRow> waves = new ArrayList<>(d.waves().waves());
        WaveRow w = waves.get(0);
        waves.set(0, new WaveRow(w.number(), w.name(), w.start(), w.end(), w.groups(), w.servers(), w.vcpus(), TRICKY));
        return new ReportData(d.engagement(), d.scenario(), d.profile(), d.clouds(), d.strategies(), d.options(),
                d.tco(), d.risk(), d.dependencies(), new ReportData.WaveSummary(d.waves().start(), d.waves().end(),
                        waves, d.waves().warnings()), d.sources(), d.rows(), d.inventory());
    }

    @Test
    void oneFilePerTableNamedAfterItAndNoTemporaryFilesLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "summary.csv", "summary-clouds.csv", "summary-blockers.csv", "inventory.csv", "assessment.csv",
                    "costs.csv", "costs-options.csv", "tco.csv", "tco-clouds.csv", "tco-recommended.csv", "tco-years.csv", "risks.csv",
                    "risks-heat-map.csv", "risks-top.csv", "move-groups.csv", "waves.csv", "waves-warnings.csv",
                    "dependencies.csv", "assumptions.csv", "assumptions-catalog.csv", "assumptions-imports.csv");
        }
    }

    @Test
    void everyFileIsRfc4180Utf8WithAHeaderAndEvenRows() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                byte[] raw = Files.readAllBytes(f);
                assertThat(raw[0]).as(f + " has no byte order mark").isNotEqualTo((byte) 0xEF);
                List<List<String>> rows = Csv.read(f);
                assertThat(rows).as(f.toString()).isNotEmpty();
                int width = rows.get(0).size();
                assertThat(rows).as(f.toString()).allMatch(r -> r.size() == width);
            }
        }
        assertThat(Csv.read(dir.resolve("assessment.csv")).get(1).get(10)).isEqualTo("performance-based (p95 × 1.3)");
    }

    @Test
    void rowCountsMatchTheData() throws IOException {
        assertThat(Csv.read(dir.resolve("inventory.csv"))).hasSize(SERVERS + 1);
        assertThat(Csv.read(dir.resolve("assessment.csv"))).hasSize(SERVERS * 3 + 1);
        assertThat(Csv.read(dir.resolve("dependencies.csv"))).hasSize(3 + 1);
        assertThat(Csv.read(dir.resolve("move-groups.csv"))).hasSize(data.dependencies().groups().size() + 1);
        assertThat(Csv.read(dir.resolve("costs-options.csv"))).hasSize(3 * 5 + 1);
    }

    @Test
    void costTotalsMatchTheDataAndTheRowsAddUpToThem() throws IOException {
        List<List<String>> costs = Csv.read(dir.resolve("costs.csv"));
        List<String> total = costs.get(costs.size() - 1);
        assertThat(total.get(0)).isEqualTo("Total");
        for (int c = 0; c < 3; c++) {
            assertThat(total.get(c + 1)).isEqualTo(BigDecimal.valueOf(data.clouds().get(c).totalCents(), 2).toPlainString());
        }
        List<List<String>> assessment = Csv.read(dir.resolve("assessment.csv"));
        int cloud = assessment.get(0).indexOf("Cloud");
        int sum = assessment.get(0).indexOf("Total (USD/month)");
        Map<String, BigDecimal> byCloud = new HashMap<>();
        for (List<String> r : assessment.subList(1, assessment.size())) {
            byCloud.merge(r.get(cloud), new BigDecimal(r.get(sum)), BigDecimal::add);
        }
        for (ReportData.CloudSummary c : data.clouds()) {
            assertThat(byCloud.get(c.cloudLabel())).isEqualTo(BigDecimal.valueOf(c.totalCents(), 2));
        }
        List<List<String>> tco = Csv.read(dir.resolve("tco.csv"));
        assertThat(tco.get(tco.size() - 1)).containsExactly("Total on premises",
                BigDecimal.valueOf(data.tco().onPremisesYearlyCents(), 2).toPlainString(), "");
    }

    @Test
    void numbersAndDatesAreInMachineForm() throws IOException {
        List<List<String>> assessment = Csv.read(dir.resolve("assessment.csv"));
        for (String header : List.of("Compute (USD/month)", "Licence (USD/month)", "Total (USD/month)")) {
            int c = assessment.get(0).indexOf(header);
            assertThat(assessment.subList(1, assessment.size())).allMatch(r -> r.get(c).matches("-?\\d+\\.\\d{2}"));
        }
        assertThat(assessment.get(1).subList(8, 10)).containsExactly("2", "4");
        List<List<String>> inventory = Csv.read(dir.resolve("inventory.csv"));
        assertThat(inventory.get(2).subList(5, 8)).containsExactly("3", "8", "80");
        List<List<String>> waves = Csv.read(dir.resolve("waves.csv"));
        assertThat(waves.get(0).subList(2, 4)).containsExactly("Start", "End");
        assertThat(waves.get(1).subList(2, 4)).containsExactly("2027-01-04", "2027-01-17");
        assertThat(item(Csv.read(dir.resolve("summary.csv")), "Generated")).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(item(Csv.read(dir.resolve("summary.csv")), "Servers")).isEqualTo("40");
        assertThat(item(Csv.read(dir.resolve("summary.csv")), "Memory")).isEqualTo("640");
        List<List<String>> clouds = Csv.read(dir.resolve("summary-clouds.csv"));
        assertThat(clouds.get(1).get(clouds.get(0).indexOf("Ready (share)"))).isEqualTo("0.6");
        assertThat(clouds.get(1).get(clouds.get(0).indexOf("Break-even month, scenario's option"))).isEqualTo("14");
        assertThat(clouds.get(1).get(clouds.get(0).indexOf("Break-even month, recommended option"))).isEqualTo("11");
    }

    @Test
    void quotedCommasQuotesAndLineBreaksSurvive() throws IOException {
        assertThat(Csv.read(dir.resolve("waves.csv")).get(1).get(7)).isEqualTo(TRICKY);
        List<List<String>> deps = Csv.read(dir.resolve("dependencies.csv"));
        assertThat(deps.get(2).get(2)).isEqualTo("53, 88, 389");
        String raw = Files.readString(dir.resolve("waves.csv"));
        assertThat(raw).contains("\"line one\nline two, with \"\"quotes\"\"\r\nand a CRLF\"");
    }

    @Test
    void formulaLikeClientTextIsPrefixedWithAnApostrophe() throws IOException {
        Set<String> prefixed = new HashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                for (List<String> r : Csv.read(f)) {
                    for (String field : r) {
                        if (field.startsWith("-")) {
                            assertThat(field).as(f + ": only numbers may start with a minus").matches("-\\d+(\\.\\d+)?");
                        } else {
                            assertThat(ClientText.isDangerous(field)).as(f + ": " + field).isFalse();
                        }
                        if (field.startsWith("'")) {
                            prefixed.add(field);
                        }
                    }
                }
            }
        }
        assertThat(prefixed).containsExactlyInAnyOrder("'=cmd|' /C calc'!A0", "'+Payroll", "'-Dev", "'@SUM(A1:A9)",
                "'-ext", "'=HYPERLINK(\"http://evil\") disk larger than the largest managed disk", "'+Around web-07");
        assertThat(Csv.read(dir.resolve("inventory.csv")).get(6).get(0)).isEqualTo("'=cmd|' /C calc'!A0");
    }

    @Test
    void clientTextKnowsWhatASpreadsheetWouldRun() {
        for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(ClientText.isDangerous(s)).as(s).isTrue();
            assertThat(ClientText.neutralised(s)).isEqualTo("'" + s);
        }
        for (String s : List.of("", "srv-01", " =1", "'=1", "1-1", "a=b")) {
            assertThat(ClientText.isDangerous(s)).as(s).isFalse();
            assertThat(ClientText.neutralised(s)).isEqualTo(s);
        }
        assertThat(ClientText.isDangerous(null)).isFalse();
    }

    @Test
    void negativeAmountsStayNumbers() {
        StringBuilder b = new StringBuilder();
        CsvFields.cents(b, -5);
        b.append('|');
        CsvFields.cents(b, -123_456);
        b.append('|');
        CsvFields.cents(b, 7);
        assertThat(b).hasToString("-0.05|-1234.56|0.07");
    }

    @Test
    void theColumnsAreTheWorkbooks() throws IOException {
        Path xlsx = dir.getParent().resolve(dir.getFileName() + "-book.xlsx");
        ExcelReport.write(data, OPTIONS, xlsx, ProgressMonitor.NONE);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Map<String, String> files = Map.of("Inventory", "inventory.csv", "Assessment", "assessment.csv",
                    "Costs", "costs.csv", "Move groups", "move-groups.csv", "Dependencies", "dependencies.csv");
            for (Map.Entry<String, String> e : files.entrySet()) {
                List<String> headers = new ArrayList<>();
                for (Cell c : book.getSheet(e.getKey()).getRow(0)) {
                    headers.add(c.getStringCellValue());
                }
                assertThat(Csv.read(dir.resolve(e.getValue())).get(0)).as(e.getValue()).isEqualTo(headers);
            }
        } finally {
            Files.deleteIfExists(xlsx);
        }
    }

    @Test
    void aCancelledExportLeavesTheFolderAsItWas(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("summary.csv"), "the earlier export");
        AtomicLong calls = new AtomicLong();
        ProgressMonitor cancelMidway = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 8;
            }
        };
        assertThatThrownBy(() -> CsvReport.write(TestData.report(20_000), OPTIONS, folder, cancelMidway))
                .isInstanceOf(CancelledException.class);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).containsExactly(folder.resolve("summary.csv"));
        }
        assertThat(Files.readString(folder.resolve("summary.csv"))).isEqualTo("the earlier export");
    }

    private static String item(List<List<String>> facts, String item) {
        for (List<String> r : facts) {
            if (r.get(1).equals(item)) {
                return r.get(2);
            }
        }
        throw new AssertionError("no item " + item);
    }
}
