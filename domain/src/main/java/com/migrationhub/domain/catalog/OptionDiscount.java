package com.migrationhub.domain.catalog;

/**
 * A rule the catalog builder derived for sizes whose commitment price no source publishes: the
 * option's price is the on-demand price times {@code ratioPpm} / 1,000,000. Scoped to a region
 * and a family, either of which may be {@value LicencePrice#ANY}; the most specific rule wins.
 * Always derived, so {@code derivation} is never null.
 */
public record OptionDiscount(Cloud cloud, String region, String family, PricingOption option, long ratioPpm,
        String source, String derivation) {
    public static final long ONE = 1_000_000L;
}
