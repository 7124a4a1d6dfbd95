package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.DiskOffer;
import com.migrationhub.domain.catalog.DiskType;
import com.migrationhub.domain.catalog.Quote;

/**
 * The cloud disk chosen for one disk of a server: the cheapest priced disk type in the region
 * that holds its capacity and delivers its IOPS and MB/s, provisioning more size or performance
 * where the type allows, ties broken by type name. Without a fit, {@code offer} is null and
 * {@code unmet} says why.
 *
 * @param demand           what the disk needs
 * @param offer            the disk type and its prices there, or null
 * @param provisionedGiB   the size bought (a fixed tier's full size; more than the capacity where
 *                         the type's performance grows with size)
 * @param iops             the IOPS the disk delivers (included plus bought)
 * @param mbps             the MB/s it delivers
 * @param extraIops        IOPS bought above those included
 * @param extraMbps        MB/s bought above those included
 * @param usdNanosPerMonth its price a month
 * @param unmet            why no disk type fits, or null
 */
public record DiskChoice(DiskDemand demand, DiskOffer offer, long provisionedGiB, long iops, long mbps,
        long extraIops, long extraMbps, long usdNanosPerMonth, String unmet) {

    public boolean fits() {
        return offer != null;
    }

    /** The disk type, or null. */
    public DiskType type() {
        return offer == null ? null : offer.type();
    }

    /** The monthly price with the provenance of the type's prices, or null. */
    public Quote quote() {
        return offer == null ? null : offer.provenance().withAmount(usdNanosPerMonth);
    }

    /**
     * "'Hard disk 1' 100 GiB, 500 IOPS → gp3 100 GiB (3000 IOPS, 125 MB/s): 100 GiB × 0.08 =
     * 8 USD/month (AWS EBS prices 2024-07-18, read)".
     */
    public String reason() {
        if (offer == null) {
            return "disk " + demand.describe() + ": " + unmet;
        }
        var p = offer.price();
        StringBuilder b = new StringBuilder("disk ").append(demand.describe()).append(" → ").append(offer.type().name())
                .append(' ').append(provisionedGiB).append(" GiB (").append(iops).append(" IOPS, ").append(mbps)
                .append(" MB/s): ");
        StringBuilder sum = new StringBuilder();
        if (p.diskMonth() != 0) {
            sum.append(offer.type().fixedTier() ? "tier " : "disk ").append(Texts.usd(p.diskMonth()));
        }
        if (p.gibMonth() != 0) {
            sum.append(sum.length() > 0 ? " + " : "").append(provisionedGiB).append(" GiB × ")
                    .append(Texts.usd(p.gibMonth()));
        }
        if (extraIops > 0) {
            sum.append(" + ").append(extraIops).append(" IOPS × ").append(Texts.usd(p.iopsMonth()));
        }
        if (extraMbps > 0) {
            sum.append(" + ").append(extraMbps).append(" MB/s × ").append(Texts.usd(p.mbpsMonth()));
        }
        if (sum.length() > 0) {
            b.append(sum).append(" = ");
        }
        b.append(Texts.usd(usdNanosPerMonth)).append(" USD/month (").append(offer.provenance().describe()).append(')');
        return b.toString();
    }
}
