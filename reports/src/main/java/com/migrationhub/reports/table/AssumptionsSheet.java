package com.migrationhub.reports.table;

import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CatalogRef;
import com.migrationhub.reports.data.ReportData.ImportRef;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Assumptions sheet: every setting the scenario ran with, the exchange rate and where it
 * comes from, the TCO parameters, the price catalog's sources and the imported files with their
 * SHA-256, so a reader can tell exactly which data produced the figures.
 */
final class AssumptionsSheet {
    private AssumptionsSheet() {
    }

    /** An imported file and what it brought: "inventory" or "dependencies". */
    record Import(String data, ImportRef file) {
    }

    static ReportSheet of(ReportData data) {
        ReportData.Scenario s = data.scenario();
        Fact.Builder f = new Fact.Builder();
        f.topic("Scenario").text("Scenario", s.name()).add("Assessed", Value.moment(s.assessedAt()))
                .text("Clouds and regions", String.join(", ", s.clouds())).text("Currency", s.currency())
                .add("Exchange rate (" + s.currency() + " per USD)", Value.decimal(s.rate()))
                .text("Exchange rate month", s.rateMonth()).text("Exchange rate source", s.rateSource())
                .text("Priced with", Labels.option(s.pricing())).text("Sizing", s.sizing())
                .text("Uptime", s.uptime()).count("Horizon (years)", s.horizonYears())
                .text("Utilization coverage", data.sources().coverage());
        for (String c : data.sources().caveats()) {
            f.text("Caveat", c);
        }
        f.topic("Stored assumption");
        new TreeMap<>(s.assumptions()).forEach(f::text);
        if (data.tco() != null) {
            f.topic("TCO parameter");
            new TreeMap<>(data.tco().parameters()).forEach(f::text);
        }
        Table<Fact> settings = f.table("assumptions", "Assumptions", "Setting");

        Table<CatalogRef> catalog = Table.listed("assumptions-catalog", "Price catalog sources",
                        data.sources().catalog())
                .text("Source", CatalogRef::id)
                .column("Data date", c -> Value.dayOrText(c.dataDate()))
                .text("File", CatalogRef::file);

        List<Import> imports = new ArrayList<>();
        data.sources().inventory().forEach(i -> imports.add(new Import("inventory", i)));
        data.sources().dependencyImports().forEach(i -> imports.add(new Import("dependencies", i)));
        Table<Import> files = Table.listed("assumptions-imports", "Imported files", imports)
                .text("Data", Import::data)
                .text("File", i -> i.file().file())
                .text("Tool", i -> i.file().tool())
                .text("SHA-256", i -> i.file().sha256())
                .column("Imported", i -> Value.moment(i.file().importedAt()))
                .count("Rows", i -> i.file().rows());
        return new ReportSheet("Assumptions", settings, catalog, files);
    }
}
