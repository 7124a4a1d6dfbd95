package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.TestData;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import com.migrationhub.reports.data.ReportData.TcoCloud;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The key figures as the client reads them: the executive summary and the cost section print the
 * data's totals exactly, formatted in the report's locale. Expectations are computed from the data
 * (and the cloud totals re-added from the per-server rows), never copied from the output.
 */
class PdfReportFiguresTest {
    private static final int SERVERS = 120;

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE"})
    void summaryPrintsEachCloudsRecommendedMonthlyCostReadinessAndPayback(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        ReportData data = TestData.report(SERVERS);
        Written pdf = Written.of(data, ReportOptions.defaults(locale));
        Formats f = new Formats(locale, data.scenario().currency());

        int page = pdf.pageOfHeading("1 Executive summary");
        assertThat(pdf.pageOfHeading("2 Scope and inventory profile")).as("the summary fits one page").isEqualTo(page + 1);
        String summary = pdf.page(page);
        ReportData.Profile p = data.profile();
        assertThat(summary).contains(f.count(p.servers()), f.count(p.vcpus()), f.tib(p.memoryMiB()),
                f.tib(p.provisionedMiB()));
        for (OptionCosts o : data.options()) {
            assertThat(summary).contains(f.amount(o.monthlyCents().get(o.recommended())));
        }
        OptionCosts cheapest = data.options().stream()
                .min(Comparator.comparingLong(o -> o.monthlyCents().get(o.recommended()))).orElseThrow();
        assertThat(summary).contains(cheapest.cloudLabel() + " costs least: "
                + f.money(cheapest.monthlyCents().get(cheapest.recommended())));
        for (CloudSummary c : data.clouds()) {
            assertThat(summary).contains(f.percent(c.ready(), c.servers()));
        }
        // saving and break-even as bought with the recommended option (the scenario's own case is section 7's)
        for (OptionCosts o : data.options()) {
            TcoCloud t = o.recommendedCase();
            assertThat(summary).contains(f.amount(t.savingsCents()), "Month " + f.count(t.breakEvenMonth()));
        }
        for (TcoCloud t : data.tco().clouds()) {
            assertThat(summary).doesNotContain(f.amount(t.savingsCents()));
        }
        assertThat(summary).contains(f.date(data.waves().start()), f.date(data.waves().end()));
        assertLocale(summary, locale, data.options().get(0).monthlyCents().get(data.options().get(0).recommended()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE"})
    void costSectionPrintsEveryPartTotalAndPurchaseOption(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        ReportData data = TestData.report(SERVERS);
        Written pdf = Written.of(data, ReportOptions.defaults(locale));
        Formats f = new Formats(locale, data.scenario().currency());
        int from = pdf.pageOfHeading("6 Cost comparison");
        int to = pdf.pageOfHeading("7 Total cost of ownership") - 1;
        String cost = pdf.pages(from, to);

        Map<String, Long> fromRows = totalsFromRows(data);
        for (CloudSummary c : data.clouds()) {
            assertThat(c.totalCents()).as("the data's total is the sum of its rows").isEqualTo(fromRows.get(c.cloud()));
            assertThat(cost).contains(f.amount(c.computeCents()), f.amount(c.licenceCents()),
                    f.amount(c.storageCents()), f.amount(c.networkCents()), f.amount(fromRows.get(c.cloud())));
        }
        for (OptionCosts o : data.options()) {
            for (long cents : o.monthlyCents().values()) {
                assertThat(cost).contains(f.amount(cents));
            }
        }
        assertLocale(cost, locale, data.clouds().get(0).totalCents());
    }

    private static Map<String, Long> totalsFromRows(ReportData data) {
        Map<String, Long> sums = new java.util.HashMap<>();
        data.rows().forEach(r -> r.results().forEach(x -> sums.merge(x.cloud(), x.totalCents(), Long::sum)));
        return sums;
    }

    /** German pages write "37.121,94", never "37,121.94"; American ones the other way round. */
    private static void assertLocale(String text, Locale locale, long cents) {
        String de = new Formats(Locale.GERMANY, "USD").amount(cents);
        String us = new Formats(Locale.US, "USD").amount(cents);
        assertThat(de).matches("\\d{1,3}(\\.\\d{3})*,\\d{2}");
        assertThat(us).matches("\\d{1,3}(,\\d{3})*\\.\\d{2}");
        if (locale.getLanguage().equals("de")) {
            assertThat(text).contains(de).doesNotContain(us);
        } else {
            assertThat(text).contains(us).doesNotContain(de);
        }
    }
}
