package com.migrationhub.samples;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds one VM of an estate from the estate seed and the VM's index. The draws follow what
 * assessments of mid-size estates typically find: small VMs dominate (two vCPUs, 8 GiB), 1 % are templates, about
 * two disks and one and a half NICs per VM, 82 % powered on, a few per cent forgotten snapshots,
 * and load that grows with the VM's role and size but mostly leaves it idle.
 *
 * <p>Cost: a few microseconds and about 2 KiB of garbage per VM.
 */
final class VirtualMachineFactory {
    private static final int[] VCPUS = {1, 2, 4, 8, 16, 32};
    private static final int[] VCPU_WEIGHTS = {14, 40, 28, 12, 4, 2};
    private static final int[] GIB_PER_VCPU = {1, 2, 4, 8};
    private static final int[] GIB_PER_VCPU_WEIGHTS = {8, 40, 42, 10};
    // 1 to 4 disks, 2.02 on average.
    private static final int[] DISK_COUNT_WEIGHTS = {38, 32, 20, 10};
    private static final int[] HW_VERSIONS = {11, 13, 14, 15, 17, 19, 20, 21};
    private static final int[] HW_VERSION_WEIGHTS = {5, 10, 15, 10, 15, 30, 10, 5};
    private static final int[] ENVIRONMENT_WEIGHTS = weights(Environment.values());

    private static final List<GuestOs> WINDOWS = family(true);
    private static final List<GuestOs> LINUX = family(false);
    private static final int[] WINDOWS_WEIGHTS = WINDOWS.stream().mapToInt(o -> o.weight).toArray();
    private static final int[] LINUX_WEIGHTS = LINUX.stream().mapToInt(o -> o.weight).toArray();

    /** The VMware Tools builds found in the estate: current, and two that need an upgrade. */
    static final String TOOLS_CURRENT = "12352";
    private static final List<String> TOOLS_OLD = List.of("11365", "10346");

    private static final DateTimeFormatter ATTRIBUTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Estate estate;
    private final int numberDigits;

    VirtualMachineFactory(Estate estate) {
        this.estate = estate;
        this.numberDigits = Math.max(4, Integer.toString(estate.vmCount).length());
    }

    VirtualMachine build(int index) {
        VirtualMachine vm = new VirtualMachine();
        vm.index = index;
        vm.seed = Seeds.forVm(estate.seed, index);
        SplittableRandom rng = new SplittableRandom(vm.seed);

        vm.template = estate.isTemplate(index);
        vm.application = estate.applications.get(Seeds.weighted(rng, estate.applicationWeights));
        vm.environment = Environment.values()[Seeds.weighted(rng, ENVIRONMENT_WEIGHTS)];
        String roleCode = Seeds.pick(rng, vm.application.roleCodes());
        vm.role = Role.of(roleCode);
        vm.os = chooseOs(rng, vm.application);
        vm.configuredOs = rng.nextDouble() < 0.03 ? vm.os.predecessor() : vm.os;
        vm.powerState = vm.template ? VmPowerState.POWERED_OFF : drawPowerState(rng);
        vm.name = name(vm, roleCode);
        vm.dnsName = vm.name.toLowerCase() + "." + Estate.DOMAIN;

        size(vm, rng);
        ComputeCluster cluster = Seeds.pick(rng, estate.clustersFor(vm.environment));
        vm.host = Seeds.pick(rng, estate.hostsOf(cluster));
        List<Datastore> datastores = estate.datastoresOf(cluster);
        vm.homeDatastore = Seeds.pick(rng, datastores);
        vm.disks = disks(vm, rng, datastores);
        vm.nics = nics(vm, rng);
        tools(vm, rng);
        hardware(vm, rng);
        vm.vmUuid = Seeds.uuid(rng, 0x50);
        vm.biosUuid = Seeds.uuid(rng, 0x42);
        vm.moRef = "vm-" + (1000 + 5L * index + rng.nextInt(5));
        dates(vm, rng);
        vm.snapshots = snapshots(vm, rng);
        vm.partitions = vm.toolsRunning() ? partitions(vm) : List.of();
        storageTotals(vm, rng);
        vm.utilization = vm.poweredOn() ? utilization(vm, rng) : Utilization.NONE;
        placementNames(vm, cluster);
        vm.customAttributes = customAttributes(vm, rng);
        vm.annotation = annotation(vm, rng);
        return vm;
    }

