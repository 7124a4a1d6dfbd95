package com.migrationhub.domain.inventory;

import com.migrationhub.domain.model.Architecture;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.OsFamily;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the operating-system text that inventory tools write ("Microsoft Windows Server 2019
 * (64-bit)", "Red Hat Enterprise Linux 8 (64-bit)", "CentOS 4/5 or later (64-bit)",
 * "ubuntu64Guest", "Ubuntu 22.04.3 LTS") into family, distribution, version and architecture.
 * The raw text is always kept; what is not recognized stays unknown rather than guessed.
 */
public final class OsNormalizer {

    private static final Pattern WIN_SERVER = Pattern.compile(
            "windows\\s*(?:server\\s*)?(?:\\(r\\)\\s*)?(\\d{4})(?:\\s*r2)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIN_SERVER_GUESTID = Pattern.compile(
            "windows(\\d{4})srv(?:_?next)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WIN_CLIENT = Pattern.compile(
            "windows\\s*(xp|vista|7|8\\.1|8|10|11)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("(\\d+(?:\\.\\d+)?)");

    private static final String[][] LINUX_DISTRIBUTIONS = {
        // match text (lower case), distribution name
        {"red hat enterprise linux", "Red Hat Enterprise Linux"},
        {"rhel", "Red Hat Enterprise Linux"},
        {"centos", "CentOS"},
        {"rocky", "Rocky Linux"},
        {"almalinux", "AlmaLinux"},
        {"oracle linux", "Oracle Linux"},
        {"oracle", "Oracle Linux"},
        {"suse linux enterprise", "SUSE Linux Enterprise Server"},
        {"sles", "SUSE Linux Enterprise Server"},
        {"opensuse", "openSUSE"},
        {"suse", "SUSE Linux Enterprise Server"},
        {"ubuntu", "Ubuntu"},
        {"debian", "Debian"},
        {"amazon linux", "Amazon Linux"},
        {"photon", "VMware Photon OS"},
        {"fedora", "Fedora"},
        {"coreos", "CoreOS"},
        {"other linux", "Other Linux"},
        {"other 2.6.x linux", "Other Linux"},
        {"other 3.x linux", "Other Linux"},
        {"other 4.x", "Other Linux"},
        {"linux", "Other Linux"},
    };

    private OsNormalizer() {
    }

    public static OperatingSystem normalize(String raw) {
        return normalize(raw, null);
    }

    /**
     * @param architectureHint an architecture column where the source has one ("x64", "64-bit",
     *                         "arm64"); may be null
     */
    public static OperatingSystem normalize(String raw, String architectureHint) {
        if (raw == null || raw.isBlank()) {
            return new OperatingSystem(raw == null || raw.isBlank() ? null : raw, OsFamily.UNKNOWN, null, null,
                    architecture(architectureHint, ""));
        }
        String text = raw.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        Architecture arch = architecture(architectureHint, lower);

        if (lower.contains("windows") || lower.startsWith("win")) {
            Matcher m = WIN_SERVER.matcher(text);
            if (m.find() && (lower.contains("server") || isServerYear(m.group(1)))) {
                String version = m.group(1);
                if (lower.contains(version + " r2") || lower.contains(version + "r2")) {
                    version = version + " R2";
                }
                return new OperatingSystem(text, OsFamily.WINDOWS, "Windows Server", version, arch);
            }
            Matcher g = WIN_SERVER_GUESTID.matcher(text);
            if (g.find()) {
                return new OperatingSystem(text, OsFamily.WINDOWS, "Windows Server", g.group(1), arch);
            }
            Matcher c = WIN_CLIENT.matcher(text);
            if (c.find()) {
                return new OperatingSystem(text, OsFamily.WINDOWS, "Windows", c.group(1).toUpperCase(Locale.ROOT), arch);
            }
            if (lower.contains("server")) {
                return new OperatingSystem(text, OsFamily.WINDOWS, "Windows Server", null, arch);
            }
            return new OperatingSystem(text, OsFamily.WINDOWS, "Windows", null, arch);
        }
        if (lower.contains("solaris")) {
            return new OperatingSystem(text, OsFamily.UNIX, "Oracle Solaris", linuxVersion(lower, "solaris"), arch);
        }
        if (lower.contains("freebsd")) {
            return new OperatingSystem(text, OsFamily.UNIX, "FreeBSD", linuxVersion(lower, "freebsd"), arch);
        }
        if (lower.contains("aix")) {
            return new OperatingSystem(text, OsFamily.UNIX, "IBM AIX", linuxVersion(lower, "aix"), arch);
        }
        if (lower.contains("hp-ux") || lower.contains("hpux")) {
            return new OperatingSystem(text, OsFamily.UNIX, "HP-UX", null, arch);
        }
        for (String[] d : LINUX_DISTRIBUTIONS) {
            if (lower.contains(d[0])) {
                String version = d[1].startsWith("Other") ? null : linuxVersion(lower, d[0]);
                return new OperatingSystem(text, OsFamily.LINUX, d[1], version, arch);
            }
        }
        if (lower.contains("rhel") || lower.contains("redhat")) {
            return new OperatingSystem(text, OsFamily.LINUX, "Red Hat Enterprise Linux", linuxVersion(lower, "rhel"), arch);
        }
        if (lower.contains("esx") || lower.contains("vmware") || lower.contains("netware") || lower.contains("dos")
                || lower.startsWith("other")) {
            return new OperatingSystem(text, OsFamily.OTHER, null, null, arch);
        }
        return new OperatingSystem(text, OsFamily.UNKNOWN, null, null, arch);
    }

    private static boolean isServerYear(String year) {
        return year.equals("2003") || year.equals("2008") || year.equals("2012") || year.equals("2016")
                || year.equals("2019") || year.equals("2022") || year.equals("2025");
    }

    /** The first version number after the distribution's name, without the architecture's "64". */
    private static String linuxVersion(String lower, String name) {
        int at = lower.indexOf(name);
        String rest = at < 0 ? lower : lower.substring(at + name.length());
        rest = rest.replaceAll("\\(?(32|64)-bit\\)?", " ").replace("x86_64", " ").replace("x64", " ")
                .replaceAll("(?<![\\d.])64guest", " ").replace("4/5/6", " ").replace("4/5", " ")
                .replace("or later", " ");
        Matcher m = VERSION.matcher(rest);
        if (!m.find()) {
            return null;
        }
        String v = m.group(1);
        if (v.equals("64") || v.equals("32")) {
            return null;
        }
        return v;
    }

    private static Architecture architecture(String hint, String lower) {
        String h = hint == null ? "" : hint.toLowerCase(Locale.ROOT);
        String all = h + " " + lower;
        if (all.contains("arm64") || all.contains("aarch64") || all.contains("arm 64")) {
            return Architecture.ARM64;
        }
        if (all.contains("64-bit") || all.contains("64 bit") || all.contains("x64") || all.contains("x86_64")
                || all.contains("amd64") || all.contains("64guest") || h.equals("64") || h.contains("64")) {
            return Architecture.X86_64;
        }
        if (all.contains("32-bit") || all.contains("32 bit") || all.contains("x86") || h.equals("32")
                || all.contains("i386") || all.contains("i686")) {
            return Architecture.X86;
        }
        return Architecture.UNKNOWN;
    }
}
