package com.migrationhub.domain.catalog;

import java.util.Locale;

/**
 * How compute is bought. The names are the workbench's; each cloud's own product behind them:
 * <ul>
 * <li>{@code on-demand}: AWS On-Demand, Azure pay-as-you-go, Google on-demand;</li>
 * <li>{@code ri1y}, {@code ri3y}: AWS Standard Reserved Instances (no upfront), Azure
 * reservations, Google resource-based committed use discounts;</li>
 * <li>{@code sp1y}, {@code sp3y}: AWS Compute Savings Plans, Azure savings plan for compute,
 * Google flexible (spend-based) committed use discounts.</li>
 * </ul>
 * Where a source publishes no price for an option, the catalog derives one and says how.
 */
public enum PricingOption {
    ON_DEMAND("on-demand", 0),
    RI_1Y("ri1y", 1),
    RI_3Y("ri3y", 3),
    SP_1Y("sp1y", 1),
    SP_3Y("sp3y", 3);

    private final String id;
    private final int termYears;

    PricingOption(String id, int termYears) {
        this.id = id;
        this.termYears = termYears;
    }

    public String id() {
        return id;
    }

    /** The commitment in years; 0 for on-demand. */
    public int termYears() {
        return termYears;
    }

    public static PricingOption parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (PricingOption o : values()) {
            if (o.id.equals(t)) {
                return o;
            }
        }
        if (t.equals("ondemand") || t.equals("payg") || t.equals("pay-as-you-go")) {
            return ON_DEMAND;
        }
        throw new IllegalArgumentException("unknown pricing option '" + text + "': use on-demand, ri1y, ri3y, sp1y or sp3y");
    }
}
