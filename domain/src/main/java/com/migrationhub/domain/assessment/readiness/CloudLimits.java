package com.migrationhub.domain.assessment.readiness;

import com.migrationhub.domain.assessment.RuleFiles;
import com.migrationhub.domain.assessment.RulesException;
import com.migrationhub.domain.assessment.readiness.Readiness.Severity;
import com.migrationhub.domain.catalog.Cloud;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one cloud and its migration service can take per server: disk sizes, disk and NIC counts,
 * and the features (UEFI, 32-bit, shared, raw and independent disks, lifecycle phases) that make a
 * condition or a blocker there, each with its note and public source. The shipped defaults are in
 * {@value #FILE}; {@link #withLargestSize(int, int, String)} replaces the disk and NIC counts by the
 * catalog's largest size.
 */
public record CloudLimits(Cloud cloud, List<Limit> limits) {
    public static final String FILE = "cloud-limits.tsv";

    /** The checks a limit row can name. */
    public enum Kind {
        DATA_DISK_GIB("data-disk-gib", true),
        OS_DISK_GIB("os-disk-gib", true),
        OS_DISK_BIOS_GIB("os-disk-bios-gib", true),
        DATA_DISKS("data-disks", true),
        NICS("nics", true),
        UEFI("uefi", false),
        OS_32_BIT("os-32-bit", false),
        SHARED_DISK("shared-disk", false),
        RAW_DISK("raw-disk", false),
        INDEPENDENT_DISK("independent-disk", false),
        OS_EXTENDED_SUPPORT("os-extended-support", false),
        OS_OUT_OF_SUPPORT("os-out-of-support", false);

        private final String id;
        private final boolean numeric;

        Kind(String id, boolean numeric) {
            this.id = id;
            this.numeric = numeric;
        }

        public String id() {
            return id;
        }

        public boolean numeric() {
            return numeric;
        }

        static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.id.equals(text)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * One limit: above {@code value} (or, for a feature, whenever present) the readiness gets a
     * reason of this severity.
     *
     * @param value GiB for sizes, a count for disks and NICs, -1 for a feature
     */
    public record Limit(Kind kind, long value, Severity severity, String note, String source) {
    }

    public CloudLimits {
        List<Limit> sorted = new ArrayList<>(limits);
        // ascending, so the last limit a figure exceeds is the one that decides
        sorted.sort(Comparator.comparing(Limit::kind).thenComparingLong(Limit::value));
        limits = Collections.unmodifiableList(sorted);
    }

    /** The limits of one kind, lowest first. */
    public List<Limit> of(Kind kind) {
        List<Limit> out = new ArrayList<>(2);
        for (Limit l : limits) {
            if (l.kind() == kind) {
                out.add(l);
            }
        }
        return out;
    }

    /** The highest limit of a kind that the figure is above, or null. */
    public Limit exceeded(Kind kind, long figure) {
        Limit found = null;
        for (Limit l : limits) {
            if (l.kind() == kind && figure > l.value()) {
                found = l;
            }
        }
        return found;
    }

    /** The feature row of a kind, or null when the cloud has none (the feature is no issue there). */
    public Limit feature(Kind kind) {
        for (Limit l : limits) {
            if (l.kind() == kind) {
                return l;
            }
        }
        return null;
    }

    /** The most data disks the largest size attaches; 0 when the file gives no figure (no check). */
    public int maxDataDisks() {
        List<Limit> l = of(Kind.DATA_DISKS);
        return l.isEmpty() ? 0 : (int) l.get(l.size() - 1).value();
    }

    /** The most network adapters the largest size takes; 0 when the file gives no figure (no check). */
    public int maxNics() {
        List<Limit> l = of(Kind.NICS);
        return l.isEmpty() ? 0 : (int) l.get(l.size() - 1).value();
    }

    /**
     * These limits with the disk and NIC counts of a given largest size (from the price catalog's
     * sizes, for example); a count of 0 keeps the default.
     *
     * @param source what the counts come from, shown with the reason ("catalog: Standard_M416ms_v2")
     */
    public CloudLimits withLargestSize(int maxDataDisks, int maxNics, String source) {
        List<Limit> out = new ArrayList<>();
        for (Limit l : limits) {
            if (l.kind() != Kind.DATA_DISKS && l.kind() != Kind.NICS
                    || l.kind() == Kind.DATA_DISKS && maxDataDisks <= 0 || l.kind() == Kind.NICS && maxNics <= 0) {
                out.add(l);
            }
        }
        if (maxDataDisks > 0) {
            out.add(new Limit(Kind.DATA_DISKS, maxDataDisks, Severity.BLOCKER,
                    "more data disks than the largest " + cloud.label() + " size attaches: merge disks first", source));
        }
        if (maxNics > 0) {
            out.add(new Limit(Kind.NICS, maxNics, Severity.BLOCKER,
                    "more network adapters than the largest " + cloud.label() + " size takes: merge adapters or use secondary IPs",
                    source));
        }
        return new CloudLimits(cloud, out);
    }

    /** The limits shipped with the workbench, one entry per cloud. */
    public static Map<Cloud, CloudLimits> readShipped() {
        try (InputStream in = RuleFiles.openShipped(FILE)) {
            return read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a limits file; errors name the file, the line and the bad text. */
    public static Map<Cloud, CloudLimits> read(InputStream in, String file) {
        Map<Cloud, List<Limit>> byCloud = new EnumMap<>(Cloud.class);
        for (RuleFiles.Row r : RuleFiles.table(in, file, "cloud", "limit", "value", "severity", "note", "source")) {
            Cloud cloud;
            try {
                cloud = Cloud.parse(r.required("cloud"));
            } catch (IllegalArgumentException e) {
                throw r.problem(e.getMessage());
            }
            Kind kind = Kind.parse(r.required("limit"));
            if (kind == null) {
                throw r.problem("unknown limit '" + r.text("limit") + "'");
            }
            long value = -1;
            String v = r.text("value").replace(",", "");
            if (kind.numeric()) {
                try {
                    value = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw r.problem("limit " + kind.id() + " needs a whole number, not '" + r.text("value") + "'");
                }
                if (value < 0) {
                    throw r.problem("negative limit '" + v + "'");
                }
            } else if (!v.isEmpty()) {
                throw r.problem("limit " + kind.id() + " is a feature and takes no value, not '" + v + "'");
            }
            Severity severity;
            try {
                severity = Severity.valueOf(r.required("severity").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.problem("unknown severity '" + r.text("severity") + "': use condition, blocker, unknown or note");
            }
            byCloud.computeIfAbsent(cloud, c -> new ArrayList<>())
                    .add(new Limit(kind, value, severity, r.required("note"), r.required("source")));
        }
        if (byCloud.isEmpty()) {
            throw new RulesException(file, 0, "no limits");
        }
        Map<Cloud, CloudLimits> out = new EnumMap<>(Cloud.class);
        byCloud.forEach((c, l) -> out.put(c, new CloudLimits(c, l)));
        return Collections.unmodifiableMap(out);
    }
}
