package com.migrationhub.domain.assessment;

import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.OsFamily;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Servers for tests: hand-made ones, and a seeded generator of realistic, varied estates. */
public final class Servers {
    public static final Instant END = Instant.parse("2025-06-30T00:00:00Z");
    public static final OperatingSystem WINDOWS = new OperatingSystem("Microsoft Windows Server 2019 (64-bit)",
            OsFamily.WINDOWS, "Windows Server", "2019", Architecture.X86_64);
    public static final OperatingSystem UBUNTU = new OperatingSystem("Ubuntu 22.04", OsFamily.LINUX, "Ubuntu",
            "22.04", Architecture.X86_64);
    public static final OperatingSystem RHEL = new OperatingSystem("Red Hat Enterprise Linux 8 (64-bit)",
            OsFamily.LINUX, "Red Hat Enterprise Linux", "8", Architecture.X86_64);
    public static final OperatingSystem SLES = new OperatingSystem("SUSE Linux Enterprise 15 (64-bit)",
            OsFamily.LINUX, "SUSE Linux Enterprise Server", "15", Architecture.X86_64);
    public static final OperatingSystem ARM_LINUX = new OperatingSystem("Amazon Linux 2 arm64", OsFamily.LINUX,
            "Amazon Linux", "2", Architecture.ARM64);

    private Servers() {
    }

    public static Server server(String name, int vcpus, long memoryMiB, OperatingSystem os, long... diskGiB) {
        Server s = new Server();
        s.name = name;
        s.vcpus = vcpus;
        s.memoryMiB = memoryMiB;
        s.os = os;
        for (int i = 0; i < diskGiB.length; i++) {
            Disk d = new Disk();
            d.label = "Hard disk " + (i + 1);
            d.capacityMiB = diskGiB[i] * 1024;
            s.disks.add(d);
        }
        Nic n = new Nic();
        n.label = "Network adapter 1";
        s.nics.add(n);
        return s;
    }

    /** A statistic covering the given days up to {@link #END}; days 0 gives no window. */
    public static UtilizationStat stat(Metric m, Double average, Double p95, Double maximum, double days) {
        Instant start = days == 0 ? null : END.minus(Duration.ofSeconds(Math.round(days * 86_400)));
        return new UtilizationStat(m, average, p95, maximum, 0, start, days == 0 ? null : END, null);
    }

    /** A seeded estate: the same seed gives the same servers. */
    public static List<Server> generate(long seed, int count) {
        Random r = new Random(seed);
        int[] vcpuChoices = {1, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 12, 16, 16, 24, 32, 48, 64, 96};
        int[] gibPerVcpu = {1, 2, 4, 4, 4, 8, 8, 16};
        List<Server> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Server s = new Server();
            s.id = i + 1;
            s.name = "vm" + i;
            int v = vcpuChoices[r.nextInt(vcpuChoices.length)];
            long mem = (long) v * gibPerVcpu[r.nextInt(gibPerVcpu.length)] * 1024;
            if (r.nextInt(10) == 0) {
                mem = 512L * (1 + r.nextInt(64)); // odd sizes: 0.5 to 32 GiB
            }
            s.vcpus = r.nextInt(100) == 0 ? null : v;
            s.memoryMiB = r.nextInt(200) == 0 ? null : mem;
            int os = r.nextInt(100);
            s.os = os < 30 ? WINDOWS : os < 45 ? RHEL : os < 50 ? SLES : os < 88 ? UBUNTU : os < 91 ? ARM_LINUX
                    : OperatingSystem.UNKNOWN;
            int disks = r.nextInt(20) == 0 ? 0 : 1 + r.nextInt(r.nextInt(4) == 0 ? 8 : 3);
            boolean perDisk = r.nextInt(4) == 0;
            for (int k = 0; k < disks; k++) {
                Disk d = new Disk();
                d.label = "Hard disk " + (k + 1);
                d.capacityMiB = r.nextInt(30) == 0 ? null : (long) (k == 0 ? 40 + r.nextInt(160) : 10 + r.nextInt(
                        r.nextInt(5) == 0 ? 8000 : 1000)) * 1024 + r.nextInt(1024);
                if (perDisk) {
                    d.readIops = (double) r.nextInt(r.nextInt(10) == 0 ? 30_000 : 3_000);
                    d.writeIops = r.nextBoolean() ? null : (double) r.nextInt(2_000);
                    d.readMBps = r.nextBoolean() ? null : r.nextInt(3000) / 10.0;
                    d.writeMBps = r.nextBoolean() ? null : r.nextInt(2000) / 10.0;
                }
                s.disks.add(d);
            }
            int nics = r.nextInt(10) == 0 ? 2 + r.nextInt(6) : 1;
            for (int k = 0; k < nics; k++) {
                s.nics.add(new Nic());
            }
            if (r.nextInt(10) < 7) {
                double days = r.nextInt(10) == 0 ? 0 : r.nextInt(46) + r.nextInt(24) / 24.0;
                double avg = r.nextInt(1000) / 10.0;
                double p95 = Math.min(100, avg + r.nextInt(400) / 10.0);
                double max = Math.min(100, p95 + r.nextInt(200) / 10.0);
                s.utilization.add(stat(Metric.CPU_PERCENT, avg, r.nextInt(8) == 0 ? null : p95,
                        r.nextInt(8) == 0 ? null : max, days));
                int memKind = r.nextInt(3);
                if (memKind == 0) {
                    double mavg = r.nextInt(1000) / 10.0;
                    s.utilization.add(stat(Metric.MEMORY_PERCENT, mavg, Math.min(100, mavg + r.nextInt(200) / 10.0),
                            null, r.nextBoolean() ? days : r.nextInt(30)));
                } else if (memKind == 1 && s.memoryMiB != null) {
                    double used = s.memoryMiB * r.nextInt(100) / 100.0;
                    s.utilization.add(stat(Metric.MEMORY_USED_MIB, used * 0.8, used, used, days));
                }
                if (r.nextInt(5) < 2) {
                    double iops = r.nextInt(r.nextInt(10) == 0 ? 40_000 : 5_000);
                    s.utilization.add(stat(Metric.DISK_IOPS, iops * 0.6, iops, iops * 1.5, days));
                    double mbps = r.nextInt(400);
                    s.utilization.add(stat(Metric.DISK_READ_MBPS, mbps * 0.5, mbps, null, days));
                    s.utilization.add(stat(Metric.DISK_WRITE_MBPS, mbps * 0.2, mbps / 3, null, days));
                }
            }
            out.add(s);
        }
        return out;
    }
}
