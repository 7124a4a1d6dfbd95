package com.migrationhub.domain.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes and reads a catalog as the files shipped in {@code assets/}: one TSV file per kind of
 * record ({@link Tsv}), the large price table gzip-compressed. The same content always gives the
 * same bytes, so a test can tell whether the shipped catalog is what the builder makes.
 *
 * <p>Files: {@value #SOURCES}, {@value #DERIVATIONS}, {@value #REGIONS}, {@value #SIZES},
 * {@value #PRICES}, {@value #DISCOUNTS}, {@value #LICENCES}, {@value #DISK_TYPES},
 * {@value #DISK_PRICES}, {@value #LIFECYCLE}, {@value #FX}.
 */
public final class CatalogFiles {
    public static final String SOURCES = "sources.tsv";
    public static final String DERIVATIONS = "derivations.tsv";
    public static final String REGIONS = "regions.tsv";
    public static final String SIZES = "sizes.tsv";
    public static final String PRICES = "prices.tsv.gz";
    public static final String DISCOUNTS = "discounts.tsv";
    public static final String LICENCES = "licences.tsv";
    public static final String DISK_TYPES = "disk-types.tsv";
    public static final String DISK_PRICES = "disk-prices.tsv";
    public static final String LIFECYCLE = "os-lifecycle.tsv";
    public static final String FX = "fx.tsv";
    /** Where the shipped catalog lies on the class path (the assets module's resources). */
    public static final String CLASSPATH_FOLDER = "mhub/catalog/";

    /** How to open one catalog file by name; null when there is no such file. */
    @FunctionalInterface
    public interface Opener {
        InputStream open(String name) throws IOException;
    }

    private record Table<T>(String file, String[] header, Function<CatalogContent, List<T>> list,
            Function<T, String[]> write, Function<Tsv.Row, T> read) {
    }

    private static final List<Table<?>> TABLES = List.of(
            new Table<>(SOURCES, new String[] {"id", "file", "repository", "commit", "licence", "data_date", "what"},
                    c -> c.sources,
                    s -> new String[] {s.id(), s.file(), s.repository(), s.commit(), s.licence(), s.dataDate(), s.what()},
                    r -> new CatalogSource(r.required("id"), r.text("file"), r.text("repository"), r.text("commit"),
                            r.text("licence"), r.text("data_date"), r.text("what"))),
            new Table<>(DERIVATIONS, new String[] {"id", "text"}, c -> c.derivations,
                    d -> new String[] {d.id(), d.text()},
                    r -> new Derivation(r.required("id"), r.required("text"))),
            new Table<>(REGIONS, new String[] {"cloud", "region", "name", "geography"}, c -> c.regions,
                    g -> new String[] {g.cloud().id(), g.id(), g.name(), g.geography()},
                    r -> new Region(Cloud.parse(r.required("cloud")), r.required("region"), r.text("name"),
                            r.text("geography"))),
            new Table<>(SIZES, new String[] {"cloud", "size", "family", "series", "vcpus", "memory_mib", "arch",
                    "burstable", "local_storage_gib", "max_data_disks", "max_nics", "current", "gpus", "max_iops",
                    "max_mbps", "source"}, c -> c.sizes,
                    s -> new String[] {s.cloud().id(), s.name(), s.family(), s.series(), num(s.vcpus()),
                            num(s.memoryMiB()), s.arch().id(), flag(s.burstable()), num(s.localStorageGiB()),
                            num(s.maxDataDisks()), num(s.maxNics()), flag(s.current()), num(s.gpus()), num(s.maxIops()),
                            num(s.maxMBps()), s.source()},
                    r -> new InstanceSize(Cloud.parse(r.required("cloud")), r.required("size"), r.text("family"),
                            r.text("series"), (int) r.number("vcpus"), r.number("memory_mib"),
                            Arch.parse(r.required("arch")), r.flag("burstable"), (int) r.number("local_storage_gib"),
                            (int) r.number("max_data_disks"), (int) r.number("max_nics"), r.flag("current"),
                            (int) r.number("gpus"), r.number("max_iops"), r.number("max_mbps"), r.required("source"))),
            new Table<>(PRICES, new String[] {"cloud", "size", "region", "option", "usd_hour", "source", "derivation"},
                    c -> c.prices,
                    p -> new String[] {p.cloud().id(), p.size(), p.region(), p.option().id(),
                            Usd.format(p.usdNanosPerHour()), p.source(), p.derivation()},
                    r -> new Price(Cloud.parse(r.required("cloud")), r.required("size"), r.required("region"),
                            PricingOption.parse(r.required("option")), r.usd("usd_hour"), r.required("source"),
                            r.optional("derivation"))),
            new Table<>(DISCOUNTS, new String[] {"cloud", "region", "family", "option", "ratio_ppm", "source",
                    "derivation"}, c -> c.discounts,
                    d -> new String[] {d.cloud().id(), d.region(), d.family(), d.option().id(), num(d.ratioPpm()),
                            d.source(), d.derivation()},
                    r -> new OptionDiscount(Cloud.parse(r.required("cloud")), r.required("region"), r.required("family"),
                            PricingOption.parse(r.required("option")), r.number("ratio_ppm"), r.required("source"),
                            r.required("derivation"))),
            new Table<>(LICENCES, new String[] {"cloud", "licence", "region", "size", "per_vcpu", "usd_hour",
                    "min_vcpus", "source", "derivation"}, c -> c.licences,
                    l -> new String[] {l.cloud().id(), l.licence().id(), l.region(), l.size(), flag(l.perVcpu()),
                            Usd.format(l.usdNanosPerHour()), num(l.minVcpus()), l.source(), l.derivation()},
                    r -> new LicencePrice(Cloud.parse(r.required("cloud")), Licence.parse(r.required("licence")),
                            r.required("region"), r.required("size"), r.flag("per_vcpu"), r.usd("usd_hour"),
                            (int) r.number("min_vcpus"), r.required("source"), r.optional("derivation"))),
            new Table<>(DISK_TYPES, new String[] {"cloud", "type", "label", "media", "min_gib", "max_gib", "base_iops",
                    "iops_per_gib", "max_iops", "base_mbps", "mbps_per_gib_milli", "max_mbps", "provisioned",
                    "max_iops_per_gib", "fixed_tier", "source"}, c -> c.diskTypes,
                    d -> new String[] {d.cloud().id(), d.name(), d.label(), d.media(), num(d.minGiB()), num(d.maxGiB()),
                            num(d.baseIops()), num(d.iopsPerGiB()), num(d.maxIops()), num(d.baseMBps()),
                            num(d.mbpsPerGiBMilli()), num(d.maxMBps()), flag(d.provisioned()), num(d.maxIopsPerGiB()),
                            flag(d.fixedTier()), d.source()},
                    r -> new DiskType(Cloud.parse(r.required("cloud")), r.required("type"), r.text("label"),
                            r.text("media"), r.number("min_gib"), r.number("max_gib"), r.number("base_iops"),
                            r.number("iops_per_gib"), r.number("max_iops"), r.number("base_mbps"),
                            r.number("mbps_per_gib_milli"), r.number("max_mbps"), r.flag("provisioned"),
                            r.number("max_iops_per_gib"), r.flag("fixed_tier"), r.required("source"))),
            new Table<>(DISK_PRICES, new String[] {"cloud", "type", "region", "usd_gib_month", "usd_disk_month",
                    "usd_iops_month", "usd_mbps_month", "source", "derivation"}, c -> c.diskPrices,
                    d -> new String[] {d.cloud().id(), d.type(), d.region(), Usd.format(d.gibMonth()),
                            Usd.format(d.diskMonth()), Usd.format(d.iopsMonth()), Usd.format(d.mbpsMonth()), d.source(),
                            d.derivation()},
                    r -> new DiskPrice(Cloud.parse(r.required("cloud")), r.required("type"), r.required("region"),
                            r.usd("usd_gib_month"), r.usd("usd_disk_month"), r.usd("usd_iops_month"),
                            r.usd("usd_mbps_month"), r.required("source"), r.optional("derivation"))),
            new Table<>(LIFECYCLE, new String[] {"product", "cycle", "label", "release", "support_end", "eol",
                    "extended_end", "source"}, c -> c.lifecycles,
                    l -> new String[] {l.product(), l.cycle(), l.label(), date(l.release()), date(l.supportEnd()),
                            date(l.eol()), date(l.extendedEnd()), l.source()},
                    r -> new OsLifecycle(r.required("product"), r.required("cycle"), r.text("label"),
                            date(r, "release"), date(r, "support_end"), date(r, "eol"), date(r, "extended_end"),
                            r.required("source"))),
            new Table<>(FX, new String[] {"currency", "month", "per_usd", "source"}, c -> c.fxRates,
                    f -> new String[] {f.currency(), f.month(), f.perUsd(), f.source()},
                    r -> new FxRate(r.required("currency"), r.required("month"), r.required("per_usd"),
                            r.required("source"))));

    private CatalogFiles() {
    }

    /** The names of the files a catalog consists of. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Table<?> t : TABLES) {
            names.add(t.file());
        }
        return names;
    }

    /** The catalog's files as bytes, by name, in the order of {@link #names()}; normalizes the content first. */
    public static Map<String, byte[]> render(CatalogContent content) {
        content.normalize();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Table<?> t : TABLES) {
            files.put(t.file(), render(t, content));
        }
        return files;
    }

    private static <T> byte[] render(Table<T> table, CatalogContent content) {
        List<String[]> rows = new ArrayList<>();
        for (T item : table.list().apply(content)) {
            rows.add(table.write().apply(item));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Tsv.write(out, table.file().endsWith(".gz"), table.header(), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the catalog's files into a folder (created if needed), each through a temporary file then moved. */
    public static void write(CatalogContent content, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> e : render(content).entrySet()) {
            Path target = folder.resolve(e.getKey());
            Path tmp = folder.resolve(e.getKey() + ".tmp");
            Files.write(tmp, e.getValue());
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads a catalog from a folder. */
    public static CatalogContent read(Path folder) {
        return read(name -> {
            Path p = folder.resolve(name);
            return Files.exists(p) ? Files.newInputStream(p) : null;
        }, folder.toString());
    }

    /** Reads the catalog shipped on the class path (the assets module). */
    public static CatalogContent readShipped() {
        ClassLoader loader = CatalogFiles.class.getClassLoader();
        return read(name -> loader.getResourceAsStream(CLASSPATH_FOLDER + name), "the shipped catalog");
    }

    /**
     * Reads a catalog through an opener.
     *
     * @param where names the catalog in messages (a folder, "the shipped catalog")
     * @throws CatalogException naming the file, line and column of the first problem, or a missing file
     */
    public static CatalogContent read(Opener opener, String where) {
        CatalogContent content = new CatalogContent();
        for (Table<?> t : TABLES) {
            readTable(t, content, opener, where);
        }
        return content;
    }

    private static <T> void readTable(Table<T> table, CatalogContent content, Opener opener, String where) {
        List<T> list = table.list().apply(content);
        BiConsumer<List<T>, T> add = List::add;
        try (InputStream in = opener.open(table.file())) {
            if (in == null) {
                throw new CatalogException(where + ": the catalog has no file " + table.file());
            }
            Tsv.read(in, table.file(), table.header(), row -> add.accept(list, table.read().apply(row)));
        } catch (IOException e) {
            throw new CatalogException(where + ": " + table.file() + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static String num(long n) {
        return Long.toString(n);
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static LocalDate date(Tsv.Row r, String column) {
        String t = r.optional(column);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw r.problem(column, "'" + t + "' is not a date (YYYY-MM-DD)");
        }
    }
}
