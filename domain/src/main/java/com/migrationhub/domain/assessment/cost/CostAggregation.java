package com.migrationhub.domain.assessment.cost;

import com.migrationhub.domain.assessment.sizing.SizingTarget;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.PricingOption;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Sums of cost breakdowns: in all, per cloud, per pricing option, per target, per any group.
 * Every breakdown given is added: pass one region and option per server and cloud (for example
 * only the on-demand breakdowns) or the sums count a server once per option. Exact; linear in
 * the breakdowns.
 */
public final class CostAggregation {
    private CostAggregation() {
    }

    public static CostTotals total(Iterable<CostBreakdown> breakdowns) {
        CostTotals t = CostTotals.ZERO;
        for (CostBreakdown b : breakdowns) {
            t = t.plus(b);
        }
        return t;
    }

    /** Totals per cloud, in the clouds' order. */
    public static Map<Cloud, CostTotals> perCloud(Iterable<CostBreakdown> breakdowns) {
        Map<Cloud, CostTotals> m = new EnumMap<>(Cloud.class);
        for (CostBreakdown b : breakdowns) {
            m.merge(b.target().cloud(), CostTotals.ZERO.plus(b), CostTotals::plus);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Totals per pricing option, in the options' order. */
    public static Map<PricingOption, CostTotals> perOption(Iterable<CostBreakdown> breakdowns) {
        Map<PricingOption, CostTotals> m = new EnumMap<>(PricingOption.class);
        for (CostBreakdown b : breakdowns) {
            m.merge(b.target().option(), CostTotals.ZERO.plus(b), CostTotals::plus);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Totals per cloud, region and option, in the order first met. */
    public static Map<SizingTarget, CostTotals> perTarget(Iterable<CostBreakdown> breakdowns) {
        return perGroup(breakdowns, CostBreakdown::target);
    }

    /**
     * Totals per group (a move group, an application, an environment: whatever the key function
     * returns), in the order each key is first met, so the same input order gives the same map
     * order. A null key is a group of its own.
     */
    public static <K> Map<K, CostTotals> perGroup(Iterable<CostBreakdown> breakdowns,
            Function<? super CostBreakdown, ? extends K> key) {
        Map<K, CostTotals> m = new LinkedHashMap<>();
        for (CostBreakdown b : breakdowns) {
            K k = key.apply(b);
            CostTotals t = m.get(k);
            m.put(k, (t == null ? CostTotals.ZERO : t).plus(b));
        }
        return Collections.unmodifiableMap(m);
    }
}
