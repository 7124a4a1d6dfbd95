package com.migrationhub.connectors.dependency;

import java.util.Locale;

/**
 * The syntax of network endpoints as exports and captures write them: IPv4 and IPv6 addresses
 * (with a zone, {@code fe80::1%eth0}, or IPv4-mapped, {@code ::ffff:10.0.0.5}), host names, and
 * {@code host:port}, {@code [v6]:port} forms. Syntax only: nothing is resolved. Hand-written
 * rather than {@link java.net.InetAddress}, which would look a name up in DNS.
 */
final class Endpoints {
    /** {@link #port}: the text is empty. */
    static final int NO_PORT = -1;
    /** {@link #port}: the text is not a port number. */
    static final int BAD_PORT = -2;

    private Endpoints() {
    }

    /** A host and its port as written: {@code port} is null when the text has none. */
    record HostPort(String host, String port) {
    }

    /**
     * Splits {@code host:port}, {@code [v6]:port}, {@code [v6]%zone:port}; an unbracketed text with
     * more than one colon is an IPv6 address without a port. A zone is dropped.
     */
    static HostPort split(String text) {
        String t = text.strip();
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close > 0) {
                String host = t.substring(1, close);
                String rest = t.substring(close + 1);
                int colon = rest.lastIndexOf(':');
                return new HostPort(dropZone(host), colon >= 0 ? rest.substring(colon + 1) : null);
            }
            return new HostPort(t, null);
        }
        int colon = t.indexOf(':');
        if (colon >= 0 && colon == t.lastIndexOf(':')) {
            return new HostPort(dropZone(t.substring(0, colon)), t.substring(colon + 1));
        }
        return new HostPort(colon >= 0 ? dropZone(t) : t, null);
    }

    private static String dropZone(String host) {
        int pct = host.indexOf('%');
        return pct >= 0 ? host.substring(0, pct) : host;
    }

    /** A port 0 to 65535, {@link #NO_PORT} for empty text, else {@link #BAD_PORT}. */
    static int port(String text) {
        if (text == null || text.isEmpty()) {
            return NO_PORT;
        }
        int n = text.length();
        if (n > 5) {
            return BAD_PORT;
        }
        int value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return BAD_PORT;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 65535 ? value : BAD_PORT;
    }

    static boolean isIp(String text) {
        return isIpv4(text) || isIpv6(text);
    }

    /** Dotted decimal, four parts of 0 to 255. */
    static boolean isIpv4(String s) {
        int n = s.length();
        if (n < 7 || n > 15) {
            return false;
        }
        int parts = 0;
        int digits = 0;
        int value = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || value > 255) {
                    return false;
                }
                parts++;
                digits = 0;
                value = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                value = value * 10 + (c - '0');
                digits++;
            } else {
                return false;
            }
        }
        return parts == 4;
    }

    /** RFC 4291 text: up to eight groups of hex, one {@code ::}, a dotted IPv4 tail, a zone. */
    static boolean isIpv6(String text) {
        String s = dropZone(text);
        if (s.length() < 2 || s.length() > 45 || s.indexOf(':') < 0) {
            return false;
        }
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        if (gap < 0) {
            return groups(s, true) == 8;
        }
        String tail = s.substring(gap + 2);
        int head = groups(s.substring(0, gap), false);
        int rest = groups(tail, true);
        return head >= 0 && rest >= 0 && head + rest <= 7;
    }

    /** How many 16-bit groups the colon-separated text holds (an IPv4 tail counts 2), or -1. */
    private static int groups(String s, boolean ipv4Tail) {
        if (s.isEmpty()) {
            return 0;
        }
        int count = 0;
        int start = 0;
        while (true) {
            int colon = s.indexOf(':', start);
            String group = colon < 0 ? s.substring(start) : s.substring(start, colon);
            if (colon < 0 && ipv4Tail && group.indexOf('.') >= 0) {
                return isIpv4(group) ? count + 2 : -1;
            }
            if (group.isEmpty() || group.length() > 4 || !isHex(group)) {
                return -1;
            }
            count++;
            if (colon < 0) {
                return count;
            }
            start = colon + 1;
        }
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * An address as connections keep it: without zone, lower case, and an IPv4-mapped IPv6
     * address ({@code ::ffff:10.0.0.5}, what a dual-stack socket shows) as the IPv4 address, so
     * both spellings of one server match.
     */
    static String normalizeIp(String ip) {
        String s = dropZone(ip);
        if (s.indexOf(':') < 0) {
            return s;
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.startsWith("::ffff:") && isIpv4(s.substring(7))) {
            return s.substring(7);
        }
        return s;
    }

    /** 127.0.0.0/8 or ::1, for a normalized address. */
    static boolean isLoopback(String ip) {
        return ip.startsWith("127.") || ip.equals("::1") || ip.equals("0:0:0:0:0:0:0:1");
    }

    /** The wildcard address a listening socket binds: 0.0.0.0, :: or *. */
    static boolean isUnspecified(String ip) {
        return ip.equals("0.0.0.0") || ip.equals("::") || ip.equals("*") || ip.equals("0:0:0:0:0:0:0:0");
    }
}
