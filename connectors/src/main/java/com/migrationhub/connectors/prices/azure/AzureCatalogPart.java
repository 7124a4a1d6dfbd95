package com.migrationhub.connectors.prices.azure;

import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.CatalogPart;
import com.migrationhub.connectors.prices.azure.AzureRetailPricesReader.Key;
import com.migrationhub.connectors.prices.azure.AzureRetailPricesReader.Quote;
import com.migrationhub.connectors.prices.azure.AzureSources.LimitRow;
import com.migrationhub.connectors.prices.azure.AzureSources.RvPrices;
import com.migrationhub.connectors.prices.azure.AzureSources.SizeRow;
import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogSource;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Derivation;
import com.migrationhub.domain.catalog.DiskPrice;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.LicencePrice;
import com.migrationhub.domain.catalog.OptionDiscount;
import com.migrationhub.domain.catalog.Price;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Region;
import com.migrationhub.domain.catalog.Usd;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Azure part of the price catalog, from the files in {@code shared/prices/azure}:
 * <ul>
 * <li>sizes from sizes.csv with the disk limits of size-disk-limits.csv (sustained IOPS and MB/s);
 * family and category from the name, previous generations marked not current
 * ({@link AzureSizeName#current()});</li>
 * <li>Linux pay-as-you-go per size and region from karpenter's table (57 regions, 2026-06-18),
 * replaced by rvtools-cost-estimator (2026-08-03) and then pricing-radar (2026-08-20) where those
 * newer sources publish the same size and region; the table's Cloud Services prices are told apart
 * and repaired ({@link CloudServicesCheck});</li>
 * <li>1-year savings plans from pricing-radar (five EU regions), 1- and 3-year reservations from
 * rvtools-cost-estimator (17 Dsv5/Esv5 sizes, 42 regions), and ratio rules calibrated on them for
 * every other size and region, including the 3-year savings plan no source publishes;</li>
 * <li>Windows licences as Windows minus Linux pay-as-you-go, per size and region where both are
 * published, per size for any region, and per vCPU as the last fallback (no source prices SQL
 * Server, RHEL or SLES on Azure);</li>
 * <li>managed disks: Premium SSD, Standard SSD and Standard HDD tiers, Premium SSD v2 and Ultra,
 * priced in the five pricing-radar regions, and West Europe's prices, marked as derived, for every
 * other region.</li>
 * </ul>
 * Every derived figure names a {@link Derivation} whose text says how it was computed. Cost: reads
 * about 15 MB of JSON and 65,000 CSV lines once; about a second.
 */
public final class AzureCatalogPart implements CatalogPart {
    static final String KARPENTER = "azure.karpenter-payg";
    static final String SIZES = "azure.sizes";
    static final String LIMITS = "azure.disk-limits";
    static final String RADAR = "azure.pricing-radar";
    static final String RVTOOLS = "azure.rvtools-cost-estimator";
    static final String DISK_TIERS = "azure.disk-tiers";

    static final String CLOUD_SERVICES_REPAIR = "azure.payg-cloud-services-repair";
    static final String WINDOWS_ANY_REGION = "azure.windows-licence-any-region";
    static final String WINDOWS_PER_VCPU = "azure.windows-licence-per-vcpu";
    static final String RI_1Y_RATIO = "azure.ri1y-ratio";
    static final String RI_3Y_RATIO = "azure.ri3y-ratio";
    static final String SP_1Y_RATIO = "azure.sp1y-ratio";
    static final String SP_3Y_RATIO = "azure.sp3y-ratio";
    static final String DISK_HOURLY = "azure.disk-hourly-to-month";
    static final String DISK_FROM_WESTEUROPE = "azure.disk-from-westeurope";

    static final String DISK_REFERENCE_REGION = "westeurope";

    /** What one build gave: the content and the counts a report on the build needs. */
    record Built(CatalogContent content, SortedMap<String, Integer> counts) {
    }

    @Override
    public String name() {
        return "azure";
    }

    @Override
    public CatalogContent build(Path prices) throws IOException {
        return assemble(AzureSources.read(prices)).content();
    }

    static Built assemble(AzureSources s) {
        return new Assembly(s).run();
    }

    /** One build's working state. */
    private static final class Assembly {
        private final AzureSources s;
        private final CatalogContent c = new CatalogContent();
        private final SortedMap<String, Integer> counts = new TreeMap<>();
        private final Map<String, String> texts = new TreeMap<>();
        private final Map<String, Integer> vcpus = new TreeMap<>();
        private final SortedMap<Key, Price> onDemand = new TreeMap<>();

        Assembly(AzureSources s) {
            this.s = s;
        }

        Built run() {
            c.sources.addAll(sources());
            sizes();
            regions();
            onDemand();
            commitments();
            licences();
            disks();
            derivations();
            c.normalize();
            return new Built(c, counts);
        }

        private void count(String what, int n) {
            counts.merge(what, n, Integer::sum);
        }

        private void sizes() {
            for (SizeRow row : s.sizes.values()) {
                AzureSizeName n = AzureSizeName.parse(row.name());
                LimitRow limit = s.limit(row.name());
                Arch arch = switch (row.arch()) {
                    case "amd64" -> Arch.X86_64;
                    case "arm64" -> Arch.ARM64;
                    default -> throw new CatalogBuildException(AzureSources.SIZES_FILE + ": size " + row.name()
                            + " has the unknown architecture '" + row.arch() + "'");
                };
                c.sizes.add(new InstanceSize(Cloud.AZURE, row.name(), n.family(), n.category(), row.vcpus(),
                        row.memoryMiB(), arch, n.burstable(), 0, limit == null ? 0 : limit.maxDataDisks(), 0,
                        n.current(), row.gpus(), limit == null ? 0 : limit.maxIops(), limit == null ? 0 : limit.maxMBps(),
                        SIZES));
                vcpus.put(row.name(), row.vcpus());
                count("sizes without disk limits", limit == null ? 1 : 0);
                count("sizes not current", n.current() ? 0 : 1);
            }
        }

        private void regions() {
            SortedMap<String, String> found = new TreeMap<>();
            s.karpenter.keySet().forEach(r -> found.putIfAbsent(r, AzureSources.KARPENTER_FILE));
            s.rvtools.keySet().forEach(r -> found.putIfAbsent(r, AzureSources.RVTOOLS_FOLDER));
            s.radarVms.quotes().keySet().forEach(k -> found.putIfAbsent(k.region(), AzureSources.RADAR_FOLDER));
            s.radarStorage.keySet().forEach(r -> found.putIfAbsent(r, AzureSources.RADAR_FOLDER));
            found.forEach((id, where) -> c.regions.add(AzureRegions.region(id, where)));
        }

        private Price price(String size, String region, PricingOption option, long nanos, String source,
                String derivation) {
            return new Price(Cloud.AZURE, size, region, option, nanos, source, derivation);
        }

        private void onDemand() {
            Set<String> priceOnly = new TreeSet<>();
            Set<String> affected = new TreeSet<>(s.radarVms.cloudServicesSizes());
            affected.retainAll(vcpus.keySet());
            Set<String> windowsInKarpenter = karpenterWindowsPrices(affected);
            int suspect = 0;
            for (Map.Entry<String, SortedMap<String, BigDecimal>> r : s.karpenter.entrySet()) {
                for (Map.Entry<String, BigDecimal> p : r.getValue().entrySet()) {
                    if (!vcpus.containsKey(p.getKey())) {
                        priceOnly.add(p.getKey());
                    } else if (windowsInKarpenter.contains(p.getKey())) {
                        suspect++;
                    } else if (!affected.contains(p.getKey())) {
                        onDemand.put(new Key(r.getKey(), p.getKey()), price(p.getKey(), r.getKey(),
                                PricingOption.ON_DEMAND, Stats.nanos(p.getValue()), KARPENTER, null));
                    }
                }
            }
            count("karpenter sizes not in sizes.csv (no vCPUs or memory: skipped)", priceOnly.size());
            count("karpenter zero prices (skipped)", s.karpenterZeroPrices);
            count("karpenter prices of sizes it shows with a Windows price (skipped): "
                    + String.join(" ", windowsInKarpenter), suspect);

            CloudServicesCheck check = new CloudServicesCheck(vcpus, affected);
            CloudServicesCheck.Calibration cal = check.calibrate(s.radarVms.quotes());
            Map<String, BigDecimal> uplifts = rvtoolsUpliftPerVcpu();
            for (CloudServicesCheck.Decision d : check.check(s.karpenter, uplifts, cal)) {
                count("karpenter Cloud Services sizes: " + d.verdict().name().toLowerCase(Locale.ROOT), 1);
                if (d.verdict() != CloudServicesCheck.Verdict.OMITTED) {
                    boolean repaired = d.verdict() == CloudServicesCheck.Verdict.REPAIRED;
                    onDemand.put(new Key(d.region(), d.size()), price(d.size(), d.region(), PricingOption.ON_DEMAND,
                            Stats.nanos(d.linux()), KARPENTER, repaired ? CLOUD_SERVICES_REPAIR : null));
                }
            }
            texts.put(CLOUD_SERVICES_REPAIR, cloudServicesText(affected, cal));

            for (Map.Entry<String, SortedMap<String, RvPrices>> r : s.rvtools.entrySet()) {
                for (Map.Entry<String, RvPrices> p : r.getValue().entrySet()) {
                    if (vcpus.containsKey(p.getKey())) {
                        replace(new Key(r.getKey(), p.getKey()), price(p.getKey(), r.getKey(), PricingOption.ON_DEMAND,
                                Stats.nanos(p.getValue().linuxPayg()), RVTOOLS, null));
                    }
                }
            }
            Set<String> radarOnly = new TreeSet<>();
            for (Price p : s.radarVms.prices(RADAR)) {
                if (!vcpus.containsKey(p.size())) {
                    radarOnly.add(p.size());
                } else if (p.option() == PricingOption.ON_DEMAND) {
                    replace(new Key(p.region(), p.size()), p);
                } else {
                    c.prices.add(p);
                }
            }
            count("pricing-radar sizes not in sizes.csv (skipped)", radarOnly.size());
            c.prices.addAll(onDemand.values());
        }

        /**
         * Sizes, other than the Cloud Services ones, whose karpenter price in a pricing-radar region is
         * that region's Windows price: the table holds a Windows price for them (NCC40ads_H100_v5, whose
         * Windows product is named "... Srs Win"), so none of its prices for them can be trusted.
         */
        private Set<String> karpenterWindowsPrices(Set<String> affected) {
            Set<String> out = new TreeSet<>();
            for (Map.Entry<Key, Quote> e : s.radarVms.quotes().entrySet()) {
                Quote q = e.getValue();
                BigDecimal k = karpenter(e.getKey());
                if (k != null && q.windows() != null && q.linux() != null && k.compareTo(q.windows()) == 0
                        && k.compareTo(q.linux()) != 0 && !affected.contains(e.getKey().size())) {
                    out.add(e.getKey().size());
                }
            }
            return out;
        }

        private BigDecimal karpenter(Key key) {
            return s.karpenter.getOrDefault(key.region(), Collections.emptySortedMap()).get(key.size());
        }

        private void replace(Key key, Price newer) {
            Price old = onDemand.put(key, newer);
            if (old != null && old.usdNanosPerHour() != newer.usdNanosPerHour()) {
                count("on-demand prices replaced by " + newer.source() + " with a different figure", 1);
            }
        }

        /** Per rvtools region, the median over its sizes of (Windows − Linux) / vCPUs. */
        private Map<String, BigDecimal> rvtoolsUpliftPerVcpu() {
            Map<String, BigDecimal> out = new TreeMap<>();
            for (Map.Entry<String, SortedMap<String, RvPrices>> r : s.rvtools.entrySet()) {
                List<BigDecimal> perVcpu = new ArrayList<>();
                for (Map.Entry<String, RvPrices> p : r.getValue().entrySet()) {
                    Integer n = vcpus.get(p.getKey());
                    if (n != null) {
                        perVcpu.add(Stats.ratio(p.getValue().windowsPayg().subtract(p.getValue().linuxPayg()),
                                BigDecimal.valueOf(n)));
                    }
                }
                if (!perVcpu.isEmpty()) {
                    out.put(r.getKey(), Stats.median(perVcpu));
                }
            }
            return out;
        }

        private String cloudServicesText(Set<String> affected, CloudServicesCheck.Calibration cal) {
            int compared = 0;
            int windows = 0;
            for (Map.Entry<Key, Quote> e : s.radarVms.quotes().entrySet()) {
                Quote q = e.getValue();
                BigDecimal k = karpenter(e.getKey());
                if (affected.contains(e.getKey().size()) && k != null && q.linux() != null && q.windows() != null) {
                    compared++;
                    windows += k.compareTo(q.windows()) == 0 ? 1 : 0;
                }
            }
            SortedSet<String> families = new TreeSet<>();
            affected.forEach(size -> families.add(AzureSizeName.parse(size).family()));
            SortedSet<String> unchecked = new TreeSet<>(families);
            unchecked.removeAll(cal.checkable());
            return "Azure also sells the sizes of the families " + String.join(", ", families) + " as Cloud Services,"
                    + " whose price includes a Windows licence, and the karpenter-provider-azure table took that price"
                    + " instead of the Linux one for many of those sizes: of the " + compared + " such karpenter prices"
                    + " that pricing-radar can check (it publishes both Linux and Windows), " + windows + " equal the"
                    + " Windows price exactly. So each region's karpenter prices of a family are put per vCPU: a price"
                    + " one Windows licence per vCPU above the family's lowest level is a Cloud Services price, and the"
                    + " Linux price on this row is that price minus the Windows licence per vCPU-hour times the vCPUs."
                    + " The licence per vCPU-hour is the median of (Windows - Linux) / vCPUs of the region's 17"
                    + " Dsv5/Esv5 sizes in rvtools-cost-estimator, or, for a region it lacks, the family's median in"
                    + " pricing-radar (" + ratios(checked(cal.uplift(), cal.checkable()), 4, "$") + ")."
                    + " Where all of a family's sizes in a region sit at one level, that level per vCPU is compared"
                    + " with the Intel counterpart's (Dsv5 for Dasv5) in the same region: pricing-radar shows the"
                    + " Linux ratio to be " + ratios(cal.amdToIntel(), 3, "") + "; the hypothesis (Linux, or Cloud"
                    + " Services minus the licence) nearer to it wins. In pricing-radar's five regions its own price"
                    + " replaces the karpenter one; this check gives the same figure for every size pricing-radar"
                    + " also publishes there. Families not priced in proportion to vCPUs or without an Intel"
                    + " counterpart sold only as VMs (" + (unchecked.isEmpty() ? "none" : String.join(", ", unchecked))
                    + ") cannot be checked and have no"
                    + " karpenter price outside pricing-radar's regions.";
        }

        private static Map<String, BigDecimal> checked(Map<String, BigDecimal> byFamily, Set<String> families) {
            Map<String, BigDecimal> out = new TreeMap<>(byFamily);
            out.keySet().retainAll(families);
            return out;
        }

        private static String ratios(Map<String, BigDecimal> byFamily, int digits, String unit) {
            List<String> parts = new ArrayList<>();
            byFamily.forEach((f, r) -> parts.add(f + " " + unit + r.setScale(digits, RoundingMode.HALF_UP).toPlainString()));
            return parts.isEmpty() ? "unknown" : String.join(", ", parts);
        }

        private void commitments() {
            List<BigDecimal> ri1All = new ArrayList<>();
            List<BigDecimal> ri3All = new ArrayList<>();
            SortedMap<String, BigDecimal> ri3ByRegion = new TreeMap<>();
            int rvSizes = 0;
            for (Map.Entry<String, SortedMap<String, RvPrices>> r : s.rvtools.entrySet()) {
                List<BigDecimal> ri1 = new ArrayList<>();
                List<BigDecimal> ri3 = new ArrayList<>();
                for (Map.Entry<String, RvPrices> p : r.getValue().entrySet()) {
                    if (!vcpus.containsKey(p.getKey())) {
                        continue;
                    }
                    RvPrices v = p.getValue();
                    c.prices.add(price(p.getKey(), r.getKey(), PricingOption.RI_1Y, Stats.nanos(v.linux1y()), RVTOOLS,
                            null));
                    c.prices.add(price(p.getKey(), r.getKey(), PricingOption.RI_3Y, Stats.nanos(v.linux3y()), RVTOOLS,
                            null));
                    ri1.add(Stats.ratio(v.linux1y(), v.linuxPayg()));
                    ri3.add(Stats.ratio(v.linux3y(), v.linuxPayg()));
                }
                if (ri1.isEmpty()) {
                    continue;
                }
                rvSizes = Math.max(rvSizes, ri1.size());
                discount(r.getKey(), PricingOption.RI_1Y, Stats.median(ri1), RVTOOLS, RI_1Y_RATIO);
                discount(r.getKey(), PricingOption.RI_3Y, Stats.median(ri3), RVTOOLS, RI_3Y_RATIO);
                ri3ByRegion.put(r.getKey(), Stats.median(ri3));
                ri1All.addAll(ri1);
                ri3All.addAll(ri3);
            }
            discount(LicencePrice.ANY, PricingOption.RI_1Y, Stats.median(ri1All), RVTOOLS, RI_1Y_RATIO);
            discount(LicencePrice.ANY, PricingOption.RI_3Y, Stats.median(ri3All), RVTOOLS, RI_3Y_RATIO);
            ri3ByRegion.put(LicencePrice.ANY, Stats.median(ri3All));
            texts.put(RI_1Y_RATIO, reservationText(1, ri1All.size(), rvSizes));
            texts.put(RI_3Y_RATIO, reservationText(3, ri3All.size(), rvSizes));

            SortedMap<String, List<BigDecimal>> sp1ByRegion = new TreeMap<>();
            List<BigDecimal> sp1All = new ArrayList<>();
            List<BigDecimal> shares = new ArrayList<>();
            for (Map.Entry<Key, Quote> e : s.radarVms.quotes().entrySet()) {
                Quote q = e.getValue();
                BigDecimal sp = q.savingsPlan().get(1);
                if (!vcpus.containsKey(e.getKey().size()) || q.linux() == null || sp == null) {
                    continue;
                }
                BigDecimal ratio = Stats.ratio(sp, q.linux());
                sp1ByRegion.computeIfAbsent(e.getKey().region(), r -> new ArrayList<>()).add(ratio);
                sp1All.add(ratio);
                RvPrices rv = s.rvtools.getOrDefault(e.getKey().region(), Collections.emptySortedMap())
                        .get(e.getKey().size());
                if (rv != null) {
                    BigDecimal riSaving = BigDecimal.ONE.subtract(Stats.ratio(rv.linux1y(), rv.linuxPayg()));
                    shares.add(Stats.ratio(BigDecimal.ONE.subtract(ratio), riSaving));
                }
            }
            sp1ByRegion.forEach((region, ratios) ->
                    discount(region, PricingOption.SP_1Y, Stats.median(ratios), RADAR, SP_1Y_RATIO));
            discount(LicencePrice.ANY, PricingOption.SP_1Y, Stats.median(sp1All), RADAR, SP_1Y_RATIO);
            texts.put(SP_1Y_RATIO, "1-year savings plan price = Linux pay-as-you-go price x ratio, for a size and"
                    + " region without a published savings-plan price. Calibrated on pricing-radar (2026-08-20), the"
                    + " only source with savings-plan prices: for each of its " + sp1ByRegion.size() + " regions, the"
                    + " median over all its sizes with both a Linux pay-as-you-go and a 1-year savings-plan price of"
                    + " (savings-plan price / pay-as-you-go price); for any other region (*), the median over all "
                    + sp1All.size() + " such size-region pairs = " + Stats.ppm(Stats.median(sp1All)) + " ppm.");

            BigDecimal share = Stats.median(shares);
            ri3ByRegion.forEach((region, ri3) -> discount(region, PricingOption.SP_3Y,
                    BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(ri3).multiply(share)), RVTOOLS, SP_3Y_RATIO));
            texts.put(SP_3Y_RATIO, "No source publishes 3-year savings-plan prices. Assumed: the 3-year savings plan"
                    + " keeps the same share of the 3-year reservation's saving as the 1-year savings plan keeps of"
                    + " the 1-year reservation's saving. Share = median, over the " + shares.size() + " size-region"
                    + " pairs (Dsv5/Esv5 sizes in the regions both pricing-radar and rvtools-cost-estimator cover)"
                    + " with a 1-year savings plan and a 1-year reservation, of (1 - savings plan / pay-as-you-go) /"
                    + " (1 - reservation / pay-as-you-go) = " + share.setScale(4, RoundingMode.HALF_UP).toPlainString()
                    + ". Ratio for a region = 1 - (1 - that region's 3-year reservation ratio, rule "
                    + RI_3Y_RATIO + ") x share; for any other region (*) the same from the * reservation ratio.");
        }

        private String reservationText(int years, int pairs, int sizesPerRegion) {
            return years + "-year reservation price (hourly, no upfront) = Linux pay-as-you-go price x ratio, for a"
                    + " size and region without a published reservation price. Calibrated on rvtools-cost-estimator"
                    + " (2026-08-03), whose USD prices include " + years + "-year reservations for "
                    + sizesPerRegion + " Dsv5 and Esv5 sizes in " + s.rvtools.size() + " regions: for each of those"
                    + " regions, the median over its sizes of (" + years + "-year reservation hourly rate / Linux"
                    + " pay-as-you-go price); for any other region (*), the median over all " + pairs
                    + " size-region pairs. Applied to every family on the assumption that Azure's reservation"
                    + " discount for a family is close to that of Dsv5/Esv5; check the family's own reservation"
                    + " price before a commitment.";
        }

        private void discount(String region, PricingOption option, BigDecimal ratio, String source, String derivation) {
            c.discounts.add(new OptionDiscount(Cloud.AZURE, region, LicencePrice.ANY, option, Stats.ppm(ratio), source,
                    derivation));
        }

        private void licences() {
            Set<Key> published = new TreeSet<>();
            SortedMap<String, List<BigDecimal>> bySize = new TreeMap<>();
            List<BigDecimal> perVcpu = new ArrayList<>();
            for (LicencePrice l : s.radarVms.licences(RADAR)) {
                if (!vcpus.containsKey(l.size())) {
                    continue;
                }
                c.licences.add(l);
                published.add(new Key(l.region(), l.size()));
                bySize.computeIfAbsent(l.size(), k -> new ArrayList<>()).add(BigDecimal.valueOf(l.usdNanosPerHour()));
                perVcpu.add(Stats.ratio(BigDecimal.valueOf(l.usdNanosPerHour()), BigDecimal.valueOf(vcpus.get(l.size()))));
            }
            for (Map.Entry<String, SortedMap<String, RvPrices>> r : s.rvtools.entrySet()) {
                for (Map.Entry<String, RvPrices> p : r.getValue().entrySet()) {
                    if (vcpus.containsKey(p.getKey()) && !published.contains(new Key(r.getKey(), p.getKey()))) {
                        long uplift = Stats.nanos(p.getValue().windowsPayg()) - Stats.nanos(p.getValue().linuxPayg());
                        c.licences.add(new LicencePrice(Cloud.AZURE, Licence.WINDOWS, r.getKey(), p.getKey(), false,
                                uplift, 0, RVTOOLS, AzureRetailPricesReader.WINDOWS_MINUS_LINUX));
                    }
                }
            }
            bySize.forEach((size, values) -> c.licences.add(new LicencePrice(Cloud.AZURE, Licence.WINDOWS,
                    LicencePrice.ANY, size, false, wholeNanos(Stats.median(values)), 0, RADAR, WINDOWS_ANY_REGION)));
            BigDecimal fallback = Stats.median(perVcpu);
            c.licences.add(new LicencePrice(Cloud.AZURE, Licence.WINDOWS, LicencePrice.ANY, LicencePrice.ANY, true,
                    wholeNanos(fallback), 0, RADAR, WINDOWS_PER_VCPU));
            texts.put(WINDOWS_ANY_REGION, "Windows licence of a size in a region without a published Windows price:"
                    + " the median of the size's Windows - Linux pay-as-you-go difference over the pricing-radar"
                    + " regions (up to five: West Europe, North Europe, France Central, Sweden Central, Belgium"
                    + " Central) that publish both. Azure charges the same Windows licence in nearly every region.");
            texts.put(WINDOWS_PER_VCPU, "Windows licence per vCPU-hour for a size with no published Windows price"
                    + " anywhere: the median over all " + perVcpu.size() + " size-region pairs in pricing-radar"
                    + " (2026-08-20) of (Windows - Linux pay-as-you-go) / vCPUs = $" + Usd.format(wholeNanos(fallback))
                    + ". B-series (burstable) sizes pay about a tenth of this, so the fallback overstates them.");
        }

        private static long wholeNanos(BigDecimal nanos) {
            return nanos.setScale(0, RoundingMode.HALF_UP).longValueExact();
        }

        private void disks() {
            c.diskTypes.addAll(AzureDisks.types(DISK_TIERS));
            SortedMap<String, SortedMap<String, DiskPrice>> byRegion = new TreeMap<>();
            s.radarStorage.forEach((region, items) -> byRegion.put(region,
                    AzureDisks.prices(items, region, RADAR, DISK_HOURLY, AzureSources.RADAR_FOLDER)));
            SortedMap<String, DiskPrice> reference = byRegion.get(DISK_REFERENCE_REGION);
            if (reference == null || reference.isEmpty()) {
                throw new CatalogBuildException(AzureSources.RADAR_FOLDER + ": no managed-disk prices for "
                        + DISK_REFERENCE_REGION + ", which every other region's disk prices are derived from");
            }
            byRegion.values().forEach(m -> c.diskPrices.addAll(m.values()));
            BigDecimal low = null;
            BigDecimal high = null;
            for (Map.Entry<String, SortedMap<String, DiskPrice>> r : byRegion.entrySet()) {
                if (r.getKey().equals(DISK_REFERENCE_REGION)) {
                    continue;
                }
                for (DiskPrice p : r.getValue().values()) {
                    DiskPrice ref = reference.get(p.type());
                    if (ref != null && main(ref) > 0) {
                        BigDecimal ratio = Stats.ratio(BigDecimal.valueOf(main(p)), BigDecimal.valueOf(main(ref)));
                        low = low == null || ratio.compareTo(low) < 0 ? ratio : low;
                        high = high == null || ratio.compareTo(high) > 0 ? ratio : high;
                    }
                }
            }
            int derived = 0;
            for (Region r : c.regions) {
                if (!byRegion.containsKey(r.id())) {
                    for (DiskPrice p : reference.values()) {
                        c.diskPrices.add(new DiskPrice(Cloud.AZURE, p.type(), r.id(), p.gibMonth(), p.diskMonth(),
                                p.iopsMonth(), p.mbpsMonth(), RADAR, DISK_FROM_WESTEUROPE));
                    }
                    derived++;
                }
            }
            count("regions with disk prices derived from " + DISK_REFERENCE_REGION, derived);
            texts.put(DISK_HOURLY, "Premium SSD v2 and Ultra Disk meters are priced per hour (per GiB, per"
                    + " provisioned IOPS, per provisioned MB/s); the monthly price is the hourly price x 730 hours,"
                    + " the month Azure's pricing calculator uses.");
            texts.put(DISK_FROM_WESTEUROPE, "No source gives managed-disk prices for this region: West Europe's"
                    + " prices (pricing-radar, 2026-08-20; Premium SSD v2 and Ultra hourly meters x 730 hours) are used"
                    + " unchanged, as an estimate. In the " + (byRegion.size() - 1) + " other regions pricing-radar"
                    + " prices, the same disk costs between " + Stats.percent(low) + " and " + Stats.percent(high)
                    + " of West Europe's price; other geographies can differ more.");
        }

        /** The figure a disk price is compared by: per disk for a tier, per GiB otherwise. */
        private static long main(DiskPrice p) {
            return p.diskMonth() > 0 ? p.diskMonth() : p.gibMonth();
        }

        private void derivations() {
            AzureRetailPricesReader.derivations().forEach(d -> texts.put(d.id(), d.text()));
            SortedSet<String> used = new TreeSet<>();
            c.prices.forEach(p -> addIfSet(used, p.derivation()));
            c.discounts.forEach(d -> addIfSet(used, d.derivation()));
            c.licences.forEach(l -> addIfSet(used, l.derivation()));
            c.diskPrices.forEach(d -> addIfSet(used, d.derivation()));
            for (String id : used) {
                String text = texts.get(id);
                if (text == null) {
                    throw new IllegalStateException("derivation " + id + " is used but has no text");
                }
                c.derivations.add(new Derivation(id, text));
            }
        }

        private static void addIfSet(Set<String> used, String id) {
            if (id != null) {
                used.add(id);
            }
        }

        private static List<CatalogSource> sources() {
            return List.of(
                    new CatalogSource(KARPENTER, AzureSources.KARPENTER_FILE, "Azure/karpenter-provider-azure",
                            "2b431da1", "Apache-2.0", "2026-06-18", "Linux pay-as-you-go price per VM size in 57"
                                    + " regions, from the Azure Retail Prices API (pkg/providers/pricing/"
                                    + "zz_generated.pricing.go as CSV)"),
                    new CatalogSource(SIZES, AzureSources.SIZES_FILE, "kubernetes/autoscaler", "03e49d9c",
                            "Apache-2.0", "2026-03", "VM sizes: quota family, vCPUs, memory MiB, GPUs, architecture"
                                    + " (cluster-autoscaler/cloudprovider/azure/azure_instance_types.go as CSV)"),
                    new CatalogSource(LIMITS, AzureSources.LIMITS_FILE, "kubernetes-sigs/azuredisk-csi-driver",
                            "3ccc92fa", "Apache-2.0", "2025-03-07", "maximum data disks and sustained (not burst)"
                                    + " IOPS and MB/s per VM size (pkg/optimization/azure_skus_map.go as CSV)"),
                    new CatalogSource(RADAR, AzureSources.RADAR_FOLDER + "/{vm,storage}-<region>.json",
                            "andy-diericks/azure-pricing-radar", "cf741f25", "MIT", "2026-08-20", "Retail Prices"
                                    + " API items (data/latest/) for westeurope, northeurope, francecentral,"
                                    + " swedencentral and belgiumcentral: Linux and Windows pay-as-you-go, 1-year"
                                    + " savings plan, managed-disk prices"),
                    new CatalogSource(RVTOOLS, AzureSources.RVTOOLS_FOLDER + "/prices_<region>.json",
                            "KimTholstorf/azure-rvtools-cost-estimator", "b4a01386",
                            "MIT (stated in its pyproject.toml; see licenses/)", "2026-08-03", "USD Linux and"
                                    + " Windows pay-as-you-go and 1- and 3-year reservation hourly rates of 17"
                                    + " Dsv5/Esv5 sizes in 42 regions (docs/prices/); its disk prices are wrong and"
                                    + " not used"),
                    new CatalogSource(DISK_TIERS, "", "MicrosoftDocs/azure-docs",
                            "1d25717f, 90c75562, 14cd543f", "CC-BY-4.0", "2023-03-16", "size, IOPS and MB/s of"
                                    + " the Premium SSD, Standard SSD and Standard HDD tiers"
                                    + " (includes/disk-storage-{premium-ssd,standard-ssd,standard-hdd}-sizes.md);"
                                    + " Premium SSD v2 and Ultra Disk limits from the 'Azure managed disk types'"
                                    + " page (learn.microsoft.com/azure/virtual-machines/disks-types)"));
        }
    }
}
