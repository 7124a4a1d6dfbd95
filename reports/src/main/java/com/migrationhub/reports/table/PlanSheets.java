package com.migrationhub.reports.table;

import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.DependencySummary;
import com.migrationhub.reports.data.ReportData.EdgeRow;
import com.migrationhub.reports.data.ReportData.GroupRow;
import com.migrationhub.reports.data.ReportData.WaveRow;

/**
 * The migration plan's sheets: Move groups, Waves and Dependencies. Each exists only when the
 * project has the data; the Summary says when it does not.
 */
final class PlanSheets {
    private PlanSheets() {
    }

    record Warning(String text) {
    }

    static ReportSheet moveGroups(DependencySummary deps) {
        Table<GroupRow> t = Table.listed("move-groups", "Move groups", deps.groups())
                .text("Move group", GroupRow::name)
                .text("Origin", g -> Labels.code(g.origin()))
                .count("Servers", GroupRow::servers)
                .count("vCPUs", GroupRow::vcpus)
                .count("Depends on (groups)", GroupRow::dependsOn)
                .column("Wave", g -> Value.count(g.wave()))
                .text("Reason", GroupRow::reason);
        return new ReportSheet("Move groups", t);
    }

    static ReportSheet waves(ReportData.WaveSummary waves) {
        Table<WaveRow> plan = Table.listed("waves", "Waves", waves.waves())
                .count("Wave", WaveRow::number)
                .text("Name", WaveRow::name)
                .column("Start", w -> Value.day(w.start()))
                .column("End", w -> Value.day(w.end()))
                .count("Move groups", WaveRow::groups)
                .count("Servers", WaveRow::servers)
                .count("vCPUs", WaveRow::vcpus)
                .text("Why", WaveRow::why);
        Table<Warning> warnings = Table.listed("waves-warnings", "Warnings",
                        waves.warnings().stream().map(Warning::new).toList())
                .text("Warning", Warning::text);
        return new ReportSheet("Waves", plan, warnings);
    }

    static ReportSheet dependencies(DependencySummary deps) {
        Table<EdgeRow> t = Table.<EdgeRow>streamed("dependencies", "Dependencies", deps.dependencies(),
                        deps.edges()::forEach)
                .text("From", EdgeRow::from)
                .text("To", EdgeRow::to)
                .text("Ports", EdgeRow::ports).repeated()
                .text("Processes", EdgeRow::processes).repeated()
                .count("Connections", EdgeRow::connections)
                .count("Time slots", EdgeRow::slots)
                .text("Kind", e -> e.hard() ? "hard" : "soft").repeated()
                .text("Why", EdgeRow::why).repeated();
        return new ReportSheet("Dependencies", t);
    }
}
