package com.migrationhub.connectors.prices.azure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Azure Retail Prices API items into catalog rows: per VM size and region the Linux
 * pay-as-you-go price, the savings-plan and reservation prices, and the Windows licence as Windows
 * minus Linux pay-as-you-go. Spot, Low Priority, Dev/Test, expired, Dedicated Host, Cloud Services
 * and promotional meters are left out: none is what a migrated server pays.
 *
 * <p>Reads the API's response ({@code {"Items": [...]}}, one page) and azure-pricing-radar's map of
 * the same items keyed {@code skuId|meterId|type|term}, where the size comes from the meter name
 * (the caller's resolver) and the 1-year savings plan from {@code savingsPlanPrice}. Reservation
 * items carry the price of the whole term; the hourly rate is that price over 8,760 hours a year.
 * Cost: one pass over the items.
 */
public final class AzureRetailPricesReader {
    /** Derivation of a reservation's hourly rate from its term price. */
    public static final String RESERVATION_HOURLY = "azure.reservation-hourly";
    /** Derivation of a Windows licence as Windows minus Linux pay-as-you-go. */
    public static final String WINDOWS_MINUS_LINUX = "azure.windows-licence";
    static final int HOURS_A_YEAR = 8760;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Pattern NOT_A_VM = Pattern.compile("(?i).*(dedicated ?host|cloud ?services|promo).*");
    private static final Pattern CLOUD_SERVICES = Pattern.compile("(?i).*cloud ?services.*");
    private static final Pattern TERM = Pattern.compile("(\\d+) years?", Pattern.CASE_INSENSITIVE);

    /** One price item as the API returns it; {@code savingsPlan} maps term years to the hourly price. */
    public record Item(String region, String armSkuName, String meterName, String productName, String skuName,
            String type, String reservationTerm, BigDecimal unitPrice, String unitOfMeasure,
            Map<Integer, BigDecimal> savingsPlan) {
    }

    /** A size in a region. */
    public record Key(String region, String size) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = region.compareTo(o.region);
            return c != 0 ? c : size.compareTo(o.size);
        }
    }

    /** What the items say about one size in one region, as published (null where they say nothing). */
    public static final class Quote {
        private BigDecimal linux;
        private BigDecimal windows;
        private final SortedMap<Integer, BigDecimal> savingsPlan = new TreeMap<>();
        private final SortedMap<Integer, BigDecimal> reservation = new TreeMap<>();

        /** Linux pay-as-you-go, USD an hour. */
        public BigDecimal linux() {
            return linux;
        }

        /** Windows pay-as-you-go, USD an hour. */
        public BigDecimal windows() {
            return windows;
        }

        /** Savings-plan hourly prices by term in years. */
        public SortedMap<Integer, BigDecimal> savingsPlan() {
            return Collections.unmodifiableSortedMap(savingsPlan);
        }

        /** Reservation prices for the whole term, by term in years. */
        public SortedMap<Integer, BigDecimal> reservation() {
            return Collections.unmodifiableSortedMap(reservation);
        }
    }

    /**
     * What a set of items gave.
     *
     * @param cloudServicesSizes sizes Azure also sells as Cloud Services, whose price includes a
     *                           Windows licence (a table built carelessly from the API mixes them up)
     * @param skipped            items left out, by reason
     * @param conflicts          slots for which two items gave different prices (the lower is kept)
     */
    public record Result(SortedMap<Key, Quote> quotes, SortedSet<String> cloudServicesSizes,
            SortedMap<String, Integer> skipped, int conflicts) {

        /** Linux on-demand, savings-plan and reservation prices, all hourly. */
        public List<Price> prices(String source) {
            List<Price> out = new ArrayList<>();
            for (Map.Entry<Key, Quote> e : quotes.entrySet()) {
                Key k = e.getKey();
                Quote q = e.getValue();
                if (q.linux != null) {
                    out.add(price(k, PricingOption.ON_DEMAND, Usd.parse(q.linux.toPlainString()), source, null));
                }
                for (Map.Entry<Integer, BigDecimal> sp : q.savingsPlan.entrySet()) {
                    PricingOption option = sp.getKey() == 1 ? PricingOption.SP_1Y
                            : sp.getKey() == 3 ? PricingOption.SP_3Y : null;
                    if (option != null) {
                        out.add(price(k, option, Usd.parse(sp.getValue().toPlainString()), source, null));
                    }
                }
                for (Map.Entry<Integer, BigDecimal> ri : q.reservation.entrySet()) {
                    PricingOption option = ri.getKey() == 1 ? PricingOption.RI_1Y
                            : ri.getKey() == 3 ? PricingOption.RI_3Y : null;
                    if (option != null) {
                        BigDecimal hourly = ri.getValue().divide(BigDecimal.valueOf((long) HOURS_A_YEAR * ri.getKey()),
                                MathContext.DECIMAL128);
                        out.add(price(k, option, Usd.parse(hourly.toPlainString()), source, RESERVATION_HOURLY));
                    }
                }
            }
            return out;
        }

        /** Windows licence per size and region, where both pay-as-you-go prices are published. */
        public List<LicencePrice> licences(String source) {
            List<LicencePrice> out = new ArrayList<>();
            for (Map.Entry<Key, Quote> e : quotes.entrySet()) {
                Quote q = e.getValue();
                if (q.linux == null || q.windows == null) {
                    continue;
                }
                long uplift = Usd.parse(q.windows.toPlainString()) - Usd.parse(q.linux.toPlainString());
                if (uplift >= 0) {
                    out.add(new LicencePrice(Cloud.AZURE, Licence.WINDOWS, e.getKey().region(), e.getKey().size(),
                            false, uplift, 0, source, WINDOWS_MINUS_LINUX));
                }
            }
            return out;
        }

        private static Price price(Key k, PricingOption option, long nanos, String source, String derivation) {
            return new Price(Cloud.AZURE, k.size(), k.region(), option, nanos, source, derivation);
        }
    }

    private final Function<Item, List<String>> sizeNames;

    /** A reader that takes each item's size from {@code armSkuName}, as the API gives it. */
    public AzureRetailPricesReader() {
        this(AzureRetailPricesReader::armSkuName);
    }

    /** @param sizeNames the sizes an item prices (several for a meter shared by sizes, none when unknown) */
    public AzureRetailPricesReader(Function<Item, List<String>> sizeNames) {
        this.sizeNames = sizeNames;
    }

    private static List<String> armSkuName(Item item) {
        return item.armSkuName().isEmpty() ? List.of() : List.of(item.armSkuName());
    }

    /** The texts of the derivations the rows name. */
    public static List<Derivation> derivations() {
        return List.of(
                new Derivation(RESERVATION_HOURLY, "The Retail Prices API gives a reservation's price for the whole"
                        + " term; the hourly rate is that price divided by 8,760 hours per year of the term."),
                new Derivation(WINDOWS_MINUS_LINUX, "Windows licence of a size in a region = its Windows"
                        + " pay-as-you-go price minus its Linux pay-as-you-go price, both as published for that size"
                        + " and region by the source named on the row."));
    }

    /** Reads one page of an API response: its {@code Items} array. */
    public static List<Item> readApiResponse(InputStream in, String where) throws IOException {
        JsonNode root = JSON.readTree(in);
        JsonNode items = root == null ? null : root.get("Items");
        if (items == null || !items.isArray()) {
            throw new CatalogBuildException(where + ": no \"Items\" array: not a Retail Prices API response");
        }
        List<Item> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : items) {
            Map<Integer, BigDecimal> plans = new TreeMap<>();
            JsonNode sp = n.get("savingsPlan");
            if (sp != null && sp.isArray()) {
                for (JsonNode p : sp) {
                    Integer years = years(text(p, "term"));
                    if (years != null) {
                        plans.put(years, decimal(p, "unitPrice", where + ", Items[" + i + "].savingsPlan"));
                    }
                }
            }
            out.add(new Item(text(n, "armRegionName"), text(n, "armSkuName"), text(n, "meterName"),
                    text(n, "productName"), text(n, "skuName"), text(n, "type"), text(n, "reservationTerm"),
                    decimal(n, "unitPrice", where + ", Items[" + i + "]"), text(n, "unitOfMeasure"), plans));
            i++;
        }
        return out;
    }

    /**
     * Reads azure-pricing-radar's file: an object of items keyed {@code skuId|meterId|type|term}; the
     * type and term come from the key, a {@code savingsPlanPrice} is the 1-year savings plan.
     */
    public static List<Item> readPricingRadar(InputStream in, String where) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new CatalogBuildException(where + ": not a JSON object of price items");
        }
        List<Item> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] key = e.getKey().split("\\|", -1);
            if (key.length != 4) {
                throw new CatalogBuildException(where + ": item key '" + e.getKey() + "' is not skuId|meterId|type|term");
            }
            JsonNode n = e.getValue();
            String place = where + ", item " + e.getKey();
            Map<Integer, BigDecimal> plans = new TreeMap<>();
            if (n.hasNonNull("savingsPlanPrice")) {
                plans.put(1, decimal(n, "savingsPlanPrice", place));
            }
            out.add(new Item(text(n, "armRegionName"), text(n, "armSkuName"), text(n, "meterName"),
                    text(n, "productName"), text(n, "skuName"), key[2], key[3], decimal(n, "unitPrice", place),
                    text(n, "unitOfMeasure"), plans));
        }
        return out;
    }

    /** Sorts the items into quotes per size and region, leaving out what no migrated server pays. */
    public Result read(List<Item> items) {
        SortedMap<Key, Quote> quotes = new TreeMap<>();
        SortedSet<String> cloudServices = new TreeSet<>();
        SortedMap<String, Integer> skipped = new TreeMap<>();
        int conflicts = 0;
        for (Item item : items) {
            if (CLOUD_SERVICES.matcher(item.productName()).matches()) {
                cloudServices.addAll(sizeNames.apply(item));
            }
            String reason = skipReason(item);
            if (reason != null) {
                skipped.merge(reason, 1, Integer::sum);
                continue;
            }
            List<String> sizes = sizeNames.apply(item);
            if (sizes.isEmpty()) {
                skipped.merge("size not known", 1, Integer::sum);
                continue;
            }
            boolean windows = isWindows(item.productName());
            for (String size : sizes) {
                Quote q = quotes.computeIfAbsent(new Key(item.region(), size), k -> new Quote());
                if (item.type().equalsIgnoreCase("Reservation")) {
                    Integer years = years(item.reservationTerm());
                    if (years == null || windows) {
                        skipped.merge("reservation without term", 1, Integer::sum);
                        continue;
                    }
                    conflicts += put(q.reservation, years, item.unitPrice());
                } else if (windows) {
                    conflicts += differs(q.windows, item.unitPrice());
                    q.windows = lower(q.windows, item.unitPrice());
                } else {
                    conflicts += differs(q.linux, item.unitPrice());
                    q.linux = lower(q.linux, item.unitPrice());
                    for (Map.Entry<Integer, BigDecimal> sp : item.savingsPlan().entrySet()) {
                        conflicts += put(q.savingsPlan, sp.getKey(), sp.getValue());
                    }
                }
            }
        }
        quotes.values().removeIf(q -> q.linux == null && q.windows == null && q.reservation.isEmpty());
        return new Result(quotes, cloudServices, skipped, conflicts);
    }

    /** Why an item is no price of a VM a migrated server would run on, or null when it is one. */
    static String skipReason(Item item) {
        String type = item.type();
        if (!type.equalsIgnoreCase("Consumption") && !type.equalsIgnoreCase("Reservation")) {
            return type.toLowerCase(Locale.ROOT).startsWith("devtest") ? "dev/test" : "type " + type;
        }
        String meter = item.meterName().toLowerCase(Locale.ROOT);
        String sku = item.skuName().toLowerCase(Locale.ROOT);
        if (meter.endsWith("spot") || sku.endsWith("spot")) {
            return "spot";
        }
        if (meter.endsWith("low priority") || sku.endsWith("low priority")) {
            return "low priority";
        }
        if (meter.endsWith("expired")) {
            return "expired";
        }
        if (NOT_A_VM.matcher(item.productName()).matches()) {
            return "dedicated host, cloud services or promo";
        }
        if (!item.unitOfMeasure().equalsIgnoreCase("1 Hour")) {
            return "not priced per hour";
        }
        if (item.unitPrice().signum() <= 0) {
            return "zero price";
        }
        return null;
    }

    /** Windows products end in "Windows" (a few in "Win"); every other VM product is the Linux one. */
    static boolean isWindows(String productName) {
        String p = productName.trim().toLowerCase(Locale.ROOT);
        return p.endsWith(" windows") || p.endsWith(" win");
    }

    private static int put(Map<Integer, BigDecimal> slots, Integer years, BigDecimal value) {
        BigDecimal old = slots.get(years);
        slots.put(years, lower(old, value));
        return differs(old, value);
    }

    private static int differs(BigDecimal old, BigDecimal value) {
        return old != null && old.compareTo(value) != 0 ? 1 : 0;
    }

    private static BigDecimal lower(BigDecimal old, BigDecimal value) {
        return old == null || value.compareTo(old) < 0 ? value : old;
    }

    private static Integer years(String term) {
        Matcher m = TERM.matcher(term == null ? "" : term.trim());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static BigDecimal decimal(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new CatalogBuildException(where + ": " + field + " is not a number");
        }
        return v.decimalValue();
    }
}
