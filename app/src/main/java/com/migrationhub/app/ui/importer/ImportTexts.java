package com.migrationhub.app.ui.importer;

import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.domain.inventory.ImportPreview;
import com.migrationhub.domain.inventory.ImportReport;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.model.Server;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the Import view words its numbers: sizes, counts, tools, times. */
final class ImportTexts {
    private final Messages messages;
    private final NumberFormat integer;
    private final NumberFormat oneDecimal;
    private final DateTimeFormatter when;

    ImportTexts(Messages messages) {
        this.messages = messages;
        this.integer = NumberFormat.getIntegerInstance(messages.locale());
        this.oneDecimal = NumberFormat.getNumberInstance(messages.locale());
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setMinimumFractionDigits(0);
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
    }

    String count(long n) {
        return integer.format(n);
    }

    /** Bytes as people read them: 488 KB, 12.4 MB. */
    String size(long bytes) {
        if (bytes < 1024) {
            return messages.get("importer.size.bytes", integer.format(bytes));
        }
        if (bytes < 1024L * 1024) {
            return messages.get("importer.size.kb", oneDecimal.format(bytes / 1024.0));
        }
        if (bytes < 1024L * 1024 * 1024) {
            return messages.get("importer.size.mb", oneDecimal.format(bytes / (1024.0 * 1024)));
        }
        return messages.get("importer.size.gb", oneDecimal.format(bytes / (1024.0 * 1024 * 1024)));
    }

    String gib(Long mib) {
        return mib == null ? "" : oneDecimal.format(mib / 1024.0);
    }

    String tool(String tool, String version, String fallback) {
        if (tool == null || tool.isBlank()) {
            return fallback == null ? "" : fallback;
        }
        return version == null || version.isBlank() ? tool : tool + " " + version;
    }

    String tool(ImportRun run) {
        return tool(run.tool(), run.toolVersion(), run.format());
    }

    String when(ImportRun run) {
        return when.format(run.startedAt());
    }

    /** "1,240 servers (12 templates), 2,310 disks, ..." of what a preview read. */
    String contents(ImportPreview p) {
        StringBuilder b = new StringBuilder(messages.get("importer.preview.servers", count(p.servers()),
                count(p.templates())));
        append(b, p.disks(), "importer.preview.disks");
        append(b, p.nics(), "importer.preview.nics");
        append(b, p.partitions(), "importer.preview.partitions");
        append(b, p.utilization(), "importer.preview.utilization");
        append(b, p.tags(), "importer.preview.tags");
        append(b, p.hosts(), "importer.preview.hosts");
        append(b, p.clusters(), "importer.preview.clusters");
        append(b, p.datastores(), "importer.preview.datastores");
        return b.toString();
    }

    private void append(StringBuilder b, int n, String key) {
        if (n > 0) {
            b.append(", ").append(messages.get(key, count(n)));
        }
    }

    /** One report as one line: "added 12, updated 3, unchanged 0, skipped 1, warnings 2". */
    String counts(ImportReport r) {
        return messages.get("importer.report.counts", count(r.added()), count(r.updated()), count(r.unchanged()),
                count(r.skipped()), count(r.warnings()), count(r.templates()));
    }

    String place(ImportReport.Issue issue) {
        return issue.where() == null ? "" : issue.where().describe();
    }

    String kind(ImportReport.Issue issue) {
        return messages.get(issue.kind() == ImportReport.IssueKind.SKIPPED ? "importer.issue.skipped"
                : "importer.issue.warning");
    }

    String os(Server s) {
        if (s.os != null && s.os.label() != null && !s.os.label().isBlank()) {
            return s.os.label();
        }
        return s.osFromTools == null ? "" : s.osFromTools;
    }
}
