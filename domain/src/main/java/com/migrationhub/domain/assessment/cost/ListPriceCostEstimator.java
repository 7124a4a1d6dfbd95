package com.migrationhub.domain.assessment.cost;

import com.migrationhub.domain.assessment.sizing.DiskChoice;
import com.migrationhub.domain.assessment.sizing.LicenceCharge;
import com.migrationhub.domain.assessment.sizing.Licensing;
import com.migrationhub.domain.assessment.sizing.RightSizing;
import com.migrationhub.domain.assessment.sizing.SizeChoice;
import com.migrationhub.domain.assessment.sizing.SizeOverride;
import com.migrationhub.domain.assessment.sizing.SizingDemand;
import com.migrationhub.domain.assessment.sizing.SizingResult;
import com.migrationhub.domain.assessment.sizing.SizingTarget;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.model.Server;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cost estimation at catalog list prices: sizes each server with the licences that will actually
 * be charged (so a Windows or SQL Server licence, which grows with vCPUs, weighs in the choice of
 * size), then prices each line: compute and licences an hour × the hours billed
 * ({@link CostOptions}), disks a month, egress per GB. Every line is rounded half-up to a
 * nano-dollar once; the total is the exact sum of the lines.
 *
 * <p>The size is ranked by hourly rates. When compute and licence are billed for different hours
 * (an Azure or Google commitment with a part-time uptime) the cheapest hourly size may, rarely,
 * not be the cheapest monthly one; always-on and pay-as-you-go estimates are exact.
 *
 * <p>Cost: one sizing ({@link RightSizing}) plus a few multiplications per server and target.
 */
public final class ListPriceCostEstimator implements CostEstimator {
    private final RightSizing sizing;
    private final CostOptions options;
    private final Map<Cloud, Quote> egress = new EnumMap<>(Cloud.class);

    public ListPriceCostEstimator(RightSizing sizing, CostOptions options) {
        this.sizing = Objects.requireNonNull(sizing, "sizing");
        this.options = Objects.requireNonNull(options, "options");
        for (Cloud c : Cloud.values()) {
            egress.put(c, options.egressPrices().get(c).quote(c));
        }
    }

    public RightSizing sizing() {
        return sizing;
    }

    public CostOptions options() {
        return options;
    }

    @Override
    public SizingDemand demand(Server server) {
        return sizing.demand(server);
    }

    @Override
    public CostBreakdown estimate(Server server, SizingDemand demand, SizingTarget target) {
        return estimate(server, demand, target, sqlEdition(server));
    }

    /** The SQL Server edition the server runs, by the options' rule, or null: worked out once a server. */
    public Licence sqlEdition(Server server) {
        return options.sqlEdition().apply(server);
    }

    /** The estimate with the server's SQL Server edition (from {@link #sqlEdition}) already known. */
    public CostBreakdown estimate(Server server, SizingDemand demand, SizingTarget target, Licence sql) {
        return estimate(server, demand, target, sql, null);
    }

    /** The first words of the flag that says a consultant's size could not be used. */
    public static final String SIZE_OVERRIDE_REFUSED = "size set by the consultant not used: ";

