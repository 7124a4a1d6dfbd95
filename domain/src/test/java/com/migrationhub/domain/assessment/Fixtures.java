package com.migrationhub.domain.assessment;

import com.migrationhub.domain.catalog.OsLifecycle;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Servers and lifecycle rows for the assessment tests. */
public final class Fixtures {
    /** The date every test assesses on: after the endoflife.date snapshot (2026-08-22) was taken. */
    public static final LocalDate ON = LocalDate.of(2026, 9, 1);
    public static final Path ENDOFLIFE = Path.of("/work/shared/prices/os-lifecycle");

    private Fixtures() {
    }

    /**
     * Lifecycle rows the tests rely on, with the dates of endoflife.date's files (products/*.md at
     * a70eca33), so the tests run where those files are absent.
     */
    public static List<OsLifecycle> lifecycles() {
        List<OsLifecycle> l = new ArrayList<>();
        row(l, "windows-server", "2003-sp2", "2007-03-13", "2010-07-13", "2015-07-14", null);
        row(l, "windows-server", "2003", "2003-04-24", "2007-04-10", "2007-04-10", null);
        row(l, "windows-server", "2008-sp2", "2009-04-29", "2015-01-13", "2020-01-14", "2023-01-10");
        row(l, "windows-server", "2008-r2-sp1", "2011-02-22", "2015-01-13", "2020-01-14", "2023-01-10");
        row(l, "windows-server", "2012", "2012-10-30", "2018-10-09", "2023-10-10", "2026-10-13");
        row(l, "windows-server", "2012-r2", "2013-11-25", "2018-10-09", "2023-10-10", "2026-10-13");
        row(l, "windows-server", "2016", "2016-10-15", "2022-01-11", "2027-01-12", "2030-01-12");
        row(l, "windows-server", "2019", "2018-11-13", "2024-01-09", "2029-01-09", null);
        row(l, "windows-server", "2022", "2021-08-18", "2026-10-13", "2031-10-14", null);
        row(l, "rhel", "6", "2010-11-10", "2016-05-10", "2020-11-30", "2024-06-30");
        row(l, "rhel", "7", "2014-06-10", "2019-08-06", "2024-06-30", "2029-05-31");
        row(l, "rhel", "8", "2019-05-07", "2024-05-31", "2029-05-31", "2033-05-31");
        row(l, "rhel", "9", "2022-05-18", "2027-05-31", "2032-05-31", "2036-05-31");
        row(l, "centos", "7", "2014-07-07", "2020-08-06", "2024-06-30", null);
        row(l, "ubuntu", "18.04", "2018-04-26", "2023-05-31", "2023-05-31", "2028-04-01");
        row(l, "ubuntu", "22.04", "2022-04-21", "2024-09-30", "2027-04-01", "2032-04-09");
        row(l, "sles", "12.4", "2018-12-12", null, "2020-06-30", "2023-06-30");
        row(l, "sles", "12.5", "2019-12-09", null, "2024-10-31", "2027-10-31");
        row(l, "sles", "15.4", "2022-06-21", null, "2023-12-31", "2026-12-31");
        row(l, "sles", "15.7", "2025-06-17", null, "2031-07-31", "2034-07-31");
        row(l, "debian", "12", "2023-06-10", null, "2026-07-11", "2028-06-30");
        row(l, "oracle-linux", "8", "2019-07-19", null, "2029-07-31", "2032-07-31");
        return l;
    }

    private static void row(List<OsLifecycle> l, String product, String cycle, String release, String supportEnd,
            String eol, String extendedEnd) {
        l.add(new OsLifecycle(product, cycle, null, date(release), date(supportEnd), date(eol), date(extendedEnd),
                "endoflife.date products/" + product + ".md"));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    public static boolean endOfLifeFilesPresent() {
        return Files.isDirectory(ENDOFLIFE) && Files.exists(ENDOFLIFE.resolve("windows-server.md"));
    }

    /**
     * The lifecycle rows of endoflife.date's product files: the {@code releases:} list of each
     * file's front matter, releaseCycle, releaseLabel, releaseDate, eoas, eol and eoes ({@code false}
     * or {@code true} instead of a date read as no date).
     */
    public static List<OsLifecycle> readEndOfLifeFiles() throws IOException {
        List<OsLifecycle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(ENDOFLIFE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String product = f.getFileName().toString().replace(".md", "");
                parse(product, Files.readAllLines(f, StandardCharsets.UTF_8), out);
            }
        }
        return out;
    }

    private static void parse(String product, List<String> lines, List<OsLifecycle> out) {
        boolean inReleases = false;
        String[] cur = null;
        int dashes = 0;
        for (String line : lines) {
            if (line.equals("---")) {
                if (++dashes == 2) {
                    break;
                }
                continue;
            }
            if (line.startsWith("releases:")) {
                inReleases = true;
                continue;
            }
            if (!inReleases) {
                continue;
            }
            if (!line.isEmpty() && !line.startsWith(" ")) {
                break;
            }
            String t = line.strip();
            if (t.startsWith("- releaseCycle:")) {
                flush(product, cur, out);
                cur = new String[6];
                cur[0] = value(t.substring("- releaseCycle:".length()));
            } else if (cur != null && t.contains(":")) {
                String key = t.substring(0, t.indexOf(':'));
                String v = value(t.substring(t.indexOf(':') + 1));
                switch (key) {
                    case "releaseLabel" -> cur[1] = v;
                    case "releaseDate" -> cur[2] = v;
                    case "eoas" -> cur[3] = v;
                    case "eol" -> cur[4] = v;
                    case "eoes" -> cur[5] = v;
                    default -> {
                    }
                }
            }
        }
        flush(product, cur, out);
    }

    private static void flush(String product, String[] c, List<OsLifecycle> out) {
        if (c != null) {
            out.add(new OsLifecycle(product, c[0], c[1], d(c[2]), d(c[3]), d(c[4]), d(c[5]),
                    "endoflife.date products/" + product + ".md"));
        }
    }

    private static String value(String s) {
        String v = s.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static LocalDate d(String s) {
        return s == null || !s.matches("\\d{4}-\\d{2}-\\d{2}") ? null : LocalDate.parse(s);
    }

    /** A powered-on 64-bit BIOS VM with an OS disk of 100 GiB, one NIC and the given OS text. */
    public static Server server(String name, String os) {
        Server s = new Server();
        s.name = name;
        s.os = OsNormalizer.normalize(os);
        s.powerState = PowerState.POWERED_ON;
        s.firmware = Firmware.BIOS;
        s.vcpus = 4;
        s.memoryMiB = 16L * 1024;
        s.disks.add(disk("Hard disk 1", 100));
        s.nics.add(new Nic());
        return s;
    }

    public static Disk disk(String label, long gib) {
        Disk d = new Disk();
        d.label = label;
        d.capacityMiB = gib * 1024;
        return d;
    }
}
