package com.migrationhub.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.data.ReportData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the client-ready PDF report of one scenario: a cover, the contents with page numbers,
 * then the sections the options name, in {@link Section} order, each from a new page, with
 * bookmarks, running headers and "Page X of Y" footers. Liberation Sans is embedded; charts are
 * vectors.
 *
 * <p>Cost: the sections before the appendix take well under a second; the appendix streams
 * {@link ReportData#rows()} once, in slices of {@value AppendixSection#SLICE} servers, and holds
 * no more than one slice. 100,000 servers in three clouds (about 7,100 pages, 21 MB) take 6 to 10 s
 * of CPU and under 150 MiB of heap (see {@code PdfReportBenchmark}). The stream is flushed, not
 * closed.
 */
public final class PdfReport {
    private PdfReport() {
    }

    /**
     * Writes the report to {@code out}.
     *
     * @throws CancelledException when the monitor is cancelled: between sections and between
     *                            slices of the appendix; what was written is then unusable
     * @throws IOException        when the stream fails or the PDF cannot be written
     */
    public static void write(ReportData data, ReportOptions options, OutputStream out, ProgressMonitor monitor)
            throws IOException {
        Map<Section, SectionWriter> writers = writers();
        List<Section> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            if (options.has(s) && available(s, data)) {
                sections.add(s);
            }
        }
        boolean appendix = sections.contains(Section.APPENDIX);
        long servers = appendix ? Math.max(0, data.profile().servers()) : 0;
        long total = sections.size() + 1L + servers;
        try {
            monitor.checkCancelled();
            monitor.progress(0, total, "Cover and contents");
            ReportDocument doc = new ReportDocument(data, options, sections, out);
            new Cover(doc).write();
            doc.contents().write();
            long done = 1;
            for (Section s : sections) {
                monitor.checkCancelled();
                monitor.progress(done, total, s.title());
                SectionWriter w = writers.get(s);
                doc.startSection(s, w.wide(), w.lead(doc));
                if (w instanceof AppendixSection a) {
                    long start = done;
                    a.write(doc, rows -> {
                        monitor.checkCancelled();
                        monitor.progress(start + Math.min(rows, servers), total, s.title());
                    });
                    done += servers;
                } else {
                    w.write(doc);
                }
                done++;
            }
            monitor.checkCancelled();
            doc.close();
            out.flush();
            monitor.progress(total, total, "Done");
        } catch (ExceptionConverter e) {
            throw e.getException() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    private static boolean available(Section s, ReportData d) {
        return switch (s) {
            case DEPENDENCIES -> d.dependencies() != null;
            case WAVES -> d.waves() != null;
            case TCO -> d.tco() != null;
            default -> true;
        };
    }

    private static Map<Section, SectionWriter> writers() {
        Map<Section, SectionWriter> m = new EnumMap<>(Section.class);
        m.put(Section.SUMMARY, new SummarySection());
        m.put(Section.SCOPE, new ScopeSection());
        m.put(Section.READINESS, new ReadinessSection());
        m.put(Section.STRATEGY, new StrategySection());
        m.put(Section.SIZING, new SizingSection());
        m.put(Section.COST, new CostSection());
        m.put(Section.TCO, new TcoSection());
        m.put(Section.RISK, new RiskSection());
        m.put(Section.DEPENDENCIES, new DependencySection());
        m.put(Section.WAVES, new WaveSection());
        m.put(Section.ASSUMPTIONS, new AssumptionsSection());
        m.put(Section.APPENDIX, new AppendixSection());
        return m;
    }
}
