package com.migrationhub.connectors.rvtools;

/**
 * What the per-VM sheets read before vInfo (vCPU, vMemory, vTools, vSnapshot) know about one VM,
 * and the counts vDisk and vNetwork check against vInfo afterwards. Kept small, since there is
 * one per VM: about 100 bytes, identities as 64-bit hashes rather than strings, text values
 * shared between VMs ({@link VmFactsIndex#shared}).
 */
final class VmFacts {
    static final int UNKNOWN = -1;

    /** The VM's name, the same instance as the index's key. */
    final String name;
    /** Another VM of the same name (in another vCenter, say), or null. */
    VmFacts next;
    /** Hashes of the VM UUID and the MoRef ("VM ID"); 0 when no sheet read so far gave one. */
    long uuidHash;
    long moRefHash;

    /** 1-based rows this VM was read from in each sheet; 0 for none. */
    int infoRow;
    int cpuRow;
    int memoryRow;
    int toolsRow;
    int snapshotRow;
    /** The first vNetwork row that gave an address. */
    int networkRow;

    int sockets = UNKNOWN;
    int coresPerSocket = UNKNOWN;
    String toolsStatus;
    String toolsVersion;
    int snapshotCount;
    /** Sum of the snapshots' sizes; NaN while no snapshot row gave one. */
    double snapshotMiB = Double.NaN;

    /** The addresses vNetwork lists for the VM's NICs, IPv4 first; null for none. */
    String[] addresses;

    /** Annotation and custom attributes (name, value, name, value...) from another sheet, for a vInfo without them. */
    String annotation;
    String[] attributes;

    /** The Disks and NICs columns of vInfo, and the rows vDisk and vNetwork list for the VM. */
    short disksInInfo = UNKNOWN;
    short nicsInInfo = UNKNOWN;
    short disksListed;
    short nicsListed;

    VmFacts(String name, long uuidHash, long moRefHash) {
        this.name = name;
        this.uuidHash = uuidHash;
        this.moRefHash = moRefHash;
    }

    /** Whether the row's identities can be this VM's: they agree wherever both sides have one. */
    boolean accepts(long uuid, long moRef) {
        return (uuidHash == 0 || uuid == 0 || uuidHash == uuid) && (moRefHash == 0 || moRef == 0 || moRefHash == moRef);
    }

    /** Takes identities a later sheet knows and earlier ones did not. */
    void learn(long uuid, long moRef) {
        if (uuidHash == 0) {
            uuidHash = uuid;
        }
        if (moRefHash == 0) {
            moRefHash = moRef;
        }
    }
}