    private static VmPowerState drawPowerState(SplittableRandom rng) {
        double r = rng.nextDouble();
        return r < 0.82 ? VmPowerState.POWERED_ON : r < 0.975 ? VmPowerState.POWERED_OFF : VmPowerState.SUSPENDED;
    }

    private static GuestOs chooseOs(SplittableRandom rng, BusinessApplication app) {
        double r = rng.nextDouble();
        if (!app.preferredOs().isEmpty() && r < 0.8) {
            return Seeds.pick(rng, app.preferredOs());
        }
        boolean windows = app.family() == 'W' || (app.family() == 'M' && rng.nextDouble() < 0.55);
        return windows ? WINDOWS.get(Seeds.weighted(rng, WINDOWS_WEIGHTS))
                : LINUX.get(Seeds.weighted(rng, LINUX_WEIGHTS));
    }

    /**
     * Site, environment letter, application, role and number: "DTWPMESSQL0042". Windows names
     * are upper case, Linux names lower case, as the two teams keep them.
     */
    private String name(VirtualMachine vm, String roleCode) {
        String number = String.format("%0" + numberDigits + "d", vm.index + 1);
        if (vm.template) {
            return "TPL-" + vm.os.shortCode() + "-" + number;
        }
        String site = vm.environment == Environment.DISASTER_RECOVERY ? "GRR" : "DTW";
        String role = vm.role == Role.DATABASE ? (vm.os.isWindows() ? "SQL" : "DB") : roleCode;
        String name = site + vm.environment.nameLetter + vm.application.code() + role + number;
        return vm.os.isWindows() ? name : name.toLowerCase();
    }

    private static void size(VirtualMachine vm, SplittableRandom rng) {
        int i = Seeds.weighted(rng, VCPU_WEIGHTS);
        if (vm.role == Role.DATABASE && rng.nextBoolean()) {
            i = Math.min(VCPUS.length - 1, i + 1);
        } else if (vm.role == Role.INFRASTRUCTURE && rng.nextBoolean()) {
            i = Math.max(0, i - 1);
        }
        if (vm.os.bits == 32) {
            i = Math.min(i, 2);
        }
        vm.vcpus = VCPUS[i];
        double layout = rng.nextDouble();
        if (layout < 0.5) {
            vm.sockets = vm.vcpus;
            vm.coresPerSocket = 1;
        } else if (layout < 0.85 || vm.vcpus == 1) {
            vm.sockets = 1;
            vm.coresPerSocket = vm.vcpus;
        } else {
            vm.sockets = 2;
            vm.coresPerSocket = vm.vcpus / 2;
        }
        double gib = vm.vcpus * (double) GIB_PER_VCPU[Seeds.weighted(rng, GIB_PER_VCPU_WEIGHTS)];
        if (vm.role == Role.DATABASE) {
            gib *= 2;
        }
        if (rng.nextDouble() < 0.1) {
            gib = Math.round(gib * 1.5 * 2) / 2.0;
        }
        gib = Math.max(1, Math.min(vm.os.bits == 32 ? 4 : 256, gib));
        vm.memoryMiB = (int) Math.round(gib * 1024);
    }

