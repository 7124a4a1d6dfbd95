package com.migrationhub.samples;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the estate's utilization as a VMware Aria Operations (vROps) view exported to CSV: one row
 * per VM and sample time, six-hourly over the two days before the export. It keeps the quirks of
 * that export which importers trip over: a UTF-8 byte-order mark, every field quoted, numbers with
 * thousands separators ("1,546.6") and 12-hour English timestamps ("12:00 AM 21 July 2026").
 * VMs that were not running have empty metric cells. Templates are left out.
 *
 * <p>No public sample of the export could be found to copy; the columns are the view's metric
 * labels as the brief for this module gives them.
 */
final class VropsWriter implements InventoryWriter {
    static final List<String> HEADERS = List.of("Name", "Time", "CPU|Usage (%)", "Memory|Usage (%)",
            "Disk|Commands per second", "Disk|Usage Rate (KBps)", "Network|Usage Rate (KBps)");
    static final int SAMPLES = 8;
    static final int HOURS_BETWEEN_SAMPLES = 6;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a d MMMM yyyy", Locale.ENGLISH);

    private final CsvFile csv;
    private final LocalDateTime lastSample;
    private final DecimalFormat twoPlaces = format(2);
    private final DecimalFormat onePlace = format(1);

    VropsWriter(Estate estate, Path file) throws IOException {
        this.csv = new CsvFile(file, HEADERS, true, "\r\n", true);
        // The view's last point is midnight of the export day.
        this.lastSample = estate.exportedAt.toLocalDate().atStartOfDay();
    }

    private static DecimalFormat format(int places) {
        DecimalFormat f = new DecimalFormat("#,##0." + "#".repeat(places), DecimalFormatSymbols.getInstance(
                Locale.US));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    @Override
    public void write(VirtualMachine vm) throws IOException {
        if (vm.template) {
            return;
        }
        boolean measured = vm.utilization.measured();
        for (int k = SAMPLES - 1; k >= 0; k--) {
            LocalDateTime at = lastSample.minusHours((long) k * HOURS_BETWEEN_SAMPLES);
            csv.add(vm.name).add(TIME.format(at));
            if (measured) {
                UtilizationSample s = UtilizationSample.of(vm, at);
                csv.add(twoPlaces.format(s.cpuPct())).add(twoPlaces.format(s.memPct()))
                        .add(twoPlaces.format(s.readIops() + s.writeIops()))
                        .add(onePlace.format(s.readKBps() + s.writeKBps()))
                        .add(onePlace.format(s.netInKBps() + s.netOutKBps()));
            } else {
                csv.add("").add("").add("").add("").add("");
            }
            csv.end();
        }
    }

    @Override
    public void finish(EstateUsage usage) throws IOException {
        csv.close();
    }

    @Override
    public List<Path> files() {
        return List.of(csv.path());
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
