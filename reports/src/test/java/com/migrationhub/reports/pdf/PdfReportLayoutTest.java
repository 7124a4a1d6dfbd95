package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.TestData;
import com.migrationhub.reports.data.ReportData;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing runs off a page: every glyph of a long report with client text at its worst (names wider
 * than any column, words longer than a line) lies inside the text margins left and right and clear
 * of the paper's edge top and bottom; long texts wrap rather than vanish; every page but the cover
 * has its running header and "Page X of Y".
 */
class PdfReportLayoutTest {
    /** The text margins left and right, as the report sets them. */
    private static final float SIDE = 54;
    /** How close to the top and bottom edge the running header and footer may come. */
    private static final float EDGE = 28;
    private static final float SLACK = 0.5f;

    private static ReportData data;
    private static Written pdf;

    @BeforeAll
    static void write() {
        data = Variants.longTexts(TestData.report(2_000));
        pdf = Written.of(data, ReportOptions.defaults(Locale.US));
    }

    @Test
    void everyGlyphLiesInsideTheMargins() throws IOException {
        assertThat(pdf.pages()).as("a long appendix").hasSizeGreaterThan(150);
        assertThat(outsideTheMargins(pdf)).as("glyphs outside the margins").isEmpty();
    }

    @Test
    void everyGlyphLiesInsideTheMarginsOfGermanLetterPages() throws IOException {
        Written letter = Written.of(Variants.longTexts(TestData.report(300)),
                new ReportOptions(Locale.GERMANY, ReportOptions.Paper.LETTER, null));
        assertThat(outsideTheMargins(letter)).as("glyphs outside the margins").isEmpty();
    }

    /** Every glyph that is not inside the text margins left and right and clear of the edges top and bottom. */
    private static List<String> outsideTheMargins(Written written) throws IOException {
        List<String> outside = new ArrayList<>();
        try (PDDocument doc = written.load()) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                PDRectangle box = doc.getPage(i - 1).getMediaBox();
                int page = i;
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        if (t.getUnicode().isBlank()) {
                            return;
                        }
                        float x = t.getXDirAdj();
                        float right = x + t.getWidthDirAdj();
                        float baseline = t.getYDirAdj();
                        float top = baseline - t.getHeightDir();
                        if (x < SIDE - SLACK || right > box.getWidth() - SIDE + SLACK || top < EDGE
                                || baseline > box.getHeight() - EDGE) {
                            outside.add("page " + page + " '" + t.getUnicode() + "' at " + x + "-" + right + ", " + top
                                    + "-" + baseline + " of " + box.getWidth() + "x" + box.getHeight());
                        }
                    }
                };
                s.setStartPage(i);
                s.setEndPage(i);
                s.writeText(doc, new StringWriter());
            }
        }
        return outside;
    }

    @Test
    void longClientTextWrapsInsteadOfBeingCut() {
        String blockers = pdf.pages(pdf.pageOfHeading("3 Readiness per cloud"),
                pdf.pageOfHeading("4 Migration strategies (7R)") - 1).replace(" ", "");
        assertThat(blockers).contains((Variants.LONG_TEXT + Variants.LONG_WORD).replace(" ", ""));
        String appendix = pdf.pages(pdf.pageOfHeading("12 Appendix: servers"), pdf.pages().size()).replace(" ", "");
        assertThat(appendix).as("a long server name, wrapped whole").contains(("srv-000002" + Variants.LONG_WORD));
    }

    @Test
    void everyPageButTheCoverHasTheRunningHeaderAndPageXOfY() {
        int n = pdf.pages().size();
        assertThat(pdf.page(1)).doesNotContain("Page 1 of");
        for (int i = 2; i <= n; i++) {
            assertThat(pdf.page(i)).as("page %d", i).contains("Page " + i + " of " + n, "Contoso Manufacturing",
                    "Northwind Consulting");
        }
    }

    @Test
    void theExecutiveSummaryStaysOnOnePageEvenWithLongTexts() {
        assertThat(pdf.pageOfHeading("2 Scope and inventory profile"))
                .isEqualTo(pdf.pageOfHeading("1 Executive summary") + 1);
    }
}
