package com.migrationhub.domain.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a catalog holds, as plain lists: what the builder fills from the sources and what
 * {@link CatalogFiles} writes and reads. {@link #normalize()} sorts every list into the one order
 * the files use, so the same sources always give the same bytes.
 */
public final class CatalogContent {
    public final List<CatalogSource> sources = new ArrayList<>();
    public final List<Derivation> derivations = new ArrayList<>();
    public final List<Region> regions = new ArrayList<>();
    public final List<InstanceSize> sizes = new ArrayList<>();
    public final List<Price> prices = new ArrayList<>();
    public final List<OptionDiscount> discounts = new ArrayList<>();
    public final List<LicencePrice> licences = new ArrayList<>();
    public final List<DiskType> diskTypes = new ArrayList<>();
    public final List<DiskPrice> diskPrices = new ArrayList<>();
    public final List<OsLifecycle> lifecycles = new ArrayList<>();
    public final List<FxRate> fxRates = new ArrayList<>();

    /** Adds everything another content holds (one builder's part of the catalog). */
    public CatalogContent addAll(CatalogContent other) {
        sources.addAll(other.sources);
        derivations.addAll(other.derivations);
        regions.addAll(other.regions);
        sizes.addAll(other.sizes);
        prices.addAll(other.prices);
        discounts.addAll(other.discounts);
        licences.addAll(other.licences);
        diskTypes.addAll(other.diskTypes);
        diskPrices.addAll(other.diskPrices);
        lifecycles.addAll(other.lifecycles);
        fxRates.addAll(other.fxRates);
        return this;
    }

    /** Sorts every list by its key; returns this. */
    public CatalogContent normalize() {
        sources.sort(Comparator.comparing(CatalogSource::id));
        derivations.sort(Comparator.comparing(Derivation::id));
        regions.sort(Comparator.comparing(Region::cloud).thenComparing(Region::id));
        sizes.sort(Comparator.comparing(InstanceSize::cloud).thenComparing(InstanceSize::name));
        prices.sort(Comparator.comparing(Price::cloud).thenComparing(Price::size).thenComparing(Price::region)
                .thenComparing(Price::option));
        discounts.sort(Comparator.comparing(OptionDiscount::cloud).thenComparing(OptionDiscount::region)
                .thenComparing(OptionDiscount::family).thenComparing(OptionDiscount::option));
        licences.sort(Comparator.comparing(LicencePrice::cloud).thenComparing(LicencePrice::licence)
                .thenComparing(LicencePrice::region).thenComparing(LicencePrice::size));
        diskTypes.sort(Comparator.comparing(DiskType::cloud).thenComparing(DiskType::name));
        diskPrices.sort(Comparator.comparing(DiskPrice::cloud).thenComparing(DiskPrice::type)
                .thenComparing(DiskPrice::region));
        lifecycles.sort(Comparator.comparing(OsLifecycle::product).thenComparing(OsLifecycle::cycle));
        fxRates.sort(Comparator.comparing(FxRate::currency).thenComparing(FxRate::month));
        return this;
    }
}
