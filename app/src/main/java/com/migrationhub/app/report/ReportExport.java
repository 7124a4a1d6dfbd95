package com.migrationhub.app.report;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectFileException;
import com.migrationhub.domain.store.ProjectSettings;
import com.migrationhub.domain.task.Alongside;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.TempFiles;
import com.migrationhub.reports.csv.CsvReport;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportLoader;
import com.migrationhub.reports.excel.ExcelReport;
import com.migrationhub.reports.pdf.PdfReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the report of one assessment scenario, as {@code mhub report} and the workbench's
 * Reports view both do: the report model from {@link ReportLoader} (with the dependency graph
 * when the project has dependency data), then the PDF, the Excel workbook and the CSV files from
 * it. The export is whole or nothing: the PDF and the workbook are first written to hidden files
 * beside their targets and moved into place only once every output is complete, so a failure
 * or a cancel leaves no new file behind (and an earlier report of the same name as it was).
 *
 * <p>Cost: the report loader's passes over the inventory and the results, plus the writers; at
 * 100,000 servers most of the time goes into the appendix.
 */
public final class ReportExport {
    private ReportExport() {
    }

    /**
     * What to write.
     *
     * @param scenario the assessment scenario
     * @param options  locale, paper and sections
     * @param pdf      the PDF's path, or null
     * @param xlsx     the workbook's path, or null
     * @param csv      the folder for the CSV files, or null
     */
    public record Request(String scenario, ReportOptions options, Path pdf, Path xlsx, Path csv) {
        /** The outputs named, in the order they are written. */
        public List<Path> targets() {
            List<Path> out = new ArrayList<>();
            for (Path p : new Path[] {pdf, xlsx, csv}) {
                if (p != null) {
                    out.add(p);
                }
            }
            return out;
        }
    }

    /** What was written: the report model it was written from and the outputs in place. */
    public record Outcome(ReportData data, List<Path> written) {
    }

    /** The application's version as the report's cover prints it: "mhub 1.2.3". */
    public static String version() {
        String v = ReportExport.class.getPackage().getImplementationVersion();
        return "mhub " + (v == null ? "development build" : v);
    }

    /** The locale of the project's reports: its locale setting, else en-US. */
    public static Locale projectLocale(ProjectFile project) {
        String tag = project.settings().get(ProjectSettings.LOCALE).orElse("en-US");
        try {
            return locale(tag);
        } catch (IllegalArgumentException e) {
            return Locale.US;
        }
    }

    /** A locale tag the JDK knows, with a country (numbers need one: de-DE, not de). */
    public static Locale locale(String tag) {
        Locale l = Locale.forLanguageTag(tag.trim().replace('_', '-'));
        boolean known = Arrays.asList(java.text.NumberFormat.getAvailableLocales()).contains(l);
        if (l.getLanguage().isEmpty() || l.getCountry().isEmpty() || !known) {
            throw new IllegalArgumentException("locale '" + tag + "': give a language and a country the JDK knows, "
                    + "such as en-US, en-GB, de-DE, fr-FR or nl-NL");
        }
        return l;
    }

    /**
     * Checks what can be checked before any work: an output is named, none is the project file
     * itself, and the scenario exists.
     *
     * @throws IllegalArgumentException naming the problem in one line
     */
    public static void check(ProjectFile project, Request request) {
        if (request.targets().isEmpty()) {
            throw new IllegalArgumentException("name at least one output: --pdf FILE, --xlsx FILE or --csv DIR");
        }
        Path self = project.path().toAbsolutePath().normalize();
        for (Path target : request.targets()) {
            if (target.toAbsolutePath().normalize().equals(self)) {
                throw new IllegalArgumentException(target + " is the project file itself; choose another name");
            }
        }
        if (project.assessments().scenario(request.scenario()).isEmpty()) {
            // before the dependency graph is built: at 100,000 servers that takes seconds
            throw new IllegalArgumentException("the project has no assessment scenario '" + request.scenario()
                    + "'; run mhub assess first");
        }
    }

