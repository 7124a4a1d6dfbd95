package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Arch;
import com.migrationhub.domain.catalog.CandidateSizes;
import com.migrationhub.domain.catalog.InstanceSize;
import com.migrationhub.domain.catalog.Licence;
import com.migrationhub.domain.catalog.PriceCatalog;
import com.migrationhub.domain.catalog.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The sizes one cloud offers in one region under one option that the options allow, sorted by
 * compute plus licences an hour, then by name, with their limits in flat arrays: finding the
 * cheapest fit is a scan that stops at the first size meeting the demand.
 */
final class SizeRanking {

    /** Which processor architectures a server may move to. */
    enum ArchRule {
        X86_ONLY, ANY, ARM_ONLY;

        boolean allows(Arch a) {
            return switch (this) {
                case X86_ONLY -> a == Arch.X86_64;
                case ARM_ONLY -> a == Arch.ARM64;
                case ANY -> true;
            };
        }
    }

    final InstanceSize[] sizes;
    /** The choice each size would be, made once: a sizing allocates none. */
    final SizeChoice[] choices;
    final int[] vcpus;
    final long[] memory;
    final int[] maxDisks;
    final int[] maxNics;
    final long[] maxIops;
    final long[] maxMbps;
    final SizePool pool;

    private SizeRanking(List<Entry> entries, SizePool pool) {
        int n = entries.size();
        sizes = new InstanceSize[n];
        choices = new SizeChoice[n];
        vcpus = new int[n];
        memory = new long[n];
        maxDisks = new int[n];
        maxNics = new int[n];
        maxIops = new long[n];
        maxMbps = new long[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            InstanceSize s = e.size;
            sizes[i] = s;
            choices[i] = new SizeChoice(s, e.compute, e.licences, e.hourly, pool);
            vcpus[i] = s.vcpus();
            memory[i] = s.memoryMiB();
            maxDisks[i] = s.maxDataDisks();
            maxNics[i] = s.maxNics();
            maxIops[i] = s.maxIops();
            maxMbps[i] = s.maxMBps();
        }
        this.pool = pool;
    }

    private record Entry(InstanceSize size, Quote compute, List<LicenceCharge> licences, long hourly) {
    }

