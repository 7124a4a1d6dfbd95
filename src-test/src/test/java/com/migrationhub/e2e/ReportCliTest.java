package com.migrationhub.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportLoader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client report through the command line, on the sample engagement: the figures in the PDF,
 * the workbook and the CSV files equal the assessment's as the command line prints them, in the
 * project's locale and in another; every server is in the appendix; bad input is one line and
 * writes nothing.
 */
class ReportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path sample;
    /** cloud id to the scenario's monthly total in its region, in cents, as `mhub assessment totals` prints it */
    static Map<String, Long> totals = new LinkedHashMap<>();
    static List<String> servers = new ArrayList<>();

    @BeforeAll
    static void makeTheSample() throws IOException {
        sample = dir.resolve("sample.mhub");
        Mhub.Result r = Mhub.run("sample", "-p", sample, "--from", Mhub.root().resolve("samples/engagement"));
        assertThat(r.code()).as(r.err()).isZero();
        Mhub.Result t = Mhub.run("assessment", "totals", "-p", sample, "--scenario", "sample", "--by", "strategy",
                "--format", "json");
        assertThat(t.code()).as(t.err()).isZero();
        for (JsonNode row : JSON.readTree(t.out())) {
            totals.merge(row.get("cloud").asText(), new BigDecimal(row.get("total").asText()).movePointRight(2)
                    .longValueExact(), Long::sum);
        }
        assertThat(totals).containsOnlyKeys("aws", "azure", "gcp");
        Mhub.Result inv = Mhub.run("inventory", "-p", sample, "--format", "json");
        for (JsonNode s : JSON.readTree(inv.out())) {
            servers.add(s.get("name").asText());
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theSampleWritesItsReportBesideTheProject() throws IOException {
        Path pdf = dir.resolve("sample-report.pdf");
        Path xlsx = dir.resolve("sample-report.xlsx");
        assertThat(pdf).exists();
        assertThat(xlsx).exists();
        String text = text(pdf);
        assertThat(text).contains("Contoso Manufacturing", "Fabrikam Cloud Advisory", "Sample Consultant");
    }

    @Test
    void noTextOfTheSamplesReportRunsOffAPage() throws IOException {
        for (String paper : List.of("a4", "letter")) {
            Path pdf = dir.resolve("bounds-" + paper + ".pdf");
            assertThat(Mhub.run("report", "-p", sample, "--scenario", "sample", "--pdf", pdf, "--paper", paper).code())
                    .isZero();
            List<String> outside = new ArrayList<>();
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                float expectedWidth = paper.equals("a4") ? 595.28f : 612f;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                        org.apache.pdfbox.pdmodel.common.PDRectangle box = getCurrentPage().getMediaBox();
                        float margin = 14; // a fifth of an inch: nothing may come closer to the edge
                        for (org.apache.pdfbox.text.TextPosition t : positions) {
                            float x = t.getXDirAdj();
                            float y = t.getYDirAdj();
                            float w = box.getWidth();
                            float h = box.getHeight();
                            if (getCurrentPage().getRotation() % 180 != 0) {
                                w = box.getHeight();
                                h = box.getWidth();
                            }
                            if (x < margin || x + t.getWidthDirAdj() > w - margin || y - t.getHeightDir() < margin
                                    || y > h - margin) {
                                outside.add("page " + getCurrentPageNo() + ": '" + text + "' at " + x + "," + y);
                                return;
                            }
                        }
                    }
                };
                stripper.getText(d);
                assertThat(d.getPage(1).getMediaBox().getWidth()).isCloseTo(expectedWidth,
                        org.assertj.core.data.Offset.offset(1f));
            }
            assertThat(outside).as(paper).isEmpty();
        }
    }

    @Test
    void thePdfsFiguresAreTheAssessmentsInTheChosenLocale() throws IOException {
        for (Locale locale : List.of(Locale.US, Locale.GERMANY)) {
            Path pdf = dir.resolve("report-" + locale.toLanguageTag() + ".pdf");
            Mhub.Result r = Mhub.run("report", "-p", sample, "--scenario", "sample", "--pdf", pdf, "--locale",
                    locale.toLanguageTag());
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("Wrote " + pdf);
            String text = text(pdf);
            Formats f = new Formats(locale, "USD");
            for (Map.Entry<String, Long> e : totals.entrySet()) {
                assertThat(text).as(e.getKey() + " in " + locale).contains(f.amount(e.getValue()));
            }
            assertThat(text).contains(f.count(servers.size()));
        }
        // the German figures really are German: a comma before the cents
        assertThat(text(dir.resolve("report-de-DE.pdf"))).containsPattern("\\d\\.\\d{3},\\d{2}");
    }

    @Test
    void everyPageOfTheSamplesReportRenders() throws IOException, InterruptedException {
        Path pdf = dir.resolve("sample-report.pdf");
        Path out = Files.createTempDirectory(dir, "png");
        Process p;
        try {
            p = new ProcessBuilder("pdftoppm", "-r", "20", "-png", pdf.toString(), out.resolve("page").toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("pdftoppm (Debian package poppler-utils) is not installed");
            return;
        }
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        assertThat(said).as("poppler's complaints").isBlank();
        int pages;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pages = d.getNumberOfPages();
        }
        try (java.util.stream.Stream<Path> files = Files.list(out)) {
            List<Path> png = files.filter(f -> f.toString().endsWith(".png")).toList();
            assertThat(png).hasSize(pages);
            for (Path f : png) {
                assertThat(javax.imageio.ImageIO.read(f.toFile())).as(f.getFileName().toString()).isNotNull();
            }
        }
        assertThat(pages).isGreaterThan(20);
    }

    @Test
    void everyServerIsInTheAppendix() throws IOException {
        String text = text(dir.resolve("sample-report.pdf"));
        for (String s : servers) {
            assertThat(text).as(s).contains(s);
        }
    }

    /**
     * The Assessment sheet lists servers by the name they were assessed under, without regard to
     * case: so it does for the sample as it is, and after a server was renamed and another
     * deleted since the assessment (the renamed one under its old name, the deleted one still
     * there); and the Inventory sheet lists the inventory as it is now.
     */
    @Test
    void theAssessmentSheetIsInNameOrderAfterRenamesAndDeletes() throws IOException {
        List<String> expected = new ArrayList<>(servers);
        expected.sort(String.CASE_INSENSITIVE_ORDER);
        Path p = dir.resolve("renamed.mhub");
        Files.copy(sample, p);
        Path before = dir.resolve("order-before.xlsx");
        assertThat(Mhub.run("report", "-p", p, "--scenario", "sample", "--xlsx", before).code()).isZero();
        assertThat(assessedNames(before)).isEqualTo(expected);

        String renamed = expected.get(expected.size() - 1);
        String deleted = expected.get(1);
        Mhub.Result edit = Mhub.run("inventory", "edit", "-p", p, renamed, "--set", "name=AAA-renamed-" + renamed);
        assertThat(edit.code()).as(edit.err()).isZero();
        assertThat(Mhub.run("inventory", "delete", "-p", p, deleted).code()).isZero();
        Path after = dir.resolve("order-after.xlsx");
        Mhub.Result r = Mhub.run("report", "-p", p, "--scenario", "sample", "--xlsx", after);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(assessedNames(after)).isEqualTo(expected);
        try (InputStream in = Files.newInputStream(after); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet inventory = wb.getSheet("Inventory");
            assertThat(inventory.getRow(1).getCell(0).getStringCellValue()).isEqualTo("AAA-renamed-" + renamed);
            assertThat(inventory.getLastRowNum()).isEqualTo(servers.size() - 1);
        }
    }

    /** The Assessment sheet's servers, each once, in the sheet's order. */
    private static List<String> assessedNames(Path xlsx) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet assessment = wb.getSheet("Assessment");
            for (Row row : assessment) {
                String name = row.getCell(0).getStringCellValue();
                if (row.getRowNum() > 0 && (names.isEmpty() || !names.get(names.size() - 1).equals(name))) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    @Test
    void theWorkbookAndTheCsvFilesHoldTheSameTotals() throws IOException {
        Path xlsx = dir.resolve("totals.xlsx");
        Path csvDir = dir.resolve("csv");
        Mhub.Result r = Mhub.run("report", "-p", sample, "--scenario", "sample", "--xlsx", xlsx, "--csv", csvDir);
        assertThat(r.code()).as(r.err()).isZero();
        List<Double> numbers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet costs = wb.getSheet("Costs");
            assertThat(costs).as("a Costs sheet").isNotNull();
            for (Row row : costs) {
                for (Cell c : row) {
                    // the totals are SUM formulas: their value as written (what Excel shows before recalculating)
                    if (c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.FORMULA
                            && c.getCachedFormulaResultType() == CellType.NUMERIC) {
                        numbers.add(c.getNumericCellValue());
                    }
                }
            }
            Sheet assessment = wb.getSheet("Assessment");
            assertThat(assessment.getLastRowNum()).as("one row per server and cloud after the header")
                    .isEqualTo(servers.size() * 3);
        }
        String costsCsv = Files.readString(csvDir.resolve("costs.csv"));
        for (Map.Entry<String, Long> e : totals.entrySet()) {
            double expected = e.getValue() / 100.0;
            assertThat(numbers).as(e.getKey()).anySatisfy(n -> assertThat(n).isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(0.001)));
            assertThat(costsCsv).as(e.getKey()).contains(BigDecimal.valueOf(e.getValue(), 2).toPlainString());
        }
    }

    @Test
    void otherPurchaseOptionsArePricedByTheRuleThatReproducesTheScenariosOwn() throws Exception {
        CatalogContent content = CatalogFiles.readShipped();
        AssessmentService service = AssessmentService.withShippedRules(content);
        try (ProjectFile p = ProjectFile.open(sample)) {
            ScenarioInfo info = p.assessments().scenario("sample").orElseThrow();
            Assumptions a = Assumptions.fromMap(info.assumptions());
            ReportLoader loader = new ReportLoader(p, service);
            long[] checked = {0};
            p.assessments().forEachResult("sample", x -> {
                if (x.size() != null) {
                    assertThat(loader.computeUnder(x, a.pricing(), Assumptions.parseUptime(a.uptime())))
                            .as(x.serverName() + " " + x.cloud()).isEqualTo(x.computeNanos());
                    checked[0]++;
                }
            });
            assertThat(checked[0]).isGreaterThan(800);
            // the scenario's own option, as the options table shows it, is the scenario's total to the cent
            com.migrationhub.reports.data.ReportData data = loader.load("sample", "test", null,
                    com.migrationhub.domain.task.ProgressMonitor.NONE);
            for (com.migrationhub.reports.data.ReportData.OptionCosts o : data.options()) {
                assertThat(o.monthlyCents().get(a.pricing().id())).as(o.cloud()).isEqualTo(totals.get(o.cloud()));
            }
        }
    }

    /** The report's pass keeps the catalog's answers; each repriced result must be the rule's own, under every option. */
    @Test
    void theRepricerKeepingTheCatalogsAnswersGivesTheRulesFigures() throws Exception {
        com.migrationhub.domain.catalog.PriceCatalog catalog = com.migrationhub.domain.catalog.PriceCatalog.of(
                CatalogFiles.readShipped());
        try (ProjectFile p = ProjectFile.open(sample)) {
            ScenarioInfo info = p.assessments().scenario("sample").orElseThrow();
            Assumptions a = Assumptions.fromMap(info.assumptions());
            var uptime = Assumptions.parseUptime("50h/week");
            var repricer = new com.migrationhub.reports.data.PurchaseOptions.Repricer(catalog, a, uptime);
            long[] checked = {0, 0};
            p.assessments().forEachResult("sample", x -> {
                for (com.migrationhub.domain.catalog.PricingOption o : com.migrationhub.domain.catalog.PricingOption.values()) {
                    var expected = com.migrationhub.reports.data.PurchaseOptions.reprice(catalog, x, a, uptime, o);
                    assertThat(repricer.reprice(x, o)).as(x.serverName() + " " + x.cloud() + " " + o).isEqualTo(expected);
                    checked[0]++;
                    checked[1] += expected.fellBack() ? 1 : 0;
                }
            });
            assertThat(checked[0]).isGreaterThan(4000);
            assertThat(checked[1]).as("some sizes an option does not offer").isPositive();
        }
    }

    @Test
    void theTopRisksAreTheRiskiestServersAndEuroFiguresAddUp() throws Exception {
        Path p = dir.resolve("eur.mhub");
        Files.copy(sample, p);
        Mhub.Result eur = Mhub.run("assess", "-p", p, "--scenario", "eur", "--currency", "EUR", "--assessed-on",
                "2026-11-26");
        assertThat(eur.code()).as(eur.err()).isZero();
        CatalogContent content = CatalogFiles.readShipped();
        AssessmentService service = AssessmentService.withShippedRules(content);
        try (ProjectFile project = ProjectFile.open(p)) {
            com.migrationhub.reports.data.ReportData data = new ReportLoader(project, service).load("eur",
                    "test", null, com.migrationhub.domain.task.ProgressMonitor.NONE);
            // the riskiest servers: highest score first, then by name, from every result of the first cloud
            List<String[]> all = new ArrayList<>();
            project.assessments().forEachResult("eur", x -> {
                if (x.cloud().equals("aws")) {
                    all.add(new String[] {x.serverName(), Integer.toString(x.riskScore())});
                }
            });
            all.sort(java.util.Comparator.<String[]>comparingInt(x -> -Integer.parseInt(x[1]))
                    .thenComparing(x -> x[0]));
            assertThat(data.risk().top().stream().map(com.migrationhub.reports.data.ReportData.TopRisk::server).toList())
                    .isEqualTo(all.subList(0, ReportLoader.TOP_RISKS).stream().map(x -> x[0]).toList());
            // in euros the business case still adds up to the cent, and says where the rate comes from
            com.migrationhub.reports.data.ReportData.Tco tco = data.tco();
            assertThat(tco.onPremises().stream().mapToLong(com.migrationhub.reports.data.ReportData.TcoLine::yearlyCents)
                    .sum()).isEqualTo(tco.onPremisesYearlyCents());
            for (com.migrationhub.reports.data.ReportData.TcoCloud c : tco.clouds()) {
                int last = c.cumulativeCloudCents().length - 1;
                assertThat(c.savingsCents()).isEqualTo(c.cumulativeOnPremisesCents()[last] - c.cumulativeCloudCents()[last]);
            }
            assertThat(data.scenario().currency()).isEqualTo("EUR");
            assertThat(data.scenario().rateMonth()).matches("\\d{4}-\\d{2}");
            assertThat(data.scenario().rateSource()).isNotBlank();
        }
    }

    @Test
    void theSavingFromRightSizingIsTheScenarioSizedAsOnPremisesMinusTheScenario() throws Exception {
        Path p = dir.resolve("asis.mhub");
        Files.copy(sample, p);
        Mhub.Result asIs = Mhub.run("assess", "-p", p, "--scenario", "asis", "--sizing", "as-is", "--assessed-on",
                "2026-11-26");
        assertThat(asIs.code()).as(asIs.err()).isZero();
        Map<String, Long> asIsTotals = new LinkedHashMap<>();
        for (JsonNode row : JSON.readTree(Mhub.run("assessment", "totals", "-p", p, "--scenario", "asis", "--by",
                "strategy", "--format", "json").out())) {
            asIsTotals.merge(row.get("cloud").asText(), new BigDecimal(row.get("total").asText()).movePointRight(2)
                    .longValueExact(), Long::sum);
        }
        CatalogContent content = CatalogFiles.readShipped();
        try (ProjectFile project = ProjectFile.open(p)) {
            com.migrationhub.reports.data.ReportData data = new ReportLoader(project,
                    AssessmentService.withShippedRules(content)).load("sample", "test", null,
                    com.migrationhub.domain.task.ProgressMonitor.NONE);
            for (com.migrationhub.reports.data.ReportData.CloudSummary c : data.clouds()) {
                assertThat(c.asOnPremisesCents()).as(c.cloud()).isEqualTo(asIsTotals.get(c.cloud()));
                assertThat(c.totalCents()).isEqualTo(totals.get(c.cloud()));
                assertThat(c.rightSizingSavingCents()).as("sizing on measured use saves something").isPositive();
            }
        }
        String text = text(dir.resolve("sample-report.pdf"));
        Formats f = new Formats(Locale.US, "USD");
        for (Map.Entry<String, Long> e : asIsTotals.entrySet()) {
            assertThat(text).contains(f.amount(e.getValue() - totals.get(e.getKey())));
        }
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        Path pdf = dir.resolve("never.pdf");
        Mhub.Result none = Mhub.run("report", "-p", sample, "--scenario", "nope", "--pdf", pdf);
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().strip()).contains("no assessment scenario 'nope'").doesNotContain("\n");
        assertThat(pdf).doesNotExist();

        Mhub.Result noOutput = Mhub.run("report", "-p", sample, "--scenario", "sample");
        assertThat(noOutput.code()).isEqualTo(2);
        assertThat(noOutput.err()).contains("--pdf FILE, --xlsx FILE or --csv DIR");

        Mhub.Result section = Mhub.run("report", "-p", sample, "--scenario", "sample", "--pdf", pdf, "--sections",
                "summary,costs");
        assertThat(section.code()).isNotZero();
        assertThat(section.err()).contains("section 'costs'");
        assertThat(pdf).doesNotExist();

        Mhub.Result locale = Mhub.run("report", "-p", sample, "--scenario", "sample", "--pdf", pdf, "--locale", "xx");
        assertThat(locale.code()).isNotZero();
        assertThat(locale.err()).contains("locale 'xx'");

        // a folder that cannot be made: one line naming the place, the project untouched
        Path file = dir.resolve("a-file");
        try {
            Files.writeString(file, "x");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Mhub.Result cannot = Mhub.run("report", "-p", sample, "--scenario", "sample", "--pdf", file.resolve("x.pdf"));
        assertThat(cannot.code()).isEqualTo(1);
        assertThat(cannot.err().strip()).startsWith("mhub: cannot write " + file.resolve("x.pdf")).doesNotContain("\n");
        assertThat(Mhub.run("assessment", "list", "-p", sample).out()).contains("sample");

        Mhub.Result self = Mhub.run("report", "-p", sample, "--scenario", "sample", "--pdf", sample);
        assertThat(self.code()).isEqualTo(1);
        assertThat(self.err()).contains("is the project file itself");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void theProjectsSettingsReachTheCover() throws IOException {
        Path p = dir.resolve("settings.mhub");
        Files.copy(sample, p);
        Mhub.Result set = Mhub.run("settings", "-p", p, "--set", "firm=Tailspin Partners", "--set", "locale=de-DE");
        assertThat(set.code()).as(set.err()).isZero();
        Path pdf = dir.resolve("settings.pdf");
        assertThat(Mhub.run("report", "-p", p, "--scenario", "sample", "--pdf", pdf, "--sections", "summary,cost")
                .code()).isZero();
        String text = text(pdf);
        assertThat(text).contains("Tailspin Partners").doesNotContain("Appendix");
        // the project's locale is the default
        assertThat(text).contains(new Formats(Locale.GERMANY, "USD").amount(totals.get("aws")));

        Path png = dir.resolve("firm.png");
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", png.toFile());
        Mhub.Result withLogo = Mhub.run("settings", "-p", p, "--logo", png);
        assertThat(withLogo.code()).as(withLogo.err()).isZero();
        assertThat(withLogo.out()).contains("firm.png (image/png");
        assertThat(Mhub.run("report", "-p", p, "--scenario", "sample", "--pdf", pdf, "--sections", "summary").code())
                .isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            int images = 0;
            for (org.apache.pdfbox.cos.COSName n : d.getPage(0).getResources().getXObjectNames()) {
                if (d.getPage(0).getResources().getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    images++;
                }
            }
            assertThat(images).as("the logo on the cover").isEqualTo(1);
        }

        // a server deleted since the assessment: the report says so where its sources are
        assertThat(Mhub.run("inventory", "delete", "-p", p, servers.get(0)).code()).isZero();
        Mhub.Result changed = Mhub.run("report", "-p", p, "--scenario", "sample", "--pdf", pdf, "--sections",
                "assumptions");
        assertThat(changed.code()).as(changed.err()).isZero();
        assertThat(changed.err()).contains("mhub: note: The scenario assessed 297 servers; the inventory now holds 296.");
        assertThat(text(pdf).replaceAll("\\s+", " ")).contains("The scenario assessed 297 servers; the inventory now holds 296.");

        Path notImage = dir.resolve("logo.png");
        Files.writeString(notImage, "not a picture");
        Mhub.Result logo = Mhub.run("settings", "-p", p, "--logo", notImage);
        assertThat(logo.code()).isEqualTo(1);
        assertThat(logo.err()).contains("logo.png: not a PNG or JPEG image");
    }
}
