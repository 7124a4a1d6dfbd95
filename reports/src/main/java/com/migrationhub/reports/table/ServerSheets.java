package com.migrationhub.reports.table;

import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.Result;
import com.migrationhub.reports.data.ReportData.ServerRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-server sheets, streamed row by row to the writer: Inventory (one row per server) and
 * Assessment (one row per server and cloud). With 100,000 servers and three clouds these are the
 * workbook's only large tables.
 */
final class ServerSheets {
    private ServerSheets() {
    }

    /** One server's result for one cloud, the Assessment sheet's row. */
    record ServerResult(ServerRow server, Result result) {
    }

    static ReportSheet inventory(ReportData data) {
        Table<ServerRow> t = Table.<ServerRow>streamed("inventory", "Inventory", data.profile().servers(),
                        data.inventory()::forEach)
                .text("Server", ServerRow::name)
                .text("Operating system", ServerRow::os).repeated()
                .text("Environment", ServerRow::environment).repeated()
                .text("Application", ServerRow::application).repeated()
                .text("Power state", ServerRow::powerState).repeated()
                .column("vCPUs", r -> Value.count(r.vcpus()))
                .column("Memory (GiB)", r -> Value.gib(r.memoryMiB()))
                .column("Provisioned storage (GiB)", r -> Value.gib(r.provisionedMiB()));
        return new ReportSheet("Inventory", t);
    }

    static ReportSheet assessment(ReportData data) {
        String cur = data.scenario().currency();
        String month = "/month";
        Map<String, String> cloudLabels = new HashMap<>();
        data.clouds().forEach(c -> cloudLabels.put(c.cloud(), c.cloudLabel()));
        Map<String, String> codes = new HashMap<>();
        // the results share their reason and factor lists (one object per distinct list): each is joined once
        Map<List<String>, String> joined = new java.util.IdentityHashMap<>();
        long expected = data.profile().servers() * Math.max(1, data.clouds().size());
        Table<ServerResult> t = Table.<ServerResult>streamed("assessment", "Assessment", expected, each ->
                        data.rows().forEach(s -> {
                            for (Result r : s.results()) {
                                each.accept(new ServerResult(s, r));
                            }
                        }))
                .text("Server", x -> x.server().name())
                .text("Cloud", x -> cloudLabels.getOrDefault(x.result().cloud(), x.result().cloud())).repeated()
                .text("Region", x -> x.result().region()).repeated()
                .text("Readiness", x -> label(codes, x.result().readiness())).repeated()
                .text("Readiness reasons", x -> joined.computeIfAbsent(x.result().readinessReasons(), Labels::join)).repeated()
                .text("Strategy", x -> label(codes, x.result().strategy())).repeated()
                .text("Rationale", x -> x.result().rationale())
                .text("Size", x -> x.result().size()).repeated()
                .count("vCPUs", x -> x.result().vcpus())
                .column("Memory (GiB)", x -> new Value.Gib(x.result().memoryMiB()))
                .text("Sizing basis", x -> x.result().sizingBasis()).repeated()
                .count("Confidence (stars of 5)", x -> x.result().stars())
                .money(Labels.money("Compute", cur, month), x -> x.result().computeCents())
                .money(Labels.money("Licence", cur, month), x -> x.result().licenceCents())
                .money(Labels.money("Storage", cur, month), x -> x.result().storageCents())
                .money(Labels.money("Network", cur, month), x -> x.result().networkCents())
                .money(Labels.money("Total", cur, month), x -> x.result().totalCents())
                .count("Risk score", x -> x.result().riskScore())
                .text("Risk level", x -> label(codes, x.result().riskLevel())).repeated()
                .text("Risk factors", x -> joined.computeIfAbsent(x.result().riskFactors(), Labels::join)).repeated()
                .text("Price basis", x -> x.result().priceBasis()).repeated();
        return new ReportSheet("Assessment", t);
    }

    /** The few codes repeat on every row: translate each once. */
    private static String label(Map<String, String> cache, String code) {
        return code == null ? null : cache.computeIfAbsent(code, Labels::code);
    }
}
