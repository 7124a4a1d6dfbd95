package com.migrationhub.domain.assessment.readiness;

import com.migrationhub.domain.assessment.Figures;
import com.migrationhub.domain.assessment.os.OsLifecycleMatcher;
import com.migrationhub.domain.assessment.os.OsProducts;
import com.migrationhub.domain.assessment.os.OsSupport;
import com.migrationhub.domain.assessment.os.OsVersion;
import com.migrationhub.domain.assessment.readiness.CloudLimits.Kind;
import com.migrationhub.domain.assessment.readiness.CloudLimits.Limit;
import com.migrationhub.domain.assessment.readiness.Readiness.Code;
import com.migrationhub.domain.assessment.readiness.Readiness.Reason;
import com.migrationhub.domain.assessment.readiness.Readiness.Severity;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.OsLifecycle;
import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rehost readiness from a support matrix and a table of cloud limits, both data
 * ({@link OsSupportMatrix}, {@link CloudLimits}), and the operating system's lifecycle on the
 * assessment date ({@link OsLifecycleMatcher}).
 *
 * <p>Checks, in this order: template (not assessed), powered off (a note: still assessed), OS
 * recognized, OS supported by the cloud, OS lifecycle (extended support only, out of support),
 * 32-bit OS, UEFI boot, OS disk size (and the BIOS/MBR limit), each data disk's size, data-disk
 * count, NIC count, shared, raw (RDM) and independent disks. The first disk is taken as the OS
 * disk (importers keep the source's order, where it is "Hard disk 1"); a disk without a size is
 * not size-checked.
 *
 * <p>Cost: O(disks + NICs) per server and cloud, no regular expressions; the operating-system
 * findings are worked out once per distinct operating system and cloud and then shared, other
 * texts are built only for the reasons found. Thread-safe; its only state is that cache.
 */
public final class SupportMatrixReadiness implements ReadinessAssessment {
    private final OsSupportMatrix matrix;
    private final Map<Cloud, Limits> limits = new EnumMap<>(Cloud.class);
    private final OsLifecycleMatcher lifecycles;
    private final LocalDate assessmentDate;
    /** The operating-system findings depend on the OS and the cloud only: found once per distinct OS. */
    private final Map<Cloud, Map<OperatingSystem, List<Reason>>> osReasons = new EnumMap<>(Cloud.class);

    /** One cloud's limits arranged by kind, lowest first, for lookups without allocation. */
    private static final class Limits {
        final Limit[][] byKind = new Limit[Kind.values().length][];
        final int maxDataDisks;
        final int maxNics;

        Limits(CloudLimits cl) {
            for (Kind k : Kind.values()) {
                byKind[k.ordinal()] = cl.of(k).toArray(new Limit[0]);
            }
            maxDataDisks = cl.maxDataDisks();
            maxNics = cl.maxNics();
        }

        Limit exceeded(Kind kind, long figure) {
            Limit found = null;
            for (Limit l : byKind[kind.ordinal()]) {
                if (figure > l.value()) {
                    found = l;
                }
            }
            return found;
        }

        Limit feature(Kind kind) {
            Limit[] l = byKind[kind.ordinal()];
            return l.length == 0 ? null : l[0];
        }
    }

    /**
     * @param limits          per cloud; a cloud without an entry can't be assessed
     * @param assessmentDate  the date the lifecycle is judged on (the project's assessment date)
     */
    public SupportMatrixReadiness(OsSupportMatrix matrix, Map<Cloud, CloudLimits> limits,
            OsLifecycleMatcher lifecycles, LocalDate assessmentDate) {
        this.matrix = Objects.requireNonNull(matrix);
        limits.forEach((cloud, cl) -> {
            this.limits.put(cloud, new Limits(cl));
            osReasons.put(cloud, new ConcurrentHashMap<>());
        });
        this.lifecycles = Objects.requireNonNull(lifecycles);
        this.assessmentDate = Objects.requireNonNull(assessmentDate, "the assessment date");
    }

    /** With the shipped matrix, limits and OS products, and the catalog's lifecycle rows. */
    public static SupportMatrixReadiness shipped(Collection<OsLifecycle> lifecycleRows, LocalDate assessmentDate) {
        return new SupportMatrixReadiness(OsSupportMatrix.readShipped(), CloudLimits.readShipped(),
                new OsLifecycleMatcher(OsProducts.readShipped(), lifecycleRows), assessmentDate);
    }

    public LocalDate assessmentDate() {
        return assessmentDate;
    }

    @Override
    public Readiness assess(Server server, Cloud cloud) {
        Limits cl = limits.get(cloud);
        if (cl == null) {
            throw new IllegalArgumentException("no limits for " + cloud.label());
        }
        if (server.template) {
            return new Readiness(Readiness.Status.UNKNOWN, List.of(new Reason(Code.TEMPLATE, Severity.NOTE,
                    "a VM template, not a running server: not assessed", null)));
        }
        List<Reason> reasons = new ArrayList<>(4);
        if (server.powerState == PowerState.POWERED_OFF) {
            reasons.add(new Reason(Code.POWERED_OFF, Severity.NOTE,
                    "powered off when the inventory was taken: assessed all the same", null));
        }
        OperatingSystem os = server.os == null ? OperatingSystem.UNKNOWN : server.os;
        Map<OperatingSystem, List<Reason>> known = osReasons.get(cloud);
        List<Reason> found = known.get(os);
        if (found == null) {
            List<Reason> fresh = new ArrayList<>(2);
            operatingSystem(os, cloud, cl, fresh);
            found = List.copyOf(fresh);
            known.putIfAbsent(os, found);
        }
        reasons.addAll(found);
        if (server.firmware == Firmware.UEFI) {
            feature(cl, Kind.UEFI, Code.BOOT_UEFI, "boots UEFI", reasons);
        }
        disks(server, cloud, cl, reasons);
        int maxNics = cl.maxNics;
        if (maxNics > 0 && server.nics.size() > maxNics) {
            Limit l = cl.exceeded(Kind.NICS, server.nics.size());
            reasons.add(new Reason(Code.NIC_COUNT, l.severity(), server.nics.size() + " network adapters, above "
                    + cloud.label() + "'s " + l.value() + ": " + l.note(), l.source()));
        }
        return Readiness.of(reasons);
    }

    private void operatingSystem(OperatingSystem system, Cloud cloud, Limits cl, List<Reason> reasons) {
        OsSupport os = lifecycles.support(system, assessmentDate);
        if (!os.recognized()) {
            reasons.add(new Reason(Code.OS_UNKNOWN, Severity.UNKNOWN, os.describe(), null));
            return;
        }
        String label = os.label();
        String product = os.product().product();
        List<OsSupportMatrix.Entry> rows = matrix.rows(cloud, product);
        int[] version = OsVersion.parts(system.version());
        if (rows.isEmpty()) {
            reasons.add(new Reason(Code.OS_SUPPORT_UNKNOWN, Severity.UNKNOWN,
                    "no " + cloud.label() + " support data for " + label, null));
        } else {
            OsSupportMatrix.Entry entry;
            if (version.length == 0) {
                entry = uniform(rows) ? rows.get(0) : null;
                if (entry == null) {
                    reasons.add(new Reason(Code.OS_VERSION_UNKNOWN, Severity.UNKNOWN, label
                            + ": version not given, so " + cloud.label() + " support can't be checked", null));
                }
            } else {
                entry = matrix.find(cloud, product, version);
                if (entry == null) {
                    OsSupportMatrix.Entry lowest = rows.get(0);
                    reasons.add(new Reason(Code.OS_NOT_SUPPORTED, Severity.BLOCKER, label + " on " + cloud.label()
                            + ": older than " + lowest.fromVersion() + ", the oldest version " + cloud.label()
                            + " takes", lowest.source()));
                }
            }
            if (entry != null && entry.status() != OsSupportMatrix.Status.SUPPORTED) {
                boolean blocker = entry.status() == OsSupportMatrix.Status.UNSUPPORTED;
                reasons.add(new Reason(blocker ? Code.OS_NOT_SUPPORTED : Code.OS_CONDITIONAL,
                        blocker ? Severity.BLOCKER : Severity.CONDITION,
                        label + " on " + cloud.label() + ": " + entry.note(), entry.source()));
            }
        }
        switch (os.phase()) {
            case EXTENDED -> lifecycle(cl, Kind.OS_EXTENDED_SUPPORT, Code.OS_EXTENDED_SUPPORT, Severity.CONDITION, os, reasons);
            case ENDED -> lifecycle(cl, Kind.OS_OUT_OF_SUPPORT, Code.OS_OUT_OF_SUPPORT, Severity.BLOCKER, os, reasons);
            case UNKNOWN -> reasons.add(new Reason(Code.OS_LIFECYCLE_UNKNOWN, Severity.UNKNOWN, os.describe(), null));
            default -> {
                // in support on the assessment date: nothing to say
            }
        }
        if (system.architecture() == Architecture.X86) {
            feature(cl, Kind.OS_32_BIT, Code.OS_32_BIT, label + " is 32-bit", reasons);
        }
    }

    private static void lifecycle(Limits cl, Kind kind, Code code, Severity fallback, OsSupport os,
            List<Reason> reasons) {
        Limit l = cl.feature(kind);
        String source = os.cycle().source() == null || os.cycle().source().isEmpty() ? "endoflife.date"
                : os.cycle().source();
        if (l == null) {
            reasons.add(new Reason(code, fallback, os.describe(), source));
        } else {
            reasons.add(new Reason(code, l.severity(), os.describe() + ": " + l.note(), source));
        }
    }

    private static boolean uniform(List<OsSupportMatrix.Entry> rows) {
        for (OsSupportMatrix.Entry e : rows) {
            if (e.status() != rows.get(0).status()) {
                return false;
            }
        }
        return true;
    }

    private static void feature(Limits cl, Kind kind, Code code, String what, List<Reason> reasons) {
        Limit l = cl.feature(kind);
        if (l != null) {
            reasons.add(new Reason(code, l.severity(), what + ": " + l.note(), l.source()));
        }
    }

    private static void disks(Server server, Cloud cloud, Limits cl, List<Reason> reasons) {
        List<Disk> disks = server.disks;
        if (disks.isEmpty()) {
            return;
        }
        Disk osDisk = disks.get(0);
        if (osDisk.capacityMiB != null) {
            long gib = ceilGiB(osDisk.capacityMiB);
            Limit l = cl.exceeded(Kind.OS_DISK_GIB, gib);
            if (l != null) {
                reasons.add(new Reason(Code.OS_DISK_SIZE, l.severity(), "OS disk " + label(osDisk, 0) + " is "
                        + Figures.mib(osDisk.capacityMiB) + ", above " + cloud.label() + "'s "
                        + Figures.gib(l.value()) + ": " + l.note(), l.source()));
            } else if (server.firmware == Firmware.BIOS && (l = cl.exceeded(Kind.OS_DISK_BIOS_GIB, gib)) != null) {
                reasons.add(new Reason(Code.OS_DISK_SIZE_BIOS, l.severity(), "OS disk " + label(osDisk, 0) + " is "
                        + Figures.mib(osDisk.capacityMiB) + " on a BIOS server, above " + Figures.gib(l.value())
                        + ": " + l.note(), l.source()));
            }
        }
        for (int i = 1; i < disks.size(); i++) {
            Disk d = disks.get(i);
            if (d.capacityMiB == null) {
                continue;
            }
            Limit l = cl.exceeded(Kind.DATA_DISK_GIB, ceilGiB(d.capacityMiB));
            if (l != null) {
                reasons.add(new Reason(Code.DISK_SIZE, l.severity(), "disk " + label(d, i) + " is "
                        + Figures.mib(d.capacityMiB) + ", above " + cloud.label() + "'s " + Figures.gib(l.value())
                        + ": " + l.note(), l.source()));
            }
        }
        int dataDisks = disks.size() - 1;
        int max = cl.maxDataDisks;
        if (max > 0 && dataDisks > max) {
            Limit l = cl.exceeded(Kind.DATA_DISKS, dataDisks);
            reasons.add(new Reason(Code.DISK_COUNT, l.severity(), dataDisks + " data disks, above "
                    + cloud.label() + "'s " + l.value() + ": " + l.note(), l.source()));
        }
        diskFeature(disks, cl, Kind.SHARED_DISK, Code.SHARED_DISK, "shared disk", reasons);
        diskFeature(disks, cl, Kind.RAW_DISK, Code.RAW_DISK, "raw device mapping", reasons);
        diskFeature(disks, cl, Kind.INDEPENDENT_DISK, Code.INDEPENDENT_DISK, "independent disk", reasons);
    }

    /** One reason per feature, naming every disk that has it. */
    private static void diskFeature(List<Disk> disks, Limits cl, Kind kind, Code code, String what,
            List<Reason> reasons) {
        Limit l = null;
        StringBuilder names = null;
        int count = 0;
        for (int i = 0; i < disks.size(); i++) {
            Disk d = disks.get(i);
            if (!has(d, kind)) {
                continue;
            }
            if (l == null) {
                l = cl.feature(kind);
                if (l == null) {
                    return;
                }
                names = new StringBuilder();
            } else {
                names.append(", ");
            }
            count++;
            names.append(label(d, i));
            String mode = kind == Kind.SHARED_DISK ? d.sharing : kind == Kind.INDEPENDENT_DISK ? d.diskMode : null;
            if (mode != null && !mode.isBlank()) {
                names.append(" (").append(mode.trim()).append(')');
            }
        }
        if (l != null) {
            reasons.add(new Reason(code, l.severity(), (count > 1 ? what + "s " : what + " ") + names + ": " + l.note(),
                    l.source()));
        }
    }

    static boolean has(Disk d, Kind kind) {
        return switch (kind) {
            case SHARED_DISK -> shared(d.sharing);
            case RAW_DISK -> Boolean.TRUE.equals(d.raw) || containsIgnoreCase(d.diskMode, "raw")
                    || containsIgnoreCase(d.sharing, "rdm") || containsIgnoreCase(d.diskMode, "passthrough");
            case INDEPENDENT_DISK -> containsIgnoreCase(d.diskMode, "independent");
            default -> false;
        };
    }

    /** RVTools writes sharingNone / sharingMultiWriter; other sources "shared", "multi-writer", "yes". */
    private static boolean shared(String sharing) {
        if (sharing == null || sharing.isBlank()) {
            return false;
        }
        if (containsIgnoreCase(sharing, "none") || containsIgnoreCase(sharing, "unshared")
                || containsIgnoreCase(sharing, "not ") || sharing.equalsIgnoreCase("no") || sharing.equalsIgnoreCase("false")) {
            return false;
        }
        return containsIgnoreCase(sharing, "multi") || containsIgnoreCase(sharing, "shar")
                || sharing.equalsIgnoreCase("yes") || sharing.equalsIgnoreCase("true");
    }

    private static boolean containsIgnoreCase(String text, String part) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    private static long ceilGiB(long mib) {
        return (mib + 1023) / 1024;
    }

    private static String label(Disk d, int index) {
        return d.label == null || d.label.isBlank() ? "'disk " + (index + 1) + "'" : "'" + d.label + "'";
    }
}
