package com.migrationhub.connectors.prices.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * One ec2.shop extract of the AWS Price List ({@code aws/ec2shop/ec2/<region>-<kind>.json}): one
 * region's Linux offers of one kind, by instance type. Only offers for Linux, shared tenancy, no
 * pre-installed software and no licence are kept (and, for reservations, No Upfront with the file's
 * term); the extracts hold nothing else today, but the check keeps a wider extract from slipping
 * SQL Server or dedicated-host rates into the Linux price. Cost: one tree parse of the file
 * (0.1 to 0.6 MB).
 */
final class Ec2ShopFile {

    /** The six extracts ec2.shop keeps per region. */
    enum Kind {
        ON_DEMAND("ondemand", null),
        PREVIOUS_GENERATION("previousgen-ondemand", null),
        STANDARD_1Y("reservedinstance-1y", "1yr"),
        STANDARD_3Y("reservedinstance-3y", "3yr"),
        CONVERTIBLE_1Y("reservedinstance-convertible-1y", "1yr"),
        CONVERTIBLE_3Y("reservedinstance-convertible-3y", "3yr");

        final String suffix;
        /** The Price List's LeaseContractLength for reservations; null for on-demand. */
        final String lease;

        Kind(String suffix, String lease) {
            this.suffix = suffix;
            this.lease = lease;
        }

        boolean onDemand() {
            return lease == null;
        }
    }

    /** One instance type's offer; the size attributes are those the on-demand extracts carry, else null. */
    record Offer(String type, long usdNanosPerHour, String vcpu, String memory, String storage, String category) {
    }

    static final String FOLDER = "aws/ec2shop/ec2/";

    final String file;
    /** The region's display name, the Price List's "Location" (US East (N. Virginia)). */
    final String location;
    /** The manifest's hawkFilePublicationDate as yyyy-mm-dd; null where the manifest has none (reservations). */
    final String publicationDate;
    final Map<String, Offer> offers;
    /** Offers left out because they are not Linux / shared / No Upfront. */
    final int excluded;
    /** Instance types offered twice with different prices; the higher was kept. */
    final int duplicates;

    private Ec2ShopFile(String file, String location, String publicationDate, Map<String, Offer> offers, int excluded,
            int duplicates) {
        this.file = file;
        this.location = location;
        this.publicationDate = publicationDate;
        this.offers = Collections.unmodifiableMap(offers);
        this.excluded = excluded;
        this.duplicates = duplicates;
    }

    static String name(String region, Kind kind) {
        return FOLDER + region + "-" + kind.suffix + ".json";
    }

    /**
     * @return the file, or null for a previous-generation extract that ec2.shop stored as Amazon S3's
     *         NoSuchKey error: AWS publishes no previous-generation list for regions opened after those
     *         types were retired, so the region simply has none
     */
    static Ec2ShopFile read(ObjectMapper json, Path prices, String region, Kind kind) throws IOException {
        String file = name(region, kind);
        Path path = prices.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new CatalogBuildException(file + ": no such file in " + prices);
        }
        byte[] bytes = Files.readAllBytes(path);
        if (isS3NoSuchKey(bytes)) {
            if (kind == Kind.PREVIOUS_GENERATION) {
                return null;
            }
            throw new CatalogBuildException(file + ": holds Amazon S3's NoSuchKey error, not a price list");
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (IOException e) {
            throw new CatalogBuildException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        JsonNode regions = root.path("regions");
        if (!regions.isObject() || regions.size() != 1) {
            throw new CatalogBuildException(file + ": expected one region under \"regions\", found "
                    + (regions.isObject() ? regions.size() : "none"));
        }
        String location = regions.fieldNames().next();
        String published = root.path("manifest").path("hawkFilePublicationDate").asText("");
        Map<String, Offer> offers = new TreeMap<>();
        int excluded = 0;
        int duplicates = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = regions.get(location).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode item = entry.getValue();
            String where = file + ", offer \"" + entry.getKey() + "\"";
            if (!location.equals(text(item, "Location"))) {
                throw new CatalogBuildException(where + ": its Location '" + text(item, "Location")
                        + "' is not the file's region '" + location + "'");
            }
            if (!wanted(item, kind)) {
                excluded++;
                continue;
            }
            String type = text(item, "Instance Type");
            String price = text(item, "price");
            if (type == null || price == null) {
                throw new CatalogBuildException(where + ": has no \"Instance Type\" or no \"price\"");
            }
            long nanos;
            try {
                nanos = Usd.parse(price);
            } catch (IllegalArgumentException e) {
                throw new CatalogBuildException(where + ": " + e.getMessage(), e);
            }
            Offer offer = new Offer(type, nanos, text(item, "vCPU"), text(item, "Memory"), text(item, "Storage"),
                    text(item, "plc:InstanceFamily"));
            Offer before = offers.get(type);
            if (before != null) {
                if (before.usdNanosPerHour() != nanos) {
                    duplicates++;
                }
                // Two rates for one key: keep the higher so an estimate never rests on the cheaper one.
                if (before.usdNanosPerHour() >= nanos) {
                    continue;
                }
            }
            offers.put(type, offer);
        }
        return new Ec2ShopFile(file, location, published.length() >= 10 ? published.substring(0, 10) : null, offers,
                excluded, duplicates);
    }

    private static boolean wanted(JsonNode item, Kind kind) {
        if (!"Linux".equals(text(item, "Operating System")) || !"NA".equals(text(item, "Pre Installed S/W"))) {
            return false;
        }
        String licence = text(item, "License Model");
        if (licence != null && !licence.equals("No License required")) {
            return false;
        }
        String tenancy = text(item, "Tenancy");
        if (tenancy != null && !tenancy.equals("Shared")) {
            return false;
        }
        if (kind.onDemand()) {
            return true;
        }
        return "No Upfront".equals(text(item, "PurchaseOption")) && kind.lease.equals(text(item, "LeaseContractLength"));
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean isS3NoSuchKey(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
        return head.startsWith("<?xml") && head.contains("<Code>NoSuchKey</Code>");
    }
}
