package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.Formats;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.ReportOptions.Paper;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.TestData;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.DependencySummary;
import com.migrationhub.reports.data.ReportData.GroupRow;
import com.migrationhub.reports.data.ReportData.Scenario;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What particular sections must say: sources traceable, long lists cut with a pointer to the rest. */
class PdfReportSectionsTest {

    private static Written only(ReportData data, Locale locale, Section... sections) {
        return Written.of(data, new ReportOptions(locale, Paper.A4, EnumSet.of(sections[0], sections)));
    }

    @Test
    void assumptionsListEverySettingSourceAndImportWithAShortenedHash() {
        ReportData data = TestData.report(40);
        Written w = only(data, Locale.US, Section.ASSUMPTIONS);
        String text = w.pages(3, w.pages().size());
        Formats f = new Formats(Locale.US, "USD");
        for (Map.Entry<String, String> a : data.scenario().assumptions().entrySet()) {
            assertThat(text).contains(a.getKey() + " " + a.getValue());
        }
        for (Map.Entry<String, String> p : data.tco().parameters().entrySet()) {
            assertThat(text).contains(p.getKey() + " " + p.getValue());
        }
        for (ReportData.CatalogRef c : data.sources().catalog()) {
            assertThat(text).contains(c.id() + " " + c.dataDate() + " " + c.file());
        }
        for (ReportData.ImportRef i : data.sources().inventory()) {
            assertThat(text).contains(i.file(), i.sha256().substring(0, 12), f.dateTime(i.importedAt()))
                    .doesNotContain(i.sha256().substring(0, 13));
        }
        assertThat(text).contains("USD, no conversion", data.sources().coverage(), "730 hours");
    }

    @Test
    void aConvertedCurrencyNamesItsRateMonthAndSource() {
        ReportData d = TestData.report(40);
        Scenario s = d.scenario();
        Scenario eur = new Scenario(s.name(), s.assessedAt(), s.assessedOn(), s.clouds(), "EUR", "0.9234", "2026-10",
                "ECB reference rate", s.pricing(), s.sizing(), s.uptime(), s.horizonYears(), s.assumptions());
        ReportData data = new ReportData(d.engagement(), eur, d.profile(), d.clouds(), d.strategies(), d.options(), d.tco(),
                d.risk(), d.dependencies(), d.waves(), d.sources(), d.rows(), d.inventory());
        Written w = only(data, Locale.GERMANY, Section.COST, Section.ASSUMPTIONS);
        assertThat(w.all()).contains("1 USD = 0,9234 EUR, rate of 2026-10, source: ECB reference rate")
                .contains("Total per month, EUR")
                .contains(new Formats(Locale.GERMANY, "EUR").amount(data.clouds().get(0).totalCents()));
    }

    @Test
    void theMoveGroupTableStopsAtSixtyRowsAndSaysHowManyMoreTheWorkbookHas() {
        ReportData d = TestData.report(40);
        DependencySummary deps = d.dependencies();
        List<GroupRow> groups = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            groups.add(new GroupRow(String.format(Locale.ROOT, "Group %03d", i), "APPLICATION", 100 - i, 4L * (100 - i), 0,
                    "named in the inventory", null));
        }
        DependencySummary many = new DependencySummary(deps.imports(), deps.connections(), deps.activeServers(),
                deps.externalEndpoints(), deps.dependencies(), deps.hardDependencies(), deps.byName(), deps.byIp(),
                deps.byIpam(), deps.external(), deps.hubs(), groups.size(), groups, deps.edges());
        ReportData data = new ReportData(d.engagement(), d.scenario(), d.profile(), d.clouds(), d.strategies(),
                d.options(), d.tco(), d.risk(), many, d.waves(), d.sources(), d.rows(), d.inventory());
        Written w = only(data, Locale.US, Section.DEPENDENCIES);
        String text = w.pages(3, w.pages().size());
        assertThat(text).contains("Group 000", "Group 059").doesNotContain("Group 060")
                .contains("15 more move groups are listed in the Excel workbook");
    }

    @Test
    void theRiskHeatMapCountsEachFactorAtEachLevel() {
        ReportData data = TestData.report(40);
        Written w = only(data, Locale.US, Section.RISK);
        String text = w.pages(3, w.pages().size());
        for (Map.Entry<String, Map<String, Long>> row : data.risk().heatMap().entrySet()) {
            long sum = row.getValue().values().stream().mapToLong(Long::longValue).sum();
            assertThat(text).containsPattern(java.util.regex.Pattern.quote(row.getKey()) + "( \\d+)* " + sum);
        }
        for (ReportData.TopRisk r : data.risk().top()) {
            assertThat(text).contains(r.server(), r.factors().get(0));
        }
    }

    @Test
    void anAssessmentWithNoResultsStillGivesAWholeReport() {
        ReportData d = TestData.report(20);
        ReportData.Profile p = new ReportData.Profile(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), 0, 0, 0);
        ReportData empty = new ReportData(d.engagement(), d.scenario(), p, List.of(),
                new ReportData.StrategyMix(Map.of(), 0, List.of()), List.of(),
                new ReportData.Tco(3, List.of(), 0, List.of(), Map.of()),
                new ReportData.RiskSummary(Map.of(), Map.of(), List.of()), null,
                new ReportData.WaveSummary(null, null, List.of(), List.of()),
                new ReportData.Sources(List.of(), List.of(), List.of(), "", List.of()), consumer -> { }, d.inventory());
        Written w = Written.of(empty, ReportOptions.defaults(Locale.US));
        assertThat(w.all()).contains("No risks scored.", "No import recorded.", "The scenario has no server results.");
        assertThat(w.pageOfHeading("11 Appendix: servers")).isPositive();
    }

    @Test
    void aFailingStreamSurfacesAsIOException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> PdfReport.write(TestData.report(30), ReportOptions.defaults(Locale.US), broken,
                ProgressMonitor.NONE)).isInstanceOf(IOException.class);
    }
}
