package com.migrationhub.domain.assessment.cost;

import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.model.Server;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * How monthly costs are worked out from the catalog's prices.
 *
 * <p><b>Hours.</b> Pay-as-you-go compute is billed for the {@link Uptime} hours. A commitment
 * (reservation, savings plan, committed use) is billed for every hour of the month, 730,
 * whatever the uptime: the commitment is paid whether the server runs or not. A licence follows
 * compute on AWS, whose commitment rates for licensed systems include the licence; on Azure and
 * Google Cloud, whose commitments cover the infrastructure only, the licence is billed for the
 * uptime hours. Disks are billed every month in full; egress per GB.
 *
 * <p><b>Licences.</b> {@code windowsByol}: on Azure, the Azure Hybrid Benefit removes the Windows
 * Server licence (the client needs Software Assurance or subscription licences). On AWS and
 * Google Cloud, Windows Server licences bought since October 2019 have no licence mobility to
 * shared tenancy: bringing them needs dedicated hosts, so the licence-included price is kept and
 * the breakdown is flagged. {@code sqlByol}: SQL Server licences with Software Assurance move to
 * every cloud's shared tenancy (licence mobility), so the SQL licence is removed on all three.
 * The inventory has no SQL Server field: {@code sqlEdition} tells, per server, which edition it
 * runs (from a tag, an application name, a list), or null; the default says none.
 *
 * <p><b>Network.</b> {@code egressGbPerServerMonth} × the cloud's {@link EgressPrice}. The default
 * allowance is 0 GB: egress depends on the workload, any default would invent a cost for every
 * server, and the accounts' free 100 GB a month cover light use; the report says the network is
 * not estimated until an allowance is set.
 *
 * @param uptime                 hours a month (default always on, 730)
 * @param windowsByol            Windows Server licences brought (default false)
 * @param sqlByol                SQL Server licences brought (default false)
 * @param sqlEdition             the SQL Server edition a server runs (a SQL_* licence), or null
 * @param egressGbPerServerMonth GB a server sends to the internet a month (default 0)
 * @param egressPrices           the price per GB for each cloud (default {@link EgressPrice#DEFAULTS})
 * @param horizonMonths          the months the horizon totals cover (default 36)
 */
public record CostOptions(Uptime uptime, boolean windowsByol, boolean sqlByol, Function<Server, Licence> sqlEdition,
        long egressGbPerServerMonth, Map<Cloud, EgressPrice> egressPrices, int horizonMonths) {

    public CostOptions {
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(sqlEdition, "sqlEdition");
        if (egressGbPerServerMonth < 0) {
            throw new IllegalArgumentException("the egress allowance cannot be negative");
        }
        Map<Cloud, EgressPrice> m = new EnumMap<>(EgressPrice.DEFAULTS);
        m.putAll(egressPrices);
        egressPrices = Map.copyOf(m);
        if (horizonMonths <= 0) {
            throw new IllegalArgumentException("the horizon must be at least one month");
        }
    }

    public static CostOptions defaults() {
        return new CostOptions(Uptime.ALWAYS_ON, false, false, s -> null, 0, EgressPrice.DEFAULTS, 36);
    }

    public CostOptions withUptime(Uptime u) {
        return new CostOptions(u, windowsByol, sqlByol, sqlEdition, egressGbPerServerMonth, egressPrices, horizonMonths);
    }

    public CostOptions withWindowsByol(boolean byol) {
        return new CostOptions(uptime, byol, sqlByol, sqlEdition, egressGbPerServerMonth, egressPrices, horizonMonths);
    }

    public CostOptions withSqlByol(boolean byol) {
        return new CostOptions(uptime, windowsByol, byol, sqlEdition, egressGbPerServerMonth, egressPrices,
                horizonMonths);
    }

    public CostOptions withSqlEdition(Function<Server, Licence> edition) {
        return new CostOptions(uptime, windowsByol, sqlByol, edition, egressGbPerServerMonth, egressPrices,
                horizonMonths);
    }

    public CostOptions withEgress(long gbPerServerMonth) {
        return new CostOptions(uptime, windowsByol, sqlByol, sqlEdition, gbPerServerMonth, egressPrices,
                horizonMonths);
    }

    /** Overrides one cloud's egress price. */
    public CostOptions withEgressPrice(Cloud cloud, EgressPrice price) {
        Map<Cloud, EgressPrice> m = new EnumMap<>(egressPrices);
        m.put(cloud, price);
        return new CostOptions(uptime, windowsByol, sqlByol, sqlEdition, egressGbPerServerMonth, m, horizonMonths);
    }

    public CostOptions withHorizonMonths(int months) {
        return new CostOptions(uptime, windowsByol, sqlByol, sqlEdition, egressGbPerServerMonth, egressPrices, months);
    }
}
