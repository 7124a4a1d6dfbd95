package com.migrationhub.samples;

/**
 * What the VMs put on each host and datastore, summed while the VMs stream past, for the
 * infrastructure sheets (vHost, vCluster, vDatastore) that are written after the last VM.
 * Memory: a few arrays of host and datastore length.
 */
final class EstateUsage {
    private static final long TIB_MIB = 1024L * 1024;

    final Estate estate;
    /** "# VMs total": every VM registered on the host, templates included. */
    final int[] vmsTotal;
    /** "# VMs": the running ones. */
    final int[] vmsRunning;
    final int[] vcpusRunning;
    final long[] vramRunningMiB;
    /** Guest memory actually touched by the running VMs. */
    final long[] vmUsedMemoryMiB;
    /** MHz the running VMs use on average. */
    final double[] cpuUsedMhz;
    final long[] datastoreProvisionedMiB;
    final long[] datastoreInUseMiB;
    final int[] datastoreVms;

    EstateUsage(Estate estate) {
        this.estate = estate;
        int hosts = estate.hosts.size();
        int datastores = estate.datastores.size();
        vmsTotal = new int[hosts];
        vmsRunning = new int[hosts];
        vcpusRunning = new int[hosts];
        vramRunningMiB = new long[hosts];
        vmUsedMemoryMiB = new long[hosts];
        cpuUsedMhz = new double[hosts];
        datastoreProvisionedMiB = new long[datastores];
        datastoreInUseMiB = new long[datastores];
        datastoreVms = new int[datastores];
    }

    void add(VirtualMachine vm) {
        int h = vm.host.index();
        vmsTotal[h]++;
        if (vm.poweredOn()) {
            vmsRunning[h]++;
            vcpusRunning[h] += vm.vcpus;
            vramRunningMiB[h] += vm.memoryMiB;
            vmUsedMemoryMiB[h] += Math.round(vm.memoryMiB * vm.utilization.memAvgPct() / 100);
            cpuUsedMhz[h] += vm.vcpus * vm.host.model().speedMhz() * vm.utilization.cpuAvgPct() / 100;
        }
        long diskProvisioned = 0;
        long diskInUse = 0;
        for (VirtualDisk d : vm.disks) {
            int ds = d.datastore().index();
            datastoreProvisionedMiB[ds] += d.capacityMiB();
            datastoreInUseMiB[ds] += d.datastoreUsedMiB();
            diskProvisioned += d.capacityMiB();
            diskInUse += d.datastoreUsedMiB();
        }
        // Swap, snapshots and small files live in the VM's home folder.
        int home = vm.homeDatastore.index();
        datastoreProvisionedMiB[home] += vm.provisionedMiB - diskProvisioned;
        datastoreInUseMiB[home] += vm.inUseMiB - diskInUse;
        datastoreVms[home]++;
    }

    /** Host CPU load: the VMs' average demand plus the hypervisor's own few per cent. */
    int hostCpuUsagePercent(EsxiHost host) {
        double capacity = (double) host.cores() * host.model().speedMhz();
        return (int) Math.min(95, Math.round(2 + cpuUsedMhz[host.index()] * 100 / capacity));
    }

    /** Host memory load: touched guest memory plus about 4 % the hypervisor keeps. */
    int hostMemoryUsagePercent(EsxiHost host) {
        double used = vmUsedMemoryMiB[host.index()] + 0.04 * host.memoryMiB();
        return (int) Math.min(97, Math.round(used * 100 / host.memoryMiB()));
    }

    /** Datastores are sized to their fill ratio in whole TiB, at least 2 TiB each. */
    long datastoreCapacityMiB(Datastore ds) {
        long needed = (long) Math.ceil(datastoreProvisionedMiB[ds.index()] / ds.fillRatio());
        long tib = Math.max(2, (needed + TIB_MIB - 1) / TIB_MIB);
        long capacity = tib * TIB_MIB;
        // Thick disks and swap can never exceed the capacity; grow the datastore if they would.
        while (capacity <= datastoreInUseMiB[ds.index()]) {
            capacity += TIB_MIB;
        }
        return capacity;
    }
}
