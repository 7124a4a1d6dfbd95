package com.migrationhub.connectors.prices.azure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.migrationhub.domain.catalog.CatalogBuildException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Azure files of {@code shared/prices/azure} as read, before any decision: sizes and their disk
 * limits, karpenter's Linux pay-as-you-go table, pricing-radar's VM and storage items, and the USD
 * prices of rvtools-cost-estimator. Every malformed line or value ends the build with the file and
 * place. Cost: one pass over each file, about 60,000 CSV lines and 15 MB of JSON.
 */
final class AzureSources {
    static final String KARPENTER_FILE = "azure/karpenter-payg-linux.csv";
    static final String SIZES_FILE = "azure/sizes.csv";
    static final String LIMITS_FILE = "azure/size-disk-limits.csv";
    static final String RADAR_FOLDER = "azure/pricing-radar";
    static final String RVTOOLS_FOLDER = "azure/rvtools-cost-estimator";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** A row of sizes.csv; memory is in MiB (the file's "MB" are 1,024-based). */
    record SizeRow(String name, String quotaFamily, int vcpus, long memoryMiB, int gpus, String arch) {
    }

    /** A row of size-disk-limits.csv: sustained (not burst) IOPS and MB/s. */
    record LimitRow(int maxDataDisks, long maxIops, long maxMBps) {
    }

    /** One size's USD prices in rvtools-cost-estimator; reservations already as hourly rates. */
    record RvPrices(BigDecimal linuxPayg, BigDecimal windowsPayg, BigDecimal linux1y, BigDecimal linux3y) {
    }

    final SortedMap<String, SizeRow> sizes = new TreeMap<>();
    final Map<String, LimitRow> limits = new HashMap<>();
    /** region → size → Linux pay-as-you-go; sizes trimmed, zero prices left out. */
    final SortedMap<String, SortedMap<String, BigDecimal>> karpenter = new TreeMap<>();
    int karpenterZeroPrices;
    AzureRetailPricesReader.Result radarVms;
    /** region → that region's storage items. */
    final SortedMap<String, List<AzureRetailPricesReader.Item>> radarStorage = new TreeMap<>();
    final SortedMap<String, SortedMap<String, RvPrices>> rvtools = new TreeMap<>();

    private final Path root;

    private AzureSources(Path root) {
        this.root = root;
    }

    static AzureSources read(Path prices) throws IOException {
        AzureSources s = new AzureSources(prices);
        s.readSizes(prices.resolve(SIZES_FILE));
        s.readLimits(prices.resolve(LIMITS_FILE));
        s.readKarpenter(prices.resolve(KARPENTER_FILE));
        s.readRadar(prices.resolve(RADAR_FOLDER));
        s.readRvtools(prices.resolve(RVTOOLS_FOLDER));
        return s;
    }

    private void readSizes(Path file) throws IOException {
        for (Line l : csv(file, "size,family,vcpu,memory_mb,gpu,arch")) {
            String name = l.text(0);
            if (l.integer(2) <= 0 || l.integer(3) <= 0) {
                // the source rounds memory to whole GB, so Standard_B1ls (0.5 GiB) reads as 0 MB: without a
                // true figure the size cannot be sized against, and is left out with its prices
                continue;
            }
            if (sizes.put(name, new SizeRow(name, l.text(1), l.integer(2), l.integer(3), l.integer(4), l.text(5))) != null) {
                throw l.problem("size " + name + " appears twice");
            }
        }
    }

    private void readLimits(Path file) throws IOException {
        for (Line l : csv(file, "size,max_data_disks,vcpu,max_burst_iops,max_iops,max_bw_mbps,max_burst_bw_mbps")) {
            limits.put(l.text(0).toLowerCase(Locale.ROOT), new LimitRow(l.integer(1), l.integer(4), l.integer(5)));
        }
    }

    LimitRow limit(String size) {
        return limits.get(size.toLowerCase(Locale.ROOT));
    }

    private void readKarpenter(Path file) throws IOException {
        for (Line l : csv(file, "region,size,usd_per_hour")) {
            BigDecimal price = l.decimal(2);
            if (price.signum() == 0) {
                karpenterZeroPrices++;
                continue;
            }
            SortedMap<String, BigDecimal> region = karpenter.computeIfAbsent(l.text(0), r -> new TreeMap<>());
            if (region.put(l.text(1), price) != null) {
                throw l.problem(l.text(1) + " is priced twice in " + l.text(0));
            }
        }
    }

    private void readRadar(Path folder) throws IOException {
        List<AzureRetailPricesReader.Item> vms = new ArrayList<>();
        for (Path file : files(folder, "vm-*.json")) {
            try (InputStream in = Files.newInputStream(file)) {
                vms.addAll(AzureRetailPricesReader.readPricingRadar(in, where(file)));
            }
        }
        for (Path file : files(folder, "storage-*.json")) {
            try (InputStream in = Files.newInputStream(file)) {
                for (AzureRetailPricesReader.Item item : AzureRetailPricesReader.readPricingRadar(in, where(file))) {
                    // file names are not region names (eu-west, belgium): the items say which
                    radarStorage.computeIfAbsent(item.region(), r -> new ArrayList<>()).add(item);
                }
            }
        }
        radarVms = new AzureRetailPricesReader(new MeterSizes(sizes.keySet(), karpenter)).read(vms);
    }

    private void readRvtools(Path folder) throws IOException {
        for (Path file : files(folder, "prices_*.json")) {
            JsonNode root;
            try (InputStream in = Files.newInputStream(file)) {
                root = JSON.readTree(in);
            }
            String where = where(file);
            String region = root.path("region").asText("");
            if (region.isEmpty()) {
                throw new CatalogBuildException(where + ": no region");
            }
            JsonNode vms = root.path("currencies").path("USD").path("vm_prices");
            if (!vms.isObject()) {
                throw new CatalogBuildException(where + ": no currencies.USD.vm_prices");
            }
            SortedMap<String, RvPrices> out = rvtools.computeIfAbsent(region, r -> new TreeMap<>());
            for (Iterator<Map.Entry<String, JsonNode>> it = vms.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String place = where + ", USD " + e.getKey();
                JsonNode v = e.getValue();
                out.put(e.getKey(), new RvPrices(decimal(v, "linux_payg", place), decimal(v, "windows_payg", place),
                        decimal(v, "linux_1yr", place), decimal(v, "linux_3yr", place)));
            }
        }
    }

    private static BigDecimal decimal(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber() || v.decimalValue().signum() <= 0) {
            throw new CatalogBuildException(where + ": " + field + " is not a positive number");
        }
        return v.decimalValue();
    }

