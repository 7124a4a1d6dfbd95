package com.migrationhub.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dependency export, its truth file and the IPAM extract, read back with a plain CSV parser and
 * checked against the inventory (Azure Migrate's import CSV of the same estate) and against the
 * structure the truth file states.
 */
class DependencyExportTest {
    private static final int VMS = 400;
    private static final long SEED = 11;
    private static final int ROWS = 7_000;

    @TempDir
    static Path dir;
    private static CsvTable deps;
    private static Truth truth;
    /** Server name to its IPv4 addresses, first one first, from the Azure Migrate inventory CSV. */
    private static final Map<String, List<String>> inventory = new HashMap<>();
    /** Every IPv4 address of the inventory to its server. */
    private static final Map<String, String> serverByIp = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        InventoryGenerator.generate(new GeneratorOptions(VMS, SEED, dir, EnumSet.of(ExportFormat.AZURE_MIGRATE,
                ExportFormat.AZURE_MIGRATE_DEPS, ExportFormat.IPAM), "acme", ROWS));
        deps = CsvTable.read(dir.resolve("acme-dependencies.csv"));
        truth = Truth.read(dir.resolve("acme-dependencies.truth.tsv"));
        CsvTable azure = CsvTable.read(dir.resolve("acme-azure-migrate.csv"));
        for (List<String> r : azure.rows) {
            List<String> v4 = new ArrayList<>();
            for (String ip : azure.value(r, "IP addresses").split(", ")) {
                if (ip.contains(".")) {
                    v4.add(ip);
                    serverByIp.put(ip, azure.value(r, "*Server name"));
                }
            }
            inventory.put(azure.value(r, "*Server name"), v4);
        }
    }

    @Test
    void headerIsAzureMigratesWithVlansAndLinesEndInCrLf() throws IOException {
        String raw = Files.readString(dir.resolve("acme-dependencies.csv"), StandardCharsets.UTF_8);
        assertThat(raw).startsWith("Time slot,Source server name,Source IP,Source application,Source process,"
                + "Destination server name,Destination IP,Destination application,Destination process,"
                + "Destination port,Source VLAN,Destination VLAN\r\n");
        assertThat(deps.byteOrderMark).isFalse();
    }

    @Test
    void timeSlotsAreHoursOfTheWeekBeforeTheExport() {
        DateTimeFormatter start = DateTimeFormatter.ofPattern("M/d/yyyy HH:mm", Locale.ROOT);
        LocalDateTime exported = Estate.generate(SEED, VMS).exportedAt;
        LocalDateTime first = exported.toLocalDate().minusDays(7).atStartOfDay();
        LocalDateTime end = exported.toLocalDate().atStartOfDay();
        Set<Integer> hours = new HashSet<>();
        for (String slot : deps.column("Time slot")) {
            assertThat(slot).matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{2}:00 - \\d{2}:00");
            LocalDateTime from = LocalDateTime.parse(slot.substring(0, slot.indexOf(" - ")), start);
            assertThat(slot).endsWith(" - " + String.format("%02d:00", from.plusHours(1).getHour()));
            assertThat(from).isAfterOrEqualTo(first).isBefore(end);
            hours.add(from.getHour());
        }
        assertThat(hours).hasSize(24);
        assertThat(truth.window).containsExactly(start.format(first), start.format(end));
    }

    @Test
    void namesAndAddressesAreTheInventorys() {
        for (List<String> r : deps.rows) {
            String source = deps.value(r, "Source server name");
            assertThat(inventory).as("source server").containsKey(source);
            assertThat(deps.value(r, "Source IP")).isEqualTo(inventory.get(source).get(0));
            String destination = deps.value(r, "Destination server name");
            String ip = deps.value(r, "Destination IP");
            if (!destination.isEmpty()) {
                assertThat(inventory).as("destination server").containsKey(destination);
                assertThat(ip).isEqualTo(inventory.get(destination).get(0));
                assertThat(deps.value(r, "Destination VLAN")).matches("\\d+");
            } else {
                assertThat(deps.value(r, "Destination process")).isEmpty();
                assertThat(deps.value(r, "Destination VLAN")).isEmpty();
            }
            assertThat(deps.value(r, "Source VLAN")).matches("\\d+");
            assertThat(deps.value(r, "Destination port")).matches("\\d{1,5}");
        }
    }

    @Test
    void unnamedDestinationsAreInventoryAddressesOrOutsideTheEstate() throws IOException {
        Map<String, String> ipam = new HashMap<>();
        for (List<String> r : CsvTable.read(dir.resolve("acme-ipam.csv")).rows) {
            ipam.put(r.get(0), r.get(1));
        }
        int ipOnly = 0;
        int external = 0;
        for (List<String> r : deps.rows) {
            if (!deps.value(r, "Destination server name").isEmpty()) {
                continue;
            }
            String ip = deps.value(r, "Destination IP");
            if (serverByIp.containsKey(ip)) {
                ipOnly++;
                String host = ipam.get(ip);
                assertThat(host).as("IPAM entry for " + ip).isNotNull();
                assertThat(host.substring(0, host.indexOf('.'))).isEqualToIgnoringCase(serverByIp.get(ip));
            } else {
                external++;
                assertThat(ipam).doesNotContainKey(ip);
                assertThat(ip).matches("(198\\.51\\.100|203\\.0\\.113)\\.\\d+");
            }
        }
        assertThat(ipOnly).isPositive().isEqualTo(truth.count("ipOnlyRows"));
        assertThat(external).isPositive().isEqualTo(truth.count("externalRows"));
        assertThat(ipOnly + external).isLessThan(deps.rows.size() / 10);
    }

    @Test
    void rowsAreTheNumberAskedForAndNeverRepeat() {
        assertThat(deps.rows).hasSize(ROWS);
        assertThat(truth.count("rows")).isEqualTo(ROWS);
        Set<List<String>> distinct = new HashSet<>(deps.rows);
        assertThat(distinct).hasSize(deps.rows.size());
        Set<List<String>> dependencies = new HashSet<>();
        for (List<String> r : deps.rows) {
            dependencies.add(r.subList(1, r.size()));
        }
        assertThat((long) dependencies.size()).isEqualTo(truth.count("dependencies"));
    }

    @Test
    void defaultIsAboutTwentyRowsPerVm() throws IOException {
        Path out = dir.resolve("default");
        InventoryGenerator.generate(new GeneratorOptions(150, 5, out, EnumSet.of(ExportFormat.AZURE_MIGRATE_DEPS),
                "d"));
        int rows = CsvTable.read(out.resolve("d-dependencies.csv")).rows.size();
        assertThat((double) rows).isCloseTo(150 * 20, within(150 * 20 * 0.05));
    }

    @Test
    void rowsWithinAGroupLinkItsMembersAndEverythingElseInvolvesAHubOrAListedCrossLink() {
        Set<String> crossSeen = new HashSet<>();
        Map<String, Set<String>> dcClients = new HashMap<>();
        for (List<String> r : deps.rows) {
            String source = deps.value(r, "Source server name");
            String destination = serverByIp.get(deps.value(r, "Destination IP"));
            assertThat(truth.group).as("truth lists the source").containsKey(source);
            if (destination == null) {
                continue; // outside the estate
            }
            assertThat(truth.group).as("truth lists the destination").containsKey(destination);
            boolean sameGroup = truth.group.get(source).equals(truth.group.get(destination));
            boolean hub = truth.hubs.containsKey(source) || truth.hubs.containsKey(destination);
            boolean cross = truth.cross.contains(source + ">" + destination);
            assertThat(sameGroup || hub || cross).as(String.join(",", r)).isTrue();
            if (!sameGroup && !hub) {
                crossSeen.add(source + ">" + destination);
            }
            if ("domain-controller".equals(truth.hubs.get(destination))) {
                dcClients.computeIfAbsent(deps.value(r, "Destination port"), k -> new HashSet<>()).add(source);
            }
        }
        assertThat(crossSeen).isEqualTo(truth.cross);
        assertThat((long) truth.cross.size()).isEqualTo(truth.count("crossApplicationLinks"))
                .isEqualTo(Math.max(3, truth.count("servers") / 250));
        // Every server asks a domain controller for Kerberos tickets and LDAP lookups.
        for (String port : List.of("88", "389")) {
            Set<String> clients = new HashSet<>(dcClients.get(port));
            assertThat(clients).as("clients on port " + port).hasSizeGreaterThanOrEqualTo(
                    truth.group.size() - truth.hubs.size());
        }
        assertThat(truth.hubs.values()).contains("domain-controller", "backup", "monitoring");
    }

    @Test
    void everyMoveGroupIsConnectedByItsOwnTraffic() {
        Map<String, String> parent = new HashMap<>();
        for (String server : truth.group.keySet()) {
            parent.put(server, server);
        }
        for (List<String> r : deps.rows) {
            String source = deps.value(r, "Source server name");
            String destination = serverByIp.get(deps.value(r, "Destination IP"));
            if (destination != null && truth.group.get(source).equals(truth.group.get(destination))) {
                parent.put(root(parent, source), root(parent, destination));
            }
        }
        Map<String, Set<String>> rootsByGroup = new HashMap<>();
        for (String server : truth.group.keySet()) {
            rootsByGroup.computeIfAbsent(truth.group.get(server), k -> new HashSet<>()).add(root(parent, server));
        }
        for (Map.Entry<String, Set<String>> g : rootsByGroup.entrySet()) {
            assertThat(g.getValue()).as("components of move group " + g.getKey()).hasSize(1);
        }
        assertThat((long) rootsByGroup.size()).isEqualTo(truth.count("moveGroups"));
    }

    private static String root(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) {
            x = parent.get(x);
        }
        return x;
    }

    @Test
    void onlyRunningServersHaveTrafficAndTheTruthListsExactlyThem() {
        Estate estate = Estate.generate(SEED, VMS);
        Set<String> running = new HashSet<>();
        for (int i = 0; i < VMS; i++) {
            VirtualMachine vm = estate.virtualMachine(i);
            if (TrafficModel.hasTraffic(vm)) {
                running.add(vm.name);
                assertThat(vm.poweredOn()).isTrue();
                assertThat(truth.group.get(vm.name)).isEqualTo(vm.application.code() + "-" + vm.environment.code);
            }
        }
        Set<String> seen = new HashSet<>(deps.column("Source server name"));
        for (List<String> r : deps.rows) {
            String destination = serverByIp.get(deps.value(r, "Destination IP"));
            if (destination != null) {
                seen.add(destination);
            }
        }
        assertThat(seen).isEqualTo(running).isEqualTo(truth.group.keySet());
        assertThat((long) running.size()).isEqualTo(truth.count("servers"));
    }

    @Test
    void portsAndProcessesGoTogether() {
        Map<String, Set<String>> processes = new HashMap<>();
        for (List<String> r : deps.rows) {
            String process = deps.value(r, "Destination process");
            if (!process.isEmpty()) {
                processes.computeIfAbsent(deps.value(r, "Destination port"), k -> new HashSet<>()).add(process);
            }
        }
        assertThat(processes.get("53")).containsExactly("dns.exe");
        assertThat(processes.get("88")).containsExactly("lsass.exe");
        assertThat(processes.get("1433")).containsExactly("sqlservr.exe");
        assertThat(processes.get("10050")).isSubsetOf("zabbix_agentd", "zabbix_agentd.exe");
        assertThat(processes.get("6160")).containsExactly("VeeamDeploymentSvc.exe");
        assertThat(processes.keySet()).contains("443", "1433", "389", "10050");
    }

    @Test
    void ipamCoversEveryServerAddressWithItsFullyQualifiedName() throws IOException {
        CsvTable ipam = CsvTable.read(dir.resolve("acme-ipam.csv"));
        assertThat(ipam.headers).containsExactly("ip", "hostname", "subnet", "vlan");
        Map<String, String> hostByIp = new HashMap<>();
        for (List<String> r : ipam.rows) {
            String ip = ipam.value(r, "ip");
            assertThat(hostByIp.put(ip, ipam.value(r, "hostname"))).as("one row per address").isNull();
            assertThat(ipam.value(r, "subnet")).isEqualTo(ip.substring(0, ip.lastIndexOf('.')) + ".0/24");
            assertThat(ipam.value(r, "vlan")).matches("\\d+");
        }
        assertThat(hostByIp.keySet()).isEqualTo(serverByIp.keySet());
        for (Map.Entry<String, String> e : hostByIp.entrySet()) {
            assertThat(e.getValue()).isEqualTo(serverByIp.get(e.getKey()).toLowerCase(Locale.ROOT)
                    + ".corp.contoso-mfg.com");
        }
    }

    @Test
    void sameSeedGivesTheSameFilesAndAnotherSeedOthers() throws IOException {
        List<Path> a = run("a", 3);
        List<Path> b = run("b", 3);
        List<Path> c = run("c", 4);
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.mismatch(a.get(i), b.get(i))).as(a.get(i).getFileName().toString()).isEqualTo(-1L);
            assertThat(Files.mismatch(a.get(i), c.get(i))).isNotEqualTo(-1L);
        }
    }

    private static List<Path> run(String folder, long seed) throws IOException {
        Path out = dir.resolve(folder);
        InventoryGenerator.generate(new GeneratorOptions(120, seed, out,
                EnumSet.of(ExportFormat.AZURE_MIGRATE_DEPS, ExportFormat.IPAM), "x", 1_500));
        return List.of(out.resolve("x-dependencies.csv"), out.resolve("x-dependencies.truth.tsv"),
                out.resolve("x-ipam.csv"));
    }

    /** The truth file, read back. */
    private static final class Truth {
        final Map<String, Long> counts = new HashMap<>();
        final Map<String, String> group = new HashMap<>();
        final Map<String, String> hubs = new HashMap<>();
        final Set<String> cross = new HashSet<>();
        List<String> window = List.of();

        static Truth read(Path file) throws IOException {
            Truth t = new Truth();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "count" -> t.counts.put(f[1], Long.parseLong(f[2]));
                    case "window" -> t.window = List.of(f[1], f[2]);
                    case "hub" -> t.hubs.put(f[1], f[3]);
                    case "cross" -> t.cross.add(f[1] + ">" + f[3]);
                    case "server" -> {
                        assertThat(f).hasSize(7);
                        t.group.put(f[1], f[3]);
                        assertThat(Boolean.parseBoolean(f[6])).isEqualTo(t.hubs.containsKey(f[1]));
                    }
                    default -> throw new AssertionError("unexpected line: " + line);
                }
            }
            return t;
        }

        long count(String name) {
            assertThat(counts).containsKey(name);
            return counts.get(name);
        }
    }
}
