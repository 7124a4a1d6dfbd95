package com.migrationhub.domain.assessment.os;

/**
 * One operating-system product as the lifecycle data and the support matrix name it, and how to
 * recognize it in a normalized {@link com.migrationhub.domain.model.OperatingSystem}.
 *
 * @param distribution  the distribution as the normalizer writes it ("Windows Server", "Ubuntu")
 * @param rawContains   lower-case text the raw OS text must contain for this row ("stream"), or ""
 * @param product       endoflife.date's product name (windows-server, rhel, ...), the key of the
 *                      lifecycle rows and of the support matrix
 * @param scheme        how a version names a cycle
 * @param supportTerm   what ends on the cycle's end-of-life date, in the vendor's words
 *                      ("extended support" for Windows, "maintenance support" for RHEL)
 * @param extendedTerm  the paid or limited support after it ("Extended Security Updates (ESU)"), or ""
 * @param upgradeFrom   the lowest version with an in-place upgrade path to a supported release: ""
 *                      when every version has one, "none" when none has (UNIX, Windows client)
 */
public record OsProduct(String distribution, String rawContains, String product, CycleScheme scheme,
        String supportTerm, String extendedTerm, String upgradeFrom) {

    /** Whether a version of this product can be upgraded in place to a supported release; null when unknown. */
    public Boolean upgradePath(String version) {
        if (upgradeFrom.equals("none")) {
            return false;
        }
        if (upgradeFrom.isEmpty()) {
            return true;
        }
        int[] v = OsVersion.parts(version);
        if (v.length == 0) {
            return null;
        }
        return OsVersion.compare(v, OsVersion.parts(upgradeFrom)) >= 0;
    }
}
