package com.migrationhub.connectors.dependency;

import java.util.Locale;

/** A transport protocol cell: a name ({@code TCP}, {@code udp}) or an IP protocol number (6, 17). */
enum Transport {
    TCP("tcp"),
    UDP("udp"),
    /** Another protocol (ICMP, 1, SCTP...): a row of it carries no port dependency. */
    OTHER(null),
    /** Not a protocol name or number at all. */
    UNREADABLE(null),
    /** The cell is empty. */
    UNSTATED(null);

    /** The name connections keep, lower case; null for the others. */
    final String name;

    Transport(String name) {
        this.name = name;
    }

    static Transport of(String text) {
        if (text == null || text.isBlank()) {
            return UNSTATED;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "tcp": case "tcp4": case "tcp6": case "6":
                return TCP;
            case "udp": case "udp4": case "udp6": case "17":
                return UDP;
            default:
                break;
        }
        if (t.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return t.length() <= 3 && Integer.parseInt(t) <= 255 ? OTHER : UNREADABLE;
        }
        boolean name = Character.isLetter(t.charAt(0)) && t.length() <= 16
                && t.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
        return name ? OTHER : UNREADABLE;
    }
}