    private List<Path> files(Path folder, String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new CatalogBuildException(where(folder) + ": the folder is missing");
        }
        TreeSet<Path> out = new TreeSet<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(folder, glob)) {
            dir.forEach(out::add);
        }
        if (out.isEmpty()) {
            throw new CatalogBuildException(where(folder) + ": no " + glob + " files");
        }
        return new ArrayList<>(out);
    }

    /** The file as SOURCES.md names it, relative to the prices folder. */
    private String where(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** One data line of a simple CSV file (no quoting), with its place for messages. */
    private record Line(String file, long number, String[] values) {
        String text(int i) {
            return values[i].trim();
        }

        int integer(int i) {
            try {
                return Integer.parseInt(text(i));
            } catch (NumberFormatException e) {
                throw problem("'" + text(i) + "' in column " + (i + 1) + " is not a whole number");
            }
        }

        BigDecimal decimal(int i) {
            try {
                BigDecimal d = new BigDecimal(text(i));
                if (d.signum() < 0) {
                    throw problem("'" + text(i) + "' is a negative price");
                }
                return d;
            } catch (NumberFormatException e) {
                throw problem("'" + text(i) + "' in column " + (i + 1) + " is not a number");
            }
        }

        CatalogBuildException problem(String what) {
            return new CatalogBuildException(file + ", line " + number + ": " + what);
        }
    }

    private List<Line> csv(Path file, String header) throws IOException {
        String name = where(file);
        if (!Files.isRegularFile(file)) {
            throw new CatalogBuildException(name + ": the file is missing");
        }
        int columns = header.split(",").length;
        List<Line> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null || !first.trim().equals(header)) {
                throw new CatalogBuildException(name + ", line 1: expected the header '" + header + "'");
            }
            String text;
            long number = 1;
            while ((text = r.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                String[] values = text.split(",", -1);
                if (values.length != columns) {
                    throw new CatalogBuildException(name + ", line " + number + ": " + values.length
                            + " values, expected " + columns);
                }
                out.add(new Line(name, number, values));
            }
        }
        return out;
    }

    /**
     * Names the sizes a pricing-radar item prices from its meter: "D4s v5" is Standard_D4s_v5, a
     * meter shared by sizes ("D2 v3/D2s v3") prices each, a Basic product prices Basic_ sizes.
     * Sizes are matched against sizes.csv and karpenter's names without case, blanks or underscores.
     */
    static final class MeterSizes implements Function<AzureRetailPricesReader.Item, List<String>> {
        private final Map<String, String> byKey = new HashMap<>();

        MeterSizes(Iterable<String> sizes, Map<String, ? extends Map<String, ?>> karpenter) {
            for (String s : sizes) {
                add(s);
            }
            for (Map<String, ?> region : karpenter.values()) {
                for (String s : region.keySet()) {
                    add(s);
                }
            }
        }

        private void add(String size) {
            String prefix = size.startsWith("Basic_") ? "basic:" : "";
            byKey.putIfAbsent(prefix + AzureSizeName.matchKey(size), size);
        }

        @Override
        public List<String> apply(AzureRetailPricesReader.Item item) {
            if (!item.armSkuName().isEmpty()) {
                return List.of(item.armSkuName());
            }
            String prefix = item.productName().matches(".*\\bBasic\\b.*") ? "basic:" : "";
            List<String> out = new ArrayList<>();
            for (String alternative : item.meterName().split("/")) {
                String size = byKey.get(prefix + AzureSizeName.matchKey(alternative));
                if (size != null) {
                    out.add(size);
                }
            }
            return out;
        }
    }
}
