package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData.CloudSummary;
import com.migrationhub.reports.data.ReportData.OptionCosts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each cloud costs a month: compute, licences, storage and network under the scenario's
 * purchase option, then every purchase option side by side with the recommended one marked and
 * the servers an option cannot price said plainly.
 */
final class CostSection implements SectionWriter {
    /** How {@code OptionCosts} are repriced, in the reader's words. */
    static final String REPRICING = "Each purchase option is priced from the same catalog with the sizes the scenario "
            + "chose, for each cloud's first region: compute is repriced under the option (a commitment bills all 730 "
            + "hours of a month, on demand bills the scenario's uptime), licences follow the same hours rule, storage "
            + "and network stay as they are. A size an option does not offer is priced on demand and counted.";

    @Override
    public String lead(ReportDocument doc) {
        return "What running the estate in each cloud would cost a month, what it is made of, and how much a "
                + "commitment saves.";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        List<CloudSummary> clouds = doc.data.clouds();
        String pricing = Labels.option(doc.data.scenario().pricing()).toLowerCase(f.locale());
        doc.subheading("Monthly cost per cloud (" + pricing + ")");
        TableBuilder t = new TableBuilder(doc.theme, 22, 15, 15, 15, 15, 18).figures()
                .header("Cloud", "Compute", "Licences", "Storage", "Network", "Total per month, " + f.currency());
        for (CloudSummary c : clouds) {
            t.row(TableBuilder.Cell.of(Labels.cloud(c.cloudLabel(), c.region())).bold(),
                    TableBuilder.Cell.of(f.amount(c.computeCents())), TableBuilder.Cell.of(f.amount(c.licenceCents())),
                    TableBuilder.Cell.of(f.amount(c.storageCents())), TableBuilder.Cell.of(f.amount(c.networkCents())),
                    TableBuilder.Cell.of(f.amount(c.totalCents())).bold());
        }
        doc.add(t.build());
        doc.note("In " + f.currency() + " per month under the scenario's purchase option (" + pricing + "), each "
                + "server's parts rounded to the cent before they are summed.");
        doc.chart(new Charts(f).costParts(clouds), 70 + 28f * clouds.size());

        List<OptionCosts> options = doc.data.options();
        if (options.isEmpty()) {
            return;
        }
        doc.subheading("Purchase options");
        Set<String> ids = new LinkedHashSet<>();
        options.forEach(o -> ids.addAll(o.monthlyCents().keySet()));
        float[] widths = new float[ids.size() + 1];
        widths[0] = 24;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 76f / ids.size();
        }
        TableBuilder p = new TableBuilder(doc.theme, widths).figures();
        List<String> header = new ArrayList<>();
        header.add("Cloud, per month in " + f.currency());
        ids.forEach(id -> header.add(Labels.option(id)));
        p.header(header.toArray(String[]::new));
        for (OptionCosts o : options) {
            List<TableBuilder.Cell> cells = new ArrayList<>();
            cells.add(TableBuilder.Cell.of(Labels.cloud(o.cloudLabel(), o.region())).bold());
            for (String id : ids) {
                Long v = o.monthlyCents().get(id);
                TableBuilder.Cell c = TableBuilder.Cell.of(v == null ? "-" : f.amount(v)
                        + (o.onDemandFallbacks().containsKey(id) ? " *" : ""));
                if (id.equals(o.recommended())) {
                    c.bold().fill(Palette.TINT).ink(Palette.NAVY);
                }
                cells.add(c);
            }
            p.row(cells.toArray(TableBuilder.Cell[]::new));
        }
        doc.add(p.build());
        doc.note("Shaded: each cloud's recommended option." + fallbacks(f, options));
        doc.chart(new Charts(f).options(options), 200);
        doc.bullets(recommendations(f, options));
        doc.note(REPRICING);
    }

    /** One sentence per recommendation, naming together the clouds that share it. */
    private static List<String> recommendations(Formats f, List<OptionCosts> options) {
        Map<String, List<String>> byWhy = new java.util.LinkedHashMap<>();
        for (OptionCosts o : options) {
            byWhy.computeIfAbsent(Labels.option(o.recommended()) + " is recommended: " + o.recommendedWhy() + ".",
                    k -> new ArrayList<>()).add(o.cloudLabel());
        }
        List<String> out = new ArrayList<>();
        byWhy.forEach((why, clouds) -> out.add(joinAnd(clouds) + ": " + why));
        return out;
    }

    /**
     * " * Priced on demand where the option does not offer the size: 82 servers in AWS (1-year
     * reservation, 3-year reservation)": the fallbacks, grouped by the same count and cloud.
     */
    private static String fallbacks(Formats f, List<OptionCosts> options) {
        Map<String, List<String>> byCount = new java.util.LinkedHashMap<>();
        for (OptionCosts o : options) {
            o.onDemandFallbacks().forEach((id, n) -> byCount.computeIfAbsent(f.count(n) + (n == 1 ? " server in "
                    : " servers in ") + o.cloudLabel(), k -> new ArrayList<>()).add(Labels.option(id).toLowerCase(
                            java.util.Locale.ROOT)));
        }
        if (byCount.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        byCount.forEach((who, opts) -> parts.add(who + " (" + String.join(", ", opts) + ")"));
        return " * Priced on demand where the option does not offer the size chosen: " + joinAnd(parts) + ".";
    }

    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
