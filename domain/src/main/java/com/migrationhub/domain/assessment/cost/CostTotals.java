package com.migrationhub.domain.assessment.cost;

/**
 * Monthly costs summed over several breakdowns, by line, in nano-dollars.
 *
 * @param breakdowns how many breakdowns were summed
 * @param unpriced   how many of them had no size (their compute and licences count as 0)
 */
public record CostTotals(int breakdowns, int unpriced, long compute, long osLicence, long sqlLicence, long storage,
        long network) {

    public static final CostTotals ZERO = new CostTotals(0, 0, 0, 0, 0, 0, 0);

    public CostTotals plus(CostBreakdown b) {
        return new CostTotals(breakdowns + 1, unpriced + (b.priced() ? 0 : 1),
                Math.addExact(compute, b.compute().usdNanosPerMonth()),
                Math.addExact(osLicence, b.osLicence().usdNanosPerMonth()),
                Math.addExact(sqlLicence, b.sqlLicence().usdNanosPerMonth()),
                Math.addExact(storage, b.storage().usdNanosPerMonth()),
                Math.addExact(network, b.network().usdNanosPerMonth()));
    }

    public CostTotals plus(CostTotals o) {
        return new CostTotals(breakdowns + o.breakdowns, unpriced + o.unpriced, Math.addExact(compute, o.compute),
                Math.addExact(osLicence, o.osLicence), Math.addExact(sqlLicence, o.sqlLicence),
                Math.addExact(storage, o.storage), Math.addExact(network, o.network));
    }

    public long licence() {
        return osLicence + sqlLicence;
    }

    public long monthly() {
        return Math.addExact(Math.addExact(Math.addExact(compute, licence()), storage), network);
    }

    /** The monthly total times a number of months. */
    public long total(int months) {
        return Math.multiplyExact(monthly(), months);
    }
}
