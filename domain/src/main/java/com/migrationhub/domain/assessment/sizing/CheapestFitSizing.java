package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.assessment.sizing.SizingDemand.Figure;
import com.migrationhub.domain.assessment.sizing.SizingDemand.Figure.Limit;
import com.migrationhub.domain.catalog.CandidateSizes;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Quote;
import com.migrationhub.domain.catalog.DiskOffer;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.PricingOption;
import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Right-sizing by the cheapest fit, the method of Azure Migrate's and AWS's assessments.
 *
 * <p><b>Demand.</b> As on premises: the allocated vCPUs and memory, each disk's capacity, the
 * NIC count. Performance-based: vCPUs × the CPU statistic × the comfort factor, memory × the
 * memory statistic × the comfort factor (or MEMORY_USED_MIB × the comfort factor where the
 * percentage is absent), rounded up, capped at the allocation (so a performance-based size is
 * never larger, nor dearer, than the as-on-premises one) and at least {@value SizingDemand#MIN_VCPUS}
 * vCPU and {@value SizingDemand#MIN_MEMORY_MIB} MiB. The percentile reads the statistic the
 * imports keep ({@link Statistic#forPercentile}); a missing one falls back to the next larger,
 * then smaller, and the text says so. A resource without data uses its allocation. Where a metric
 * has several series, the one covering the longest window is read. Storage IOPS and MB/s come
 * from measured data in either basis, since on premises allocates none: a disk's own figures
 * (read + write) where the inventory has them, else the server's DISK_* statistic (or read +
 * write), what per-disk figures leave of it shared among the other disks by capacity; times the
 * comfort factor, rounded up. The first disk is taken as the OS disk; the others count as data
 * disks.
 *
 * <p><b>Choice.</b> Among the target's sizes the options allow (current generation, architecture,
 * burstable, GPU, families, memory per vCPU) and that can carry every licence charged, ranked by
 * compute plus licences an hour, then name: the first that has the vCPUs and memory and, where
 * the size's limit is known (non-zero) and the demand is too, the data disks, NICs, storage IOPS
 * and MB/s. Windows never gets an Arm size; an Arm server only Arm sizes. Each disk gets the
 * cheapest fitting disk type of the region ({@link DiskSizing}).
 *
 * <p><b>Cost.</b> A demand: linear in the server's disks and utilization series (exact decimal
 * arithmetic, a few microseconds). A sizing: a scan of the ranked sizes (stopping at the first
 * fit) and of the region's disk types per disk; no text is built. A ranking is built the first
 * time a (cloud, region, option, licences, architecture rule) is met, n log n in the cloud's
 * sizes, and kept. Immutable apart from that cache; safe for use by many threads.
 */
public final class CheapestFitSizing implements RightSizing {
    private static final int METRICS = Metric.values().length;

    private record RankingKey(Cloud cloud, String region, PricingOption option, List<Licence> licences,
            SizeRanking.ArchRule arch) {
    }

    private record OfferKey(Cloud cloud, String region) {
    }

    private final PriceCatalog catalog;
    private final SizingOptions options;
    private final Map<RankingKey, SizeRanking> rankings = new ConcurrentHashMap<>();
    private final Map<OfferKey, DiskSizing.Offers> offers = new ConcurrentHashMap<>();

    public CheapestFitSizing(PriceCatalog catalog, SizingOptions options) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.options = Objects.requireNonNull(options, "options");
    }

    public PriceCatalog catalog() {
        return catalog;
    }

    @Override
    public SizingOptions options() {
        return options;
    }

    // ---------------------------------------------------------------- demand

    @Override
    public SizingDemand demand(Server s) {
        UtilizationStat[] stats = new UtilizationStat[METRICS];
        for (UtilizationStat u : s.utilization == null ? List.<UtilizationStat>of() : s.utilization) {
            if (u != null && u.metric() != null) {
                int k = u.metric().ordinal();
                if (stats[k] == null || longer(u, stats[k])) {
                    stats[k] = u;
                }
            }
        }
        Statistic wanted = options.statistic();
        BigDecimal comfort = options.comfortFactor();
        UtilizationStat cpuStat = usable(stats[Metric.CPU_PERCENT.ordinal()], wanted);
        UtilizationStat memPct = usable(stats[Metric.MEMORY_PERCENT.ordinal()], wanted);
        UtilizationStat memUsed = usable(stats[Metric.MEMORY_USED_MIB.ordinal()], wanted);
        boolean hasData = cpuStat != null || memPct != null || memUsed != null;
        SizingMode basis = switch (options.mode()) {
            case AS_ON_PREMISES -> SizingMode.AS_ON_PREMISES;
            case PERFORMANCE -> SizingMode.PERFORMANCE;
            case AUTO -> hasData ? SizingMode.PERFORMANCE : SizingMode.AS_ON_PREMISES;
        };
        boolean perf = basis == SizingMode.PERFORMANCE;
        String unsizable = null;

        Figure cpu;
        long allocatedVcpus = s.vcpus == null ? 0 : s.vcpus;
        if (allocatedVcpus <= 0) {
            unsizable = "the inventory gives no vCPU count";
            cpu = new Figure("CPU", "vCPU", 0, null, null, null, null, null, null, 0, Limit.NONE);
        } else if (perf && cpuStat != null) {
            cpu = percentFigure("CPU", "vCPU", allocatedVcpus, cpuStat, wanted, comfort, SizingDemand.MIN_VCPUS);
        } else {
            cpu = allocationFigure("CPU", "vCPU", allocatedVcpus, SizingDemand.MIN_VCPUS);
        }

        Figure memory;
        long allocatedMiB = s.memoryMiB == null ? 0 : s.memoryMiB;
        if (perf && memPct != null && allocatedMiB > 0) {
            memory = percentFigure("memory", "MiB", allocatedMiB, memPct, wanted, comfort, SizingDemand.MIN_MEMORY_MIB);
        } else if (perf && memUsed != null) {
            memory = usedFigure(allocatedMiB, memUsed, wanted, comfort);
        } else if (allocatedMiB > 0) {
            memory = allocationFigure("memory", "MiB", allocatedMiB, SizingDemand.MIN_MEMORY_MIB);
        } else {
            if (unsizable == null) {
                unsizable = "the inventory gives no memory size";
            }
            memory = new Figure("memory", "MiB", 0, null, null, null, null, null, null, 0, Limit.NONE);
        }

        Storage storage = storage(s, stats, wanted, comfort);
        Confidence confidence = perf ? confidence(cpu, memory, cpuStat, memory.metric() == null ? null
                : memory.metric() == Metric.MEMORY_PERCENT ? memPct : memUsed) : Confidence.NOT_APPLICABLE;
        boolean windows = s.os != null && s.os.family() == OsFamily.WINDOWS;
        boolean arm = s.os != null && s.os.architecture() == Architecture.ARM64;
        int nics = s.nics == null ? 0 : s.nics.size();
        int dataDisks = Math.max(0, storage.disks.size() - 1);
        boolean ok = unsizable == null;
        return new SizingDemand(s.id, s.name, options.mode(), basis, options.percentile(), comfort, cpu, memory,
                ok ? (int) cpu.needed() : 0, ok ? memory.needed() : 0, dataDisks, nics, storage.iops, storage.mbps,
                storage.iopsFigure, storage.mbpsFigure, storage.disks, confidence, Licensing.listForOs(s.os), windows,
                arm, unsizable);
    }

    /** The longer-window series of two for one metric; on a tie, the later one, else the first met. */
    private static boolean longer(UtilizationStat a, UtilizationStat b) {
        long da = seconds(a);
        long db = seconds(b);
        if (da != db) {
            return da > db;
        }
        return a.windowEnd() != null && (b.windowEnd() == null || a.windowEnd().isAfter(b.windowEnd()));
    }

    private static long seconds(UtilizationStat u) {
        if (u == null || u.windowStart() == null || u.windowEnd() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(u.windowStart(), u.windowEnd()).getSeconds());
    }

    /** The series if it has any statistic the fallback order can read, else null. */
    private static UtilizationStat usable(UtilizationStat u, Statistic wanted) {
        if (u == null) {
            return null;
        }
        for (Statistic st : wanted.fallbacks()) {
            Double v = st.of(u);
            if (v != null && !v.isNaN() && !v.isInfinite()) {
                return u;
            }
        }
        return null;
    }

    private static Statistic read(UtilizationStat u, Statistic wanted) {
        for (Statistic st : wanted.fallbacks()) {
            Double v = st.of(u);
            if (v != null && !v.isNaN() && !v.isInfinite()) {
                return st;
            }
        }
        return null;
    }

    private static BigDecimal value(UtilizationStat u, Statistic st) {
        return BigDecimal.valueOf(Math.max(0, st.of(u)));
    }

    private static Figure allocationFigure(String what, String unit, long allocated, long floor) {
        long needed = Math.max(floor, allocated);
        return new Figure(what, unit, allocated, null, null, null, null, null, null, needed,
                needed > allocated ? Limit.FLOORED : Limit.NONE);
    }

    private static Figure percentFigure(String what, String unit, long allocated, UtilizationStat u, Statistic wanted,
            BigDecimal comfort, long floor) {
        Statistic st = read(u, wanted);
        BigDecimal observed = value(u, st);
        BigDecimal exact = BigDecimal.valueOf(allocated).multiply(observed).multiply(comfort).movePointLeft(2);
        return limited(what, unit, allocated, u.metric(), st, wanted, observed, exact, floor);
    }

    private static Figure usedFigure(long allocated, UtilizationStat u, Statistic wanted, BigDecimal comfort) {
        Statistic st = read(u, wanted);
        BigDecimal observed = value(u, st);
        BigDecimal exact = observed.multiply(comfort);
        return limited("memory", "MiB", allocated, u.metric(), st, wanted, observed, exact,
                SizingDemand.MIN_MEMORY_MIB);
    }

    /** Rounds up, caps at the allocation (when there is one), then raises to the floor. */
    private static Figure limited(String what, String unit, long allocated, Metric metric, Statistic st,
            Statistic wanted, BigDecimal observed, BigDecimal exact, long floor) {
        long needed = ceil(exact);
        Limit limit = Limit.NONE;
        if (allocated > 0 && needed > allocated) {
            needed = allocated;
            limit = Limit.CAPPED;
        }
        if (needed < floor) {
            needed = floor;
            limit = Limit.FLOORED;
        }
        return new Figure(what, unit, allocated, metric, null, st, wanted, observed, exact, needed, limit);
    }

    private static long ceil(BigDecimal d) {
        return d.setScale(0, RoundingMode.CEILING).longValueExact();
    }

    private record Storage(List<DiskDemand> disks, long iops, long mbps, Figure iopsFigure, Figure mbpsFigure) {
    }

    private Storage storage(Server s, UtilizationStat[] stats, Statistic wanted, BigDecimal comfort) {
        List<Disk> disks = new ArrayList<>();
        if (s.disks != null) {
            for (Disk d : s.disks) {
                if (d != null) {
                    disks.add(d);
                }
            }
        }
        int n = disks.size();
        // raw per-disk figures (before the comfort factor); null where the inventory has none
        BigDecimal[] ownIops = new BigDecimal[n];
        BigDecimal[] ownMbps = new BigDecimal[n];
        long[] capMiB = new long[n];
        for (int i = 0; i < n; i++) {
            Disk d = disks.get(i);
            capMiB[i] = d.capacityMiB == null ? 0 : Math.max(0, d.capacityMiB);
            ownIops[i] = sum(d.readIops, d.writeIops);
            ownMbps[i] = sum(d.readMBps, d.writeMBps);
        }
        Measured iops = serverLevel(stats, Metric.DISK_IOPS, Metric.DISK_READ_IOPS, Metric.DISK_WRITE_IOPS, wanted);
        Measured mbps = serverLevel(stats, Metric.DISK_MBPS, Metric.DISK_READ_MBPS, Metric.DISK_WRITE_MBPS, wanted);
        long[] diskIops = spread(ownIops, iops == null ? null : iops.value, capMiB, comfort);
        long[] diskMbps = spread(ownMbps, mbps == null ? null : mbps.value, capMiB, comfort);
        List<DiskDemand> demands = new ArrayList<>(n);
        long sumIops = 0;
        long sumMbps = 0;
        for (int i = 0; i < n; i++) {
            Disk d = disks.get(i);
            DiskDemand.Basis b = ownIops[i] != null || ownMbps[i] != null ? DiskDemand.Basis.PER_DISK
                    : iops != null || mbps != null ? DiskDemand.Basis.SHARE_OF_SERVER : DiskDemand.Basis.NONE;
            String label = d.label == null || d.label.isBlank() ? "disk " + (i + 1) : d.label;
            demands.add(new DiskDemand(label, capMiB[i], (capMiB[i] + 1023) / 1024, diskIops[i], diskMbps[i], b));
            sumIops += diskIops[i];
            sumMbps += diskMbps[i];
        }
        Figure iopsFigure = iops == null ? null : measuredFigure("storage IOPS", "IOPS", iops, wanted, comfort);
        Figure mbpsFigure = mbps == null ? null : measuredFigure("storage MB/s", "MB/s", mbps, wanted, comfort);
        long totalIops = Math.max(sumIops, iopsFigure == null ? 0 : iopsFigure.needed());
        long totalMbps = Math.max(sumMbps, mbpsFigure == null ? 0 : mbpsFigure.needed());
        return new Storage(List.copyOf(demands), totalIops, totalMbps, iopsFigure, mbpsFigure);
    }

    private static BigDecimal sum(Double a, Double b) {
        if (a == null && b == null) {
            return null;
        }
        BigDecimal s = BigDecimal.ZERO;
        if (a != null && a > 0 && !a.isInfinite()) {
            s = s.add(BigDecimal.valueOf(a));
        }
        if (b != null && b > 0 && !b.isInfinite()) {
            s = s.add(BigDecimal.valueOf(b));
        }
        return s;
    }

    /** A server-level storage statistic: the total metric, else read + write. */
    private record Measured(Metric metric, Metric second, Statistic statistic, BigDecimal value) {
    }

    private static Measured serverLevel(UtilizationStat[] stats, Metric total, Metric read, Metric write,
            Statistic wanted) {
        UtilizationStat t = usable(stats[total.ordinal()], wanted);
        if (t != null) {
            Statistic st = read(t, wanted);
            return new Measured(total, null, st, value(t, st));
        }
        UtilizationStat r = usable(stats[read.ordinal()], wanted);
        UtilizationStat w = usable(stats[write.ordinal()], wanted);
        if (r == null && w == null) {
            return null;
        }
        Statistic st = read(r != null ? r : w, wanted);
        BigDecimal v = BigDecimal.ZERO;
        if (r != null) {
            v = v.add(value(r, read(r, wanted)));
        }
        if (w != null) {
            v = v.add(value(w, read(w, wanted)));
        }
        return new Measured(r != null ? read : write, r != null && w != null ? write : null, st, v);
    }

    private static Figure measuredFigure(String what, String unit, Measured m, Statistic wanted, BigDecimal comfort) {
        BigDecimal exact = m.value.multiply(comfort);
        return new Figure(what, unit, 0, m.metric, m.second, m.statistic, wanted, m.value, exact, ceil(exact),
                Limit.NONE);
    }

    /**
     * Each disk's need: its own figure where it has one; else its share, by capacity (equal
     * shares when no capacity is known), of what the server's figure leaves after the disks
     * with their own; times the comfort factor, rounded up.
     */
    private static long[] spread(BigDecimal[] own, BigDecimal server, long[] capMiB, BigDecimal comfort) {
        int n = own.length;
        long[] out = new long[n];
        BigDecimal known = BigDecimal.ZERO;
        long capWithout = 0;
        int countWithout = 0;
        for (int i = 0; i < n; i++) {
            if (own[i] != null) {
                out[i] = ceil(own[i].multiply(comfort));
                known = known.add(own[i]);
            } else {
                capWithout += capMiB[i];
                countWithout++;
            }
        }
        if (server == null || countWithout == 0) {
            return out;
        }
        BigDecimal rest = server.subtract(known).max(BigDecimal.ZERO);
        for (int i = 0; i < n; i++) {
            if (own[i] == null) {
                BigDecimal share = capWithout > 0
                        ? rest.multiply(BigDecimal.valueOf(capMiB[i])).divide(BigDecimal.valueOf(capWithout), 9,
                                RoundingMode.CEILING)
                        : rest.divide(BigDecimal.valueOf(countWithout), 9, RoundingMode.CEILING);
                out[i] = ceil(share.multiply(comfort));
            }
        }
        return out;
    }

    private Confidence confidence(Figure cpu, Figure memory, UtilizationStat cpuStat, UtilizationStat memStat) {
        long window = options.performanceWindowDays() * 86_400L;
        long c = cpu.measured() ? seconds(cpuStat) : 0;
        long m = memory.measured() ? seconds(memStat) : 0;
        List<String> gaps = new ArrayList<>();
        if (!cpu.measured()) {
            gaps.add("CPU has no utilization data");
        } else if (cpuStat.windowStart() == null || cpuStat.windowEnd() == null) {
            gaps.add("the CPU figure has no time window");
        }
        if (!memory.measured()) {
            gaps.add("memory has no utilization data");
        } else if (memStat.windowStart() == null || memStat.windowEnd() == null) {
            gaps.add("the memory figure has no time window");
        }
        String note = gaps.isEmpty() ? null : String.join(", ", gaps);
        return c <= m ? Confidence.of(c, window, "CPU", note) : Confidence.of(m, window, "memory", note);
    }

    // ---------------------------------------------------------------- choice

    @Override
    public SizingResult size(SizingDemand d, SizingTarget t, List<Licence> licences) {
        List<Licence> ls = List.copyOf(licences);
        SizeChoice choice = null;
        String noSize = d.unsizable();
        if (d.sizable()) {
            SizeRanking r = ranking(d, t, ls);
            int i = r.find(d);
            choice = i < 0 ? null : r.choices[i];
            noSize = i < 0 ? r.whyNone(d, t) : null;
        }
        OfferKey offerKey = new OfferKey(t.cloud(), t.region());
        DiskSizing.Offers o = offers.get(offerKey);
        if (o == null) {
            o = offers.computeIfAbsent(offerKey, this::diskOffers);
        }
        List<DiskDemand> dd = d.disks();
        DiskChoice[] disks = new DiskChoice[dd.size()];
        long storage = 0;
        for (int k = 0; k < disks.length; k++) {
            disks[k] = DiskSizing.choose(dd.get(k), o, t);
            storage += disks[k].usdNanosPerMonth();
        }
        return new SizingResult(d, t, ls, choice, List.of(disks), storage, noSize);
    }

    @Override
    public Forced sizeAs(SizingDemand d, SizingTarget t, List<Licence> licences, SizeOverride override) {
        String where = t.cloud().label() + " " + t.region() + " (" + t.option().id() + ")";
        if (override.cloud() != t.cloud()) {
            return new Forced(null, override.size() + " is a " + override.cloud().label() + " size, not "
                    + t.cloud().label(), null);
        }
        CandidateSizes c = catalog.candidates(t.cloud(), t.region(), t.option());
        int found = -1;
        for (int i = 0; i < c.count(); i++) {
            if (c.size(i).name().equalsIgnoreCase(override.size())) {
                found = i;
                break;
            }
        }
        if (found < 0) {
            return new Forced(null, where + " does not offer " + override.size() + " in the catalog", null);
        }
        InstanceSize size = c.size(found);
        if (d.arm() && size.arch() != com.migrationhub.domain.catalog.Arch.ARM64) {
            return new Forced(null, size.name() + " is not an Arm size and the server runs on Arm", null);
        }
        if (!d.arm() && size.arch() == com.migrationhub.domain.catalog.Arch.ARM64
                && (d.windows() || d.licences().contains(Licence.WINDOWS))) {
            return new Forced(null, size.name() + " is an Arm size and Windows does not run on Arm there", null);
        }
        Quote q = c.quote(found);
        long total = q.usdNanos();
        List<Licence> ls = List.copyOf(licences);
        List<LicenceCharge> charges = new ArrayList<>(ls.size());
        for (Licence l : ls) {
            if (!catalog.pricesLicence(t.cloud(), l)) {
                continue;
            }
            Quote lq = catalog.licence(t.cloud(), l, size, t.region());
            if (lq == null) {
                return new Forced(null, "the catalog has no " + l.id() + " licence price on " + size.name() + " in "
                        + where, null);
            }
            charges.add(new LicenceCharge(l, lq));
            total = Math.addExact(total, lq.usdNanos());
        }
        SizeChoice choice = new SizeChoice(size, q, charges, total, new SizePool(c.count(), 1, ""), override);
        SizingResult base = size(d, t, ls);
        SizingResult result = new SizingResult(d, t, ls, choice, base.disks(), base.storageUsdNanosPerMonth(), null);
        List<String> short_ = new ArrayList<>();
        if (d.sizable()) {
            if (size.vcpus() < d.vcpus()) {
                short_.add(size.vcpus() + " vCPU against " + d.vcpus() + " needed");
            }
            if (size.memoryMiB() < d.memoryMiB()) {
                short_.add(Texts.gib(size.memoryMiB()) + " GiB memory against " + Texts.gib(d.memoryMiB())
                        + " GiB needed");
            }
            if (size.maxDataDisks() > 0 && size.maxDataDisks() < d.dataDisks()) {
                short_.add(size.maxDataDisks() + " data disks against " + d.dataDisks() + " needed");
            }
            if (size.maxNics() > 0 && size.maxNics() < d.nics()) {
                short_.add(size.maxNics() + " NICs against " + d.nics() + " needed");
            }
        }
        return new Forced(result, null, short_.isEmpty() ? null : String.join(", ", short_));
    }

    private SizeRanking ranking(SizingDemand d, SizingTarget t, List<Licence> ls) {
        SizeRanking.ArchRule arch = d.arm() ? SizeRanking.ArchRule.ARM_ONLY
                : d.windows() || !options.allowArm() ? SizeRanking.ArchRule.X86_ONLY : SizeRanking.ArchRule.ANY;
        RankingKey key = new RankingKey(t.cloud(), t.region(), t.option(), ls, arch);
        // get first: computeIfAbsent may lock a bin even when the value is there
        SizeRanking r = rankings.get(key);
        if (r == null) {
            r = rankings.computeIfAbsent(key, k -> SizeRanking.build(catalog, options, t, ls, arch));
        }
        return r;
    }

    private DiskSizing.Offers diskOffers(OfferKey k) {
        List<DiskOffer> out = new ArrayList<>();
        for (DiskOffer o : catalog.diskOffers(k.cloud(), k.region())) {
            if (options.allowHdd() || !DiskSizing.hdd(o.type())) {
                out.add(o);
            }
        }
        return new DiskSizing.Offers(out.toArray(new DiskOffer[0]));
    }
}
