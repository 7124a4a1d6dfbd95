package com.migrationhub.domain.catalog;

import java.util.Objects;

/**
 * An amount of money with where it came from: the catalog source it was read from, and the
 * derivation when it was not published as such. The unit is that of what is priced: an hour for
 * compute and licences, a month for a disk.
 *
 * <p>A source whose id starts with {@value #ASSUMPTION} is not a catalog file but a documented
 * assumption (an egress list price the user may override); its {@code what} says which.
 *
 * @param usdNanos   the amount in nano-dollars ({@link Usd})
 * @param source     the catalog source read (never null)
 * @param derivation how the amount was derived, or null when it was read as published
 */
public record Quote(long usdNanos, CatalogSource source, Derivation derivation) {
    public static final String ASSUMPTION = "assumption:";

    public Quote {
        Objects.requireNonNull(source, "source");
    }

    public String sourceId() {
        return source.id();
    }

    /** The derivation's id, or null when read. */
    public String derivationId() {
        return derivation == null ? null : derivation.id();
    }

    public boolean derived() {
        return derivation != null;
    }

    /** The same provenance with another amount (a per-vCPU price times the vCPUs, a price times a quantity). */
    public Quote withAmount(long nanos) {
        return nanos == usdNanos ? this : new Quote(nanos, source, derivation);
    }

    /**
     * Where the figure comes from, as a report prints it: "AWS Price List 2025-04-04, read" or
     * "AWS Price List 2025-04-04, derived: &lt;the derivation's text&gt;"; an assumption reads
     * "assumed: &lt;what&gt;".
     */
    public String describe() {
        if (source.id().startsWith(ASSUMPTION)) {
            return "assumed: " + label(source);
        }
        String label = label(source);
        String date = source.dataDate();
        if (date != null && !date.isEmpty() && !label.contains(date)) {
            label = label + " " + date;
        }
        return derivation == null ? label + ", read" : label + ", derived: " + derivation.text();
    }

    private static String label(CatalogSource s) {
        return s.what() == null || s.what().isEmpty() ? s.id() : s.what();
    }
}
