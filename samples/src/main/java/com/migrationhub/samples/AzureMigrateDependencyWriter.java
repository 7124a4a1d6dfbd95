package com.migrationhub.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the estate's network dependencies as Azure Migrate's dependency-analysis export, and
 * beside it the truth they were drawn from ({@code PREFIX-dependencies.truth.tsv}).
 *
 * <p>One row is one (source process, destination process, port) dependency seen in one hourly
 * time slot, {@code 7/14/2026 13:00 - 14:00} (UTC), over the {@value #WINDOW_DAYS} days before the
 * estate's export date. Server names and IPs are those of the inventory formats (name, first IPv4
 * address). The traffic itself is {@link TrafficModel}'s; this writer decides how many slots each
 * dependency shows in so that the file has the requested number of rows: every dependency shows
 * at least once, the rest of the rows are shared out by {@link TrafficModel.Flow} weight, and the
 * slots are drawn by daypart (business hours for users' traffic, nights for backups).
 *
 * <p>Streaming: the VMs are kept as {@link TrafficModel} facts (about 90 bytes each); the
 * dependencies are enumerated twice (count, then write) and never held. About 0.3 µs and 170
 * bytes of file per row.
 */
final class AzureMigrateDependencyWriter implements InventoryWriter {
    static final List<String> HEADERS = List.of("Time slot", "Source server name", "Source IP", "Source application",
            "Source process", "Destination server name", "Destination IP", "Destination application",
            "Destination process", "Destination port", "Source VLAN", "Destination VLAN");
    /** Rows per VM when no number of rows is asked for. */
    static final int DEFAULT_ROWS_PER_VM = 20;
    static final int WINDOW_DAYS = 7;
    static final int SLOTS = WINDOW_DAYS * 24;
    static final String TRUTH_SUFFIX = ".truth.tsv";

    private static final DateTimeFormatter SLOT_START = DateTimeFormatter.ofPattern("M/d/yyyy HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SLOT_END = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final long SLOT_SALT = 0x5107_5EEDL;

    private final Estate estate;
    private final TrafficModel model;
    private final long targetRows;
    private final CsvFile csv;
    private final Path truthFile;
    private final String[] slotLabels = new String[SLOTS];
    private final LocalDateTime windowStart;
    /** Cumulative slot weights per daypart, for drawing slots. */
    private final int[][] slotWeights = new int[TrafficModel.Daypart.values().length][SLOTS];

    // Counted while writing.
    private long dependencies;
    private long rows;
    private long ipOnlyRows;
    private long externalRows;
    private long crossApplicationRows;

    /**
     * @param targetRows the rows wanted; 0 for {@value #DEFAULT_ROWS_PER_VM} per VM. The file has
     *     at least one row per dependency, so a target below that gives that many.
     */
    AzureMigrateDependencyWriter(Estate estate, Path file, long targetRows) throws IOException {
        this.estate = estate;
        this.model = new TrafficModel(estate);
        this.targetRows = targetRows > 0 ? targetRows : (long) DEFAULT_ROWS_PER_VM * estate.vmCount;
        String name = file.getFileName().toString();
        this.truthFile = file.resolveSibling(name.substring(0, name.length() - ".csv".length()) + TRUTH_SUFFIX);
        this.windowStart = estate.exportedAt.toLocalDate().minusDays(WINDOW_DAYS).atStartOfDay();
        for (int s = 0; s < SLOTS; s++) {
            LocalDateTime start = windowStart.plusHours(s);
            slotLabels[s] = SLOT_START.format(start) + " - " + SLOT_END.format(start.plusHours(1));
            int hour = start.getHour();
            // Detroit is UTC-4 in summer: its working day, 07:00 to 19:00, is 11:00 to 23:00 UTC;
            // backups run 21:00 to 03:00, 01:00 to 07:00 UTC.
            int[] weights = {1, hour >= 11 && hour < 23 ? 12 : 1, hour >= 1 && hour < 7 ? 12 : 1};
            for (int p = 0; p < weights.length; p++) {
                slotWeights[p][s] = (s == 0 ? 0 : slotWeights[p][s - 1]) + weights[p];
            }
        }
        this.csv = new CsvFile(file, HEADERS, false, "\r\n", false);
    }

    @Override
    public void write(VirtualMachine vm) {
        model.add(vm);
    }

    @Override
    public void finish(EstateUsage usage) throws IOException {
        model.seal();
        long[] counted = new long[2];
        for (int v = 0; v < model.vmCount(); v++) {
            model.dependenciesOf(v, d -> {
                counted[0]++;
                counted[1] += d.flow.weight;
            });
        }
        writeRows(counted[0], counted[1]);
        csv.close();
        writeTruth();
    }

    private void writeRows(long dependencyCount, long totalWeight) throws IOException {
        long spare = Math.max(0, targetRows - dependencyCount);
        long[] cumulativeWeight = new long[1];
        long[] bits = new long[(SLOTS + 63) / 64];
        SplittableRandom[] slotRng = new SplittableRandom[1];
        long slotSeed = Seeds.mix(estate.seed ^ SLOT_SALT);
        for (int v = 0; v < model.vmCount(); v++) {
            slotRng[0] = new SplittableRandom(slotSeed + 0x9E3779B97F4A7C15L * (v + 1L));
            model.dependenciesOf(v, d -> {
                long before = cumulativeWeight[0];
                cumulativeWeight[0] += d.flow.weight;
                // Largest-remainder sharing of the spare rows by weight: the total is exact.
                long extra = spare * cumulativeWeight[0] / totalWeight - spare * before / totalWeight;
                int slots = (int) Math.min(SLOTS, 1 + extra);
                pickSlots(slots, slotWeights[d.flow.daypart.ordinal()], slotRng[0], bits);
                writeDependency(d, bits);
                dependencies++;
            });
        }
        if (dependencies != dependencyCount) {
            throw new IllegalStateException("dependencies changed between passes");
        }
    }

    /** Sets {@code count} distinct bits of {@code bits}, drawn with the cumulative {@code weights}. */
    private static void pickSlots(int count, int[] weights, SplittableRandom rng, long[] bits) {
        java.util.Arrays.fill(bits, 0);
        if (count >= SLOTS) {
            for (int s = 0; s < SLOTS; s++) {
                bits[s >>> 6] |= 1L << s;
            }
            return;
        }
        if (count <= SLOTS / 2) {
            int total = weights[SLOTS - 1];
            for (int picked = 0; picked < count;) {
                int s = slotAt(weights, rng.nextInt(total));
                if ((bits[s >>> 6] & (1L << s)) == 0) {
                    bits[s >>> 6] |= 1L << s;
                    picked++;
                }
            }
            return;
        }
        // Mostly on: start full and leave out random slots.
        for (int s = 0; s < SLOTS; s++) {
            bits[s >>> 6] |= 1L << s;
        }
        for (int left = SLOTS - count; left > 0;) {
            int s = rng.nextInt(SLOTS);
            if ((bits[s >>> 6] & (1L << s)) != 0) {
                bits[s >>> 6] &= ~(1L << s);
                left--;
            }
        }
    }

    private static int slotAt(int[] cumulative, int r) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private void writeDependency(TrafficModel.Dependency d, long[] bits) throws IOException {
        int src = d.source;
        int dst = d.destination;
        boolean external = dst < 0;
        boolean known = !external && !d.ipOnly;
        String sourceName = model.name(src);
        String sourceIp = TrafficModel.ipText(model.ip(src));
        String sourceVlan = Integer.toString(model.vlan(src));
        String destinationName = known ? model.name(dst) : "";
        String destinationIp = external ? d.externalIp : TrafficModel.ipText(model.ip(dst));
        String destinationApplication = known ? d.destinationApplication : "";
        String destinationProcess = known ? d.destinationProcess : "";
        String port = Integer.toString(d.port);
        String destinationVlan = known ? Integer.toString(model.vlan(dst)) : "";
        for (int s = 0; s < SLOTS; s++) {
            if ((bits[s >>> 6] & (1L << s)) == 0) {
                continue;
            }
            csv.add(slotLabels[s]).add(sourceName).add(sourceIp).add(d.sourceApplication).add(d.sourceProcess)
                    .add(destinationName).add(destinationIp).add(destinationApplication).add(destinationProcess)
                    .add(port).add(sourceVlan).add(destinationVlan).end();
            rows++;
            if (external) {
                externalRows++;
            } else if (d.ipOnly) {
                ipOnlyRows++;
            }
            if (d.flow == TrafficModel.Flow.CROSS_APPLICATION) {
                crossApplicationRows++;
            }
        }
    }

    /**
     * The truth file: tab-separated lines whose first field says what they hold (see the
     * comment lines it starts with, and samples/README.md).
     */
    private void writeTruth() throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(truthFile, StandardCharsets.UTF_8)) {
            out.write("# What " + csv.path().getFileName() + " was generated from (seed " + estate.seed + ", "
                    + estate.vmCount + " VMs). Tab-separated; the first field names the line:\n");
            out.write("#   count   NAME VALUE\n");
            out.write("#   window  FIRST-SLOT-START LAST-SLOT-END (UTC, as the time slots write them)\n");
            out.write("#   hub     SERVER IP SERVICE (domain-controller, backup, monitoring)\n");
            out.write("#   cross   CALLER CALLER-IP CALLEE CALLEE-IP (an application server calling another"
                    + " application's one)\n");
            out.write("#   server  SERVER IP MOVE-GROUP APPLICATION ENVIRONMENT HUB (true/false), for every server"
                    + " with traffic\n");
            count(out, "rows", rows);
            count(out, "dependencies", dependencies);
            count(out, "servers", model.servers());
            count(out, "moveGroups", model.moveGroups());
            count(out, "hubs", model.hubs().size());
            count(out, "crossApplicationLinks", model.crossLinks().size());
            count(out, "crossApplicationRows", crossApplicationRows);
            count(out, "ipOnlyRows", ipOnlyRows);
            count(out, "externalRows", externalRows);
            LocalDateTime end = windowStart.plusHours(SLOTS);
            out.write("window\t" + SLOT_START.format(windowStart) + "\t" + SLOT_START.format(end) + "\n");
            for (Map.Entry<Integer, TrafficModel.HubService> hub : model.hubs().entrySet()) {
                int i = hub.getKey();
                out.write("hub\t" + model.name(i) + "\t" + TrafficModel.ipText(model.ip(i)) + "\t"
                        + hub.getValue().label + "\n");
            }
            for (TrafficModel.CrossLink link : model.crossLinks()) {
                out.write("cross\t" + model.name(link.caller()) + "\t" + TrafficModel.ipText(model.ip(link.caller()))
                        + "\t" + model.name(link.callee()) + "\t" + TrafficModel.ipText(model.ip(link.callee()))
                        + "\n");
            }
            for (int i = 0; i < model.vmCount(); i++) {
                if (model.hasTraffic(i)) {
                    out.write("server\t" + model.name(i) + "\t" + TrafficModel.ipText(model.ip(i)) + "\t"
                            + model.moveGroup(i) + "\t" + model.applicationName(i) + "\t" + model.environmentCode(i)
                            + "\t" + model.isHub(i) + "\n");
                }
            }
        }
    }

    private static void count(BufferedWriter out, String name, long value) throws IOException {
        out.write("count\t" + name + "\t" + value + "\n");
    }

    @Override
    public List<Path> files() {
        return List.of(csv.path(), truthFile);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
