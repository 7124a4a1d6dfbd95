package com.migrationhub.reports.pdf;

import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.data.ReportData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A report written to memory and read back with PDFBox: the bytes and each page's text. */
record Written(byte[] bytes, List<String> pages) {

    static Written of(ReportData data, ReportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfReport.write(data, options, out, ProgressMonitor.NONE);
            byte[] bytes = out.toByteArray();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                List<String> pages = new ArrayList<>();
                PDFTextStripper s = new PDFTextStripper();
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    s.setStartPage(i);
                    s.setEndPage(i);
                    pages.add(s.getText(doc).replaceAll("\\s+", " "));
                }
                return new Written(bytes, pages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDDocument load() throws IOException {
        return Loader.loadPDF(bytes);
    }

    /** The text of page {@code n}, counted from 1, whitespace collapsed to single spaces. */
    String page(int n) {
        return pages.get(n - 1);
    }

    /**
     * The first page after the contents with a section's numbered heading ("6 Cost comparison"),
     * not mistaken for a running header that ends in a digit ("... 2026 Cost comparison").
     */
    int pageOfHeading(String numberedTitle) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![0-9])" + java.util.regex.Pattern.quote(
                numberedTitle));
        for (int i = 3; i <= pages.size(); i++) {
            if (p.matcher(page(i)).find()) {
                return i;
            }
        }
        throw new AssertionError("no page has the heading '" + numberedTitle + "'");
    }

    /** The text of pages {@code from} to {@code to}, inclusive. */
    String pages(int from, int to) {
        return String.join(" ", pages.subList(from - 1, to));
    }

    /** The text of page {@code n} in reading order (by position, not by drawing order). */
    String pageByPosition(int n) {
        try (PDDocument doc = load()) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(n);
            s.setEndPage(n);
            return s.getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String all() {
        return String.join(" ", pages);
    }
}
