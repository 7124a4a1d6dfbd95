package com.migrationhub.samples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The network dependencies between an estate's running servers, drawn with a structure that is
 * known in advance so that move-group computations can be checked against it:
 *
 * <ul>
 * <li><b>Move groups</b> are application × environment. Inside a group the servers talk in tiers:
 * web → application (443, 8443…), application → database (1433, 1521, 5432, 3306, 30015 by
 * engine), database replicas → the first database, and peers of a single-tier application to its
 * first server. Every server of a group is linked to the others through such dependencies.
 * <li><b>Hubs</b>, shared infrastructure every server talks to: the running Active Directory
 * domain controllers (DNS 53, Kerberos 88, LDAP 389, a little NTP 123), Veeam backup proxies
 * (6160 to Windows guests, 10005 from Linux agents; not for development servers) and the Zabbix
 * server (10050 to every agent, 10051 from some).
 * <li>A few <b>cross-application links</b>: an application server calling another application's
 * application tier in the same environment (MES → SAP, EDI → WMS…).
 * <li>Some <b>external destinations</b> (update services, SaaS, partners) on documentation
 * addresses (RFC 5737) that no inventory holds, and a small share of dependencies whose
 * destination the collector knew only by its IP.
 * </ul>
 *
 * <p>A server has traffic when it is running and its first adapter is connected; templates,
 * powered-off and suspended VMs have none. Servers are collected one at a time ({@link #add});
 * {@link #seal} then forms the groups, picks hubs and cross links, and {@link #dependenciesOf}
 * enumerates one server's dependencies, the same ones every time, from the seed alone.
 *
 * <p>Memory: about 90 bytes per VM (name, address, a few codes, group lists). Cost: linear in
 * the number of VMs to seal, constant per dependency to enumerate.
 */
final class TrafficModel {

    /** When traffic is seen in the day, in UTC for a site at UTC−4 (Detroit in summer). */
    enum Daypart {
        ALL_DAY, BUSINESS_HOURS, NIGHT
    }

    /**
     * What a dependency is for. The weight sets how many time slots it shows in relative to the
     * others; the daypart, which slots.
     */
    enum Flow {
        TIER(6, Daypart.BUSINESS_HOURS),
        PEER(5, Daypart.ALL_DAY),
        DNS(8, Daypart.ALL_DAY),
        KERBEROS(3, Daypart.ALL_DAY),
        LDAP(4, Daypart.ALL_DAY),
        NTP(2, Daypart.ALL_DAY),
        BACKUP(2, Daypart.NIGHT),
        MONITORING(8, Daypart.ALL_DAY),
        CROSS_APPLICATION(4, Daypart.BUSINESS_HOURS),
        EXTERNAL(2, Daypart.BUSINESS_HOURS);

        final int weight;
        final Daypart daypart;

        Flow(int weight, Daypart daypart) {
            this.weight = weight;
            this.daypart = daypart;
        }
    }

    /** What a hub server does for everyone. */
    enum HubService {
        DOMAIN_CONTROLLER("domain-controller"), BACKUP("backup"), MONITORING("monitoring");

        final String label;

        HubService(String label) {
            this.label = label;
        }
    }

    /**
     * One dependency: a (source process, destination process, port) seen between two servers, or
     * from a server to an address outside the estate. Reused between calls to the sink.
     */
    static final class Dependency {
        Flow flow;
        /** Estate index of the source server. */
        int source;
        /** Estate index of the destination server, or -1 when it is outside the estate. */
        int destination;
        /** The destination address when {@link #destination} is -1. */
        String externalIp;
        String sourceProcess;
        String sourceApplication;
        String destinationProcess;
        String destinationApplication;
        int port;
        /** The collector knew the destination server only by its IP (no name, process or VLAN). */
        boolean ipOnly;
    }

    @FunctionalInterface
    interface Sink {
        void accept(Dependency d) throws IOException;
    }

    /** A cross-application link: a caller's application server and the called application server. */
    record CrossLink(int caller, int callee) {
    }

    private static final double IP_ONLY_SHARE = 0.02;
    private static final double EXTERNAL_SHARE = 0.12;
    private static final long DEPENDENCY_SALT = 0x0DE9_E4DE_4C1EL;
    private static final long CROSS_SALT = 0xC2055_A99L;

    /** Caller and called application, by code: interfaces a manufacturer typically runs. */
    private static final String[][] INTERFACES = {{"MES", "SAP"}, {"WMS", "SAP"}, {"EDI", "SAP"}, {"CPT", "SAP"},
        {"PLM", "SAP"}, {"PAY", "SAP"}, {"DWH", "SAP"}, {"QMS", "MES"}, {"HIS", "MES"}, {"WMS", "MES"},
        {"EDI", "WMS"}, {"CPT", "WMS"}, {"INT", "PAY"}, {"CI", "PLM"}};

    private static final GuestOs[] SYSTEMS = GuestOs.values();
    private static final Role[] ROLES = Role.values();
    private static final Environment[] ENVIRONMENTS = Environment.values();
    private static final int[] ENVIRONMENT_WEIGHTS = java.util.Arrays.stream(ENVIRONMENTS).mapToInt(e -> e.weight)
            .toArray();

    private final long seed;
    private final List<BusinessApplication> applications;
    private final int vmCount;

    // Per VM, by estate index; names[i] == null when VM i has no traffic.
    private final String[] names;
    private final int[] ips;
    private final short[] vlans;
    private final byte[] application;
    private final byte[] environment;
    private final byte[] role;
    private final byte[] system;
    private final byte[] workload;
    /** Bit 0: a secondary role of its tier (agent, indexer, file cache); bit 1: a hub. */
    private final byte[] flags;
    private int[] position;

    private final List<Workload> workloads = new ArrayList<>();
    private final Map<Workload, Integer> workloadIds = new HashMap<>();

    private int servers;
    private boolean sealed;
    /** Members of each move group by role, the tier's main role code first: [group][role][k]. */
    private int[][][] tiers;
    private int[] siteDomainControllers = new int[0];
    private int[] drDomainControllers = new int[0];
    private int[] backupHubs = new int[0];
    private int monitoringHub = -1;
    private final Map<Integer, HubService> hubs = new LinkedHashMap<>();
    private final List<CrossLink> crossLinks = new ArrayList<>();
    private final Map<Integer, List<Integer>> calleesByCaller = new HashMap<>();

    private final Dependency scratch = new Dependency();

    TrafficModel(Estate estate) {
        this.seed = estate.seed;
        this.applications = estate.applications;
        this.vmCount = estate.vmCount;
        names = new String[vmCount];
        ips = new int[vmCount];
        vlans = new short[vmCount];
        application = new byte[vmCount];
        environment = new byte[vmCount];
        role = new byte[vmCount];
        system = new byte[vmCount];
        workload = new byte[vmCount];
        flags = new byte[vmCount];
    }

    /** Whether a VM shows in dependency data: running, with its first adapter connected. */
    static boolean hasTraffic(VirtualMachine vm) {
        return !vm.template && vm.poweredOn() && !vm.nics.isEmpty() && vm.nics.get(0).connected();
    }

    /** Keeps what the traffic needs of {@code vm}, if it has any. */
    void add(VirtualMachine vm) {
        if (sealed) {
            throw new IllegalStateException("sealed");
        }
        if (!hasTraffic(vm)) {
            return;
        }
        int i = vm.index;
        names[i] = vm.name;
        ips[i] = packIp(vm.primaryIp());
        vlans[i] = (short) vm.nics.get(0).portGroup().vlan();
        application[i] = (byte) indexOf(vm.application);
        environment[i] = (byte) vm.environment.ordinal();
        role[i] = (byte) vm.role.ordinal();
        system[i] = (byte) vm.os.ordinal();
        String code = roleCode(vm);
        workload[i] = (byte) workloadId(Workload.of(vm.application.code(), code, vm.role, vm.os));
        boolean secondary = vm.role == Role.APP && !code.equals("APP");
        flags[i] = (byte) (secondary ? 1 : 0);
        servers++;
    }

    /** Forms the move groups and picks the hubs and cross-application links. */
    void seal() {
        if (sealed) {
            return;
        }
        sealed = true;
        int groups = applications.size() * ENVIRONMENTS.length;
        int[][] counts = new int[groups][ROLES.length];
        for (int i = 0; i < vmCount; i++) {
            if (names[i] != null) {
                counts[group(i)][role[i]]++;
            }
        }
        tiers = new int[groups][ROLES.length][];
        int[][] fill = new int[groups][ROLES.length];
        for (int g = 0; g < groups; g++) {
            for (int r = 0; r < ROLES.length; r++) {
                tiers[g][r] = new int[counts[g][r]];
            }
        }
        position = new int[vmCount];
        // The tier's main role first (APP before agents, indexers and file caches), so that its
        // first member, which the others attach to, is a main server.
        for (int secondary = 0; secondary <= 1; secondary++) {
            for (int i = 0; i < vmCount; i++) {
                if (names[i] != null && (flags[i] & 1) == secondary) {
                    int g = group(i);
                    int r = role[i];
                    position[i] = fill[g][r];
                    tiers[g][r][fill[g][r]++] = i;
                }
            }
        }
        pickHubs();
        pickCrossLinks();
    }

    private void pickHubs() {
        List<Integer> adProd = new ArrayList<>();
        List<Integer> adDr = new ArrayList<>();
        List<Integer> adOther = new ArrayList<>();
        List<Integer> proxies = new ArrayList<>();
        List<Integer> backupServers = new ArrayList<>();
        List<Integer> anyBackup = new ArrayList<>();
        List<Integer> zabbix = new ArrayList<>();
        List<Integer> anyZabbix = new ArrayList<>();
        for (int i = 0; i < vmCount; i++) {
            if (names[i] == null) {
                continue;
            }
            String code = applications.get(application[i]).code();
            Environment env = ENVIRONMENTS[environment[i]];
            Role r = ROLES[role[i]];
            if (code.equals("AD") && r == Role.INFRASTRUCTURE) {
                (env == Environment.PRODUCTION ? adProd : env == Environment.DISASTER_RECOVERY ? adDr : adOther).add(i);
            } else if (code.equals("BKP")) {
                anyBackup.add(i);
                if (env == Environment.PRODUCTION) {
                    (r == Role.INFRASTRUCTURE ? proxies : backupServers).add(i);
                }
            } else if (code.equals("MON") && r == Role.APP) {
                (env == Environment.PRODUCTION ? zabbix : anyZabbix).add(i);
            }
        }
        // Large estates run more domain controllers.
        int perSite = Math.min(6, 2 + servers / 25_000);
        siteDomainControllers = first(adProd.isEmpty() ? adOther : adProd, perSite);
        drDomainControllers = first(adDr, Math.max(1, perSite / 2));
        backupHubs = first(!proxies.isEmpty() ? proxies : !backupServers.isEmpty() ? backupServers : anyBackup,
                proxies.isEmpty() ? 1 : 2);
        monitoringHub = !zabbix.isEmpty() ? zabbix.get(0) : !anyZabbix.isEmpty() ? anyZabbix.get(0) : -1;
        for (int dc : siteDomainControllers) {
            markHub(dc, HubService.DOMAIN_CONTROLLER);
        }
        for (int dc : drDomainControllers) {
            markHub(dc, HubService.DOMAIN_CONTROLLER);
        }
        for (int b : backupHubs) {
            markHub(b, HubService.BACKUP);
        }
        if (monitoringHub >= 0) {
            markHub(monitoringHub, HubService.MONITORING);
        }
    }

    private void markHub(int i, HubService service) {
        hubs.put(i, service);
        flags[i] |= 2;
    }

    private static int[] first(List<Integer> candidates, int n) {
        int[] result = new int[Math.min(n, candidates.size())];
        for (int k = 0; k < result.length; k++) {
            result[k] = candidates.get(k);
        }
        return result;
    }

    private void pickCrossLinks() {
        Map<String, Integer> byCode = new HashMap<>();
        for (int a = 0; a < applications.size(); a++) {
            byCode.put(applications.get(a).code(), a);
        }
        SplittableRandom rng = new SplittableRandom(Seeds.mix(seed ^ CROSS_SALT));
        int wanted = Math.max(3, servers / 250);
        Set<Long> seen = new HashSet<>();
        for (int attempt = 0; attempt < wanted * 20 && crossLinks.size() < wanted; attempt++) {
            String[] pair = INTERFACES[rng.nextInt(INTERFACES.length)];
            int env = Seeds.weighted(rng, ENVIRONMENT_WEIGHTS);
            int[] callers = tiers[groupOf(byCode.get(pair[0]), env)][Role.APP.ordinal()];
            int[] callees = tiers[groupOf(byCode.get(pair[1]), env)][Role.APP.ordinal()];
            if (callers.length == 0 || callees.length == 0) {
                continue;
            }
            int caller = callers[rng.nextInt(callers.length)];
            int callee = callees[rng.nextInt(callees.length)];
            if (seen.add(((long) caller << 32) | callee)) {
                crossLinks.add(new CrossLink(caller, callee));
                calleesByCaller.computeIfAbsent(caller, k -> new ArrayList<>()).add(callee);
            }
        }
    }

    /**
     * Hands every dependency server {@code v} owns to {@code sink}, always the same ones in the same
     * order; nothing when it has no traffic. A dependency is owned by the server it was drawn for,
     * which is its destination for the backup and monitoring servers' calls.
     */
    void dependenciesOf(int v, Sink sink) throws IOException {
        if (!sealed) {
            throw new IllegalStateException("seal() first");
        }
        if (names[v] == null) {
            return;
        }
        SplittableRandom rng = new SplittableRandom(Seeds.mix(seed ^ DEPENDENCY_SALT) + 0x9E3779B97F4A7C15L * (v + 1L));
        withinGroup(v, rng, sink);
        toHubs(v, rng, sink);
        List<Integer> callees = calleesByCaller.get(v);
        if (callees != null) {
            for (int callee : callees) {
                Workload from = workloads.get(workload[v]);
                Workload to = workloads.get(workload[callee]);
                emit(sink, rng, Flow.CROSS_APPLICATION, v, callee, to.port(), from.clientProcess(),
                        from.clientApplication(), to.listenProcess(), to.application());
            }
        }
        if (rng.nextDouble() < EXTERNAL_SHARE) {
            external(v, rng, sink);
        }
    }

    /** The tiers of v's move group; every member ends up linked to the group's first servers. */
    private void withinGroup(int v, SplittableRandom rng, Sink sink) throws IOException {
        int[][] t = tiers[group(v)];
        int[] web = t[Role.WEB.ordinal()];
        int[] app = t[Role.APP.ordinal()];
        int[] db = t[Role.DATABASE.ordinal()];
        int[] infra = t[Role.INFRASTRUCTURE.ordinal()];
        int j = position[v];
        switch (ROLES[role[v]]) {
            case WEB -> {
                if (app.length > 0) {
                    tier(sink, rng, v, app[j % app.length]);
                    if (app.length > 1 && rng.nextDouble() < 0.5) {
                        tier(sink, rng, v, app[(j + 1) % app.length]);
                    }
                } else if (db.length > 0) {
                    tier(sink, rng, v, db[j % db.length]);
                } else if (j > 0) {
                    peer(sink, rng, v, web[0]);
                }
            }
            case APP -> {
                if (db.length > 0) {
                    tier(sink, rng, v, db[j % db.length]);
                    // Some use a second database, of the main engine only (see DATABASE).
                    int second = db[(j + 1) % db.length];
                    if (db.length > 1 && rng.nextDouble() < 0.25 && workload[second] == workload[db[0]]) {
                        tier(sink, rng, v, second);
                    }
                } else if (j > 0) {
                    peer(sink, rng, v, app[0]);
                }
            }
            case DATABASE -> {
                // Replicas follow the first database. A database of another engine (in a mixed
                // application) is one more the front tier uses: the front server of the same
                // position already calls it; past the front tier's size, one is assigned here.
                int[] front = app.length > 0 ? app : web;
                if (j > 0 && (workload[v] == workload[db[0]] || front.length == 0)) {
                    peer(sink, rng, v, db[0]);
                } else if (j > 0 && j >= front.length) {
                    tier(sink, rng, front[j % front.length], v);
                }
            }
            case INFRASTRUCTURE -> {
                if (app.length > 0) {
                    tier(sink, rng, app[j % app.length], v);
                } else if (j > 0) {
                    peer(sink, rng, v, infra[0]);
                } else if (db.length > 0) {
                    tier(sink, rng, v, db[0]);
                } else if (web.length > 0) {
                    tier(sink, rng, v, web[0]);
                }
            }
        }
    }

    private void tier(Sink sink, SplittableRandom rng, int from, int to) throws IOException {
        Workload a = workloads.get(workload[from]);
        Workload b = workloads.get(workload[to]);
        emit(sink, rng, Flow.TIER, from, to, b.port(), a.clientProcess(), a.clientApplication(),
                b.listenProcess(), b.application());
    }

    private void peer(Sink sink, SplittableRandom rng, int from, int to) throws IOException {
        Workload a = workloads.get(workload[from]);
        Workload b = workloads.get(workload[to]);
        emit(sink, rng, Flow.PEER, from, to, b.peerPort(), a.clientProcess(), a.clientApplication(),
                b.listenProcess(), b.application());
    }

    private void toHubs(int v, SplittableRandom rng, Sink sink) throws IOException {
        GuestOs os = SYSTEMS[system[v]];
        boolean windows = os.isWindows();
        Environment env = ENVIRONMENTS[environment[v]];
        int[] dcs = env == Environment.DISASTER_RECOVERY && drDomainControllers.length > 0 ? drDomainControllers
                : siteDomainControllers.length > 0 ? siteDomainControllers : drDomainControllers;
        int dc = pickOther(dcs, v, -1, rng);
        if (dc >= 0) {
            String ad = "Active Directory Domain Services";
            emit(sink, rng, Flow.DNS, v, dc, 53, windows ? "svchost.exe" : resolver(os), "", "dns.exe", "DNS Server");
            emit(sink, rng, Flow.KERBEROS, v, dc, 88, windows ? "lsass.exe" : "sssd_be", windows ? "" : "SSSD",
                    "lsass.exe", ad);
            emit(sink, rng, Flow.LDAP, v, dc, 389, windows ? "svchost.exe" : "sssd_be", windows ? "" : "SSSD",
                    "lsass.exe", ad);
            if (rng.nextDouble() < 0.3) {
                int second = pickOther(dcs, v, dc, rng);
                if (second >= 0) {
                    emit(sink, rng, Flow.DNS, v, second, 53, windows ? "svchost.exe" : resolver(os), "", "dns.exe",
                            "DNS Server");
                }
            }
            // NTP is UDP, which agentless collection rarely sees; a few clients show it.
            if (rng.nextDouble() < 0.05) {
                emit(sink, rng, Flow.NTP, v, dc, 123, windows ? "svchost.exe" : "chronyd", "", "svchost.exe",
                        "Windows Time");
            }
        }
        if (backupHubs.length > 0 && env != Environment.DEVELOPMENT) {
            int b = backupHubs[rng.nextInt(backupHubs.length)];
            if (b != v) {
                if (windows) {
                    emit(sink, rng, Flow.BACKUP, b, v, 6160, "VeeamTransportSvc.exe", "Veeam Backup & Replication",
                            "VeeamDeploymentSvc.exe", "Veeam Installer Service");
                } else {
                    emit(sink, rng, Flow.BACKUP, v, b, 10005, "veeamagent", "Veeam Agent for Linux",
                            "VeeamTransportSvc.exe", "Veeam Backup & Replication");
                }
            }
        }
        if (monitoringHub >= 0 && monitoringHub != v) {
            String agent = windows ? "zabbix_agentd.exe" : "zabbix_agentd";
            emit(sink, rng, Flow.MONITORING, monitoringHub, v, 10050, "zabbix_server", "Zabbix", agent,
                    "Zabbix Agent");
            if (rng.nextDouble() < 0.3) {
                emit(sink, rng, Flow.MONITORING, v, monitoringHub, 10051, agent, "Zabbix Agent", "zabbix_server",
                        "Zabbix");
            }
        }
    }

    /** A random member of {@code candidates} other than {@code self} and {@code also}; -1 if none. */
    private static int pickOther(int[] candidates, int self, int also, SplittableRandom rng) {
        int eligible = 0;
        for (int c : candidates) {
            if (c != self && c != also) {
                eligible++;
            }
        }
        if (eligible == 0) {
            return -1;
        }
        int k = rng.nextInt(eligible);
        for (int c : candidates) {
            if (c != self && c != also && k-- == 0) {
                return c;
            }
        }
        throw new IllegalStateException();
    }

    private void external(int v, SplittableRandom rng, Sink sink) throws IOException {
        GuestOs os = SYSTEMS[system[v]];
        Workload w = workloads.get(workload[v]);
        String code = applications.get(application[v]).code();
        boolean own = rng.nextDouble() < 0.6;
        String ip;
        int port = 443;
        String process = w.clientProcess();
        String product = w.clientApplication();
        if (own && code.equals("SAP")) {
            ip = "203.0.113.20"; // SAP support through saprouter
            port = 3299;
            process = "saprouter";
            product = "SAP Router";
        } else if (own && code.equals("EDI")) {
            ip = "203.0.113." + (30 + rng.nextInt(8)); // trading partners' SFTP servers
            port = 22;
        } else if (own && code.equals("CPT")) {
            ip = "203.0.113.50"; // payment provider API
        } else if (own && code.equals("CTX")) {
            ip = "203.0.113.60"; // Citrix Cloud
        } else if (own && code.equals("BKP")) {
            ip = "203.0.113.70"; // object storage for the backup copies
        } else if (os.isWindows()) {
            ip = "198.51.100." + (10 + rng.nextInt(4)); // Microsoft Update
            process = "svchost.exe";
            product = "";
        } else {
            ip = "198.51.100." + (40 + rng.nextInt(4)); // the distribution's package mirrors
            process = packageTool(os);
            product = "";
        }
        Dependency d = scratch;
        d.flow = Flow.EXTERNAL;
        d.source = v;
        d.destination = -1;
        d.externalIp = ip;
        d.port = port;
        d.sourceProcess = process;
        d.sourceApplication = product;
        d.destinationProcess = "";
        d.destinationApplication = "";
        d.ipOnly = false;
        sink.accept(d);
    }

    private void emit(Sink sink, SplittableRandom rng, Flow flow, int from, int to, int port, String fromProcess,
            String fromApplication, String toProcess, String toApplication) throws IOException {
        Dependency d = scratch;
        d.flow = flow;
        d.source = from;
        d.destination = to;
        d.externalIp = null;
        d.port = port;
        d.sourceProcess = fromProcess;
        d.sourceApplication = fromApplication;
        d.destinationProcess = toProcess;
        d.destinationApplication = toApplication;
        d.ipOnly = rng.nextDouble() < IP_ONLY_SHARE;
        sink.accept(d);
    }

    private static String resolver(GuestOs os) {
        return switch (os) {
            case UBUNTU_1804, UBUNTU_2004, UBUNTU_2204, DEBIAN_10, DEBIAN_11, RHEL_9 -> "systemd-resolved";
            default -> "NetworkManager";
        };
    }

    private static String packageTool(GuestOs os) {
        return switch (os) {
            case RHEL_8, RHEL_9, ORACLE_LINUX_8 -> "dnf";
            case UBUNTU_1804, UBUNTU_2004, UBUNTU_2204, DEBIAN_10, DEBIAN_11 -> "apt";
            case SLES_12, SLES_15 -> "zypper";
            case OTHER_LINUX -> "curl";
            default -> "yum";
        };
    }

    // ---- what the writers and the truth file read

    int vmCount() {
        return vmCount;
    }

    boolean hasTraffic(int i) {
        return names[i] != null;
    }

    /** Servers with traffic. */
    int servers() {
        return servers;
    }

    String name(int i) {
        return names[i];
    }

    int ip(int i) {
        return ips[i];
    }

    int vlan(int i) {
        return vlans[i];
    }

    String applicationName(int i) {
        return applications.get(application[i]).name();
    }

    String environmentCode(int i) {
        return ENVIRONMENTS[environment[i]].code;
    }

    /** The server's move group: application code and environment code, "MES-PROD". */
    String moveGroup(int i) {
        return applications.get(application[i]).code() + "-" + ENVIRONMENTS[environment[i]].code;
    }

    /** Move groups with at least one server with traffic. */
    int moveGroups() {
        int n = 0;
        for (int[][] g : tiers) {
            for (int[] members : g) {
                if (members.length > 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    boolean isHub(int i) {
        return (flags[i] & 2) != 0;
    }

    /** Hub servers in the order picked (domain controllers, backup, monitoring) with what they serve. */
    Map<Integer, HubService> hubs() {
        return hubs;
    }

    List<CrossLink> crossLinks() {
        return crossLinks;
    }

    private int group(int i) {
        return groupOf(application[i], environment[i]);
    }

    private static int groupOf(int application, int environment) {
        return application * ENVIRONMENTS.length + environment;
    }

    private int indexOf(BusinessApplication app) {
        for (int a = 0; a < applications.size(); a++) {
            if (applications.get(a) == app) {
                return a;
            }
        }
        throw new IllegalArgumentException("not an application of this estate: " + app.name());
    }

    private int workloadId(Workload w) {
        Integer id = workloadIds.get(w);
        if (id == null) {
            id = workloads.size();
            if (id > Byte.MAX_VALUE) {
                throw new IllegalStateException("too many workloads");
            }
            workloads.add(w);
            workloadIds.put(w, id);
        }
        return id;
    }

    /** The role code in the server's name: "DTWPMESAPP0042" → "APP", "dtwpciagt0007" → "AGT". */
    private static String roleCode(VirtualMachine vm) {
        String name = vm.name.toUpperCase(java.util.Locale.ROOT);
        int end = name.length();
        while (end > 0 && Character.isDigit(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(4 + vm.application.code().length(), end);
    }

    static int packIp(String dotted) {
        int value = 0;
        int part = 0;
        for (int k = 0; k < dotted.length(); k++) {
            char c = dotted.charAt(k);
            if (c == '.') {
                value = (value << 8) | part;
                part = 0;
            } else {
                part = part * 10 + (c - '0');
            }
        }
        return (value << 8) | part;
    }

    static String ipText(int ip) {
        return (ip >>> 24) + "." + ((ip >>> 16) & 0xFF) + "." + ((ip >>> 8) & 0xFF) + "." + (ip & 0xFF);
    }
}
