package com.migrationhub.domain.assessment.os;

import com.migrationhub.domain.catalog.OsLifecycle;
import com.migrationhub.domain.model.OperatingSystem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a server's normalized {@link OperatingSystem} to its lifecycle cycle (Windows Server
 * 2012 R2 to windows-server 2012-r2, RHEL 7.9 to rhel 7, SLES 15 SP4 to sles 15.4) and tells its
 * {@link SupportPhase} on a date. The products come from {@link OsProducts}, the dates from the
 * catalog's {@link OsLifecycle} rows (endoflife.date).
 *
 * <p>Where the version leaves the cycle open (a service pack not given), the cycle with the latest
 * end of support is taken and the assumption is stated in {@link OsSupport#assumption()}: an
 * inventory rarely names service packs, and the latest is what a maintained server runs.
 *
 * <p>Cost: the first lookup of an operating system scans its product's cycles; the answer is then
 * cached per distinct {@code OperatingSystem} value (an estate has a few hundred), so a lookup is
 * a hash probe. Thread-safe.
 */
public final class OsLifecycleMatcher {
    private static final Pattern SERVICE_PACK = Pattern.compile("\\bsp\\s*(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Comparator<OsLifecycle> BY_END = Comparator
            .comparing((OsLifecycle c) -> end(c))
            .thenComparing(c -> c.release() == null ? LocalDate.MIN : c.release());

    /** A product and cycle for an OS; both may be null. */
    public record Match(OsProduct product, OsLifecycle cycle, String assumption) {
    }

    private static final Match NONE = new Match(null, null, null);

    private final OsProducts products;
    private final Map<String, Map<String, OsLifecycle>> cycles = new HashMap<>();
    private final Map<OperatingSystem, Match> cache = new ConcurrentHashMap<>();
    /** Per date (an engine uses one), the support of each OS seen: the records and their texts are reused. */
    private final Map<LocalDate, Map<OperatingSystem, OsSupport>> supports = new ConcurrentHashMap<>();

    public OsLifecycleMatcher(OsProducts products, Collection<OsLifecycle> lifecycles) {
        this.products = products;
        for (OsLifecycle l : lifecycles) {
            cycles.computeIfAbsent(l.product(), k -> new HashMap<>()).put(l.cycle().toLowerCase(Locale.ROOT), l);
        }
    }

    public OsProducts products() {
        return products;
    }

    /** The support status of an operating system on a date (the assessment date, never today's). */
    public OsSupport support(OperatingSystem os, LocalDate on) {
        if (os == null) {
            os = OperatingSystem.UNKNOWN;
        }
        Map<OperatingSystem, OsSupport> byOs = supports.computeIfAbsent(on, d -> new ConcurrentHashMap<>());
        OsSupport known = byOs.get(os);
        if (known != null) {
            return known;
        }
        Match m = match(os);
        OsSupport s = new OsSupport(os, m.product(), m.cycle(), m.assumption(), phase(m.cycle(), on), on);
        byOs.putIfAbsent(os, s);
        return s;
    }

    /** The product and cycle of an operating system; fields null where unknown. */
    public Match match(OperatingSystem os) {
        if (os == null) {
            return NONE;
        }
        return cache.computeIfAbsent(os, this::find);
    }

    /** The phase of a cycle on a date; each end date is the last day of its phase. */
    public static SupportPhase phase(OsLifecycle c, LocalDate on) {
        if (c == null) {
            return SupportPhase.UNKNOWN;
        }
        if (c.eol() != null && on.isAfter(c.eol())) {
            return c.extendedEnd() != null && !on.isAfter(c.extendedEnd()) ? SupportPhase.EXTENDED : SupportPhase.ENDED;
        }
        if (c.supportEnd() != null && on.isAfter(c.supportEnd())) {
            return SupportPhase.MAINTENANCE;
        }
        return SupportPhase.ACTIVE;
    }

    private Match find(OperatingSystem os) {
        OsProduct product = products.find(os);
        if (product == null) {
            return NONE;
        }
        Map<String, OsLifecycle> byCycle = cycles.get(product.product());
        String version = os.version() == null ? null : os.version().trim().toLowerCase(Locale.ROOT);
        if (byCycle == null || version == null || version.isEmpty()) {
            return new Match(product, null, null);
        }
        return switch (product.scheme()) {
            case WINDOWS -> windows(product, byCycle, version);
            case MAJOR -> {
                OsLifecycle exact = byCycle.get(version);
                yield new Match(product, exact != null ? exact : byCycle.get(major(version)), null);
            }
            case MAJOR_MINOR -> new Match(product, byCycle.get(version), null);
            case SERVICE_PACK -> servicePack(product, byCycle, version, os.raw());
        };
    }

    private static Match windows(OsProduct product, Map<String, OsLifecycle> byCycle, String version) {
        String key = version.replace(' ', '-');
        List<OsLifecycle> candidates = servicePacks(byCycle, key);
        if (candidates.isEmpty() && key.endsWith("-r2")) {
            // 2003 R2 shares its support dates with 2003
            key = key.substring(0, key.length() - 3);
            candidates = servicePacks(byCycle, key);
        }
        if (candidates.isEmpty()) {
            return new Match(product, null, null);
        }
        OsLifecycle chosen = candidates.stream().max(BY_END).get();
        String assumption = chosen.cycle().equalsIgnoreCase(version.replace(' ', '-')) ? null
                : candidates.size() > 1 ? "service pack not given: taken as cycle " + chosen.cycle() : null;
        return new Match(product, chosen, assumption);
    }

    /** The cycle named {@code key} and its service packs ({@code key-sp1}, {@code key-sp2}). */
    private static List<OsLifecycle> servicePacks(Map<String, OsLifecycle> byCycle, String key) {
        List<OsLifecycle> out = new ArrayList<>();
        for (Map.Entry<String, OsLifecycle> e : byCycle.entrySet()) {
            if (e.getKey().equals(key) || e.getKey().startsWith(key + "-sp")) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    private static Match servicePack(OsProduct product, Map<String, OsLifecycle> byCycle, String version, String raw) {
        String major = major(version);
        String pack = version.contains(".") ? version.substring(version.indexOf('.') + 1) : null;
        if (pack == null && raw != null) {
            Matcher m = SERVICE_PACK.matcher(raw);
            if (m.find()) {
                pack = m.group(1);
            }
        }
        if (pack != null) {
            return new Match(product, byCycle.get(major + "." + Integer.parseInt(pack)), null);
        }
        OsLifecycle latest = null;
        for (Map.Entry<String, OsLifecycle> e : byCycle.entrySet()) {
            if (e.getKey().startsWith(major + ".") && (latest == null || BY_END.compare(e.getValue(), latest) > 0)) {
                latest = e.getValue();
            }
        }
        if (latest == null) {
            return new Match(product, byCycle.get(major), null);
        }
        return new Match(product, latest, "service pack not given: taken as the latest, " + latest.cycle());
    }

    private static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    /** The last day any support lasts; no date published counts as open-ended. */
    private static LocalDate end(OsLifecycle c) {
        LocalDate e = c.extendedEnd() != null ? c.extendedEnd() : c.eol();
        return e == null ? LocalDate.MAX : e;
    }
}
