package com.migrationhub.reports.data;

import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.assessment.cost.Uptime;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.catalog.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rule by which the report, and the workbench's dashboard, reprice a scenario's result under
 * every purchase option: the same size; compute from the catalog under the option (a commitment
 * bills all 730 hours, on demand the scenario's uptime); licences scaled to the option's hours on
 * AWS (which bills licences with a commitment's hours); storage and network as they are. A size
 * the option does not offer in the region stays on demand, and says so.
 */
public final class PurchaseOptions {
    private PurchaseOptions() {
    }

    /**
     * A result's compute and licence under one option, in USD nano-dollars a month.
     *
     * @param fellBack whether the option does not offer the size and on demand was taken
     */
    public record Repriced(long computeNanos, long licenceNanos, boolean fellBack) {
    }

    /** {@code x} repriced under {@code option}; the scenario's own option gives the scenario's figures. */
    public static Repriced reprice(PriceCatalog catalog, ServerAssessment x, Assumptions a, Uptime u,
            PricingOption option) {
        Cloud cloud = Cloud.parse(x.cloud());
        InstanceSize size = x.size() == null ? null : catalog.size(cloud, x.size());
        if (size == null || option == a.pricing()) {
            return new Repriced(x.computeNanos(), x.licenceNanos(), false);
        }
        return apply(quote(catalog, size, x.region(), option), cloud, x, a, u);
    }

    /** The compute quote a size gets under an option in a region: the option's own, or on demand where it has none. */
    private record Offer(Quote quote, boolean committed, boolean fellBack) {
    }

    private static Offer quote(PriceCatalog catalog, InstanceSize size, String region, PricingOption option) {
        Quote q = catalog.computePrice(size, region, option);
        if (q != null) {
            return new Offer(q, option != PricingOption.ON_DEMAND, false);
        }
        return new Offer(catalog.computePrice(size, region, PricingOption.ON_DEMAND), false, true);
    }

    private static Repriced apply(Offer offer, Cloud cloud, ServerAssessment x, Assumptions a, Uptime u) {
        long compute = x.computeNanos();
        long licence = x.licenceNanos();
        Quote q = offer.quote();
        if (q != null) {
            boolean committed = offer.committed();
            boolean scenarioCommitted = a.pricing() != PricingOption.ON_DEMAND;
            compute = committed ? Usd.scale(q.usdNanos(), Uptime.MONTH_HOURS, 1)
                    : Usd.scale(q.usdNanos(), u.hoursNumerator(), u.hoursDenominator());
            if (cloud == Cloud.AWS && committed != scenarioCommitted && !u.alwaysOn()) {
                long[] from = scenarioCommitted ? new long[] {Uptime.MONTH_HOURS, 1}
                        : new long[] {u.hoursNumerator(), u.hoursDenominator()};
                long[] to = committed ? new long[] {Uptime.MONTH_HOURS, 1}
                        : new long[] {u.hoursNumerator(), u.hoursDenominator()};
                licence = BigDecimal.valueOf(licence).multiply(BigDecimal.valueOf(to[0] * from[1]))
                        .divide(BigDecimal.valueOf(to[1] * from[0]), 0, RoundingMode.HALF_UP).longValueExact();
            }
        }
        return new Repriced(compute, licence, offer.fellBack());
    }

    /**
     * The same rule for a pass over a whole scenario: the catalog's answer for each cloud, size,
     * region and option is looked up once (an estate has a few hundred of them, against 300,000
     * results). One per pass; not thread-safe.
     */
    public static final class Repricer {
        private final PriceCatalog catalog;
        private final Assumptions assumptions;
        private final Uptime uptime;
        /** cloud, then size name, then region: the offer of each option, by its ordinal; a size the catalog lacks maps to null */
        private final java.util.Map<Cloud, java.util.Map<String, java.util.Map<String, Offer[]>>> offers =
                new java.util.EnumMap<>(Cloud.class);
        private static final Offer[] UNKNOWN_SIZE = new Offer[0];

        public Repricer(PriceCatalog catalog, Assumptions assumptions, Uptime uptime) {
            this.catalog = catalog;
            this.assumptions = assumptions;
            this.uptime = uptime;
        }

        /** As {@link PurchaseOptions#reprice}, with the catalog's answers kept. */
        public Repriced reprice(ServerAssessment x, PricingOption option) {
            if (x.size() == null || option == assumptions.pricing()) {
                return new Repriced(x.computeNanos(), x.licenceNanos(), false);
            }
            Cloud cloud = Cloud.parse(x.cloud());
            Offer[] byOption = offers.computeIfAbsent(cloud, k -> new java.util.HashMap<>())
                    .computeIfAbsent(x.size(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(x.region(), k -> {
                        InstanceSize size = catalog.size(cloud, x.size());
                        return size == null ? UNKNOWN_SIZE : new Offer[PricingOption.values().length];
                    });
            if (byOption == UNKNOWN_SIZE) {
                return new Repriced(x.computeNanos(), x.licenceNanos(), false);
            }
            Offer offer = byOption[option.ordinal()];
            if (offer == null) {
                offer = quote(catalog, catalog.size(cloud, x.size()), x.region(), option);
                byOption[option.ordinal()] = offer;
            }
            return apply(offer, cloud, x, assumptions, uptime);
        }
    }
}
