package com.migrationhub.app.cli;

import com.migrationhub.domain.catalog.CatalogBuilder;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogDiff;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.CatalogSummary;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Usd;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"The reference data assessments use: sizes, prices, licences and disks of AWS, Azure and "
                + "Google Cloud, OS lifecycle dates and exchange rates, each with its source and date.", "",
            "The catalog ships with the workbench (built from public price data, see assets/README.md); "
                + "'catalog build' makes it anew from that data, offline."},
        subcommands = {CatalogCommand.Build.class, CatalogCommand.Show.class, CatalogCommand.Diff.class})
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** The shipped catalog, or the one in a folder. */
    static CatalogContent load(Path folder) {
        if (folder == null) {
            return CatalogFiles.readShipped();
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + ": no such catalog folder");
        }
        return CatalogFiles.read(folder);
    }

    static Path home(String first, String... more) {
        String home = System.getProperty("mhub.home");
        return home == null ? null : Path.of(home, first).resolve(String.join("/", more)).normalize();
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build the catalog from the public price data (shared/prices), offline, and write its files.",
                "", "Every price keeps its source and date; prices no source publishes are derived and say how."})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--from", paramLabel = "DIR",
                description = "The public price data (default: ../shared/prices beside the workbench's folder).")
        Path from;

        @Option(names = "--to", paramLabel = "DIR",
                description = "Where to write the catalog (default: the workbench's assets/src/main/resources/mhub/catalog).")
        Path to;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path prices = from != null ? from : home("..", "shared", "prices");
            Path target = to != null ? to : home("assets", "src", "main", "resources", "mhub", "catalog");
            if (prices == null || target == null) {
                throw new IllegalArgumentException("give the price data with --from and the target folder with --to");
            }
            long t0 = System.nanoTime();
            Progress progress = Progress.forTerminal(spec.commandLine().getErr());
            CatalogContent c = CatalogBuilder.withInstalledParts().buildInto(prices, target, progress);
            progress.finish();
            out.printf(Locale.ROOT, "Built the catalog from %s into %s in %.1f s%n", prices, target,
                    (System.nanoTime() - t0) / 1e9);
            Show.summary(out, CatalogSummary.of(c));
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show what the catalog holds, or one size's record and prices.", "",
                "Without --size: per cloud, sizes, regions and prices per purchase option (read and derived), with "
                    + "every source and its date. With --size: the size and its prices per region and option."})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--catalog", paramLabel = "DIR", description = "A catalog folder (default: the shipped one).")
        Path catalog;

        @Option(names = "--cloud", paramLabel = "CLOUD", description = "aws, azure or gcp (with --size).")
        String cloud;

        @Option(names = "--size", paramLabel = "NAME", description = "One size: m5.large, Standard_D4s_v5, n2-standard-4.")
        String size;

        @Option(names = "--region", paramLabel = "REGION", description = "Only this region (with --size).")
        String region;

        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
        OutputFormat format = OutputFormat.text;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CatalogContent c = load(catalog);
            if (size == null) {
                CatalogSummary s = CatalogSummary.of(c);
                if (format == OutputFormat.json) {
                    out.print(Json.write(json(s)));
                } else {
                    summary(out, s);
                }
            } else {
                size(out, c);
            }
            out.flush();
            return 0;
        }

        static void summary(PrintWriter out, CatalogSummary s) {
            Table t = new Table(List.of("cloud", "sizes", "current", "regions", "on-demand", "ri1y", "ri3y", "sp1y",
                    "sp3y", "rules", "licences", "disk types", "disk prices"),
                    false, true, true, true, true, true, true, true, true, true, true, true, true);
            for (CatalogSummary.CloudPart p : s.clouds()) {
                List<Object> row = new ArrayList<>(List.of(p.cloud().id(), p.sizes(), p.currentSizes(), p.regions()));
                for (PricingOption o : PricingOption.values()) {
                    row.add(p.derived(o) == 0 ? String.format(Locale.ROOT, "%,d", p.read(o))
                            : String.format(Locale.ROOT, "%,d+%,d*", p.read(o), p.derived(o)));
                }
                row.addAll(List.of(p.commitmentRules(), p.licenceRows(), p.diskTypes(), p.diskPrices()));
                t.add(row.toArray());
            }
            t.print(out);
            out.println("(n+m*: n prices read from a source, m derived; 'rules' derive commitment prices no source"
                    + " publishes)");
            out.printf(Locale.ROOT, "OS lifecycle cycles: %,d; exchange rates: %,d%n", s.lifecycles(), s.fxRates());
            out.println();
            out.println("Sources:");
            for (CatalogSource src : s.sources()) {
                out.printf(Locale.ROOT, "  %-32s %-10s %s (%s, %s)%n", src.id(), src.dataDate(), src.file(),
                        src.repository() + (src.commit().isEmpty() ? "" : " @ " + src.commit()), src.licence());
            }
        }

        static Map<String, Object> json(CatalogSummary s) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Object> clouds = new ArrayList<>();
            for (CatalogSummary.CloudPart p : s.clouds()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("cloud", p.cloud().id());
                c.put("sizes", p.sizes());
                c.put("currentSizes", p.currentSizes());
                c.put("regions", p.regions());
                Map<String, Object> prices = new LinkedHashMap<>();
                for (PricingOption o : PricingOption.values()) {
                    prices.put(o.id(), Map.of("read", p.read(o), "derived", p.derived(o)));
                }
                c.put("prices", prices);
                c.put("commitmentRules", p.commitmentRules());
                c.put("licenceRows", p.licenceRows());
                c.put("diskTypes", p.diskTypes());
                c.put("diskPrices", p.diskPrices());
                c.put("sources", p.sourceIds());
                clouds.add(c);
            }
            m.put("clouds", clouds);
            List<Object> sources = new ArrayList<>();
            for (CatalogSource src : s.sources()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", src.id());
                x.put("file", src.file());
                x.put("repository", src.repository());
                x.put("commit", src.commit());
                x.put("licence", src.licence());
                x.put("dataDate", src.dataDate());
                sources.add(x);
            }
            m.put("sources", sources);
            m.put("lifecycles", s.lifecycles());
            m.put("fxRates", s.fxRates());
            return m;
        }

        private void size(PrintWriter out, CatalogContent c) {
            Cloud only = cloud == null ? null : Cloud.parse(cloud);
            List<InstanceSize> found = c.sizes.stream().filter(s -> s.name().equalsIgnoreCase(size))
                    .filter(s -> only == null || s.cloud() == only).toList();
            if (found.isEmpty()) {
                throw new IllegalArgumentException("the catalog has no size '" + size + "'"
                        + (only == null ? "" : " for " + only.label()));
            }
            Map<String, String> derivations = new HashMap<>();
            for (Derivation d : c.derivations) {
                derivations.put(d.id(), d.text());
            }
            Map<String, CatalogSource> sources = new HashMap<>();
            c.sources.forEach(s -> sources.put(s.id(), s));
            List<Map<String, Object>> json = new ArrayList<>();
            for (InstanceSize s : found) {
                List<Price> prices = c.prices.stream().filter(p -> p.cloud() == s.cloud() && p.size().equals(s.name()))
                        .filter(p -> region == null || p.region().equalsIgnoreCase(region))
                        .sorted(Comparator.comparing(Price::region).thenComparing(Price::option)).toList();
                List<LicencePrice> licences = c.licences.stream()
                        .filter(l -> l.cloud() == s.cloud() && l.size().equals(s.name()))
                        .filter(l -> region == null || l.region().equals(LicencePrice.ANY)
                                || l.region().equalsIgnoreCase(region)).toList();
                if (format == OutputFormat.json) {
                    json.add(sizeJson(s, prices, licences));
                    continue;
                }
                out.printf(Locale.ROOT, "%s %s: %d vCPU, %,d MiB, %s%s%s, family %s (%s), data disks %s, NICs %s%s%n",
                        s.cloud().label(), s.name(), s.vcpus(), s.memoryMiB(), s.arch().id(),
                        s.burstable() ? ", burstable" : "", s.current() ? "" : ", previous generation", s.family(),
                        s.series(), s.maxDataDisks() == 0 ? "unknown" : s.maxDataDisks(),
                        s.maxNics() == 0 ? "unknown" : s.maxNics(), s.gpus() > 0 ? ", " + s.gpus() + " GPU" : "");
                Table t = new Table(List.of("region", "option", "USD/hour", "USD/month (730 h)", "source", "derived"),
                        false, false, true, true, false, false);
                for (Price p : prices) {
                    t.add(p.region(), p.option().id(), Usd.format(p.usdNanosPerHour()),
                            Usd.cents(p.usdNanosPerHour() * 730), date(sources, p.source()),
                            p.derivation() == null ? "" : p.derivation());
                }
                t.print(out);
                for (LicencePrice l : licences) {
                    out.printf(Locale.ROOT, "licence %s in %s: %s USD/hour%s%n", l.licence().id(),
                            l.region().equals(LicencePrice.ANY) ? "every region" : l.region(),
                            Usd.format(l.usdNanosPerHour()), l.derivation() == null ? "" : " (derived: "
                                    + derivations.getOrDefault(l.derivation(), l.derivation()) + ")");
                }
                prices.stream().map(Price::derivation).filter(d -> d != null).distinct().sorted()
                        .forEach(d -> out.printf("%s: %s%n", d, derivations.getOrDefault(d, "")));
                out.println();
            }
            if (format == OutputFormat.json) {
                out.print(Json.write(json));
            }
        }

        private static String date(Map<String, CatalogSource> sources, String id) {
            CatalogSource s = sources.get(id);
            return s == null ? id : id + " (" + s.dataDate() + ")";
        }

        private static Map<String, Object> sizeJson(InstanceSize s, List<Price> prices, List<LicencePrice> licences) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cloud", s.cloud().id());
            m.put("size", s.name());
            m.put("family", s.family());
            m.put("vcpus", s.vcpus());
            m.put("memoryMiB", s.memoryMiB());
            m.put("arch", s.arch().id());
            m.put("burstable", s.burstable());
            m.put("current", s.current());
            m.put("maxDataDisks", s.maxDataDisks());
            m.put("maxNics", s.maxNics());
            List<Object> p = new ArrayList<>();
            for (Price x : prices) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("region", x.region());
                e.put("option", x.option().id());
                e.put("usdPerHour", Usd.format(x.usdNanosPerHour()));
                e.put("source", x.source());
                e.put("derivation", x.derivation());
                p.add(e);
            }
            m.put("prices", p);
            List<Object> l = new ArrayList<>();
            for (LicencePrice x : licences) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("licence", x.licence().id());
                e.put("region", x.region());
                e.put("usdPerHour", Usd.format(x.usdNanosPerHour()));
                e.put("derivation", x.derivation());
                l.add(e);
            }
            m.put("licences", l);
            return m;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = {"Show what changed between two catalogs: sources, sizes, compute, licence and disk prices.", "",
                "Compares --old (default: the shipped catalog) with --new (a catalog folder) or with what --build "
                    + "would make from the public price data now. Exit code 0 either way."})
    static final class Diff implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--old", paramLabel = "DIR", description = "The older catalog folder (default: the shipped one).")
        Path old;

        @Option(names = "--new", paramLabel = "DIR", description = "The newer catalog folder.")
        Path newer;

        @Option(names = "--build", paramLabel = "PRICES", description = "Build the newer catalog from this price data.")
        Path build;

        @Option(names = "--limit", paramLabel = "N", description = "Price changes listed (default 20, largest first).")
        int limit = 20;

        @Override
        public Integer call() throws Exception {
            if ((newer == null) == (build == null)) {
                throw new IllegalArgumentException("give either --new DIR (a catalog) or --build PRICES (price data)");
            }
            PrintWriter out = spec.commandLine().getOut();
            CatalogContent before = load(old);
            CatalogContent after = newer != null ? load(newer)
                    : CatalogBuilder.withInstalledParts().build(build, com.migrationhub.domain.task.ProgressMonitor.NONE);
            CatalogDiff d = CatalogDiff.between(before.normalize(), after.normalize());
            if (d.isEmpty()) {
                out.println("The catalogs are the same.");
                out.flush();
                return 0;
            }
            changes(out, "Sources", d.sources());
            changes(out, "Sizes", d.sizes());
            long added = d.prices().stream().filter(p -> !p.wasPresent()).count();
            long removed = d.prices().stream().filter(p -> !p.isPresent()).count();
            long up = d.prices().stream().filter(p -> p.wasPresent() && p.isPresent() && p.after() > p.before()).count();
            long down = d.prices().stream().filter(p -> p.wasPresent() && p.isPresent() && p.after() < p.before()).count();
            out.printf(Locale.ROOT, "Compute prices: %,d added, %,d removed, %,d up, %,d down, %,d read/derived switched%n",
                    added, removed, up, down, d.prices().size() - added - removed - up - down);
            List<CatalogDiff.PriceChange> moved = d.prices().stream().filter(p -> p.wasPresent() && p.isPresent())
                    .sorted(Comparator.comparingDouble((CatalogDiff.PriceChange p) -> -Math.abs(p.percent()))).limit(limit)
                    .toList();
            if (!moved.isEmpty()) {
                Table t = new Table(List.of("cloud", "size", "region", "option", "old USD/h", "new USD/h", "change"),
                        false, false, false, false, true, true, true);
                for (CatalogDiff.PriceChange p : moved) {
                    t.add(p.cloud().id(), p.size(), p.region(), p.option().id(), Usd.format(p.before()),
                            Usd.format(p.after()), String.format(Locale.ROOT, "%+.1f %%", p.percent()));
                }
                t.print(out);
            }
            out.printf(Locale.ROOT, "Licence prices: %,d changed; disk prices: %,d changed%n", d.licences().size(),
                    d.diskPrices().size());
            out.flush();
            return 0;
        }

        private void changes(PrintWriter out, String title, List<CatalogDiff.Change> changes) {
            if (changes.isEmpty()) {
                return;
            }
            out.printf(Locale.ROOT, "%s: %,d changed%n", title, changes.size());
            changes.stream().limit(limit).forEach(c -> out.printf("  %-8s %s: %s%s%n", c.kind(), c.key(),
                    c.before() == null ? "" : c.before(), c.after() == null ? "" : " -> " + c.after()));
        }
    }
}
