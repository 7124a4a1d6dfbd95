package com.migrationhub.connectors.dependency;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the output of Linux {@code ss -tanp} or {@code ss -tunap} saved on one server: a header
 * {@code [Netid] State Recv-Q Send-Q Local Address:Port Peer Address:Port Process} and one line per
 * socket, {@code ESTAB 0 0 10.0.0.5:443 10.0.0.9:51234 users:(("nginx",pid=812,fd=7))}. Addresses
 * may be IPv4, bracketed IPv6 ({@code [::ffff:10.0.0.5]:443}, shown as the IPv4 address), or a
 * wildcard ({@code *:22}, {@code 0.0.0.0:22}, {@code [::]:*}), with an interface zone
 * ({@code %eth0}). The process is the first one {@code users:((...))} names; the older
 * {@code users:(("sshd",900,3))} form is read too.
 *
 * <p>LISTEN sockets, and UDP sockets without a peer (UNCONN), are the listening ports; every other
 * state with a peer (ESTAB, SYN-SENT, TIME-WAIT, CLOSE-WAIT...) is a connection, whose direction
 * {@link SocketCaptureImporter} decides. Without a Netid column the sockets are TCP, except
 * UNCONN ones, which only UDP has. Other socket kinds ({@code u_str}, {@code raw}) and lines that
 * are not socket lines are skipped with a reason; a socket line whose address or port cannot be
 * read ends the import (a capture taken without {@code -n} names ports by service: take it again
 * with {@code -n}).
 */
public final class SsCaptureImporter extends SocketCaptureImporter {
    public static final String FORMAT = "ss";

    static final Set<String> STATES = Set.of("ESTAB", "LISTEN", "SYN-SENT", "SYN-RECV", "FIN-WAIT-1",
            "FIN-WAIT-2", "TIME-WAIT", "UNCONN", "CLOSE-WAIT", "LAST-ACK", "CLOSING", "CLOSED", "UNKNOWN");
    private static final Set<String> NETIDS = Set.of("tcp", "udp", "raw", "u_str", "u_dgr", "u_seq", "p_raw",
            "p_dgr", "nl", "sctp", "mptcp", "dccp", "tipc", "vsock", "xdp", "u_str_listen");
    private static final String LOCAL = "Local Address:Port";
    private static final String PEER = "Peer Address:Port";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Linux socket capture (ss -tanp)";
    }

    @Override
    public int detect(SourceProbe probe) {
        List<String> lines = TextLines.headLines(probe, 200);
        int sockets = 0;
        for (String line : lines) {
            if (line.contains("Recv-Q") && line.contains("Send-Q")
                    && (line.contains("Peer Address") || line.contains("Address:Port"))) {
                return 95;
            }
            String[] t = line.strip().split("\\s+");
            int i = t.length > 0 && NETIDS.contains(t[0]) ? 1 : 0;
            if (t.length >= i + 5 && STATES.contains(t[i]) && t[i + 3].lastIndexOf(':') > 0
                    && t[i + 4].lastIndexOf(':') > 0) {
                sockets++;
            }
        }
        return sockets == 0 ? 0 : sockets >= 3 ? 85 : 70;
    }

    @Override
    boolean latin1Fallback() {
        return false;
    }

    @Override
    String noSockets() {
        return "no socket lines found: this is not the output of ss -tanp";
    }

    @Override
    LineParser parser() {
        return new LineParser() {
            @Override
            public void line(String text, TextLines lines, SocketSink out) throws ImportException {
                parse(text, lines, out);
            }

            @Override
            public void end(SocketSink out) {
                // every line stands alone
            }
        };
    }

    private static void parse(String text, TextLines lines, SocketSink out) throws ImportException {
        String[] t = text.strip().split("\\s+", 8);
        if (t[0].equals("State") || t[0].equals("Netid")) {
            return;
        }
        int i = 0;
        String protocol = null;
        if (NETIDS.contains(t[0])) {
            protocol = t[0];
            i = 1;
        }
        if (t.length <= i || !STATES.contains(t[i])) {
            out.skip(lines.row(), "not an ss socket line");
            return;
        }
        String state = t[i];
        if (protocol == null) {
            protocol = state.equals("UNCONN") ? "udp" : "tcp";
        } else if (!protocol.equals("tcp") && !protocol.equals("udp")) {
            out.skip(lines.row(), "not a TCP or UDP socket (" + protocol + ")");
            return;
        }
        if (t.length < i + 5) {
            throw lines.problem("an ss socket line needs state, Recv-Q, Send-Q, local and peer address; "
                    + "this one has " + (t.length - i) + " fields");
        }
        if (!digits(t[i + 1]) || !digits(t[i + 2])) {
            throw lines.problem("Recv-Q", t[i + 1] + " " + t[i + 2], "are not queue sizes: this is not ss output");
        }
        Address local = Address.parse(t[i + 3], LOCAL, lines);
        Address peer = Address.parse(t[i + 4], PEER, lines);
        String rest = t.length > i + 5 ? String.join(" ", Arrays.copyOfRange(t, i + 5, t.length)) : "";
        String process = process(rest);
        boolean listening = state.equals("LISTEN") || (state.equals("UNCONN") && peer.port() < 0);
        if (state.equals("UNCONN") && !listening) {
            out.skip(lines.row(), "an unconnected socket with a peer");
            return;
        }
        out.socket(new Socket(protocol, listening, local.ip(), local.port(), peer.ip(), peer.port(), process),
                lines.row());
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The first process {@code users:(("name",pid=1,fd=3))} names, or null. */
    static String process(String text) {
        int users = text.indexOf("users:((\"");
        if (users < 0) {
            return null;
        }
        int start = users + 9;
        int end = text.indexOf('"', start);
        return end > start ? text.substring(start, end) : null;
    }
}
