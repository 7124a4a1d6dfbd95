package com.migrationhub.domain.dependency.graph;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An estate with a known structure, for the dependency engines' tests: applications of 2 to 30
 * servers in tiers (web -> app -> db), shared hubs every server talks to (DNS, AD, backup,
 * monitoring, and a licence server no port rule knows), a few cross-application links, servers
 * without an application name, external endpoints, and connections that name a server by short
 * name, FQDN, inventory IP or an IP only the IP address plan knows.
 */
public final class EstateGenerator {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    /** What was generated and what the engines should find. */
    public record Estate(List<DependencyServer> servers, List<Connection> connections, List<IpamEntry> ipam,
            Map<String, Set<Long>> applications, Set<Long> hubs, Set<Long> unnamed,
            List<long[]> crossLinks) {
    }

    /** Options: how many applications, whether servers carry application names, cross-links, unnamed share. */
    public record Shape(int applications, boolean named, int crossLinks, double unnamedShare, int minSize, int maxSize) {
    }

    private final Random random;
    private final List<DependencyServer> servers = new ArrayList<>();
    private final List<Connection> rows = new ArrayList<>();
    private final List<IpamEntry> ipam = new ArrayList<>();
    private final Map<Long, String> ipOf = new TreeMap<>();
    private final Map<Long, Boolean> ipamOnly = new TreeMap<>();
    private final Map<Long, String> nameOf = new TreeMap<>();
    private long nextId = 1;
    private long row;

    private EstateGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static Estate generate(long seed, Shape shape) {
        return new EstateGenerator(seed).build(shape);
    }

    /** 40 named applications (some servers unnamed), few cross links. */
    public static Shape namedShape(int applications) {
        return new Shape(applications, true, applications / 4, 0.15, 2, 30);
    }

    private Estate build(Shape shape) {
        Map<String, Set<Long>> apps = new LinkedHashMap<>();
        Set<Long> hubs = new TreeSet<>();
        Set<Long> unnamed = new TreeSet<>();
        // shared services
        long dns1 = server("dns01", shape.named() ? "Name Service" : null, "Production", false);
        long dns2 = server("dns02", shape.named() ? "Name Service" : null, "Production", false);
        long dc1 = server("dc01", shape.named() ? "Active Directory" : null, "Production", false);
        long backup = server("bkp01", shape.named() ? "Backup" : null, "Production", false);
        long mon = server("mon01", shape.named() ? "Monitoring" : null, "Production", false);
        long lic = server("lic01", shape.named() ? "Licensing" : null, "Production", false);
        hubs.addAll(List.of(dns1, dns2, dc1, backup, mon, lic));
        if (shape.named()) {
            apps.put("Name Service", new TreeSet<>(List.of(dns1, dns2)));
            apps.put("Active Directory", new TreeSet<>(List.of(dc1)));
            apps.put("Backup", new TreeSet<>(List.of(backup)));
            apps.put("Monitoring", new TreeSet<>(List.of(mon)));
            apps.put("Licensing", new TreeSet<>(List.of(lic)));
        }
        List<List<Long>> dbTiers = new ArrayList<>();
        List<List<Long>> appTiers = new ArrayList<>();
        List<Set<Long>> namedMembers = new ArrayList<>();
        for (int a = 0; a < shape.applications(); a++) {
            String app = "App" + (char) ('A' + a % 26) + (a / 26 == 0 ? "" : String.valueOf(a / 26));
            String env = a % 3 == 0 ? "Test" : "Production";
            int size = shape.minSize() + random.nextInt(shape.maxSize() - shape.minSize() + 1);
            int web = size <= 2 ? 1 : Math.max(1, size * 3 / 10);
            int mid = size <= 2 ? 0 : Math.max(1, size * 4 / 10);
            int db = size - web - mid;
            List<Long> webs = new ArrayList<>();
            List<Long> mids = new ArrayList<>();
            List<Long> dbs = new ArrayList<>();
            Set<Long> members = new TreeSet<>();
            Set<Long> named = new TreeSet<>();
            for (int i = 0; i < size; i++) {
                String tier = i < web ? "web" : i < web + mid ? "app" : "db";
                // the first server of an application always carries its name; others may not
                boolean noName = !shape.named() || i > 0 && random.nextDouble() < shape.unnamedShare();
                long id = server(app.toLowerCase() + "-" + tier + i, noName ? null : app, env, random.nextInt(5) == 0);
                members.add(id);
                if (noName) {
                    unnamed.add(id);
                } else {
                    named.add(id);
                }
                (tier.equals("web") ? webs : tier.equals("app") ? mids : dbs).add(id);
            }
            apps.put(app, members);
            namedMembers.add(named);
            if (mids.isEmpty()) {
                link(webs, dbs, 1433, "w3wp.exe", "sqlservr.exe", 50);
            } else {
                link(webs, mids, 8080, "nginx", "java", 50);
                link(mids, dbs, 5432, "java", "postgres", 50);
            }
            appTiers.add(mids.isEmpty() ? webs : mids);
            dbTiers.add(dbs);
            // the internet calls the web tier; the app tier calls a partner API by name only
            for (long w : webs) {
                rows.add(conn(null, "203.0.113." + (1 + random.nextInt(200)), null, nameOf.get(w), ipOf(w), "nginx",
                        443, 5));
            }
            rows.add(conn(null, null, null, "api.partner.example.com", null, null, 443, 3, appTiers.get(a).get(0)));
        }
        // every server talks to the shared services
        for (DependencyServer s : List.copyOf(servers)) {
            long id = s.id();
            if (hubs.contains(id)) {
                continue;
            }
            rows.add(connTo(id, random.nextBoolean() ? dns1 : dns2, 53, "svchost.exe", "dns.exe"));
            rows.add(connTo(id, dc1, 389, "lsass.exe", "lsass.exe"));
            rows.add(connTo(id, dc1, 88, null, null));
            rows.add(connTo(backup, id, 13724, "bpbkar", "vnetd"));
            rows.add(connTo(id, mon, 10051, "zabbix_agentd", "zabbix_server"));
            rows.add(connTo(id, lic, 27000, "app.exe", "lmgrd"));
        }
        // a few cross-application links, between named servers, light
        List<long[]> cross = new ArrayList<>();
        for (int k = 0; k < shape.crossLinks() && shape.applications() > 1; k++) {
            int a = random.nextInt(shape.applications());
            int b = random.nextInt(shape.applications());
            if (a == b) {
                continue;
            }
            List<Long> from = new ArrayList<>(namedMembers.get(a).isEmpty() || !shape.named() ? appTiers.get(a)
                    : namedMembers.get(a));
            from.retainAll(appTiers.get(a));
            List<Long> to = new ArrayList<>(shape.named() ? namedMembers.get(b) : dbTiers.get(b));
            to.retainAll(dbTiers.get(b));
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            long s = from.get(0);
            long d = to.get(0);
            rows.add(connTo(s, d, 1521, "java", "oracle", 1));
            cross.add(new long[] {s, d});
        }
        return new Estate(List.copyOf(servers), List.copyOf(rows), List.copyOf(ipam), apps, hubs, unnamed, cross);
    }

