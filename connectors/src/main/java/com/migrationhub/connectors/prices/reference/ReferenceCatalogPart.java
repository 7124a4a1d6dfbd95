package com.migrationhub.connectors.prices.reference;

import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.CatalogPart;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Derivation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The cloud-independent part of the catalog ({@code reference}): operating-system and SQL Server
 * release cycles with their support and end-of-life dates, from endoflife.date's product files in
 * {@code os-lifecycle/}, and monthly EUR and GBP exchange rates per US dollar from
 * {@code fx/monthly.csv} (US Federal Reserve H.10 averages). Reads some 20 small files: well under
 * a second.
 */
public final class ReferenceCatalogPart implements CatalogPart {
    static final String NAME = "reference";
    static final String LIFECYCLE_FOLDER = "os-lifecycle";
    static final String FX_FILE = "fx/monthly.csv";

    static final String SRC_LIFECYCLE = "reference.endoflife-date";
    static final String SRC_FX = "reference.fx-monthly";
    static final String DER_LIFECYCLE = "reference.lifecycle-dates";

    /** The file's country names for the currencies the workbench reports in. */
    private static final Map<String, String> CURRENCIES = Map.of("Euro", "EUR", "United Kingdom", "GBP");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CatalogContent build(Path prices) throws IOException {
        CatalogContent c = new CatalogContent();
        Path folder = prices.resolve(LIFECYCLE_FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new CatalogBuildException(LIFECYCLE_FOLDER + "/: no such folder in " + prices);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new CatalogBuildException(LIFECYCLE_FOLDER + "/: no product files (*.md)");
        }
        for (Path f : files) {
            String fileName = f.getFileName().toString();
            String product = fileName.substring(0, fileName.length() - ".md".length());
            c.lifecycles.addAll(EndOfLifeFile.read(f, LIFECYCLE_FOLDER + "/" + fileName, product, SRC_LIFECYCLE));
        }

        Path fx = prices.resolve(FX_FILE);
        if (!Files.isRegularFile(fx)) {
            throw new CatalogBuildException(FX_FILE + ": no such file in " + prices);
        }
        c.fxRates.addAll(MonthlyFxFile.read(fx, FX_FILE, CURRENCIES, SRC_FX));

        c.sources.add(new CatalogSource(SRC_LIFECYCLE, LIFECYCLE_FOLDER + "/*.md", "endoflife-date/endoflife.date",
                "a70eca33", "MIT", "2026-08-22",
                "release cycles of Windows Server, RHEL, CentOS, SLES, openSUSE, Ubuntu, Debian, Oracle Linux,"
                        + " Amazon Linux, AlmaLinux, Rocky Linux and SQL Server with their release, end of active"
                        + " support, end of life and end of extended support dates (products/*.md front matter)"));
        c.sources.add(new CatalogSource(SRC_FX, FX_FILE, "datasets/exchange-rates", "20192adf", "PDDL-1.0", "2026-06",
                "monthly average exchange rates of the euro and the pound sterling, in units of the currency per"
                        + " US dollar, from the US Federal Reserve's H.10 release via FRED"));
        c.derivations.add(new Derivation(DER_LIFECYCLE, "OS lifecycle dates are endoflife.date's: support end is"
                + " its end of active support (eoas), end of life its eol (end of security support), extended"
                + " end its end of extended support (eoes: ESU, ELS, LTSS, LTS). Where the site gives true"
                + " (ended, date not known) or false (no end announced) instead of a date, or no field (the"
                + " product has no such phase), the date is empty. Labels are the site's release labels with"
                + " the cycle and codename filled in, prefixed with the product's name where they start with"
                + " a version number."));
        return c;
    }
}
