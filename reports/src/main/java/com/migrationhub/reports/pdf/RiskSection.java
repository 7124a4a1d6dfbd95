package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData.RiskSummary;
import com.migrationhub.reports.data.ReportData.TopRisk;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Migration risk: servers per level, a heat map of risk factors against levels (each cell shaded
 * by its count against the largest), and the riskiest servers with the factors that make them so.
 */
final class RiskSection implements SectionWriter {
    @Override
    public String lead(ReportDocument doc) {
        return "Where the migration can go wrong: how risk spreads across the estate, which factors drive it, and the "
                + "servers that need the most care.";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        RiskSummary risk = doc.data.risk();
        long all = risk.levels().values().stream().mapToLong(Long::longValue).sum();
        List<String> levels = Charts.orderedLevels(risk.levels().keySet());
        doc.subheading("Servers per risk level");
        doc.chart(new Charts(f).riskLevels(risk.levels()), 170);

        doc.subheading("Risk factors by level");
        Set<String> columns = new LinkedHashSet<>(levels);
        risk.heatMap().values().forEach(m -> columns.addAll(Charts.orderedLevels(m.keySet())));
        List<String> cols = new ArrayList<>(columns);
        float[] widths = new float[cols.size() + 2];
        widths[0] = 36;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 64f / (cols.size() + 1);
        }
        TableBuilder heat = new TableBuilder(doc.theme, widths).figures();
        int[] align = new int[widths.length];
        java.util.Arrays.fill(align, TableBuilder.CENTER);
        align[0] = TableBuilder.LEFT;
        align[widths.length - 1] = TableBuilder.RIGHT;
        heat.align(align);
        List<String> header = new ArrayList<>();
        header.add("Risk factor");
        cols.forEach(c -> header.add(Labels.words(c)));
        header.add("Servers");
        heat.header(header.toArray(String[]::new));
        long max = 0;
        for (Map<String, Long> row : risk.heatMap().values()) {
            for (long v : row.values()) {
                max = Math.max(max, v);
            }
        }
        for (Map.Entry<String, Map<String, Long>> e : risk.heatMap().entrySet()) {
            List<TableBuilder.Cell> cells = new ArrayList<>();
            cells.add(TableBuilder.Cell.of(e.getKey()).fill(Palette.WHITE));
            long sum = 0;
            for (String level : cols) {
                long n = e.getValue().getOrDefault(level, 0L);
                sum += n;
                java.awt.Color shade = Palette.heat(max == 0 ? 0 : 0.12 + 0.88 * n / (double) max);
                cells.add(n == 0 ? TableBuilder.Cell.of("").fill(Palette.WHITE)
                        : TableBuilder.Cell.of(f.count(n)).fill(shade).ink(Palette.textOn(shade)));
            }
            cells.add(TableBuilder.Cell.of(f.count(sum)).bold().fill(Palette.WHITE));
            heat.row(cells.toArray(TableBuilder.Cell[]::new));
        }
        if (heat.rows() == 0) {
            heat.row(TableBuilder.Cell.of("No risk factors recorded.").span(cols.size() + 2));
        }
        doc.add(heat.build());
        doc.note("Each cell: servers with that factor whose overall risk is at that level; darker is more. A server with "
                + "several factors counts in several rows. Levels: " + f.count(all) + " servers scored in total.");

        doc.subheading("The riskiest servers");
        TableBuilder top = new TableBuilder(doc.theme, 6, 24, 10, 12, 48)
                .align(TableBuilder.RIGHT, TableBuilder.LEFT, TableBuilder.RIGHT, TableBuilder.LEFT, TableBuilder.LEFT)
                .header("#", "Server", "Score", "Level", "Factors");
        int rank = 1;
        for (TopRisk r : risk.top()) {
            java.awt.Color c = Palette.risk(r.level());
            top.row(TableBuilder.Cell.of(f.count(rank++)), TableBuilder.Cell.of(r.server()).bold(),
                    TableBuilder.Cell.of(f.count(r.score())),
                    TableBuilder.Cell.of(Labels.words(r.level())).fill(c).ink(Palette.textOn(c)),
                    TableBuilder.Cell.of(String.join("\n", r.factors())));
        }
        if (top.rows() == 0) {
            top.row(TableBuilder.Cell.of("No risks scored.").span(5));
        }
        doc.add(top.build());
    }
}
