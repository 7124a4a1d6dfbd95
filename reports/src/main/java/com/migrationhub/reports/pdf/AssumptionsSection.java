package com.migrationhub.reports.pdf;

import com.migrationhub.reports.Formats;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportData.CatalogRef;
import com.migrationhub.reports.data.ReportData.ImportRef;
import com.migrationhub.reports.data.ReportData.Scenario;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Map;

/**
 * Where every figure comes from: the scenario's settings and every stored assumption, the price
 * catalog's sources and dates, the exchange rate, the imports (with a shortened SHA-256 to match
 * the files), the TCO parameters and how purchase options are repriced.
 */
final class AssumptionsSection implements SectionWriter {
    private static final int HASH = 12;

    @Override
    public String lead(ReportDocument doc) {
        return "The settings and sources behind every figure, so each one can be traced and repeated.";
    }

    @Override
    public void write(ReportDocument doc) {
        Formats f = doc.formats;
        ReportData d = doc.data;
        Scenario s = d.scenario();
        doc.subheading("Scenario");
        TableBuilder sc = new TableBuilder(doc.theme, 30, 70).header("Setting", "Value");
        sc.row("Scenario", s.name());
        sc.row("Assessed", f.dateTime(s.assessedAt()));
        sc.row("Clouds and regions", String.join(", ", s.clouds()));
        sc.row("Currency", s.currency());
        sc.row("Exchange rate", rate(f, s));
        sc.row("Purchase option", Labels.option(s.pricing()));
        sc.row("Sizing", Figures.blankIfNull(s.sizing()));
        sc.row("Uptime", Figures.blankIfNull(s.uptime()));
        sc.row("Horizon", f.count(s.horizonYears()) + (s.horizonYears() == 1 ? " year" : " years"));
        doc.add(sc.build());

        doc.subheading("Every stored assumption");
        doc.add(keyValues(doc, "Assumption", s.assumptions()));

        ReportData.Sources src = d.sources();
        if (!src.caveats().isEmpty()) {
            doc.subheading("Read the figures with this in mind");
            for (String c : src.caveats()) {
                doc.paragraph(c);
            }
        }
        doc.subheading("Price catalog");
        TableBuilder cat = new TableBuilder(doc.theme, 30, 20, 50).header("Source", "Data as of", "File");
        for (CatalogRef c : src.catalog()) {
            cat.row(c.id(), c.dataDate(), c.file());
        }
        if (cat.rows() == 0) {
            cat.row(TableBuilder.Cell.of("No catalog source recorded.").span(3));
        }
        doc.add(cat.build());
        doc.paragraph("Utilization coverage: ", Figures.blankIfNull(src.coverage()) + ".");

        doc.subheading("Inventory imports");
        doc.add(imports(doc, src.inventory()));
        if (d.dependencies() != null || !src.dependencyImports().isEmpty()) {
            doc.subheading("Dependency imports");
            doc.add(imports(doc, src.dependencyImports()));
        }

        if (d.tco() != null) {
            doc.subheading("Business case parameters");
            doc.add(keyValues(doc, "Parameter", d.tco().parameters()));
        }

        doc.subheading("How purchase options are priced");
        doc.paragraph(CostSection.REPRICING);
    }

    /** "1 USD = 0,9234 EUR (rate of 2026-10, source ECB)", or that no conversion was needed. */
    static String rate(Formats f, Scenario s) {
        if (s.currency() == null || s.currency().equals("USD")) {
            return "USD, no conversion";
        }
        String rate;
        try {
            DecimalFormat d = new DecimalFormat("#,##0.0###########", DecimalFormatSymbols.getInstance(f.locale()));
            rate = d.format(new BigDecimal(s.rate()));
        } catch (RuntimeException e) {
            rate = s.rate();
        }
        return "1 USD = " + rate + " " + s.currency()
                + (s.rateMonth() == null ? "" : ", rate of " + s.rateMonth())
                + (s.rateSource() == null ? "" : ", source: " + s.rateSource());
    }

    private static com.lowagie.text.pdf.PdfPTable keyValues(ReportDocument doc, String what, Map<String, String> values) {
        TableBuilder t = new TableBuilder(doc.theme, 35, 65).header(what, "Value");
        values.forEach((k, v) -> t.row(k, v));
        if (t.rows() == 0) {
            t.row(TableBuilder.Cell.of("None recorded.").span(2));
        }
        return t.build();
    }

    private static com.lowagie.text.pdf.PdfPTable imports(ReportDocument doc, List<ImportRef> imports) {
        Formats f = doc.formats;
        TableBuilder t = new TableBuilder(doc.theme, 30, 20, 17, 21, 12)
                .align(TableBuilder.LEFT, TableBuilder.LEFT, TableBuilder.LEFT, TableBuilder.LEFT, TableBuilder.RIGHT)
                .header("File", "Tool", "SHA-256 (first 12)", "Imported", "Rows");
        for (ImportRef i : imports) {
            String hash = i.sha256() == null ? "" : i.sha256().substring(0, Math.min(HASH, i.sha256().length()));
            t.row(i.file(), Figures.blankIfNull(i.tool()), hash, f.dateTime(i.importedAt()), f.count(i.rows()));
        }
        if (t.rows() == 0) {
            t.row(TableBuilder.Cell.of("No import recorded.").span(5));
        }
        return t.build();
    }
}
