package com.migrationhub.domain.assessment.sizing;

/**
 * What one disk of a server needs in the cloud.
 *
 * @param label       the disk's label in the inventory ("Hard disk 1"), or "disk N"
 * @param capacityMiB the disk's capacity as imported; 0 when unknown
 * @param capacityGiB the capacity in GiB, rounded up (0 when unknown)
 * @param iops        IOPS needed (comfort factor applied), 0 when no data
 * @param mbps        MB/s needed (comfort factor applied), 0 when no data
 * @param basis       where the IOPS and MB/s figures come from
 */
public record DiskDemand(String label, long capacityMiB, long capacityGiB, long iops, long mbps, Basis basis) {

    /** Where a disk's performance demand comes from. */
    public enum Basis {
        /** The inventory gives the disk's own read/write figures. */
        PER_DISK("the disk's own figures"),
        /** A share of the server's disk statistics, in proportion to capacity. */
        SHARE_OF_SERVER("a share of the server's figures, by capacity"),
        /** No performance data: capacity only. */
        NONE("no performance data");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "'Hard disk 1' 100 GiB, 500 IOPS, 20 MB/s". */
    public String describe() {
        StringBuilder b = new StringBuilder("'").append(label).append("' ");
        b.append(capacityGiB > 0 ? capacityGiB + " GiB" : "capacity unknown");
        if (iops > 0) {
            b.append(", ").append(iops).append(" IOPS");
        }
        if (mbps > 0) {
            b.append(", ").append(mbps).append(" MB/s");
        }
        return b.toString();
    }
}
