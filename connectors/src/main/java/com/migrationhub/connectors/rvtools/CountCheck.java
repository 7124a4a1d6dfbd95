package com.migrationhub.connectors.rvtools;

import com.migrationhub.domain.model.SourceRef;

/**
 * Compares vInfo's "Disks" and "NICs" columns with the rows vDisk and vNetwork list per VM, and
 * reports the differences as one warning per sheet: a cut-down or partial export shows here.
 * The counts fill nothing; vInfo's totals stay what they are.
 */
final class CountCheck {

    private CountCheck() {
    }

    static void report(RvContext context, boolean disksCounted, boolean nicsCounted) {
        if (disksCounted) {
            compare(context, "vDisk", "Disks", "disks", true);
        }
        if (nicsCounted) {
            compare(context, "vNetwork", "NICs", "NICs", false);
        }
    }

    private static void compare(RvContext context, String sheet, String column, String what, boolean disks) {
        long[] differing = {0};
        VmFacts[] first = {null};
        context.facts.forEach(f -> {
            int inInfo = disks ? f.disksInInfo : f.nicsInInfo;
            int listed = disks ? f.disksListed : f.nicsListed;
            if (f.infoRow != 0 && inInfo != VmFacts.UNKNOWN && inInfo != listed) {
                if (first[0] == null || f.infoRow < first[0].infoRow) {
                    first[0] = f;
                }
                differing[0]++;
            }
        });
        if (differing[0] == 0) {
            return;
        }
        VmFacts f = first[0];
        int inInfo = disks ? f.disksInInfo : f.nicsInInfo;
        int listed = disks ? f.disksListed : f.nicsListed;
        String vms = differing[0] == 1 ? "1 VM" : differing[0] + " VMs";
        context.sink.warning(new SourceRef(sheet, 0), "for " + vms + " the " + what + " listed here differ from vInfo's \""
                + column + "\" column (first: \"" + f.name + "\", vInfo row " + f.infoRow + ": " + inInfo
                + " in vInfo, " + listed + " here)");
    }
}