    /**
     * The estimate with the consultant's size, where one is set for the target's cloud: that size
     * is priced instead of the cheapest fit. Where the region does not offer it (or the server
     * cannot run on it) the cheapest fit is kept and a flag starting with
     * {@link #SIZE_OVERRIDE_REFUSED} says why; where it falls short of the demand, a flag says so.
     */
    public CostBreakdown estimate(Server server, SizingDemand demand, SizingTarget target, Licence sql,
            SizeOverride sizeOverride) {
        Cloud cloud = target.cloud();
        List<String> flags = new ArrayList<>(2);
        Licence os = Licensing.forOs(server.os);
        String osNote = null;
        List<Licence> charged = new ArrayList<>(2);
        if (os == Licence.WINDOWS && options.windowsByol()) {
            if (cloud == Cloud.AZURE) {
                osNote = "Windows Server licence brought: Azure Hybrid Benefit (needs Software Assurance or "
                        + "subscription licences)";
            } else {
                charged.add(os);
                flags.add("Windows Server BYOL on " + cloud.label() + " needs dedicated hosts (no licence mobility "
                        + "to shared tenancy): the licence-included price is kept");
            }
        } else if (os != null) {
            charged.add(os);
        }
        String sqlNote = null;
        if (sql != null) {
            if (sql != Licence.SQL_WEB && sql != Licence.SQL_STANDARD && sql != Licence.SQL_ENTERPRISE) {
                throw new IllegalArgumentException("the SQL Server edition of " + server.name + " is " + sql
                        + ", not a SQL Server licence");
            }
            if (options.sqlByol()) {
                sqlNote = "SQL Server licence brought (licence mobility through Software Assurance)";
            } else {
                charged.add(sql);
            }
        }

        SizingResult r = null;
        if (sizeOverride != null && sizeOverride.cloud() == cloud) {
            RightSizing.Forced forced = sizing.sizeAs(demand, target, List.copyOf(charged), sizeOverride);
            if (forced.result() != null) {
                r = forced.result();
                if (forced.shortfall() != null) {
                    flags.add("the size set by the consultant, " + r.choice().size().name() + ", falls short of the "
                            + "demand: " + forced.shortfall());
                }
            } else {
                flags.add(SIZE_OVERRIDE_REFUSED + sizeOverride.size() + ": " + forced.refused()
                        + "; the cheapest fit is kept");
            }
        }
        if (r == null) {
            r = sizing.size(demand, target, List.copyOf(charged));
        }
        Uptime u = options.uptime();
        boolean commitment = target.option() != PricingOption.ON_DEMAND;
        long computeNum = commitment ? Uptime.MONTH_HOURS : u.hoursNumerator();
        long computeDen = commitment ? 1 : u.hoursDenominator();
        boolean licenceAllHours = commitment && cloud == Cloud.AWS;
        long licenceNum = licenceAllHours ? Uptime.MONTH_HOURS : u.hoursNumerator();
        long licenceDen = licenceAllHours ? 1 : u.hoursDenominator();
        String computeNote = commitment && !u.alwaysOn()
                ? "a commitment is billed for all 730 hours whatever the uptime" : null;

        CostLine compute;
        CostLine osLine;
        CostLine sqlLine;
        SizeChoice c = r.choice();
        if (c == null) {
            String why = "not sized: " + r.noSize();
            flags.add(why);
            compute = CostLine.zero(CostKind.COMPUTE, why);
            osLine = CostLine.zero(CostKind.OS_LICENCE, osNote);
            sqlLine = CostLine.zero(CostKind.SQL_LICENCE, sqlNote);
        } else {
            compute = CostLine.rate(CostKind.COMPUTE, c.compute().usdNanos(), "h", computeNum, computeDen,
                    List.of(c.compute()), computeNote);
            osLine = licenceLine(CostKind.OS_LICENCE, c, os, licenceNum, licenceDen, osNote);
            sqlLine = licenceLine(CostKind.SQL_LICENCE, c, sql, licenceNum, licenceDen, sqlNote);
        }

        List<Quote> diskQuotes = new ArrayList<>(r.disks().size());
        int unpriced = 0;
        for (DiskChoice d : r.disks()) {
            if (d.fits()) {
                diskQuotes.add(d.quote());
            } else {
                unpriced++;
            }
        }
        String storageNote = null;
        if (unpriced > 0) {
            storageNote = unpriced + " of " + r.disks().size() + " disks not priced";
            flags.add("storage incomplete: " + storageNote);
        } else if (r.disks().isEmpty()) {
            storageNote = "the inventory lists no disks";
        }
        CostLine storage = new CostLine(CostKind.STORAGE, r.storageUsdNanosPerMonth(), 0, null, 0, 1,
                List.copyOf(diskQuotes), storageNote);

        CostLine network;
        long gb = options.egressGbPerServerMonth();
        if (gb == 0) {
            network = CostLine.zero(CostKind.NETWORK, "not estimated: no egress allowance set (0 GB a server-month)");
        } else {
            Quote q = egress.get(cloud);
            network = CostLine.rate(CostKind.NETWORK, q.usdNanos(), "GB", gb, 1, List.of(q), null);
        }
        return new CostBreakdown(r, u, compute, osLine, sqlLine, storage, network, List.copyOf(flags),
                options.horizonMonths());
    }

    private static CostLine licenceLine(CostKind kind, SizeChoice c, Licence licence, long num, long den,
            String note) {
        if (licence != null) {
            for (LicenceCharge l : c.licences()) {
                if (l.licence() == licence) {
                    return CostLine.rate(kind, l.quote().usdNanos(), "h", num, den, List.of(l.quote()),
                            licence.id() + " licence" + (note == null ? "" : "; " + note));
                }
            }
        }
        return CostLine.zero(kind, note);
    }
}
