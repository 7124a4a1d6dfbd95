package com.migrationhub.domain.inventory;

import com.migrationhub.domain.model.SourceRef;
import java.util.List;

/**
 * What one import did to the project: servers added, updated (some value changed), unchanged,
 * and rows skipped, with the reason for each skip and each warning.
 *
 * @param issues the first skips and warnings (all are stored in the project); {@code issueCount}
 *               counts them all
 */
public record ImportReport(ImportRun run, int added, int updated, int unchanged, int skipped, int warnings,
                           int templates, List<Issue> issues, int issueCount) {

    public enum IssueKind { SKIPPED, WARNING }

    /** A skipped row or a warning, with its place in the file. */
    public record Issue(IssueKind kind, SourceRef where, String message) {
        /** One line, e.g. {@code skipped vInfo row 7: no VM name}. */
        public String describe() {
            String place = where == null ? "" : where.describe();
            return (kind == IssueKind.SKIPPED ? "skipped " : "warning ") + (place.isEmpty() ? "" : place + ": ") + message;
        }
    }
}
