package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData.DependencySummary;
import com.migrationhub.reports.data.ReportData.GroupRow;

/**
 * What the dependency data says: how its connection ends were matched to servers, how many
 * dependencies are hard (must move together) or soft, the shared-service hubs, and the move
 * groups, largest first, cut at {@value #GROUPS} rows (the workbook lists them all).
 */
final class DependencySection implements SectionWriter {
    static final int GROUPS = 60;

    @Override
    public String lead(ReportDocument doc) {
        return "Which servers talk to which, which must move together, and the move groups that follow from it.";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        DependencySummary d = doc.data.dependencies();
        long ends = d.byName() + d.byIp() + d.byIpam() + d.external();
        doc.subheading("The dependency data");
        TableBuilder figures = new TableBuilder(doc.theme, 60, 20, 20).width(75).align(TableBuilder.LEFT,
                TableBuilder.RIGHT, TableBuilder.RIGHT).header("Figure", "Count", "Share");
        figures.row("Imports", f.count(d.imports()), "");
        figures.row("Distinct connections", f.count(d.connections()), "");
        figures.row("Servers with dependencies", f.count(d.activeServers()), "");
        figures.row("External endpoints", f.count(d.externalEndpoints()), "");
        figures.row("Dependencies", f.count(d.dependencies()), "");
        figures.row("   hard: must move together", f.count(d.hardDependencies()),
                f.percent(d.hardDependencies(), d.dependencies()));
        figures.row("   soft: can be bridged for a while", f.count(d.dependencies() - d.hardDependencies()),
                f.percent(d.dependencies() - d.hardDependencies(), d.dependencies()));
        figures.row("Connection ends matched by server name", f.count(d.byName()), f.percent(d.byName(), ends));
        figures.row("   by IP address of the inventory", f.count(d.byIp()), f.percent(d.byIp(), ends));
        figures.row("   by IP address management (IPAM) data", f.count(d.byIpam()), f.percent(d.byIpam(), ends));
        figures.row("   not matched: external", f.count(d.external()), f.percent(d.external(), ends));
        doc.add(figures.build());

        doc.subheading("Shared-service hubs");
        if (d.hubs().isEmpty()) {
            doc.paragraph("No hub: no endpoint is called by a large share of the active servers.");
        } else {
            doc.paragraph("Hubs serve much of the estate (directory, name resolution, monitoring). Calls to a hub count "
                    + "as soft dependencies, so a hub does not pull every server that uses it into one move group; "
                    + "each hub needs a plan of its own:");
            doc.bullets(d.hubs());
        }

        doc.subheading("Move groups, largest first");
        TableBuilder g = new TableBuilder(doc.theme, 26, 13, 9, 9, 10, 8, 25)
                .align(TableBuilder.LEFT, TableBuilder.LEFT, TableBuilder.RIGHT, TableBuilder.RIGHT, TableBuilder.RIGHT,
                        TableBuilder.RIGHT, TableBuilder.LEFT)
                .header("Move group", "Formed by", "Servers", "vCPUs", "Depends on", "Wave", "Why");
        int shown = 0;
        for (GroupRow r : d.groups()) {
            if (shown == GROUPS) {
                break;
            }
            g.row(r.name(), Labels.words(r.origin()), f.count(r.servers()), f.count(r.vcpus()), f.count(r.dependsOn()),
                    r.wave() == null ? "-" : f.count(r.wave()), r.reason());
            shown++;
        }
        if (shown == 0) {
            g.row(TableBuilder.Cell.of("No move groups formed.").span(7));
        }
        doc.add(g.build());
        int more = d.groupCount() - shown;
        doc.note((more > 0 ? f.count(more) + " more move " + (more == 1 ? "group is" : "groups are")
                + " listed in the Excel workbook, with every dependency. " : "")
                + "Depends on: the other move groups this one depends on. Wave: the wave that moves the group.");
    }
}
