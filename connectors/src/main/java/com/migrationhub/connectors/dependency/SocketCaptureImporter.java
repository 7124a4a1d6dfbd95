package com.migrationhub.connectors.dependency;

import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.DependencyImporter;
import com.migrationhub.domain.dependency.DependencyOptions;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.model.SourceRef;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the socket-capture importers ({@code ss}, {@code netstat}) share: a capture is a list of the
 * sockets of ONE server, the capture host, read in two streaming passes. The first collects the
 * ports the host listens on (per protocol, with the listening process where the capture names it)
 * and the host's own addresses; the second turns each connected socket into a connection: inbound
 * ({@code peer -> host:local port}) when its local port is a listening port, else outbound
 * ({@code host -> peer:peer port}). The host side carries the capture host's name and the local
 * address. Loopback traffic and traffic to the host's own address are skipped. Memory is bounded
 * by the ports and addresses of one server, whatever the file's length.
 *
 * <p>The capture host is {@link DependencyOptions#captureHost()}, else a line {@code # host: app01}
 * or {@code hostname: app01} (also {@code computername}), else the file name up to its first dot.
 */
abstract class SocketCaptureImporter implements DependencyImporter {
    private static final Pattern HOST_LINE = Pattern.compile(
            "\\s*#?\\s*(?:host|hostname|host name|computername)\\s*[:=]\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** One socket of the capture; ports are -1 for a wildcard ({@code *}). */
    record Socket(String protocol, boolean listening, String localIp, int localPort, String peerIp, int peerPort,
                  String process) {
    }

    /** An address and port as ss and netstat print them; -1 for a wildcard port. */
    record Address(String ip, int port) {

        /**
         * Reads {@code 10.0.0.5:443}, {@code [::1]:445}, {@code [fe80::1]%eth0:546}, {@code *:*},
         * {@code 0.0.0.0%lo:53}.
         */
        static Address parse(String text, String column, TextLines lines) throws ImportException {
            int colon = text.lastIndexOf(':');
            if (colon <= 0) {
                throw lines.problem(column, text, "is not an address and port");
            }
            String portText = text.substring(colon + 1);
            int port = portText.equals("*") ? -1 : Endpoints.port(portText);
            if (port < 0 && !portText.equals("*")) {
                throw lines.problem(column, text, "has no numeric port; take the capture with -n (numeric)");
            }
            String host = text.substring(0, colon);
            int zone = host.indexOf('%');
            if (host.startsWith("[")) {
                int close = host.indexOf(']');
                if (close < 0) {
                    throw lines.problem(column, text, "is not an address and port");
                }
                host = host.substring(1, close);
                zone = host.indexOf('%');
            }
            if (zone >= 0) {
                host = host.substring(0, zone);
            }
            if (host.equals("*")) {
                return new Address("*", port);
            }
            if (!Endpoints.isIp(host)) {
                throw lines.problem(column, text, "is not an IP address; take the capture with -n (numeric)");
            }
            return new Address(Endpoints.normalizeIp(host), port);
        }
    }

    /** Where a line parser sends what it read. */
    interface SocketSink {
        void socket(Socket socket, long row);

        /** A line that was read but says nothing usable. */
        void skip(long row, String reason);
    }

    /** Reads the lines of one pass; a new one per pass, as it may hold state between lines. */
    interface LineParser {
        /** One line that is neither blank nor a host or comment line. */
        void line(String text, TextLines lines, SocketSink out) throws ImportException;

        /** After the last line. */
        void end(SocketSink out) throws ImportException;
    }

    abstract LineParser parser();

    /** Whether bytes that are not UTF-8 are read as ISO 8859-1 (see {@link TextLines}). */
    abstract boolean latin1Fallback();

    /** The problem when a file has no socket line at all. */
    abstract String noSockets();

    @Override
    public void read(Path file, DependencyOptions options, Consumer<Connection> sink, Consumer<Skipped> skipped,
                     ProgressMonitor monitor) throws ImportException {
        long size = TextLines.size(file);
        Survey survey = new Survey();
        pass(file, monitor, 0, 2 * size, survey);
        if (survey.sockets == 0) {
            throw new ImportException(file, null, survey.lines == 0 ? "the file is empty" : noSockets());
        }
        String host = options != null && options.captureHost() != null && !options.captureHost().isBlank()
                ? options.captureHost().strip() : survey.host != null ? survey.host : hostFromFileName(file);
        if (host == null) {
            throw new ImportException(file, null, "cannot tell which server the capture was taken on: "
                    + "name the file after it (app01.txt) or give the capture host");
        }
        String fileName = file.getFileName().toString();
        pass(file, monitor, size, 2 * size, new SocketSink() {
            @Override
            public void socket(Socket s, long row) {
                emit(s, new SourceRef(0, fileName, row, null), host, survey, sink, skipped);
            }

            @Override
            public void skip(long row, String reason) {
                skipped.accept(new Skipped(row, reason));
            }
        });
    }

    private void pass(Path file, ProgressMonitor monitor, long base, long total, SocketSink out)
            throws ImportException {
        LineParser parser = parser();
        Survey survey = out instanceof Survey s ? s : null;
        try (TextLines lines = TextLines.open(file, monitor, base, total, latin1Fallback())) {
            String text;
            while ((text = lines.next()) != null) {
                if (survey != null) {
                    survey.lines++;
                }
                if (text.isBlank()) {
                    continue;
                }
                Matcher m = HOST_LINE.matcher(text);
                if (m.matches()) {
                    if (survey != null && survey.host == null) {
                        survey.host = m.group(1);
                    }
                    continue;
                }
                if (text.stripLeading().startsWith("#")) {
                    continue;
                }
                parser.line(text, lines, out);
            }
            parser.end(out);
        }
    }

    /** The file name up to its first dot: {@code app01.ss.txt} was taken on app01. */
    static String hostFromFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String host = (dot >= 0 ? name.substring(0, dot) : name).strip();
        return host.isEmpty() ? null : host;
    }

    private static void emit(Socket s, SourceRef ref, String host, Survey survey, Consumer<Connection> sink,
                             Consumer<Skipped> skipped) {
        if (s.listening()) {
            return;
        }
        if (s.peerIp() == null || Endpoints.isUnspecified(s.peerIp()) || s.peerPort() < 0 || s.localPort() < 0) {
            skipped.accept(new Skipped(ref.row(), "no peer address"));
            return;
        }
        if (Endpoints.isLoopback(s.peerIp()) || (s.localIp() != null && Endpoints.isLoopback(s.localIp()))) {
            skipped.accept(new Skipped(ref.row(), "loopback traffic"));
            return;
        }
        if (survey.localIps.contains(s.peerIp())) {
            skipped.accept(new Skipped(ref.row(), "traffic to the capture host's own address " + s.peerIp()));
            return;
        }
        String localIp = s.localIp() == null || Endpoints.isUnspecified(s.localIp()) ? null : s.localIp();
        if (survey.isListening(s.protocol(), s.localPort())) {
            String process = s.process() != null ? s.process() : survey.listeningProcess(s.protocol(), s.localPort());
            sink.accept(new Connection(null, s.peerIp(), null, null, host, localIp, null, process,
                    s.localPort(), s.protocol(), 1, 1, null, null, ref));
        } else {
            sink.accept(new Connection(host, localIp, null, s.process(), null, s.peerIp(), null, null,
                    s.peerPort(), s.protocol(), 1, 1, null, null, ref));
        }
    }

    /** The first pass: listening ports, the host's addresses, the host line. Skips are not reported twice. */
    private static final class Survey implements SocketSink {
        final BitSet tcp = new BitSet(65_536);
        final BitSet udp = new BitSet(65_536);
        final Map<Integer, String> processes = new HashMap<>();
        final Set<String> localIps = new HashSet<>();
        long sockets;
        long lines;
        String host;

        @Override
        public void socket(Socket s, long row) {
            sockets++;
            if (s.listening()) {
                if (s.localPort() >= 0) {
                    ("udp".equals(s.protocol()) ? udp : tcp).set(s.localPort());
                    if (s.process() != null) {
                        processes.putIfAbsent(key(s.protocol(), s.localPort()), s.process());
                    }
                }
            } else if (s.localIp() != null && !Endpoints.isUnspecified(s.localIp())
                    && !Endpoints.isLoopback(s.localIp())) {
                localIps.add(s.localIp());
            }
        }

        @Override
        public void skip(long row, String reason) {
            // reported by the second pass
        }

        boolean isListening(String protocol, int port) {
            return ("udp".equals(protocol) ? udp : tcp).get(port);
        }

        String listeningProcess(String protocol, int port) {
            return processes.get(key(protocol, port));
        }

        private static int key(String protocol, int port) {
            return ("udp".equals(protocol) ? 65_536 : 0) + port;
        }
    }
}