    static SizeRanking build(PriceCatalog catalog, SizingOptions o, SizingTarget t, List<Licence> licences,
            ArchRule arch) {
        CandidateSizes c = catalog.candidates(t.cloud(), t.region(), t.option());
        int notCurrent = 0;
        int wrongArch = 0;
        int burstable = 0;
        int gpu = 0;
        int family = 0;
        int memoryRatio = 0;
        int unlicensed = 0;
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < c.count(); i++) {
            InstanceSize s = c.size(i);
            if (o.currentOnly() && !s.current()) {
                notCurrent++;
            } else if (!arch.allows(s.arch())) {
                wrongArch++;
            } else if (!o.allowBurstable() && s.burstable()) {
                burstable++;
            } else if (!o.allowGpu() && s.gpus() > 0) {
                gpu++;
            } else if (!o.families().isEmpty()
                    && (s.family() == null || !o.families().contains(s.family().toLowerCase(Locale.ROOT)))) {
                family++;
            } else if (s.memoryMiB() < o.minMemoryMiBPerVcpu() * s.vcpus()) {
                memoryRatio++;
            } else {
                Quote q = c.quote(i);
                long total = q.usdNanos();
                List<LicenceCharge> charges = new ArrayList<>(licences.size());
                boolean priced = true;
                for (Licence l : licences) {
                    if (!catalog.pricesLicence(t.cloud(), l)) {
                        // no source prices it on this cloud: left out of the cost, and said so
                        continue;
                    }
                    Quote lq = catalog.licence(t.cloud(), l, s, t.region());
                    if (lq == null) {
                        priced = false;
                        break;
                    }
                    charges.add(new LicenceCharge(l, lq));
                    total = Math.addExact(total, lq.usdNanos());
                }
                if (priced) {
                    entries.add(new Entry(s, q, List.copyOf(charges), total));
                } else {
                    unlicensed++;
                }
            }
        }
        entries.sort(Comparator.comparingLong(Entry::hourly).thenComparing(e -> e.size().name()));
        List<String> ex = new ArrayList<>();
        count(ex, notCurrent, "previous generation");
        count(ex, wrongArch, arch == ArchRule.ARM_ONLY ? "not Arm" : "Arm");
        count(ex, burstable, "burstable");
        count(ex, gpu, "with GPUs");
        count(ex, family, "outside the allowed families");
        count(ex, memoryRatio, "under " + o.minMemoryMiBPerVcpu() + " MiB per vCPU");
        count(ex, unlicensed, "no price for the " + licenceNames(licences) + " licence");
        return new SizeRanking(entries, new SizePool(c.count(), entries.size(), String.join(", ", ex)));
    }

    private static void count(List<String> out, int n, String what) {
        if (n > 0) {
            out.add(n + " " + what);
        }
    }

    private static String licenceNames(List<Licence> licences) {
        List<String> names = new ArrayList<>();
        licences.forEach(l -> names.add(l.id()));
        return String.join(" or ", names);
    }

    /** The index of the cheapest size meeting the demand, or -1. */
    int find(SizingDemand d) {
        int v = d.vcpus();
        long m = d.memoryMiB();
        int disks = d.dataDisks();
        int nics = d.nics();
        long iops = d.iops();
        long mbps = d.mbps();
        for (int i = 0; i < sizes.length; i++) {
            if (vcpus[i] >= v && memory[i] >= m
                    && (maxDisks[i] == 0 || maxDisks[i] >= disks)
                    && (maxNics[i] == 0 || maxNics[i] >= nics)
                    && (iops == 0 || maxIops[i] == 0 || maxIops[i] >= iops)
                    && (mbps == 0 || maxMbps[i] == 0 || maxMbps[i] >= mbps)) {
                return i;
            }
        }
        return -1;
    }

    /** Why no size meets the demand: the needs no single size meets, or that none meets them together. */
    String whyNone(SizingDemand d, SizingTarget t) {
        String where = t.cloud().label() + " " + t.region() + " (" + t.option().id() + ")";
        if (sizes.length == 0) {
            if (pool.offered() == 0) {
                return where + " has no priced sizes in the catalog";
            }
            return "no size left in " + where + " after the filters: " + pool.describe();
        }
        int maxV = 0;
        long maxM = 0;
        int maxD = 0;
        int maxN = 0;
        long maxI = 0;
        long maxB = 0;
        boolean unknownD = false;
        boolean unknownN = false;
        boolean unknownI = false;
        boolean unknownB = false;
        for (int i = 0; i < sizes.length; i++) {
            maxV = Math.max(maxV, vcpus[i]);
            maxM = Math.max(maxM, memory[i]);
            maxD = Math.max(maxD, maxDisks[i]);
            maxN = Math.max(maxN, maxNics[i]);
            maxI = Math.max(maxI, maxIops[i]);
            maxB = Math.max(maxB, maxMbps[i]);
            unknownD |= maxDisks[i] == 0;
            unknownN |= maxNics[i] == 0;
            unknownI |= maxIops[i] == 0;
            unknownB |= maxMbps[i] == 0;
        }
        List<String> unmet = new ArrayList<>();
        if (maxV < d.vcpus()) {
            unmet.add(d.vcpus() + " vCPU (the most: " + maxV + ")");
        }
        if (maxM < d.memoryMiB()) {
            unmet.add(Texts.gib(d.memoryMiB()) + " GiB memory (the most: " + Texts.gib(maxM) + " GiB)");
        }
        if (!unknownD && maxD < d.dataDisks()) {
            unmet.add(d.dataDisks() + " data disks (the most: " + maxD + ")");
        }
        if (!unknownN && maxN < d.nics()) {
            unmet.add(d.nics() + " NICs (the most: " + maxN + ")");
        }
        if (d.iops() > 0 && !unknownI && maxI < d.iops()) {
            unmet.add(d.iops() + " storage IOPS (the most: " + maxI + ")");
        }
        if (d.mbps() > 0 && !unknownB && maxB < d.mbps()) {
            unmet.add(d.mbps() + " storage MB/s (the most: " + maxB + ")");
        }
        String among = " among " + pool.describe();
        if (!unmet.isEmpty()) {
            return "no size in " + where + " offers " + String.join(", ", unmet) + among;
        }
        return "no single size in " + where + " meets " + d.vcpus() + " vCPU, " + Texts.gib(d.memoryMiB())
                + " GiB, " + d.dataDisks() + " data disks, " + d.nics() + " NICs"
                + (d.iops() > 0 ? ", " + d.iops() + " IOPS" : "") + (d.mbps() > 0 ? ", " + d.mbps() + " MB/s" : "")
                + " together" + among;
    }
}
