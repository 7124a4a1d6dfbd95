package com.migrationhub.connectors.rvtools;

import java.util.List;

/** Splits the address lists RVTools writes ("10.0.0.5, fe80::1", one per line, or ";"-separated). */
final class IpAddresses {

    private IpAddresses() {
    }

    /** Adds each address of the list to the IPv4 or the IPv6 list (an address with ':' is IPv6); skips repeats. */
    static void split(String list, List<String> ipv4, List<String> ipv6) {
        if (list == null) {
            return;
        }
        int n = list.length();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && !separator(list.charAt(end))) {
                end++;
            }
            if (end > start) {
                String address = list.substring(start, end);
                List<String> target = address.indexOf(':') >= 0 ? ipv6 : ipv4;
                if (!target.contains(address)) {
                    target.add(address);
                }
            }
            start = end + 1;
        }
    }

    private static boolean separator(char c) {
        return c == ',' || c == ';' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
