package com.migrationhub.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.ReportOptions.Paper;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.TestData;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's structure: bookmarks and contents that lead to the right pages, embedded fonts
 * only, the sections and paper the options ask for, sections without data left out, the logo.
 */
class PdfReportStructureTest {
    private static Written full;

    @BeforeAll
    static void write() {
        full = Written.of(TestData.report(300), ReportOptions.defaults(Locale.US));
    }

    @Test
    void oneBookmarkPerSectionLeadingToItsFirstPage() throws IOException {
        try (PDDocument doc = full.load()) {
            List<String> titles = new ArrayList<>();
            int n = 1;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                int page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
                assertThat(page).as(item.getTitle()).isEqualTo(full.pageOfHeading(n + " " + item.getTitle()));
                n++;
            }
            assertThat(titles).containsExactly(EnumSet.allOf(Section.class).stream().map(Section::title)
                    .toArray(String[]::new));
        }
    }

    @Test
    void contentsPageNumbersAreThePagesTheSectionsStartOn() {
        // the page numbers are templates drawn before the titles: read the page by position
        String contents = full.pageByPosition(2);
        assertThat(contents).contains("Contents");
        int previous = 2;
        int n = 1;
        for (Section s : Section.values()) {
            Matcher m = Pattern.compile("(?<![0-9])" + n + " " + Pattern.quote(s.title()) + " (\\d+)").matcher(contents);
            assertThat(m.find()).as("contents entry of %s", s.title()).isTrue();
            int page = Integer.parseInt(m.group(1));
            assertThat(page).as(s.title()).isGreaterThan(previous).isEqualTo(full.pageOfHeading(n + " " + s.title()));
            assertThat(full.page(page - 1)).as("the page before %s", s.title())
                    .doesNotContainPattern("(?<![0-9])" + Pattern.quote(n + " " + s.title()) + "(?! [0-9])");
            previous = page;
            n++;
        }
    }

    @Test
    void contentsEntriesLinkToTheirSections() throws IOException {
        try (PDDocument doc = full.load()) {
            List<Integer> targets = new ArrayList<>();
            for (var a : doc.getPage(1).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo go) {
                    PDDestination d = go.getDestination();
                    if (d instanceof PDNamedDestination named) {
                        d = doc.getDocumentCatalog().findNamedDestinationPage(named);
                    }
                    targets.add(doc.getPages().indexOf(((PDPageDestination) d).getPage()) + 1);
                }
            }
            List<Integer> expected = new ArrayList<>();
            int n = 1;
            for (Section s : Section.values()) {
                expected.add(full.pageOfHeading(n++ + " " + s.title()));
            }
            assertThat(targets).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = full.load()) {
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith("embedded"));
        assertThat(fonts).anyMatch(f -> f.contains("LiberationSans"));
    }

    private static void collectFonts(PDResources resources, List<String> out, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            out.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT EMBEDDED"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out, depth + 1);
            }
        }
    }

    @Test
    void onlyTheSectionsAskedForAreWritten() throws IOException {
        Written two = Written.of(TestData.report(300), new ReportOptions(Locale.US, Paper.A4,
                EnumSet.of(Section.SUMMARY, Section.COST)));
        assertThat(two.all()).doesNotContain("Appendix").doesNotContain("Total cost of ownership");
        assertThat(two.pages().size()).isLessThan(full.pages().size()).isLessThan(8);
        assertThat(two.page(two.pageOfHeading("2 Cost comparison"))).contains("Purchase options");
        try (PDDocument doc = two.load()) {
            List<String> titles = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).containsExactly("Executive summary", "Cost comparison");
        }
    }

    @Test
    void letterPaperGivesLetterPagesAndTheAppendixTurnsLandscape() throws IOException {
        Written letter = Written.of(TestData.report(60), new ReportOptions(Locale.US, Paper.LETTER,
                EnumSet.of(Section.SUMMARY, Section.COST, Section.APPENDIX)));
        int appendix = letter.pageOfHeading("3 Appendix: servers");
        try (PDDocument doc = letter.load()) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                PDRectangle box = doc.getPage(i).getMediaBox();
                boolean wide = i + 1 >= appendix;
                assertThat(new float[] {box.getWidth(), box.getHeight()}).as("page %d", i + 1)
                        .containsExactly(wide ? 792 : 612, wide ? 612 : 792);
            }
        }
        try (PDDocument doc = full.load()) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(box.getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void withoutDependencyDataOrWavePlanThoseSectionsAreLeftOut() throws IOException {
        Written w = Written.of(Variants.withoutDependenciesAndWaves(TestData.report(60)), ReportOptions.defaults(Locale.US));
        assertThat(w.page(2)).doesNotContain("Dependencies and move groups").doesNotContain("Migration waves");
        assertThat(w.page(w.pageOfHeading("1 Executive summary"))).contains("No wave plan has been made yet.");
        assertThat(w.pageOfHeading("9 Assumptions and data sources")).isPositive();
        try (PDDocument doc = w.load()) {
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSize(Section.values().length - 2);
        }
    }

    @Test
    void theLogoIsOnTheCoverAndAnUnreadableOneIsLeftOut() throws IOException {
        BufferedImage img = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x20, 0x60, 0xA0));
        g.fillRect(0, 0, 240, 80);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        ReportOptions summary = new ReportOptions(Locale.US, Paper.A4, EnumSet.of(Section.SUMMARY));
        Written with = Written.of(Variants.withLogo(TestData.report(30), png.toByteArray()), summary);
        Written broken = Written.of(Variants.withLogo(TestData.report(30), new byte[] {1, 2, 3, 4}), summary);
        assertThat(images(with)).isEqualTo(1);
        assertThat(images(broken)).isZero();
        assertThat(broken.page(1)).contains("Northwind Consulting", "Contoso Manufacturing");
    }

    private static int images(Written w) throws IOException {
        try (PDDocument doc = w.load()) {
            PDResources r = doc.getPage(0).getResources();
            int n = 0;
            for (COSName name : r.getXObjectNames()) {
                if (r.getXObject(name) instanceof PDImageXObject) {
                    n++;
                }
            }
            return n;
        }
    }

    @Test
    void theDocumentSaysWhatItIs() throws IOException {
        try (PDDocument doc = full.load()) {
            assertThat(doc.getDocumentInformation().getTitle()).contains("Contoso Manufacturing");
            assertThat(doc.getDocumentInformation().getAuthor()).contains("Northwind Consulting");
        }
    }
}