    private List<VirtualDisk> disks(VirtualMachine vm, SplittableRandom rng, List<Datastore> datastores) {
        int count = 1 + Seeds.weighted(rng, DISK_COUNT_WEIGHTS);
        if (vm.role == Role.DATABASE && rng.nextBoolean()) {
            count = Math.min(Estate.MAX_DISKS_PER_VM, count + 1);
        }
        String bootController = bootController(vm.os, rng);
        int[] nextUnit = new int[2];
        List<VirtualDisk> disks = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            long gib = d == 0 ? osDiskGiB(vm.os, rng) : dataDiskGiB(vm.role, rng);
            long capacity = gib * 1024;
            double usedShare = d == 0 ? 0.35 + 0.4 * rng.nextDouble() : 0.15 + 0.75 * rng.nextDouble();
            long used = Math.round(capacity * usedShare);
            double p = rng.nextDouble();
            String provisioning = vm.template || p < 0.6 ? "thin" : p < 0.9 ? "thick" : "eager";
            // Database data disks go on their own paravirtual controller, as the vendors advise.
            int bus = vm.role == Role.DATABASE && d > 0 && rng.nextDouble() < 0.7 ? 1 : 0;
            String controller = bus == 1 ? "VMware paravirtual SCSI" : bootController;
            int unit = nextUnit[bus]++;
            if (unit == 7) {
                unit = nextUnit[bus]++; // unit 7 is the controller's own
            }
            Datastore ds = d == 0 || rng.nextDouble() < 0.8 ? vm.homeDatastore : Seeds.pick(rng, datastores);
            String file = d == 0 ? vm.name + ".vmdk" : vm.name + "_" + d + ".vmdk";
            String uuid = "6000C29" + Estate.hex(rng, 1) + "-" + Estate.hex(rng, 4) + "-" + Estate.hex(rng, 4) + "-"
                    + Estate.hex(rng, 4) + "-" + Estate.hex(rng, 12);
            disks.add(new VirtualDisk("Hard disk " + (d + 1), 2000 + 16 * bus + unit, uuid, capacity, used,
                    provisioning, bus, controller, unit, ds, "[" + ds.name() + "] " + vm.name + "/" + file));
        }
        return List.copyOf(disks);
    }

    private static String bootController(GuestOs os, SplittableRandom rng) {
        if (os.isWindows()) {
            boolean old = os.releaseYear() < 2016;
            return old || rng.nextDouble() < 0.6 ? "LSI Logic SAS" : "VMware paravirtual SCSI";
        }
        boolean old = os.releaseYear() < 2016;
        return old && rng.nextDouble() < 0.5 ? "LSI Logic Parallel" : "VMware paravirtual SCSI";
    }

    private static long osDiskGiB(GuestOs os, SplittableRandom rng) {
        long[] sizes;
        if (os.isWindows()) {
            sizes = os.releaseYear() < 2012 ? new long[] {40, 60} : new long[] {60, 80, 90, 100, 120, 127};
        } else {
            sizes = new long[] {16, 20, 30, 40, 50, 60};
        }
        return sizes[rng.nextInt(sizes.length)];
    }

    /** Log-uniform from 20 GiB to 1 TiB (doubled for databases), rounded as people size disks. */
    private static long dataDiskGiB(Role role, SplittableRandom rng) {
        double gib = 20 * Math.pow(1024 / 20.0, rng.nextDouble());
        if (role == Role.DATABASE) {
            gib = Math.min(4096, gib * 2);
        }
        long step = gib < 100 ? 5 : gib < 500 ? 10 : 50;
        return Math.max(step, Math.round(gib / step) * step);
    }

    private List<NetworkAdapter> nics(VirtualMachine vm, SplittableRandom rng) {
        int count = vm.template || rng.nextBoolean() ? 1 : 2;
        PortGroup first = firstNetwork(vm, rng);
        List<NetworkAdapter> nics = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            PortGroup pg = n == 0 ? first : secondNetwork(vm, first, rng);
            String adapter = adapterType(vm.os, rng);
            int u = vm.index * 2 + n;
            String mac = String.format("00:50:56:%02x:%02x:%02x", 0x80 | (u >>> 16), (u >>> 8) & 0xFF, u & 0xFF);
            // Each port group numbers its VMs by estate index: one address per VM, never reused.
            int net = vm.index / 254;
            String ipv4 = "10." + (pg.secondOctet() + net / 256) + "." + (net % 256) + "." + (vm.index % 254 + 1);
            String ipv6 = n == 0 && vm.environment == Environment.PRODUCTION && rng.nextDouble() < 0.1
                    ? String.format("fd00:10:%x::%x", pg.vlan(), vm.index + 1)
                    : "";
            boolean connected = rng.nextDouble() < 0.97;
            nics.add(new NetworkAdapter("Network adapter " + (n + 1), 4000 + n, adapter, pg, mac, ipv4, ipv6,
                    connected));
        }
        return List.copyOf(nics);
    }

    private PortGroup firstNetwork(VirtualMachine vm, SplittableRandom rng) {
        return switch (vm.environment) {
            case PRODUCTION -> vm.role == Role.DATABASE ? estate.prodDb
                    : vm.role == Role.WEB && rng.nextDouble() < 0.7 ? estate.prodWeb : estate.prodApp;
            case TEST -> estate.test;
            case DEVELOPMENT -> estate.dev;
            case DISASTER_RECOVERY -> estate.dr;
        };
    }

    /** A second adapter is mostly for backup traffic; some production servers straddle two tiers. */
    private PortGroup secondNetwork(VirtualMachine vm, PortGroup first, SplittableRandom rng) {
        if (vm.environment == Environment.PRODUCTION && rng.nextDouble() < 0.4) {
            List<PortGroup> others = new ArrayList<>(List.of(estate.prodApp, estate.prodDb, estate.prodWeb));
            others.remove(first);
            return Seeds.pick(rng, others);
        }
        return estate.backupNetwork(vm.host.cluster());
    }

    private static String adapterType(GuestOs os, SplittableRandom rng) {
        if (os == GuestOs.OTHER_LINUX || os == GuestOs.WINDOWS_2008_32) {
            return "E1000";
        }
        if (os.isWindows()) {
            double e1000e = os.releaseYear() < 2016 ? 0.5 : 0.15;
            return rng.nextDouble() < e1000e ? "E1000E" : "Vmxnet3";
        }
        return "Vmxnet3";
    }

    private static void tools(VirtualMachine vm, SplittableRandom rng) {
        double r = rng.nextDouble();
        if (vm.poweredOn()) {
            vm.toolsStatus = r < 0.85 ? "toolsOk" : r < 0.93 ? "toolsOld" : r < 0.97 ? "toolsNotRunning"
                    : "toolsNotInstalled";
        } else {
            vm.toolsStatus = r < 0.95 ? "toolsNotRunning" : "toolsNotInstalled";
        }
        boolean old = "toolsOld".equals(vm.toolsStatus) || (!"toolsOk".equals(vm.toolsStatus) && rng.nextBoolean());
        vm.toolsVersion = "toolsNotInstalled".equals(vm.toolsStatus) ? ""
                : old ? Seeds.pick(rng, TOOLS_OLD) : TOOLS_CURRENT;
    }

    private static void hardware(VirtualMachine vm, SplittableRandom rng) {
        vm.firmware = rng.nextDouble() < vm.os.efiShare ? "efi" : "bios";
        boolean secureCapable = vm.os.isWindows() ? vm.os.releaseYear() >= 2016 : vm.os == GuestOs.RHEL_9;
        vm.secureBoot = "efi".equals(vm.firmware) && secureCapable && rng.nextBoolean();
        int hw = HW_VERSIONS[Seeds.weighted(rng, HW_VERSION_WEIGHTS)];
        vm.hardwareVersion = vm.os.releaseYear() >= 2021 ? Math.max(17, hw) : hw;
        vm.changedBlockTracking = rng.nextDouble() < 0.7;
    }

    private void dates(VirtualMachine vm, SplittableRandom rng) {
        LocalDateTime earliest = LocalDate.of(Math.max(2012, vm.configuredOs.releaseYear()), 1, 1).atStartOfDay();
        LocalDateTime latest = estate.exportedAt.minusDays(7);
        long span = Math.max(1, Duration.between(earliest, latest).getSeconds());
        vm.created = earliest.plusSeconds((long) (rng.nextDouble() * span));
        if (vm.poweredOn()) {
            LocalDateTime on = estate.exportedAt.minusSeconds(3600 + (long) (rng.nextDouble() * 180 * 86400));
            vm.poweredOnAt = on.isBefore(vm.created) ? vm.created.plusHours(1) : on;
        } else if (vm.powerState == VmPowerState.SUSPENDED) {
            LocalDateTime at = estate.exportedAt.minusSeconds(86400 + (long) (rng.nextDouble() * 300 * 86400));
            vm.suspendedAt = at.isBefore(vm.created) ? vm.created.plusHours(2) : at;
        }
    }

    private List<VmSnapshot> snapshots(VirtualMachine vm, SplittableRandom rng) {
        if (vm.template || rng.nextDouble() >= 0.05) {
            return List.of();
        }
        int count = rng.nextDouble() < 0.25 ? 2 : 1;
        List<VmSnapshot> result = new ArrayList<>(count);
        LocalDateTime taken = estate.exportedAt.minusDays(2 + rng.nextInt(400)).minusSeconds(rng.nextInt(86400));
        if (taken.isBefore(vm.created)) {
            taken = vm.created.plusDays(1);
        }
        for (int s = 0; s < count; s++) {
            String[] names = {"Before patching " + taken.toLocalDate().toString().substring(0, 7), "pre-upgrade",
                "VEEAM BACKUP TEMPORARY SNAPSHOT", "before app release"};
            int n = rng.nextInt(names.length);
            String description = n == 2 ? "Please do not delete this snapshot. It is being used by Veeam Backup."
                    : n == 0 ? "Monthly OS patches" : "";
            boolean memory = vm.poweredOn() && rng.nextDouble() < 0.3;
            long vmsn = memory ? vm.memoryMiB : 0;
            long delta = Math.max(1, Math.round(vm.totalDiskCapacityMiB() * (0.01 + 0.14 * rng.nextDouble())));
            String file = "[" + vm.homeDatastore.name() + "] " + vm.name + "/" + vm.name + "-Snapshot" + (s + 1)
                    + ".vmsn";
            result.add(new VmSnapshot(names[n], description, taken, file, vmsn, vmsn + delta,
                    rng.nextDouble() < 0.3));
            taken = taken.plusDays(1 + rng.nextInt(30));
            if (taken.isAfter(estate.exportedAt)) {
                taken = estate.exportedAt.minusHours(1);
            }
        }
        return List.copyOf(result);
    }

    /** The file systems the guest reports: one per disk on Windows, /boot and / on a Linux boot disk. */
    private static List<GuestPartition> partitions(VirtualMachine vm) {
        List<GuestPartition> result = new ArrayList<>();
        String[] linuxData = {"/data", "/backup", "/app"};
        for (int d = 0; d < vm.disks.size(); d++) {
            VirtualDisk disk = vm.disks.get(d);
            // Partition tables, recovery and EFI partitions and swap take a slice the guest never lists.
            long reserved = d == 0 ? (vm.os.isWindows() ? 600 : 2048) : 16;
            long capacity = disk.capacityMiB() - reserved;
            long consumed = Math.min(capacity, disk.usedMiB());
            if (vm.os.isWindows()) {
                result.add(new GuestPartition((char) ('C' + d) + ":\\", disk.key(), capacity, consumed));
            } else if (d == 0) {
                long boot = 1024;
                long bootUsed = Math.min(boot, 180 + consumed / 200);
                result.add(new GuestPartition("/boot", disk.key(), boot, bootUsed));
                result.add(new GuestPartition("/", disk.key(), capacity - boot, Math.max(0, consumed - bootUsed)));
            } else {
                result.add(new GuestPartition(linuxData[d - 1], disk.key(), capacity, consumed));
            }
        }
        return List.copyOf(result);
    }

    private static void storageTotals(VirtualMachine vm, SplittableRandom rng) {
        // A running VM has a swap file the size of its memory; a suspended one its memory image.
        long swap = vm.powerState == VmPowerState.POWERED_OFF ? 0 : vm.memoryMiB;
        long smallFiles = 40 + rng.nextInt(260); // configuration, nvram, logs
        long snapshots = 0;
        for (VmSnapshot s : vm.snapshots) {
            snapshots += s.totalMiB();
        }
        long onDatastore = 0;
        for (VirtualDisk d : vm.disks) {
            onDatastore += d.datastoreUsedMiB();
        }
        vm.provisionedMiB = vm.totalDiskCapacityMiB() + swap + smallFiles + snapshots;
        vm.inUseMiB = onDatastore + swap + smallFiles + snapshots;
        vm.unsharedMiB = vm.inUseMiB;
    }

    /**
     * Load for a running VM. Bigger VMs are busier in absolute terms but idler per vCPU, since most
     * were sized generously; databases work their disks, web servers their network.
     */
    private static Utilization utilization(VirtualMachine vm, SplittableRandom rng) {
        double cpuMedian = switch (vm.role) {
            case DATABASE -> 18;
            case APP -> 10;
            case WEB -> 8;
            case INFRASTRUCTURE -> 5;
        };
        double cpuAvg = clamp(Seeds.logNormal(rng, cpuMedian * Math.pow(4.0 / vm.vcpus, 0.25), 0.6), 0.3, 90);
        double cpuMax = Math.min(100, cpuAvg * (1.8 + 2.5 * rng.nextDouble()));
        double memAvg = vm.role == Role.DATABASE ? 55 + 37 * rng.nextDouble() : 25 + 55 * rng.nextDouble();
        double memMax = Math.min(100, memAvg + 5 + 25 * rng.nextDouble());

        double iopsPerCore = switch (vm.role) {
            case DATABASE -> 45;
            case APP -> 12;
            case WEB -> 6;
            case INFRASTRUCTURE -> 8;
        };
        double iops = Seeds.logNormal(rng, iopsPerCore * Math.pow(vm.vcpus, 0.8), 0.7);
        double readShare = vm.role == Role.DATABASE ? 0.6 + 0.2 * rng.nextDouble() : 0.55 + 0.25 * rng.nextDouble();
        double ioKiB = vm.role == Role.DATABASE ? 16 + 16 * rng.nextDouble() : 8 + 16 * rng.nextDouble();
        double iopsPeak = 2.5 + 3.5 * rng.nextDouble();
        double readIops = iops * readShare;
        double writeIops = iops - readIops;

        double netMedian = switch (vm.role) {
            case WEB -> 600;
            case DATABASE -> 400;
            case APP -> 250;
            case INFRASTRUCTURE -> 150;
        };
        double net = Seeds.logNormal(rng, netMedian * Math.sqrt(vm.vcpus / 2.0), 0.8);
        double inShare = 0.4 + 0.2 * rng.nextDouble();
        double netPeak = 3 + 5 * rng.nextDouble();
        return new Utilization(cpuAvg, cpuMax, memAvg, memMax, readIops, writeIops, readIops * iopsPeak,
                writeIops * iopsPeak, readIops * ioKiB, writeIops * ioKiB, readIops * ioKiB * iopsPeak,
                writeIops * ioKiB * iopsPeak, net * inShare, net * (1 - inShare), net * inShare * netPeak,
                net * (1 - inShare) * netPeak);
    }

    private static void placementNames(VirtualMachine vm, ComputeCluster cluster) {
        if (vm.template) {
            vm.folder = "/Templates";
        } else {
            String env = switch (vm.environment) {
                case PRODUCTION -> "Production";
                case TEST -> "Test";
                case DEVELOPMENT -> "Development";
                case DISASTER_RECOVERY -> "DR";
            };
            vm.folder = "/" + env + "/" + vm.application.name();
        }
        vm.folderId = "group-v" + (1000 + Math.floorMod(vm.folder.hashCode(), 8000));
        vm.resourcePool = "/" + cluster.datacenter() + "/" + cluster.name() + "/Resources";
    }

    /** Every value is drawn whatever the estate defines, so the draws never shift between estates. */
    private Map<String, String> customAttributes(VirtualMachine vm, SplittableRandom rng) {
        Map<String, String> all = new LinkedHashMap<>();
        BusinessApplication app = vm.application;
        all.put("Owner", rng.nextDouble() < 0.9 ? app.owner() : "");
        all.put("Application", rng.nextDouble() < 0.95 ? app.name() : "");
        all.put("Environment", rng.nextDouble() < 0.97 ? vm.environment.code : "");
        all.put("CostCenter", rng.nextDouble() < 0.9 ? app.costCenter() : "");
        String backup = vm.template ? "" : switch (vm.environment) {
            case PRODUCTION -> "Gold";
            case DISASTER_RECOVERY -> "Silver";
            case TEST -> rng.nextBoolean() ? "Bronze" : "None";
            case DEVELOPMENT -> "None";
        };
        all.put("Backup", backup);
        all.put("SLA", switch (vm.environment) {
            case PRODUCTION, DISASTER_RECOVERY -> "24x7";
            case TEST -> "Business hours";
            case DEVELOPMENT -> "Best effort";
        });
        String[] patch = {"Group A - Sun 02:00", "Group B - Sat 22:00", "Group C - Wed 23:00"};
        all.put("Patch Group", patch[rng.nextInt(patch.length)]);
        all.put("Business Unit", app.businessUnit());
        boolean backedUp = !backup.isEmpty() && !"None".equals(backup) && vm.poweredOn();
        LocalDateTime last = estate.exportedAt.toLocalDate().minusDays(1 + rng.nextInt(2)).atTime(21, 0)
                .plusSeconds(rng.nextInt(4 * 3600));
        all.put("Last backup", backedUp ? ATTRIBUTE_TIME.format(last) : "");
        all.put("Support Team", vm.role == Role.DATABASE ? "DBA Team"
                : vm.os.isWindows() ? "Windows Platform" : "Linux Platform");
        Map<String, String> result = new LinkedHashMap<>();
        for (String attribute : estate.customAttributes) {
            result.put(attribute, all.get(attribute));
        }
        return result;
    }

    private static String annotation(VirtualMachine vm, SplittableRandom rng) {
        double r = rng.nextDouble();
        if (vm.template) {
            return "Golden image " + vm.os.productName + ", patched monthly";
        }
        if (r < 0.55) {
            return "";
        }
        String role = switch (vm.role) {
            case DATABASE -> "database";
            case WEB -> "web";
            case APP -> "application";
            case INFRASTRUCTURE -> "infrastructure";
        };
        String text = vm.application.name() + " " + role + " server (" + vm.environment.cmdbName + ")";
        if (rng.nextDouble() < 0.2) {
            // Multi-line notes are common: the change that built the VM on its own line.
            text += "\nChange CHG" + String.format("%07d", rng.nextInt(10_000_000));
        }
        return text;
    }

    private static List<GuestOs> family(boolean windows) {
        List<GuestOs> result = new ArrayList<>();
        for (GuestOs os : GuestOs.values()) {
            if (os.isWindows() == windows) {
                result.add(os);
            }
        }
        return List.copyOf(result);
    }

    private static int[] weights(Environment[] environments) {
        int[] w = new int[environments.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = environments[i].weight;
        }
        return w;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
