package com.migrationhub.domain.dependency.graph;

import java.time.Instant;
import java.util.List;

/**
 * Everything seen from one endpoint (the caller) to another (the callee), aggregated over all the
 * connection rows between them, with its hard/soft classification. Immutable; equality is
 * identity (there is one edge per ordered pair of endpoints in a graph), as JGraphT wants of edge
 * objects.
 */
public final class DependencyEdge {
    /** At most this many process names are kept per side; the rest are counted. */
    public static final int PROCESS_CAP = 10;

    private final int index;
    private final int source;
    private final int target;
    private final int[] ports;
    private final List<String> protocols;
    private final List<String> sourceProcesses;
    private final int moreSourceProcesses;
    private final List<String> destinationProcesses;
    private final int moreDestinationProcesses;
    private final List<String> applications;
    private final long connections;
    private final long slots;
    /** When first and last seen, as epoch seconds and their nanoseconds (nanoseconds -1: not seen); not as Instant
     * objects, which were a fifth of what a 360,000-edge graph holds. */
    private final long firstSecond;
    private final int firstNano;
    private final long lastSecond;
    private final int lastNano;
    private final Classification classification;

    DependencyEdge(int index, int source, int target, int[] ports, List<String> protocols,
            List<String> sourceProcesses, int moreSourceProcesses, List<String> destinationProcesses,
            int moreDestinationProcesses, List<String> applications, long connections, long slots,
            long firstSecond, int firstNano, long lastSecond, int lastNano, Classification classification) {
        this.index = index;
        this.source = source;
        this.target = target;
        this.ports = ports;
        this.protocols = protocols;
        this.sourceProcesses = sourceProcesses;
        this.moreSourceProcesses = moreSourceProcesses;
        this.destinationProcesses = destinationProcesses;
        this.moreDestinationProcesses = moreDestinationProcesses;
        this.applications = applications;
        this.connections = connections;
        this.slots = slots;
        this.firstSecond = firstSecond;
        this.firstNano = firstNano;
        this.lastSecond = lastSecond;
        this.lastNano = lastNano;
        this.classification = classification;
    }

    /** The edge's index in {@link DependencyGraph#edges()}. */
    public int index() {
        return index;
    }

    /** The caller's node. */
    public int source() {
        return source;
    }

    /** The callee's node. */
    public int target() {
        return target;
    }

    /** The distinct destination ports, ascending (a row without a port adds none). */
    public List<Integer> ports() {
        Integer[] boxed = new Integer[ports.length];
        for (int i = 0; i < ports.length; i++) {
            boxed[i] = ports[i];
        }
        return List.of(boxed);
    }

    /**
     * An object that stands for this edge's port set: the same object for every edge of a graph
     * with the same ports (a graph keeps each distinct set once), for callers that work out
     * something per set, such as its text, once.
     */
    public Object portSet() {
        return ports;
    }

    public boolean hasPort(int port) {
        return java.util.Arrays.binarySearch(ports, port) >= 0;
    }

    /** The distinct protocols, sorted ("tcp", "udp"). */
    public List<String> protocols() {
        return protocols;
    }

    /** The distinct calling processes, sorted, at most {@value #PROCESS_CAP}. */
    public List<String> sourceProcesses() {
        return sourceProcesses;
    }

    /** How many further distinct calling processes there were. */
    public int moreSourceProcesses() {
        return moreSourceProcesses;
    }

    /** The distinct listening processes, sorted, at most {@value #PROCESS_CAP}. */
    public List<String> destinationProcesses() {
        return destinationProcesses;
    }

    public int moreDestinationProcesses() {
        return moreDestinationProcesses;
    }

    /** The distinct application names the dependency files gave either side, sorted. */
    public List<String> applications() {
        return applications;
    }

    /** The sum of the rows' connection counts. */
    public long connections() {
        return connections;
    }

    /** The sum of the rows' time-slot counts: how persistently the traffic was seen. */
    public long slots() {
        return slots;
    }

    /** The earliest time seen, null when no row said. */
    public Instant firstSeen() {
        return firstNano < 0 ? null : Instant.ofEpochSecond(firstSecond, firstNano);
    }

    /** The latest time seen, null when no row said. */
    public Instant lastSeen() {
        return lastNano < 0 ? null : Instant.ofEpochSecond(lastSecond, lastNano);
    }

    public Classification classification() {
        return classification;
    }

    public Strength strength() {
        return classification.strength();
    }

    public boolean isHard() {
        return classification.isHard();
    }

    @Override
    public String toString() {
        return source + "->" + target + " " + ports() + " " + classification.strength() + " (" + classification.text() + ")";
    }
}
