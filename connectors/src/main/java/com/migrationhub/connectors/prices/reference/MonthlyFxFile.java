package com.migrationhub.connectors.prices.reference;

import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.FxRate;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * datasets/exchange-rates {@code monthly.csv}: {@code Date,Country,Exchange rate}, one monthly
 * average per line, dated the first of the month. Every value, the euro's and the pound's
 * included, is units of the currency per US dollar (2026-06: Euro 0.8684, United Kingdom
 * 0.7497), although the data package's README says the euro and the pound are quoted the other
 * way round; the figures (about 1.15 dollars a euro in 2026) settle it.
 */
final class MonthlyFxFile {
    static final String HEADER = "Date,Country,Exchange rate";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-01");

    private MonthlyFxFile() {
    }

    /**
     * @param currencies the currencies to keep, by the file's country name ("Euro" to EUR)
     */
    static List<FxRate> read(Path path, String file, Map<String, String> currencies, String source)
            throws IOException {
        List<FxRate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
                throw new CatalogBuildException(file + ": unexpected header '" + header + "' (want " + HEADER + ")");
            }
            String line;
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] v = line.strip().split(",", -1);
                if (v.length != 3) {
                    throw new CatalogBuildException(file + ", line " + number + ": " + v.length + " fields, want 3");
                }
                String currency = currencies.get(v[1]);
                String value = v[2].strip();
                if (currency == null || value.isEmpty()) {
                    continue;
                }
                if (!DATE.matcher(v[0]).matches()) {
                    throw new CatalogBuildException(file + ", line " + number + ": date '" + v[0]
                            + "' is not the first of a month (YYYY-MM-01)");
                }
                try {
                    if (new BigDecimal(value).signum() <= 0) {
                        throw new CatalogBuildException(file + ", line " + number + ": rate " + value + " is not positive");
                    }
                } catch (NumberFormatException e) {
                    throw new CatalogBuildException(file + ", line " + number + ": rate '" + value + "' is not a number");
                }
                String month = v[0].substring(0, 7);
                if (!seen.add(currency + month)) {
                    throw new CatalogBuildException(file + ", line " + number + ": a second " + v[1] + " rate for " + month);
                }
                out.add(new FxRate(currency, month, value, source));
            }
        }
        return out;
    }
}