    private long server(String name, String app, String env, boolean viaIpamOnly) {
        long id = nextId++;
        String ip = "10." + (id / 65536) + "." + (id / 256 % 256) + "." + (id % 256);
        int style = random.nextInt(3);
        String invName = style == 0 ? name.toUpperCase() : name;
        String host = style == 1 ? name + ".corp.local" : null;
        servers.add(new DependencyServer(id, invName, host, viaIpamOnly ? List.of() : List.of(ip), app, env,
                2 + random.nextInt(7), 4096L * (1 + random.nextInt(8)), random.nextInt(100)));
        ipOf.put(id, ip);
        ipamOnly.put(id, viaIpamOnly);
        nameOf.put(id, name);
        if (viaIpamOnly) {
            ipam.add(new IpamEntry(ip, name + ".corp.local", new SourceRef("ipam.csv", id)));
        }
        return id;
    }

    private String ipOf(long id) {
        return ipOf.get(id);
    }

    private void link(List<Long> from, List<Long> to, int port, String sp, String dp, int slots) {
        for (long s : from) {
            for (long d : to) {
                rows.add(connTo(s, d, port, sp, dp, slots));
                if (random.nextInt(4) == 0) {
                    rows.add(connTo(s, d, port + 1, sp, dp, slots / 2));
                }
            }
        }
    }

    private Connection connTo(long s, long d, int port, String sp, String dp) {
        return connTo(s, d, port, sp, dp, 10);
    }

    /** A row naming each side in one of the ways files do: short name, FQDN, upper case, IP only. */
    private Connection connTo(long s, long d, int port, String sp, String dp, long slots) {
        String[] src = side(s);
        String[] dst = side(d);
        return conn(src[0], src[1], sp, dst[0], dst[1], dp, port, slots);
    }

    private String[] side(long id) {
        String name = nameOf.get(id);
        int how = random.nextInt(5);
        if (ipamOnly.get(id)) {
            // the inventory has no IP: a row by IP resolves only through the plan
            return how < 2 ? new String[] {null, ipOf(id)} : new String[] {name.toUpperCase(), null};
        }
        return switch (how) {
            case 0 -> new String[] {name, null};
            case 1 -> new String[] {name + ".corp.local", ipOf(id)};
            case 2 -> new String[] {null, ipOf(id)};
            case 3 -> new String[] {name.toUpperCase(), ipOf(id)};
            default -> new String[] {name, ipOf(id)};
        };
    }

    private Connection conn(String sn, String sip, String sp, String dn, String dip, String dp, int port, long slots) {
        row++;
        Instant first = T0.plusSeconds(random.nextInt(86400 * 10));
        return new Connection(sn, sip, null, sp, dn, dip, null, dp, port, "tcp", 1 + random.nextInt(20), slots, first,
                first.plusSeconds(3600 + random.nextInt(86400 * 20)), new SourceRef("deps.csv", row));
    }

    private Connection conn(String sn, String sip, String sp, String dn, String dip, String dp, int port, long slots,
            long caller) {
        String[] src = side(caller);
        return conn(src[0], src[1], "java", dn, dip, dp, port, slots);
    }
}
