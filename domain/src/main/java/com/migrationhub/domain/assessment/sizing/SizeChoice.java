package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Quote;
import java.util.List;

/**
 * The size chosen for a server: the cheapest, by compute plus licences an hour, of those that
 * meet the demand, ties broken by name.
 *
 * @param size            the size
 * @param compute         its compute price an hour, with provenance
 * @param licences        the licences charged on it an hour, in the order asked
 * @param usdNanosPerHour compute plus licences, an hour
 * @param pool            what it was chosen among
 * @param setBy           the consultant's {@link SizeOverride} that chose it instead of the engine, or null
 */
public record SizeChoice(InstanceSize size, Quote compute, List<LicenceCharge> licences, long usdNanosPerHour,
        SizePool pool, SizeOverride setBy) {

    public SizeChoice {
        licences = List.copyOf(licences);
    }

    /** The engine's own choice. */
    public SizeChoice(InstanceSize size, Quote compute, List<LicenceCharge> licences, long usdNanosPerHour,
            SizePool pool) {
        this(size, compute, licences, usdNanosPerHour, pool, null);
    }

    /** The licences' sum, an hour. */
    public long licenceNanosPerHour() {
        return usdNanosPerHour - compute.usdNanos();
    }

    /**
     * Why this size: "m5.xlarge (4 vCPU, 16 GiB): compute 0.192 USD/h (AWS Price List 2025-04-04,
     * read) + Windows licence 0.184 USD/h (...) = 0.376 USD/h; the cheapest that fits of 27 of
     * the 31 sizes priced (excluded: ...)".
     */
    public String reason() {
        StringBuilder b = new StringBuilder(size.name()).append(" (").append(size.vcpus()).append(" vCPU, ")
                .append(Texts.gib(size.memoryMiB())).append(" GiB): compute ").append(Texts.usd(compute.usdNanos()))
                .append(" USD/h (").append(compute.describe()).append(')');
        for (LicenceCharge l : licences) {
            b.append(" + ").append(l.licence().id()).append(" licence ").append(Texts.usd(l.quote().usdNanos()))
                    .append(" USD/h (").append(l.quote().describe()).append(')');
        }
        if (!licences.isEmpty()) {
            b.append(" = ").append(Texts.usd(usdNanosPerHour)).append(" USD/h");
        }
        if (setBy != null) {
            b.append("; set by the consultant").append(setBy.note().isEmpty() ? "" : ": " + setBy.note())
                    .append(" (instead of the cheapest fit)");
        } else {
            b.append("; the cheapest that fits of ").append(pool.describe()).append(", ties broken by name");
        }
        return b.toString();
    }
}
