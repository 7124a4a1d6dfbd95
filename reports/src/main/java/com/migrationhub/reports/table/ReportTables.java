package com.migrationhub.reports.table;

import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.Section;
import com.migrationhub.reports.data.ReportData;
import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of the workbook's sheets and their tables' columns, which both the Excel
 * workbook and the CSV export render. Sheets follow the report's sections: a section left out of
 * the options leaves its sheet out; Move groups, Waves and Dependencies also need their data.
 *
 * <p>Cheap: the large tables are described, not read; their rows stream when rendered.
 */
public final class ReportTables {
    private ReportTables() {
    }

    /** The sheets in workbook order: Summary, Inventory, Assessment, Costs, TCO, Risks, Move groups, Waves, Dependencies, Assumptions. */
    public static List<ReportSheet> sheets(ReportData data, ReportOptions options) {
        List<ReportSheet> out = new ArrayList<>();
        if (options.has(Section.SUMMARY)) {
            out.add(SummarySheet.of(data));
        }
        if (options.has(Section.SCOPE)) {
            out.add(ServerSheets.inventory(data));
        }
        if (options.has(Section.APPENDIX)) {
            out.add(ServerSheets.assessment(data));
        }
        if (options.has(Section.COST)) {
            out.add(CostSheets.costs(data));
        }
        if (options.has(Section.TCO) && data.tco() != null) {
            out.add(CostSheets.tco(data));
        }
        if (options.has(Section.RISK) && data.risk() != null) {
            out.add(RiskSheet.of(data));
        }
        if (options.has(Section.DEPENDENCIES) && data.dependencies() != null) {
            out.add(PlanSheets.moveGroups(data.dependencies()));
        }
        if (options.has(Section.WAVES) && data.waves() != null) {
            out.add(PlanSheets.waves(data.waves()));
        }
        if (options.has(Section.DEPENDENCIES) && data.dependencies() != null) {
            out.add(PlanSheets.dependencies(data.dependencies()));
        }
        if (options.has(Section.ASSUMPTIONS)) {
            out.add(AssumptionsSheet.of(data));
        }
        return out;
    }

    /** Rows all the sheets are expected to write, for progress. */
    public static long expectedRows(List<ReportSheet> sheets) {
        long n = 0;
        for (ReportSheet s : sheets) {
            for (Table<?> t : s.tables()) {
                n += t.expectedRows();
            }
        }
        return n;
    }
}
