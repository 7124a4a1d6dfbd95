package com.migrationhub.connectors.prices.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.DiskType;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The EBS volume types (gp3, gp2, io1, io2, st1, sc1) with their performance limits from AWS's EBS
 * documentation, and their prices per region from ec2.shop's extract of the AWS Price List
 * ({@code aws/ec2shop/ebs/ebs.json}, keyed by region display name). Cost: one tree parse of a 0.2 MB file.
 */
final class AwsEbs {
    static final String FILE = "aws/ec2shop/ebs/ebs.json";
    /** The Price List quotes gp3 throughput per GiB/s-month; a GiB/s is 1024 MiB/s. */
    private static final long MIBPS_PER_GIBPS = 1024;

    /** What ebs.json gave for the catalog's regions. */
    record Result(List<DiskType> types, List<DiskPrice> prices, String publicationDate, List<String> regionsWithout,
            List<String> missing) {
    }

    private AwsEbs() {
    }

    /** Limits as the EBS User Guide's volume-type tables give them (see {@link AwsCatalogPart#EBS_MODEL_TEXT}). */
    static List<DiskType> types() {
        String src = AwsCatalogPart.EBS_DOCS;
        return List.of(
                new DiskType(Cloud.AWS, "gp3", "General Purpose SSD (gp3)", "ssd", 1, 16_384, 3_000, 0, 16_000, 125, 0,
                        1_000, true, 500, false, src),
                new DiskType(Cloud.AWS, "gp2", "General Purpose SSD (gp2)", "ssd", 1, 16_384, 0, 3, 16_000, 128, 0, 250,
                        false, 0, false, src),
                new DiskType(Cloud.AWS, "io1", "Provisioned IOPS SSD (io1)", "ssd", 4, 16_384, 0, 0, 64_000, 0, 0, 1_000,
                        true, 50, false, src),
                new DiskType(Cloud.AWS, "io2", "Provisioned IOPS SSD (io2 Block Express)", "ssd", 4, 65_536, 0, 0,
                        256_000, 0, 0, 4_000, true, 1_000, false, src),
                // Baselines of 40 and 12 MiB/s per TiB, as thousandths of a MiB/s per GiB rounded down.
                new DiskType(Cloud.AWS, "st1", "Throughput Optimized HDD (st1)", "hdd", 125, 16_384, 0, 0, 500, 0, 39,
                        500, false, 0, false, src),
                new DiskType(Cloud.AWS, "sc1", "Cold HDD (sc1)", "hdd", 125, 16_384, 0, 0, 250, 0, 11, 250, false, 0,
                        false, src));
    }

    /**
     * @param regions region id by display name (the Price List's Location), for the catalog's regions
     */
    static Result read(ObjectMapper json, Path prices, Map<String, String> regions) throws IOException {
        Path path = prices.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            throw new CatalogBuildException(FILE + ": no such file in " + prices);
        }
        JsonNode root;
        try {
            root = json.readTree(path.toFile());
        } catch (IOException e) {
            throw new CatalogBuildException(FILE + ": not valid JSON: " + e.getMessage(), e);
        }
        JsonNode byLocation = root.path("regions");
        if (!byLocation.isObject()) {
            throw new CatalogBuildException(FILE + ": has no \"regions\" object");
        }
        String published = root.path("manifest").path("hawkFilePublicationDate").asText("");
        List<DiskPrice> out = new ArrayList<>();
        List<String> without = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String location : new TreeSet<>(regions.keySet())) {
            String region = regions.get(location);
            JsonNode items = byLocation.get(location);
            if (items == null) {
                without.add(region);
                continue;
            }
            String where = FILE + ", region \"" + location + "\"";
            add(out, missing, "gp3", region, AwsCatalogPart.GP3_THROUGHPUT,
                    usd(items, "Storage General Purpose gp3 GB Mo", where),
                    usd(items, "Provisioned EBS IOPS gp3 Volumes per IOPS Mo", where),
                    perMibps(usd(items, "Provisioned Throughput gp3 per GiBps mo", where)));
            add(out, missing, "gp2", region, null, usd(items, "Storage General Purpose gp2 GB Mo", where), 0, 0);
            add(out, missing, "io1", region, null, usd(items, "Storage Provisioned IOPS io1 GB Mo", where),
                    usd(items, "Provisioned EBS IOPS io1 Volumes per IOPS Mo", where), 0);
            add(out, missing, "io2", region, AwsCatalogPart.IO2_FIRST_TIER,
                    usd(items, "Storage Provisioned IOPS io2 GB month", where),
                    usd(items, "Provisioned EBS IOPS io2 Volumes per IOPS Mo", where), 0);
            add(out, missing, "st1", region, null,
                    usd(items, "Storage Throughput Optimized HDD st1 GB Mo", where), 0, 0);
            add(out, missing, "sc1", region, null, usd(items, "Storage Cold HDD sc1 GB Mo", where), 0, 0);
        }
        return new Result(types(), out, published.length() >= 10 ? published.substring(0, 10) : null, without,
                missing);
    }

    /** Adds the row when every price it needs is there (-1 marks a missing one), else notes "type region" as missing. */
    private static void add(List<DiskPrice> out, List<String> missing, String type, String region, String derivation,
            long gib, long iops, long mbps) {
        if (gib < 0 || iops < 0 || mbps < 0) {
            missing.add(type + " " + region);
            return;
        }
        out.add(new DiskPrice(Cloud.AWS, type, region, gib, 0, iops, mbps, AwsCatalogPart.EBS, derivation));
    }

    private static long perMibps(long perGibps) {
        return perGibps < 0 ? -1 : Usd.scale(perGibps, 1, MIBPS_PER_GIBPS);
    }

    /** The item's price, or -1 when the region has no such item. */
    private static long usd(JsonNode items, String key, String where) {
        JsonNode item = items.get(key);
        if (item == null) {
            return -1;
        }
        String price = item.path("price").asText("");
        try {
            return Usd.parse(price);
        } catch (IllegalArgumentException e) {
            throw new CatalogBuildException(where + ", \"" + key + "\": " + e.getMessage(), e);
        }
    }
}
