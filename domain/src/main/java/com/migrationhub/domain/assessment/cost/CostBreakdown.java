package com.migrationhub.domain.assessment.cost;

import com.migrationhub.domain.assessment.sizing.SizingResult;
import com.migrationhub.domain.assessment.sizing.SizingTarget;
import com.migrationhub.domain.catalog.Usd;
import java.util.ArrayList;
import java.util.List;

/**
 * What one server costs a month in one cloud, region and pricing option, line by line (compute,
 * operating-system licence, SQL Server licence, storage, network), each with the quotes it was
 * computed from; the total, and the total over the horizon (months × the monthly total, exact).
 * All amounts in nano-dollars.
 *
 * @param sizing        the sizing the costs follow (size, disks, demand)
 * @param uptime        the uptime profile applied
 * @param compute       compute (the bare Linux price)
 * @param osLicence     the Windows, RHEL or SLES licence, 0 when none or brought
 * @param sqlLicence    the SQL Server licence, 0 when none or brought
 * @param storage       the disks
 * @param network       internet egress
 * @param flags         what a reader must know (a licence kept despite BYOL, an unsized server,
 *                      unpriced disks)
 * @param horizonMonths the months of {@link #horizonTotal()}
 */
public record CostBreakdown(SizingResult sizing, Uptime uptime, CostLine compute, CostLine osLicence,
        CostLine sqlLicence, CostLine storage, CostLine network, List<String> flags, int horizonMonths) {

    public CostBreakdown {
        flags = List.copyOf(flags);
    }

    public SizingTarget target() {
        return sizing.target();
    }

    public long serverId() {
        return sizing.demand().serverId();
    }

    /** The server could be sized (else compute and licences are 0 and a flag says why). */
    public boolean priced() {
        return sizing.sized();
    }

    /** The licences together. */
    public long licence() {
        return osLicence.usdNanosPerMonth() + sqlLicence.usdNanosPerMonth();
    }

    /** The monthly total. */
    public long monthly() {
        return compute.usdNanosPerMonth() + licence() + storage.usdNanosPerMonth() + network.usdNanosPerMonth();
    }

    /** The monthly total times the horizon's months. */
    public long horizonTotal() {
        return total(horizonMonths);
    }

    /** The monthly total times a number of months. */
    public long total(int months) {
        return Math.multiplyExact(monthly(), months);
    }

    public List<CostLine> lines() {
        return List.of(compute, osLicence, sqlLicence, storage, network);
    }

    /**
     * The explanation, one line each: the server and target; each cost line with its rate,
     * quantity and provenance; the flags; the monthly and horizon totals.
     */
    public List<String> explanation() {
        List<String> out = new ArrayList<>();
        String name = sizing.demand().serverName() == null ? "server " + serverId() : sizing.demand().serverName();
        out.add(name + " on " + target().label() + (priced() ? ", " + sizing.choice().size().name() : ", not sized")
                + "; uptime " + uptime.label());
        for (CostLine l : lines()) {
            out.add(l.describe());
        }
        for (String f : flags) {
            out.add("note: " + f);
        }
        out.add("total: " + Usd.format(monthly()) + " USD a month (" + Usd.cents(monthly()) + "), "
                + Usd.format(horizonTotal()) + " USD over " + horizonMonths + " months");
        return out;
    }
}
