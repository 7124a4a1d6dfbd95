package com.migrationhub.reports.pdf;

/** Writes one section of the report, after {@link ReportDocument#startSection} has opened it. */
interface SectionWriter {
    /** The one-line lead under the heading: the question the section answers. */
    String lead(ReportDocument doc);

    /** Whether the section is printed landscape (only the wide appendix is). */
    default boolean wide() {
        return false;
    }

    void write(ReportDocument doc);
}
