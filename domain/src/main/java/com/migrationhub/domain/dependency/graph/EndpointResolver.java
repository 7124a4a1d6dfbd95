package com.migrationhub.domain.dependency.graph;

import com.migrationhub.domain.dependency.IpamEntry;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Works out which inventory server a connection's endpoint is, in this order:
 * <ol>
 * <li>by name, case-insensitive, against the servers' names and host names: an exact match; else
 * a short name against the short part of the inventory's names ({@code APP01} finds
 * {@code app01.corp.local}), and an FQDN against a short inventory name ({@code app01.corp.local}
 * finds {@code APP01}); a name two servers share, or a short name two servers' names share, does
 * not resolve by name;</li>
 * <li>by an IP address an inventory server has (an address two servers claim does not resolve);</li>
 * <li>through the IP address plan: the IP's host name, then by name as above.</li>
 * </ol>
 * Anything else is external. A name field holding an address counts as the address.
 *
 * <p>Cost: building is linear in names and addresses; a lookup is a few hash look-ups.
 */
public final class EndpointResolver {
    private static final int AMBIGUOUS = -2;

    /** How an endpoint resolved. */
    public enum How {
        NAME, IP, IPAM, EXTERNAL
    }

    /**
     * An answer: the server's index in the list given to the constructor, or -1 for an external
     * endpoint, and how.
     */
    public record Resolved(int server, How how) {
    }

    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> shortOfAny = new HashMap<>();
    private final Map<String, Integer> shortOnly = new HashMap<>();
    private final Map<String, Integer> byIp = new HashMap<>();
    private final Map<String, String> ipamHost = new HashMap<>();

    /**
     * @param servers the inventory, in the order whose indices the answers give
     * @param ipam    the IP address plan (an address with two different host names is ignored)
     */
    public EndpointResolver(List<DependencyServer> servers, Collection<IpamEntry> ipam) {
        for (int i = 0; i < servers.size(); i++) {
            DependencyServer s = servers.get(i);
            for (String n : new String[] {s.name(), s.hostName()}) {
                String name = normalName(n);
                if (name == null || looksLikeIp(name)) {
                    continue;
                }
                put(exact, name, i);
                int dot = name.indexOf('.');
                if (dot < 0) {
                    put(shortOnly, name, i);
                    put(shortOfAny, name, i);
                } else if (dot > 0) {
                    put(shortOfAny, name.substring(0, dot), i);
                }
            }
            for (String ip : s.ips()) {
                String a = normalIp(ip);
                if (a != null) {
                    put(byIp, a, i);
                }
            }
        }
        for (IpamEntry e : ipam == null ? List.<IpamEntry>of() : ipam) {
            String a = normalIp(e.ip());
            String h = normalName(e.hostName());
            if (a == null || h == null) {
                continue;
            }
            String before = ipamHost.putIfAbsent(a, h);
            if (before != null && !before.equals(h)) {
                ipamHost.put(a, "");
            }
        }
    }

    private static void put(Map<String, Integer> m, String key, int server) {
        Integer before = m.putIfAbsent(key, server);
        if (before != null && before != server) {
            m.put(key, AMBIGUOUS);
        }
    }

    /** Resolves an endpoint given by name, IP or both (either may be null). */
    public Resolved resolve(String name, String ip) {
        String n = normalName(name);
        String a = normalIp(ip);
        if (n != null && looksLikeIp(n)) {
            if (a == null) {
                a = normalIp(n);
            }
            n = null;
        }
        int s = byName(n);
        if (s >= 0) {
            return new Resolved(s, How.NAME);
        }
        if (a != null) {
            Integer i = byIp.get(a);
            if (i != null && i >= 0) {
                return new Resolved(i, How.IP);
            }
            String host = ipamHost.get(a);
            if (host != null && !host.isEmpty()) {
                s = byName(host);
                if (s >= 0) {
                    return new Resolved(s, How.IPAM);
                }
            }
        }
        return new Resolved(-1, How.EXTERNAL);
    }

    private int byName(String n) {
        if (n == null) {
            return -1;
        }
        Integer i = exact.get(n);
        if (i != null) {
            return i;
        }
        int dot = n.indexOf('.');
        if (dot < 0) {
            i = shortOfAny.get(n);
        } else if (dot > 0) {
            i = shortOnly.get(n.substring(0, dot));
        }
        return i == null ? -1 : i;
    }

    /** A name as compared: trimmed, lower case, without a trailing dot; null when blank. */
    public static String normalName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        while (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.isEmpty() ? null : n;
    }

    /** An address as compared: trimmed, lower case, without an IPv6 zone or IPv4-mapped prefix. */
    public static String normalIp(String ip) {
        if (ip == null) {
            return null;
        }
        String a = ip.strip().toLowerCase(Locale.ROOT);
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        if (a.startsWith("::ffff:") && a.indexOf('.') > 0) {
            a = a.substring(7);
        }
        return a.isEmpty() ? null : a;
    }

    /** Whether a (normalised) name is an IPv4 or IPv6 address rather than a host name. */
    static boolean looksLikeIp(String n) {
        if (n.indexOf(':') >= 0) {
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (!(c == ':' || c == '.' || c == '%' || Character.digit(c, 16) >= 0)) {
                    return false;
                }
            }
            return true;
        }
        int dots = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots == 3;
    }
}
