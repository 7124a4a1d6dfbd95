package com.migrationhub.connectors.prices.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * SQL Server licence-included charges on AWS, per vCPU-hour, from the one ec2instances.info record
 * beside the price data ({@code fixtures/prices/ec2instances-x2iedn.32xlarge.json}): Windows with
 * SQL Server (Web, Standard, Enterprise) minus Windows alone, on-demand, divided by the type's
 * vCPUs. AWS prices the SQL Server licence per vCPU, so the rate carries to every type. One row
 * per edition for every region where the record's rates agree, a row per region where they differ.
 */
final class AwsSqlLicences {
    static final String SOURCE = "aws.ec2instancesinfo-record";
    static final String DERIVATION = "aws.sql-per-vcpu";
    static final String FILE = "../fixtures/prices/ec2instances-x2iedn.32xlarge.json";

    private static final Map<Licence, String> SYSTEMS = Map.of(Licence.SQL_WEB, "mswinSQLWeb", Licence.SQL_STANDARD,
            "mswinSQL", Licence.SQL_ENTERPRISE, "mswinSQLEnterprise");

    record Result(List<LicencePrice> rows, List<CatalogSource> sources, List<Derivation> derivations) {
        static final Result NONE = new Result(List.of(), List.of(), List.of());
    }

    private AwsSqlLicences() {
    }

    /** Nothing when the record is not beside the price data (a reduced copy of it). */
    static Result read(Path prices, Set<String> regions) throws IOException {
        Path file = prices.resolve(FILE).normalize();
        if (!Files.exists(file)) {
            return Result.NONE;
        }
        JsonNode record;
        try {
            record = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new CatalogBuildException(file + ": not readable JSON (" + e.getMessage() + ")", e);
        }
        int vcpus = record.path("vCPU").asInt();
        String type = record.path("instance_type").asText();
        if (vcpus <= 0) {
            throw new CatalogBuildException(file + ": the record gives no vCPU count");
        }
        // per edition: region -> nano-dollars per vCPU-hour
        Map<Licence, TreeMap<String, Long>> rates = new TreeMap<>();
        for (Iterator<String> it = record.path("pricing").fieldNames(); it.hasNext();) {
            String region = it.next();
            if (!regions.contains(region)) {
                continue;
            }
            JsonNode r = record.path("pricing").path(region);
            long windows = usd(r.path("mswin").path("ondemand"));
            for (Map.Entry<Licence, String> e : SYSTEMS.entrySet()) {
                long with = usd(r.path(e.getValue()).path("ondemand"));
                if (windows > 0 && with > windows) {
                    rates.computeIfAbsent(e.getKey(), k -> new TreeMap<>()).put(region,
                            Usd.scale(with - windows, 1, vcpus));
                }
            }
        }
        List<LicencePrice> rows = new ArrayList<>();
        StringBuilder figures = new StringBuilder();
        for (Map.Entry<Licence, TreeMap<String, Long>> e : rates.entrySet()) {
            // the most common rate goes to every region; regions that differ get their own row
            Map<Long, Integer> counts = new TreeMap<>();
            e.getValue().values().forEach(v -> counts.merge(v, 1, Integer::sum));
            long common = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            rows.add(new LicencePrice(Cloud.AWS, e.getKey(), LicencePrice.ANY, LicencePrice.ANY, true, common, 0, SOURCE,
                    DERIVATION));
            e.getValue().forEach((region, v) -> {
                if (v != common) {
                    rows.add(new LicencePrice(Cloud.AWS, e.getKey(), region, LicencePrice.ANY, true, v, 0, SOURCE,
                            DERIVATION));
                }
            });
            figures.append(figures.length() == 0 ? "" : "; ").append(e.getKey().id()).append(' ')
                    .append(Usd.format(common)).append(" USD per vCPU-hour (the same in ")
                    .append(counts.get(common)).append(" of ").append(e.getValue().size()).append(" regions)");
        }
        CatalogSource source = new CatalogSource(SOURCE, "fixtures/prices/ec2instances-x2iedn.32xlarge.json",
                "https://github.com/vantage-sh/ec2instances.info (next/utils/mocks/ec2_single_instance.json)",
                "8e64e6ea", "MIT", "",
                "one ec2instances.info record (" + type + ") with on-demand prices per region and operating system,"
                        + " including Windows with SQL Server Web, Standard and Enterprise");
        Derivation derivation = new Derivation(DERIVATION, "SQL Server licence-included charge per vCPU-hour = (Windows"
                + " with SQL Server on-demand - Windows on-demand) / " + vcpus + " vCPUs of " + type
                + ", from one ec2instances.info record: " + figures + ". AWS charges the SQL Server licence per vCPU, so"
                + " the rate is applied to every type and purchase option; the record's date is not stated.");
        return new Result(rows, List.of(source), List.of(derivation));
    }

    private static long usd(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return 0;
        }
        try {
            return Usd.parse(value.asText());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
