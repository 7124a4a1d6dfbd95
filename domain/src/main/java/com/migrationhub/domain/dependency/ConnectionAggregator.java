package com.migrationhub.domain.dependency;

import com.migrationhub.domain.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Sums the rows of one dependency file that describe the same traffic: same endpoints (names,
 * IPs, applications), processes, port and protocol. Azure Migrate writes one row per time slot,
 * so a week of hourly slots between two processes becomes one row with {@code slots = 168}.
 * Connections and slots add up; first and last seen widen; the first row is kept as the source.
 * The result is in the order each traffic was first seen, so the same file always stores the same
 * rows in the same order.
 *
 * <p>Memory: one entry per distinct traffic (about 300 bytes), not per row.
 */
public final class ConnectionAggregator implements Consumer<Connection> {
    /**
     * What makes two rows the same traffic. Written out rather than a record: a record's equals and
     * hashCode go through method handles that run slowly until the JIT has compiled them, and a
     * dependency import calls them once a row, from the first row on.
     */
    private static final class Key {
        private final String sourceName;
        private final String sourceIp;
        private final String sourceApplication;
        private final String sourceProcess;
        private final String destinationName;
        private final String destinationIp;
        private final String destinationApplication;
        private final String destinationProcess;
        private final int port;
        private final String protocol;
        private final int hash;

        Key(Connection c) {
            sourceName = c.sourceName();
            sourceIp = c.sourceIp();
            sourceApplication = c.sourceApplication();
            sourceProcess = c.sourceProcess();
            destinationName = c.destinationName();
            destinationIp = c.destinationIp();
            destinationApplication = c.destinationApplication();
            destinationProcess = c.destinationProcess();
            port = c.port();
            protocol = c.protocol();
            int h = port;
            h = 31 * h + hash(sourceName);
            h = 31 * h + hash(sourceIp);
            h = 31 * h + hash(sourceApplication);
            h = 31 * h + hash(sourceProcess);
            h = 31 * h + hash(destinationName);
            h = 31 * h + hash(destinationIp);
            h = 31 * h + hash(destinationApplication);
            h = 31 * h + hash(destinationProcess);
            hash = 31 * h + hash(protocol);
        }

        private static int hash(String s) {
            return s == null ? 0 : s.hashCode();
        }

        private static boolean same(String a, String b) {
            return a == null ? b == null : a.equals(b);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && port == k.port && same(sourceName, k.sourceName)
                    && same(sourceIp, k.sourceIp) && same(sourceApplication, k.sourceApplication)
                    && same(sourceProcess, k.sourceProcess) && same(destinationName, k.destinationName)
                    && same(destinationIp, k.destinationIp) && same(destinationApplication, k.destinationApplication)
                    && same(destinationProcess, k.destinationProcess) && same(protocol, k.protocol);
        }
    }

    private static final class Sum {
        final Connection first;
        long connections;
        long slots;
        Instant firstSeen;
        Instant lastSeen;

        Sum(Connection c) {
            this.first = c;
        }
    }

    private final Map<Key, Sum> sums = new HashMap<>();
    private final List<Sum> order = new ArrayList<>();
    private long rows;

    @Override
    public void accept(Connection c) {
        rows++;
        Key k = new Key(c);
        Sum s = sums.get(k);
        if (s == null) {
            s = new Sum(c);
            sums.put(k, s);
            order.add(s);
        }
        s.connections += Math.max(1, c.connections());
        s.slots += Math.max(1, c.slots());
        if (c.firstSeen() != null && (s.firstSeen == null || c.firstSeen().isBefore(s.firstSeen))) {
            s.firstSeen = c.firstSeen();
        }
        if (c.lastSeen() != null && (s.lastSeen == null || c.lastSeen().isAfter(s.lastSeen))) {
            s.lastSeen = c.lastSeen();
        }
    }

    /** Rows given so far. */
    public long rows() {
        return rows;
    }

    /** Distinct traffics so far. */
    public int size() {
        return order.size();
    }

    /** The sums, in the order each was first seen. */
    public List<Connection> connections() {
        List<Connection> out = new ArrayList<>(order.size());
        for (Sum s : order) {
            Connection c = s.first;
            SourceRef src = c.source();
            out.add(new Connection(c.sourceName(), c.sourceIp(), c.sourceApplication(), c.sourceProcess(),
                    c.destinationName(), c.destinationIp(), c.destinationApplication(), c.destinationProcess(), c.port(),
                    c.protocol(), s.connections, s.slots, s.firstSeen, s.lastSeen, src));
        }
        return out;
    }
}
