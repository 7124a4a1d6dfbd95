package com.migrationhub.domain.assessment.sizing;

import com.migrationhub.domain.catalog.Licence;
import java.util.ArrayList;
import java.util.List;

/**
 * The sizing of one server for one cloud, region and pricing option: the size chosen (or why
 * none), a disk for each of its disks, and an explanation a report can print line by line.
 * The texts are built when asked for, so sizing a whole estate builds none.
 *
 * @param demand                 what the server needs
 * @param target                 the cloud, region and option
 * @param licences               the licences the size was ranked with (compute plus these, an hour)
 * @param choice                 the size chosen, or null
 * @param disks                  one choice per disk, in the server's order
 * @param storageUsdNanosPerMonth the disks' price a month (those that fit)
 * @param noSize                 why no size was chosen, or null
 */
public record SizingResult(SizingDemand demand, SizingTarget target, List<Licence> licences, SizeChoice choice,
        List<DiskChoice> disks, long storageUsdNanosPerMonth, String noSize) {

    public SizingResult {
        licences = List.copyOf(licences);
        disks = List.copyOf(disks);
    }

    public boolean sized() {
        return choice != null;
    }

    /** Every disk got a disk type. */
    public boolean storagePriced() {
        for (DiskChoice d : disks) {
            if (!d.fits()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The explanation, one line each: the basis; CPU; memory; storage (with how its IOPS and MB/s
     * were derived, where measured); network; confidence; the size (or why none); each disk.
     * For example:
     * <pre>
     * web01 on AWS us-east-1 on-demand: performance-based (automatic: utilization data found), 95th percentile read as the p95 statistic (50th → average, 90th and 95th → p95, 99th → maximum), comfort factor 1.3
     * CPU: 4 vCPU × p95 50 % × 1.3 = 2.6 → 3 vCPU needed
     * memory: 16384 MiB × p95 40 % × 1.3 = 8519.68 → 8520 MiB needed (8.32 GiB)
     * storage: 2 disks, 150 GiB (1 data disk)
     * storage IOPS: p95 DISK_IOPS 1000 IOPS × 1.3 = 1300 → 1300 IOPS needed
     * storage performance needed: 1300 IOPS (the server's figure or the disks' rounded-up sum, ...); by disk: 'Hard disk 1' 867 IOPS 0 MB/s (a share of the server's figures, by capacity); ...
     * network: 1 NIC
     * confidence: 4 of 5 stars: the CPU data covers 23 of the 30 days (76.7 %)
     * size: m5.xlarge (4 vCPU, 16 GiB): compute 0.192 USD/h (...) = ...; the cheapest that fits of ...
     * disk 'Hard disk 1' 100 GiB → gp3 100 GiB (3000 IOPS, 125 MB/s): 100 GiB × 0.08 = 8 USD/month (...)
     * </pre>
     */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        SizingDemand d = demand;
        StringBuilder head = new StringBuilder(d.serverName() == null ? "server " + d.serverId() : d.serverName())
                .append(" on ").append(target.label()).append(": ").append(d.basis().label());
        if (d.requested() == SizingMode.AUTO) {
            head.append(d.basis() == SizingMode.PERFORMANCE ? " (automatic: utilization data found)"
                    : " (automatic: no CPU or memory utilization data)");
        } else if (d.requested() == SizingMode.PERFORMANCE && !d.cpu().measured() && !d.memory().measured()) {
            head.append(" (no CPU or memory utilization data: allocations used)");
        }
        if (d.basis() == SizingMode.PERFORMANCE || d.iops() > 0 || d.mbps() > 0) {
            head.append(", ").append(d.percentile()).append("th percentile read as the ")
                    .append(Statistic.forPercentile(d.percentile()).label())
                    .append(" statistic (50th → average, 90th and 95th → p95, 99th → maximum), comfort factor ")
                    .append(d.comfortFactor().toPlainString());
        }
        lines.add(head.toString());
        if (d.unsizable() != null) {
            lines.add("not sized: " + d.unsizable());
        } else {
            lines.add(d.cpu().describe(d.comfortFactor()));
            lines.add(d.memory().describe(d.comfortFactor()));
        }
        storageLines(lines);
        if (d.unsizable() == null) {
            lines.add("network: " + Texts.plural(d.nics(), "NIC", "NICs")
                    + (d.nics() > 1 ? " (sizes that attach fewer are skipped where the limit is known)" : ""));
            lines.add("confidence: " + d.confidence().describe());
            lines.add(choice != null ? "size: " + choice.reason() : "no size: " + noSize);
        }
        for (DiskChoice c : disks) {
            lines.add(c.reason());
        }
        return lines;
    }

    private void storageLines(List<String> lines) {
        SizingDemand d = demand;
        if (d.disks().isEmpty()) {
            lines.add("storage: the inventory lists no disks, so none is priced");
            return;
        }
        StringBuilder b = new StringBuilder("storage: ").append(Texts.plural(d.disks().size(), "disk", "disks"))
                .append(", ").append(d.storageGiB()).append(" GiB (")
                .append(Texts.plural(d.dataDisks(), "data disk", "data disks")).append(')');
        if (d.iops() == 0 && d.mbps() == 0) {
            lines.add(b.append("; no disk performance data: capacity only").toString());
            return;
        }
        lines.add(b.toString());
        if (d.iopsFigure() != null) {
            lines.add(d.iopsFigure().describe(d.comfortFactor()));
        }
        if (d.mbpsFigure() != null) {
            lines.add(d.mbpsFigure().describe(d.comfortFactor()));
        }
        StringBuilder p = new StringBuilder("storage performance needed: ");
        if (d.iops() > 0) {
            p.append(d.iops()).append(" IOPS");
        }
        if (d.mbps() > 0) {
            p.append(d.iops() > 0 ? ", " : "").append(d.mbps()).append(" MB/s");
        }
        p.append(" (the server's figure or the disks' rounded-up sum, whichever is larger; measured data, whatever"
                + " the basis: on premises allocates none); by disk:");
        for (DiskDemand dd : d.disks()) {
            p.append(" '").append(dd.label()).append("' ").append(dd.iops()).append(" IOPS ").append(dd.mbps())
                    .append(" MB/s (").append(dd.basis().label()).append(");");
        }
        p.setLength(p.length() - 1);
        lines.add(p.toString());
    }
}
