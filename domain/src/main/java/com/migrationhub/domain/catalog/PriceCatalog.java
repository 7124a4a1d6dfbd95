package com.migrationhub.domain.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable index over a {@link CatalogContent} for the lookups the assessment engines make:
 * sizes per cloud, the compute price of a size in a region under a pricing option (read, or
 * derived from the on-demand price by the most specific {@link OptionDiscount}), licence prices
 * (most specific row), disk types and their prices, regions, and the sources and derivations
 * every {@link Quote} names.
 *
 * <p>Cost: building indexes every row once (linear in the catalog). Each lookup is a few hash
 * probes. {@link #candidates} sorts a cloud's sizes by price for one region and option the first
 * time it is asked (n log n in the cloud's sizes) and keeps the result, so the sizing of a whole
 * estate pays that once per region and option. The content is copied: changing it afterwards
 * does not change the catalog. Safe for use by many threads.
 */
public final class PriceCatalog {
    private static final Comparator<InstanceSize> BY_NAME = Comparator.comparing(InstanceSize::name);

    private record PriceKey(Cloud cloud, String size, String region, PricingOption option) {
    }

    private record DiscountKey(Cloud cloud, String region, String family, PricingOption option) {
    }

    private record LicenceKey(Cloud cloud, Licence licence, String region, String size) {
    }

    private record DiskKey(Cloud cloud, String type, String region) {
    }

    private record RegionKey(Cloud cloud, String region) {
    }

    private record CandidateKey(Cloud cloud, String region, PricingOption option) {
    }

    private final Map<String, CatalogSource> sources = new TreeMap<>();
    private final Map<String, Derivation> derivations = new TreeMap<>();
    private final Map<Cloud, List<Region>> regions = new EnumMap<>(Cloud.class);
    private final Map<Cloud, List<String>> pricedRegions = new EnumMap<>(Cloud.class);
    private final Map<Cloud, List<InstanceSize>> sizes = new EnumMap<>(Cloud.class);
    private final Map<Cloud, Map<String, InstanceSize>> sizeByName = new EnumMap<>(Cloud.class);
    private final Map<PriceKey, Price> prices = new HashMap<>();
    private final Map<DiscountKey, OptionDiscount> discounts = new HashMap<>();
    private final Map<LicenceKey, LicencePrice> licences = new HashMap<>();
    private final Set<String> pricedLicences = new HashSet<>();
    private final Map<Cloud, List<DiskType>> diskTypes = new EnumMap<>(Cloud.class);
    private final Map<Cloud, Map<String, DiskType>> diskTypeByName = new EnumMap<>(Cloud.class);
    private final Map<DiskKey, DiskPrice> diskPrices = new HashMap<>();
    private final Map<RegionKey, List<DiskOffer>> diskOffers = new HashMap<>();
    /** Sources a row names but the catalog does not list: a placeholder keeps the id visible. */
    private final Map<String, CatalogSource> unknownSources = new ConcurrentHashMap<>();
    private final Map<CandidateKey, CandidateSizes> candidates = new ConcurrentHashMap<>();

    private PriceCatalog(CatalogContent c) {
        for (CatalogSource s : c.sources) {
            put(sources, s.id(), s, "source");
        }
        for (Derivation d : c.derivations) {
            put(derivations, d.id(), d, "derivation");
        }
        for (Cloud cloud : Cloud.values()) {
            regions.put(cloud, new ArrayList<>());
            sizes.put(cloud, new ArrayList<>());
            sizeByName.put(cloud, new HashMap<>());
            diskTypes.put(cloud, new ArrayList<>());
            diskTypeByName.put(cloud, new HashMap<>());
        }
        for (Region r : c.regions) {
            regions.get(r.cloud()).add(r);
        }
        for (InstanceSize s : c.sizes) {
            if (put(sizeByName.get(s.cloud()), s.name(), s, "size") == null) {
                sizes.get(s.cloud()).add(s);
            }
        }
        Map<Cloud, TreeSet<String>> priced = new EnumMap<>(Cloud.class);
        for (Price p : c.prices) {
            put(prices, new PriceKey(p.cloud(), p.size(), p.region(), p.option()), p, "price");
            priced.computeIfAbsent(p.cloud(), k -> new TreeSet<>()).add(p.region());
        }
        for (OptionDiscount d : c.discounts) {
            put(discounts, new DiscountKey(d.cloud(), d.region(), d.family(), d.option()), d, "option discount");
        }
        for (LicencePrice l : c.licences) {
            put(licences, new LicenceKey(l.cloud(), l.licence(), l.region(), l.size()), l, "licence price");
            pricedLicences.add(l.cloud().id() + " " + l.licence().id());
        }
        for (DiskType t : c.diskTypes) {
            if (put(diskTypeByName.get(t.cloud()), t.name(), t, "disk type") == null) {
                diskTypes.get(t.cloud()).add(t);
            }
        }
        Map<RegionKey, List<DiskOffer>> offers = new HashMap<>();
        for (DiskPrice p : c.diskPrices) {
            put(diskPrices, new DiskKey(p.cloud(), p.type(), p.region()), p, "disk price");
        }
        for (DiskPrice p : diskPrices.values()) {
            DiskType t = diskTypeByName.get(p.cloud()).get(p.type());
            if (t != null) {
                long unit = t.fixedTier() ? p.diskMonth() : p.gibMonth();
                offers.computeIfAbsent(new RegionKey(p.cloud(), p.region()), k -> new ArrayList<>())
                        .add(new DiskOffer(t, p, quote(unit, p.source(), p.derivation())));
            }
        }
        for (Map.Entry<RegionKey, List<DiskOffer>> e : offers.entrySet()) {
            e.getValue().sort(Comparator.comparing(o -> o.type().name()));
            diskOffers.put(e.getKey(), List.copyOf(e.getValue()));
        }
        for (Cloud cloud : Cloud.values()) {
            regions.get(cloud).sort(Comparator.comparing(Region::id));
            regions.put(cloud, List.copyOf(regions.get(cloud)));
            sizes.get(cloud).sort(BY_NAME);
            sizes.put(cloud, List.copyOf(sizes.get(cloud)));
            diskTypes.get(cloud).sort(Comparator.comparing(DiskType::name));
            diskTypes.put(cloud, List.copyOf(diskTypes.get(cloud)));
            pricedRegions.put(cloud, List.copyOf(priced.getOrDefault(cloud, new TreeSet<>())));
        }
    }

    /** Indexes a catalog's content; the content is copied. */
    public static PriceCatalog of(CatalogContent content) {
        return new PriceCatalog(content);
    }

    /**
     * Adds a row under its key; the same row twice is harmless, two different rows under one key
     * would make a figure depend on file order, so they are refused.
     *
     * @return the row already there (equal to this one), or null
     */
    private static <K, V> V put(Map<K, V> map, K key, V value, String what) {
        V old = map.putIfAbsent(key, value);
        if (old != null && !old.equals(value)) {
            throw new IllegalArgumentException("the catalog has two different " + what + " rows for " + key
                    + ": " + old + " and " + value);
        }
        return old;
    }

    // ---------------------------------------------------------------- sizes and regions

    /** The cloud's sizes, by name. */
    public List<InstanceSize> sizes(Cloud cloud) {
        return sizes.get(cloud);
    }

    /** A size by its name, or null. */
    public InstanceSize size(Cloud cloud, String name) {
        return sizeByName.get(cloud).get(name);
    }

    /** The regions the catalog describes for the cloud, by id. */
    public List<Region> regions(Cloud cloud) {
        return regions.get(cloud);
    }

    /** A region by id, or null when the catalog does not describe it. */
    public Region region(Cloud cloud, String id) {
        for (Region r : regions.get(cloud)) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The ids of the regions in which the cloud has at least one compute price, sorted. */
    public List<String> pricedRegions(Cloud cloud) {
        return pricedRegions.get(cloud);
    }

    // ---------------------------------------------------------------- compute

    /**
     * The hourly compute price (Linux, no licence) of a size in a region under an option: the
     * price as read; else, for a commitment, the on-demand price times the most specific
     * {@link OptionDiscount} (the region and the family, the region and any family, any region
     * and the family, any region and any family), rounded half-up to a nano-dollar and marked derived with the rule's
     * derivation (its source is the on-demand price's); else null: not offered.
     */
    public Quote computePrice(InstanceSize size, String region, PricingOption option) {
        // the catalog does not change once built: each answer is kept, as an assessment or a
        // report asks for the same few hundred sizes hundreds of thousands of times
        PriceKey key = new PriceKey(size.cloud(), size.name(), region, option);
        Optional<Quote> known = computed.get(key);
        if (known == null) {
            known = Optional.ofNullable(priceOf(key, size, region, option));
            computed.putIfAbsent(key, known);
        }
        return known.orElse(null);
    }

    /** computePrice's answers by size, region and option (an empty answer where there is none). */
    private final Map<PriceKey, Optional<Quote>> computed = new ConcurrentHashMap<>();

    private Quote priceOf(PriceKey key, InstanceSize size, String region, PricingOption option) {
        Price p = prices.get(key);
        if (p != null) {
            return quote(p.usdNanosPerHour(), p.source(), p.derivation());
        }
        if (option == PricingOption.ON_DEMAND) {
            return null;
        }
        Price onDemand = prices.get(new PriceKey(size.cloud(), size.name(), region, PricingOption.ON_DEMAND));
        if (onDemand == null) {
            return null;
        }
        OptionDiscount d = discount(size.cloud(), region, size.family(), option);
        if (d == null) {
            return null;
        }
        return quote(Usd.scale(onDemand.usdNanosPerHour(), d.ratioPpm(), OptionDiscount.ONE), onDemand.source(),
                d.derivation());
    }

    /** The most specific discount rule for a family in a region, or null. */
    public OptionDiscount discount(Cloud cloud, String region, String family, PricingOption option) {
        String any = LicencePrice.ANY;
        OptionDiscount d = discounts.get(new DiscountKey(cloud, region, family, option));
        if (d == null) {
            d = discounts.get(new DiscountKey(cloud, region, any, option));
        }
        if (d == null) {
            d = discounts.get(new DiscountKey(cloud, any, family, option));
        }
        if (d == null) {
            d = discounts.get(new DiscountKey(cloud, any, any, option));
        }
        return d;
    }

    /**
     * The cloud's sizes that have a compute price in the region under the option, sorted by that
     * price then by name. Built on first use for each region and option, then kept.
     */
    public CandidateSizes candidates(Cloud cloud, String region, PricingOption option) {
        Objects.requireNonNull(region, "region");
        return candidates.computeIfAbsent(new CandidateKey(cloud, region, option), this::buildCandidates);
    }

    private CandidateSizes buildCandidates(CandidateKey key) {
        record Entry(InstanceSize size, Quote quote) {
        }
        List<Entry> entries = new ArrayList<>();
        for (InstanceSize s : sizes.get(key.cloud())) {
            Quote q = computePrice(s, key.region(), key.option());
            if (q != null) {
                entries.add(new Entry(s, q));
            }
        }
        entries.sort(Comparator.comparingLong((Entry e) -> e.quote().usdNanos()).thenComparing(e -> e.size().name()));
        InstanceSize[] s = new InstanceSize[entries.size()];
        Quote[] q = new Quote[entries.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = entries.get(i).size();
            q[i] = entries.get(i).quote();
        }
        return new CandidateSizes(key.cloud(), key.region(), key.option(), s, q);
    }

    // ---------------------------------------------------------------- licences

    /**
     * The hourly price of a licence on a size in a region: the most specific row (the size in the
     * region, the size anywhere, any size in the region, any size anywhere); a per-vCPU row is
     * multiplied by max(the size's vCPUs, the row's minimum). Null when the catalog has no row:
     * the licence cannot be bought with that size there.
     */
    /**
     * Whether the catalog prices a licence on a cloud at all. When it does not (no source gives
     * Azure's RHEL prices), a size is not refused for it: the licence is left out of the cost and
     * the assessment says so.
     */
    public boolean pricesLicence(Cloud cloud, Licence licence) {
        return pricedLicences.contains(cloud.id() + " " + licence.id());
    }

    public Quote licence(Cloud cloud, Licence licence, InstanceSize size, String region) {
        LicencePrice l = licenceRow(cloud, licence, size.name(), region);
        if (l == null) {
            return null;
        }
        long nanos = l.perVcpu() ? l.usdNanosPerHour() * Math.max(size.vcpus(), l.minVcpus()) : l.usdNanosPerHour();
        return quote(nanos, l.source(), l.derivation());
    }

    /** The most specific licence row for a size name in a region, or null. */
    public LicencePrice licenceRow(Cloud cloud, Licence licence, String sizeName, String region) {
        String any = LicencePrice.ANY;
        LicencePrice l = licences.get(new LicenceKey(cloud, licence, region, sizeName));
        if (l == null) {
            l = licences.get(new LicenceKey(cloud, licence, any, sizeName));
        }
        if (l == null) {
            l = licences.get(new LicenceKey(cloud, licence, region, any));
        }
        if (l == null) {
            l = licences.get(new LicenceKey(cloud, licence, any, any));
        }
        return l;
    }

    // ---------------------------------------------------------------- disks

    /** The cloud's disk types, by name. */
    public List<DiskType> diskTypes(Cloud cloud) {
        return diskTypes.get(cloud);
    }

    /** A disk type by name, or null. */
    public DiskType diskType(Cloud cloud, String name) {
        return diskTypeByName.get(cloud).get(name);
    }

    /** The price of a disk type in a region, or null when it is not offered there. */
    public DiskPrice diskPrice(Cloud cloud, String type, String region) {
        return diskPrices.get(new DiskKey(cloud, type, region));
    }

    /** The disk types priced in a region, by type name. */
    public List<DiskOffer> diskOffers(Cloud cloud, String region) {
        return diskOffers.getOrDefault(new RegionKey(cloud, region), List.of());
    }

    // ---------------------------------------------------------------- provenance

    /** A source by id, or null. */
    public CatalogSource source(String id) {
        return sources.get(id);
    }

    /** A derivation by id, or null. */
    public Derivation derivation(String id) {
        return derivations.get(id);
    }

    /** Every source, by id. */
    public Collection<CatalogSource> sources() {
        return Collections.unmodifiableCollection(sources.values());
    }

    /** Every derivation, by id. */
    public Collection<Derivation> derivations() {
        return Collections.unmodifiableCollection(derivations.values());
    }

    /** The derivation texts by id, in id order: the list of assumptions a report prints. */
    public Map<String, String> derivationTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        derivations.values().forEach(d -> texts.put(d.id(), d.text()));
        return texts;
    }

    /**
     * A quote with its provenance resolved: a source id the catalog does not list still shows,
     * as a source with that id and nothing else; likewise a derivation id.
     */
    public Quote quote(long nanos, String sourceId, String derivationId) {
        CatalogSource s = sources.get(sourceId);
        if (s == null) {
            s = unknownSources.computeIfAbsent(String.valueOf(sourceId),
                    id -> new CatalogSource(id, "", "", "", "", "", ""));
        }
        Derivation d = null;
        if (derivationId != null) {
            d = derivations.get(derivationId);
            if (d == null) {
                d = new Derivation(derivationId, derivationId);
            }
        }
        return new Quote(nanos, s, d);
    }
}
