package com.migrationhub.reports.table;

import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.RiskSummary;
import com.migrationhub.reports.data.ReportData.TopRisk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Risks sheet: servers per risk level, the heat map of factor against level, and the top risks. */
final class RiskSheet {
    private RiskSheet() {
    }

    record Level(String code, long servers, long all) {
    }

    record Factor(String label, Map<String, Long> byLevel) {
    }

    static ReportSheet of(ReportData data) {
        RiskSummary risk = data.risk();
        long all = 0;
        for (long n : risk.levels().values()) {
            all += n;
        }
        List<Level> levels = new ArrayList<>();
        for (Map.Entry<String, Long> e : risk.levels().entrySet()) {
            levels.add(new Level(e.getKey(), e.getValue(), all));
        }
        Table<Level> distribution = Table.listed("risks", "Servers by risk level", levels)
                .text("Risk level", l -> Labels.code(l.code()))
                .count("Servers", Level::servers)
                .column("Share", l -> Value.share(l.servers(), l.all()));

        Set<String> columns = new LinkedHashSet<>(risk.levels().keySet());
        risk.heatMap().values().forEach(m -> columns.addAll(m.keySet()));
        List<Factor> factors = new ArrayList<>();
        risk.heatMap().forEach((label, m) -> factors.add(new Factor(label, m)));
        Table<Factor> heat = Table.listed("risks-heat-map", "Heat map: servers per risk factor and level", factors)
                .text("Risk factor", Factor::label);
        for (String level : columns) {
            heat.count(Labels.code(level), f -> f.byLevel().getOrDefault(level, 0L));
        }

        Table<TopRisk> top = Table.listed("risks-top", "Top risks", risk.top())
                .text("Server", TopRisk::server)
                .count("Risk score", TopRisk::score)
                .text("Risk level", t -> Labels.code(t.level()))
                .text("Risk factors", t -> Labels.join(t.factors()));
        return new ReportSheet("Risks", distribution, heat, top);
    }
}
