package com.migrationhub.domain.catalog;

import java.util.AbstractList;
import java.util.List;

/**
 * The sizes a cloud offers in one region under one pricing option, each with its compute price,
 * sorted by price then by name: the list a sizing engine scans for the cheapest size that fits.
 * Sizes without a price there (read or derived) are absent. Immutable.
 */
public final class CandidateSizes {
    private final Cloud cloud;
    private final String region;
    private final PricingOption option;
    private final InstanceSize[] sizes;
    private final Quote[] quotes;

    CandidateSizes(Cloud cloud, String region, PricingOption option, InstanceSize[] sizes, Quote[] quotes) {
        this.cloud = cloud;
        this.region = region;
        this.option = option;
        this.sizes = sizes;
        this.quotes = quotes;
    }

    public Cloud cloud() {
        return cloud;
    }

    public String region() {
        return region;
    }

    public PricingOption option() {
        return option;
    }

    public int count() {
        return sizes.length;
    }

    /** The i-th size, cheapest first. */
    public InstanceSize size(int i) {
        return sizes[i];
    }

    /** The compute price of the i-th size, an hour. */
    public Quote quote(int i) {
        return quotes[i];
    }

    /** The sizes, cheapest first, as a read-only view. */
    public List<InstanceSize> sizes() {
        return new AbstractList<>() {
            @Override
            public InstanceSize get(int index) {
                return sizes[index];
            }

            @Override
            public int size() {
                return sizes.length;
            }
        };
    }
}
