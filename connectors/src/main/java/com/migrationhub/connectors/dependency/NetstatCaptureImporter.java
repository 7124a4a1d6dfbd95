package com.migrationhub.connectors.dependency;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the output of Windows {@code netstat -ano} (or {@code -an}, {@code -anob}) saved on one
 * server. Only the data lines matter, so headers in any language are passed over:
 * {@code TCP 10.0.0.5:49712 10.0.0.9:443 ESTABLISHED 4321} (TCP: local, foreign, state, PID) and
 * {@code UDP 0.0.0.0:123 *:* 1234} (UDP: no state), IPv6 bracketed ({@code [::1]:445},
 * {@code [fe80::1%4]:49712}). With {@code -b} the owning program follows on its own line,
 * {@code [sqlservr.exe]}, possibly after a service name line; it becomes the process.
 *
 * <p>A TCP socket whose foreign address is {@code 0.0.0.0:0} or {@code [::]:0} is listening
 * (whatever the state's word, which Windows localizes), except in state BOUND (a socket bound but
 * neither listening nor connected: skipped); a UDP socket with foreign address {@code *:*} is a
 * listening port. Every other socket is a connection, whose direction
 * {@link SocketCaptureImporter} decides. Redirected from {@code cmd.exe} the file is in the OEM
 * code page: bytes that are not UTF-8 are read as ISO 8859-1, as they only occur in headers and
 * localized state words. A data line whose address cannot be read ends the import.
 */
public final class NetstatCaptureImporter extends SocketCaptureImporter {
    public static final String FORMAT = "netstat";

    private static final Pattern DATA_LINE = Pattern.compile("\\s*(TCP|UDP)\\s+\\S+:\\S+\\s+\\S+.*");
    private static final String LOCAL = "Local Address";
    private static final String FOREIGN = "Foreign Address";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Windows socket capture (netstat -ano)";
    }

    @Override
    public int detect(SourceProbe probe) {
        List<String> lines = TextLines.headLines(probe, 200);
        int data = 0;
        boolean withPid = false;
        for (String line : lines) {
            if (DATA_LINE.matcher(line).matches()) {
                data++;
                String[] t = line.strip().split("\\s+");
                withPid |= t[t.length - 1].chars().allMatch(c -> c >= '0' && c <= '9');
            }
        }
        if (data == 0) {
            return 0;
        }
        return withPid ? 95 : 85;
    }

    @Override
    boolean latin1Fallback() {
        return true;
    }

    @Override
    String noSockets() {
        return "no TCP or UDP lines found: this is not the output of netstat -ano";
    }

    @Override
    LineParser parser() {
        return new LineParser() {
            /** The socket last read: -b names its program on a later line. */
            private Socket pending;
            private long pendingRow;

            @Override
            public void line(String text, TextLines lines, SocketSink out) throws ImportException {
                String t = text.strip();
                if (t.startsWith("TCP ") || t.startsWith("UDP ") || t.startsWith("TCP\t") || t.startsWith("UDP\t")) {
                    end(out);
                    Socket socket = parse(t.split("\\s+"), lines, out);
                    if (socket != null) {
                        pending = socket;
                        pendingRow = lines.row();
                    }
                } else if (pending != null && t.length() > 2 && t.startsWith("[") && t.endsWith("]")) {
                    pending = new Socket(pending.protocol(), pending.listening(), pending.localIp(),
                            pending.localPort(), pending.peerIp(), pending.peerPort(), t.substring(1, t.length() - 1));
                }
                // anything else is a header, a service name or a note of -b, in the system's language
            }

            @Override
            public void end(SocketSink out) {
                if (pending != null) {
                    out.socket(pending, pendingRow);
                    pending = null;
                }
            }
        };
    }

    /** One data line, or null when it is skipped. */
    private static Socket parse(String[] t, TextLines lines, SocketSink out) throws ImportException {
        boolean tcp = t[0].equals("TCP");
        int fields = t.length;
        if (fields < 3 || (tcp && fields < 4)) {
            throw lines.problem("a netstat " + t[0] + " line needs local and foreign address"
                    + (tcp ? " and state" : "") + "; this one has " + (fields - 1) + " fields");
        }
        Address local = Address.parse(t[1], LOCAL, lines);
        Address foreign = t[2].equals("*:*") ? new Address("*", -1) : Address.parse(t[2], FOREIGN, lines);
        boolean noPeer = foreign.port() <= 0 && Endpoints.isUnspecified(foreign.ip());
        if (tcp) {
            String state = t[3];
            if (state.equalsIgnoreCase("BOUND")) {
                out.skip(lines.row(), "a bound socket that neither listens nor connects");
                return null;
            }
            return new Socket("tcp", noPeer, local.ip(), local.port(), foreign.ip(), foreign.port(), null);
        }
        return new Socket("udp", noPeer, local.ip(), local.port(), foreign.ip(), foreign.port(), null);
    }
}
