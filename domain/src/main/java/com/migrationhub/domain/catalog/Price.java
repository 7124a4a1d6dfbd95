package com.migrationhub.domain.catalog;

/**
 * The compute price of one size in one region under one purchase option, per hour, without any
 * operating-system licence (the Linux price). Commitments are the effective hourly rate with no
 * upfront payment.
 *
 * @param usdNanosPerHour the price in nano-dollars an hour ({@link Usd})
 * @param source          the id of the {@link CatalogSource} read
 * @param derivation      null when the price was read as published; else the id of the
 *                        {@link Derivation} that says how it was derived
 */
public record Price(Cloud cloud, String size, String region, PricingOption option, long usdNanosPerHour,
        String source, String derivation) {
}