    /**
     * Loads the report model and writes every output requested.
     *
     * @param service  the assessment engines over the shipped catalog
     * @param caveats  told the caveats of the report's data (perhaps none), once, when the report model is
     *                 loaded and before anything is written
     * @throws IllegalArgumentException for bad input and for a file-system failure, in one line
     * @throws com.migrationhub.domain.task.CancelledException when the monitor is cancelled; nothing is written
     */
    public static Outcome export(ProjectFile project, AssessmentService service, Request request, String version,
            ProgressMonitor monitor, Consumer<List<String>> caveats) throws IOException {
        return export(project, () -> service, request, version, monitor, caveats);
    }

    /**
     * As {@link #export(ProjectFile, AssessmentService, Request, String, ProgressMonitor, Consumer)}, with
     * the engines asked for only once the inventory is read: the caller may still be reading the
     * catalog on another core meanwhile.
     */
    public static Outcome export(ProjectFile project, java.util.function.Supplier<AssessmentService> service,
            Request request, String version, ProgressMonitor monitor, Consumer<List<String>> caveats) throws IOException {
        check(project, request);
        // the workbook is made while the data loads: POI's first one takes most of a second, and the
        // loader's first pass leaves the second core free
        Alongside<ExcelReport.Blank> blank = request.xlsx() == null ? null
                : new Alongside<>("workbook", monitor, m -> ExcelReport.blank());
        Map<Path, Path> staged = new LinkedHashMap<>();
        Throwable failure = null;
        ReportData data;
        try {
            // read through a session of the report's own, which streams large results (ProjectFile.reader)
            try (ProjectFile reader = project.reader()) {
                DependencyWorkflow w = new DependencyWorkflow(reader);
                data = new ReportLoader(reader, service).load(request.scenario(), version,
                        w.hasData() ? () -> w.prepareGraphWithoutRisk()::build : null, monitor);
            } catch (ProjectFileException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            caveats.accept(data.sources().caveats());
            monitor.checkCancelled();
            ReportOptions options = request.options();
            // target to the finished file beside it, moved into place when every output is done
            if (request.pdf() != null) {
                Path pdf = request.pdf();
                writing(pdf, () -> {
                    Path temp = TempFiles.beside(pdf);
                    staged.put(pdf, temp);
                    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                        PdfReport.write(data, options, o, monitor);
                    }
                });
            }
            if (request.xlsx() != null) {
                Path xlsx = request.xlsx();
                writing(xlsx, () -> {
                    Path temp = TempFiles.beside(xlsx);
                    staged.put(xlsx, temp);
                    ExcelReport.write(data, options, temp, monitor, blank.result());
                });
            }
            monitor.checkCancelled();
            if (request.csv() != null) {
                // the CSV files move into place together at its end: after that, nothing can fail but a move
                writing(request.csv(), () -> CsvReport.write(data, options, request.csv(), monitor));
            }
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                writing(e.getKey(), () -> TempFiles.moveIntoPlace(e.getValue(), e.getKey()));
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            for (Path temp : staged.values()) {
                TempFiles.deleteQuietly(temp, failure);
            }
            if (blank != null) {
                discard(blank, failure);
            }
        }
        return new Outcome(data, request.targets());
    }

    /** Closes the blank workbook when it was not written (a failure or cancel before it): its files go. */
    private static void discard(Alongside<ExcelReport.Blank> blank, Throwable failure) {
        try {
            blank.result().close();
        } catch (IOException | RuntimeException e) {
            if (failure != null) {
                if (e != failure) {
                    failure.addSuppressed(e);
                }
            } else if (!(e instanceof com.migrationhub.domain.task.CancelledException)) {
                throw new IllegalStateException("the workbook's temporary files could not be removed: " + e.getMessage(), e);
            }
        }
    }

    /** Writing one output. */
    public interface Output {
        void write() throws IOException;
    }

    /** Runs a write, turning a file-system failure into one line that names the place and the reason. */
    public static void writing(Path target, Output output) {
        try {
            output.write();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getFile() + " does not exist");
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getFile() + " is a file, not a folder");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IllegalArgumentException("cannot write " + target + ": permission denied on " + e.getFile());
        } catch (java.nio.file.FileSystemException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + (e.getReason() != null ? e.getReason()
                    : e.getClass().getSimpleName()) + (e.getFile() == null ? "" : " (" + e.getFile() + ")"));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage());
        }
    }
}
