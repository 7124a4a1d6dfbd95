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
        long compute = x.computeNanos();
        long licence = x.licenceNanos();
        Cloud cloud = Cloud.parse(x.cloud());
        InstanceSize size = x.size() == null ? null : catalog.size(cloud, x.size());
        if (size == null || option == a.pricing()) {
            return new Repriced(compute, licence, false);
        }
        boolean scenarioCommitted = a.pricing() != PricingOption.ON_DEMAND;
        Quote q = catalog.computePrice(size, x.region(), option);
        PricingOption used = option;
        boolean fellBack = false;
        if (q == null) {
            q = catalog.computePrice(size, x.region(), PricingOption.ON_DEMAND);
            used = PricingOption.ON_DEMAND;
            fellBack = true;
        }
        if (q != null) {
            boolean committed = used != PricingOption.ON_DEMAND;
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
        return new Repriced(compute, licence, fellBack);
    }
}
