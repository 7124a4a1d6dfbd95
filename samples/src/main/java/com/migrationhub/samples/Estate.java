package com.migrationhub.samples;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The client's vSphere estate as one vCenter sees it: datacenters, clusters, ESXi hosts,
 * datastores, port groups, business applications and the custom attributes in use, all drawn from
 * a seed. The VMs themselves are not kept: {@link #virtualMachine(int)} builds any of them on
 * demand from the seed and its index, so an estate of a million VMs costs only its hosts and
 * datastores in memory (about 200 bytes per VM), and every writer sees the same VMs.
 *
 * <p>The client is Contoso Manufacturing: a main site in Detroit (DTW) running production and
 * non-production clusters, and a disaster-recovery site in Grand Rapids (GRR).
 */
final class Estate {
    /** The address plan gives each port group 16 /16 blocks: this many VMs fit. */
    static final int MAX_VMS = 1_000_000;
    /** Every VM has 1 to this many disks; the cloud templates size their disk columns by it. */
    static final int MAX_DISKS_PER_VM = 4;

    static final String CLIENT = "Contoso Manufacturing";
    static final String DOMAIN = "corp.contoso-mfg.com";
    static final String RVTOOLS_VERSION = "4.7.1.4";
    static final String VCENTER_VERSION = "8.0.2";
    static final String VCENTER_BUILD = "22617221";

    private static final List<String> OPTIONAL_ATTRIBUTES = List.of("CostCenter", "Backup", "SLA", "Patch Group",
            "Business Unit", "Last backup", "Support Team");

    private static final List<String> OWNERS = List.of("Anna Kowalski", "Marcus Reed", "Priya Natarajan",
            "Tom Becker", "Elena Garcia", "James O'Connor", "Wei Zhang", "Sarah Mitchell", "Daniel Novak",
            "Fatima Haddad", "Lukas Schneider", "Olivia Brown", "Kenji Watanabe", "Grace Okafor");

    private static final List<HostModel> HOST_MODELS = List.of(
            new HostModel("Dell Inc.", "PowerEdge R740", "Intel(R) Xeon(R) Gold 6248 CPU @ 2.50GHz", 2494, 2, 20,
                    "intel-cascadelake", "2.19.1"),
            new HostModel("HPE", "ProLiant DL380 Gen10", "Intel(R) Xeon(R) Gold 6138 CPU @ 2.00GHz", 1995, 2, 20,
                    "intel-skylake", "U30 v2.90"),
            new HostModel("Dell Inc.", "PowerEdge R640", "Intel(R) Xeon(R) Gold 5218 CPU @ 2.30GHz", 2295, 2, 16,
                    "intel-cascadelake", "2.17.1"),
            new HostModel("Cisco Systems Inc", "UCSB-B200-M4", "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", 2394,
                    2, 14, "intel-broadwell", "B200M4.4.1.3c.0.0815191720"),
            new HostModel("Dell Inc.", "PowerEdge R750", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", 1995, 2, 32,
                    "intel-icelake", "1.10.2"),
            new HostModel("HPE", "ProLiant DL385 Gen10 Plus", "AMD EPYC 7543 32-Core Processor", 2794, 2, 32,
                    "amd-zen3", "A42 v2.80"));

    private static final int[] HOST_MEMORY_GIB = {384, 512, 768, 1024};

    final long seed;
    final int vmCount;
    /** Every hundredth VM from this index on is a template: about 1 %, and at least one. */
    private final int templateOffset;
    final String vcenterName = "vcsa01." + DOMAIN;
    final String vcenterUuid;
    /** When RVTools ran: a fixed day so that outputs never depend on the clock. */
    final LocalDateTime exportedAt;
    /** The VM custom attributes defined in this vCenter, in creation order. */
    final List<String> customAttributes;
    final List<BusinessApplication> applications;
    final int[] applicationWeights;
    final List<ComputeCluster> clusters = new ArrayList<>();
    final List<EsxiHost> hosts = new ArrayList<>();
    final List<Datastore> datastores = new ArrayList<>();
    /** Index ranges into {@link #hosts} and {@link #datastores} per cluster, by cluster index. */
    private final List<int[]> hostRange = new ArrayList<>();
    private final List<int[]> datastoreRange = new ArrayList<>();

    final PortGroup prodApp = new PortGroup("dvPG-PROD-APP-VLAN110", "DSwitch-DTW-01", 110, 16);
    final PortGroup prodDb = new PortGroup("dvPG-PROD-DB-VLAN120", "DSwitch-DTW-01", 120, 32);
    final PortGroup prodWeb = new PortGroup("dvPG-DMZ-WEB-VLAN130", "DSwitch-DTW-01", 130, 48);
    final PortGroup test = new PortGroup("dvPG-TEST-VLAN210", "DSwitch-DTW-01", 210, 64);
    final PortGroup dev = new PortGroup("dvPG-DEV-VLAN310", "DSwitch-DTW-01", 310, 80);
    final PortGroup dr = new PortGroup("dvPG-DR-VLAN410", "DSwitch-GRR-01", 410, 96);
    final PortGroup backupDtw = new PortGroup("dvPG-BACKUP-VLAN900", "DSwitch-DTW-01", 900, 112);
    final PortGroup backupGrr = new PortGroup("dvPG-GRR-BACKUP-VLAN901", "DSwitch-GRR-01", 901, 128);

    private final VirtualMachineFactory factory;

    private Estate(long seed, int vmCount) {
        this.seed = seed;
        this.vmCount = vmCount;
        SplittableRandom rng = new SplittableRandom(Seeds.mix(seed ^ 0x5EED_E57A7EL));
        this.vcenterUuid = Seeds.uuid(rng, rng.nextInt(256));
        this.exportedAt = LocalDateTime.of(2026, 7, 21, 8, 0).plusMinutes(rng.nextInt(9 * 60)).plusSeconds(
                rng.nextInt(60));
        this.templateOffset = rng.nextInt(Math.min(100, vmCount));
        this.customAttributes = pickAttributes(rng);
        this.applications = ApplicationCatalog.forEstate(rng, OWNERS);
        this.applicationWeights = applications.stream().mapToInt(BusinessApplication::weight).toArray();
        buildTopology(rng);
        this.factory = new VirtualMachineFactory(this);
    }

    /**
     * Draws an estate. Cost: the topology only, proportional to the number of hosts (about one per
     * 25 VMs).
     */
    static Estate generate(long seed, int vmCount) {
        if (vmCount < 1 || vmCount > MAX_VMS) {
            throw new IllegalArgumentException("the number of VMs must be between 1 and " + MAX_VMS);
        }
        return new Estate(seed, vmCount);
    }

    /** Builds VM {@code index} (0-based): the same VM every time, whatever was built before. */
    VirtualMachine virtualMachine(int index) {
        if (index < 0 || index >= vmCount) {
            throw new IndexOutOfBoundsException(index);
        }
        return factory.build(index);
    }

    /** Whether VM {@code index} is a template rather than a server. */
    boolean isTemplate(int index) {
        return index % 100 == templateOffset;
    }

    List<EsxiHost> hostsOf(ComputeCluster cluster) {
        int[] r = hostRange.get(cluster.index());
        return hosts.subList(r[0], r[1]);
    }

    List<Datastore> datastoresOf(ComputeCluster cluster) {
        int[] r = datastoreRange.get(cluster.index());
        return datastores.subList(r[0], r[1]);
    }

    /** The clusters that run an environment's VMs. */
    List<ComputeCluster> clustersFor(Environment environment) {
        String kind = clusterKind(environment);
        List<ComputeCluster> result = new ArrayList<>();
        for (ComputeCluster c : clusters) {
            if (c.kind().equals(kind)) {
                result.add(c);
            }
        }
        return result;
    }

    PortGroup backupNetwork(ComputeCluster cluster) {
        return cluster.site().equals("GRR") ? backupGrr : backupDtw;
    }

    String vcenterFullName() {
        return "VMware vCenter Server " + VCENTER_VERSION + " build-" + VCENTER_BUILD;
    }

    String vcenterApiVersion() {
        return VCENTER_VERSION + ".0";
    }

    private static String clusterKind(Environment environment) {
        return switch (environment) {
            case PRODUCTION -> "PROD";
            case TEST, DEVELOPMENT -> "NONPROD";
            case DISASTER_RECOVERY -> "DR";
        };
    }

    /** Owner, Application and Environment everywhere; two to four more that differ per estate. */
    private static List<String> pickAttributes(SplittableRandom rng) {
        List<String> optional = new ArrayList<>(OPTIONAL_ATTRIBUTES);
        // java.util.Random's sequence is fixed by its specification, so the shuffles are reproducible.
        Collections.shuffle(optional, new Random(rng.nextLong()));
        List<String> chosen = new ArrayList<>(List.of("Owner", "Application", "Environment"));
        chosen.addAll(optional.subList(0, 2 + rng.nextInt(3)));
        // vCenter lists attributes in the order they were created, which no two estates share.
        Collections.shuffle(chosen, new Random(rng.nextLong()));
        return List.copyOf(chosen);
    }

    private void buildTopology(SplittableRandom rng) {
        int prodVms = share(Environment.PRODUCTION);
        int nonProdVms = share(Environment.TEST) + share(Environment.DEVELOPMENT);
        int drVms = share(Environment.DISASTER_RECOVERY);
        addClusters(rng, "DTW", "DTW-DC01", "PROD", 'p', hostsFor(prodVms, 24));
        addClusters(rng, "DTW", "DTW-DC01", "NONPROD", 'n', hostsFor(nonProdVms, 36));
        addClusters(rng, "GRR", "GRR-DC02", "DR", 'r', hostsFor(drVms, 20));
    }

    private int share(Environment e) {
        return (int) Math.ceil(vmCount * e.weight / 100.0);
    }

    private static int hostsFor(int vms, int vmsPerHost) {
        return Math.max(3, (vms + vmsPerHost - 1) / vmsPerHost);
    }

    /** Splits a kind's hosts into clusters of at most 16, each with its own hardware and storage. */
    private void addClusters(SplittableRandom rng, String site, String datacenter, String kind, char letter,
            int hostCount) {
        int clusterCount = (hostCount + 15) / 16;
        int digits = hostCount > 99 * clusterCount ? 3 : 2;
        for (int c = 0; c < clusterCount; c++) {
            int size = hostCount / clusterCount + (c < hostCount % clusterCount ? 1 : 0);
            int number = c + 1;
            String code = String.format("%c%02d", letter, number);
            ComputeCluster cluster = new ComputeCluster(clusters.size(), String.format("%s-%s-CL%02d", site, kind,
                    number), datacenter, site, kind, code, "domain-c" + (7 + 5 * clusters.size()));
            clusters.add(cluster);
            HostModel model = Seeds.pick(rng, HOST_MODELS);
            int installedGiB = HOST_MEMORY_GIB[rng.nextInt(HOST_MEMORY_GIB.length)];
            // vSphere reports a little less than installed: firmware keeps a slice.
            int memoryMiB = installedGiB * 1024 - installedGiB * 1024 / 755;
            String esx = kind.equals("DR") ? "VMware ESXi 7.0.3 build-21930508" : "VMware ESXi 8.0.2 build-22380479";
            int first = hosts.size();
            for (int h = 0; h < size; h++) {
                int i = hosts.size();
                String name = String.format("%s-esx-%s-%0" + digits + "d.%s", site.toLowerCase(), code, h + 1,
                        DOMAIN);
                String serial = model.vendor().startsWith("Dell") ? randomAlnum(rng, 7)
                        : model.vendor().startsWith("HPE") ? "CZ" + randomAlnum(rng, 8) : "FCH" + randomAlnum(rng, 8);
                hosts.add(new EsxiHost(i, name, cluster, model, memoryMiB, Seeds.uuid(rng, 0x4c),
                        "host-" + (1000 + 11 * i), serial, esx));
            }
            hostRange.add(new int[] {first, hosts.size()});
            int dsCount = Math.max(2, (size + 1) / 2);
            int firstDs = datastores.size();
            for (int d = 0; d < dsCount; d++) {
                int i = datastores.size();
                boolean nfs = kind.equals("NONPROD") && d % 3 == 2;
                String type = nfs ? "NFS" : "VMFS";
                String name = String.format("%s_%s_%s_%02d", site, code.toUpperCase(), type, d + 1);
                double fill = 0.55 + 0.3 * rng.nextDouble();
                boolean ssd = kind.equals("PROD") || (kind.equals("NONPROD") && !nfs && rng.nextBoolean());
                String url = nfs ? "ds:///vmfs/volumes/" + hex(rng, 8) + "-" + hex(rng, 8) + "/"
                        : "ds:///vmfs/volumes/" + hex(rng, 8) + "-" + hex(rng, 8) + "-" + hex(rng, 4) + "-"
                                + hex(rng, 12) + "/";
                datastores.add(new Datastore(i, name, cluster, type, fill, ssd, url, "datastore-" + (2000 + 7 * i)));
            }
            datastoreRange.add(new int[] {firstDs, datastores.size()});
        }
    }

    private static String randomAlnum(SplittableRandom rng, int length) {
        String chars = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(chars.charAt(rng.nextInt(chars.length())));
        }
        return b.toString();
    }

    static String hex(SplittableRandom rng, int digits) {
        StringBuilder b = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            b.append(Character.forDigit(rng.nextInt(16), 16));
        }
        return b.toString();
    }
}
