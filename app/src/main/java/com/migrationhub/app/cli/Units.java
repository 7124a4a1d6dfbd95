package com.migrationhub.app.cli;

import java.util.Locale;

/** Human-readable sizes from MiB (base 2). */
final class Units {
    private Units() {
    }

    static String mib(long mib) {
        if (mib >= 1024L * 1024 * 10) {
            return String.format(Locale.ROOT, "%.1f TiB", mib / (1024.0 * 1024));
        }
        if (mib >= 1024 * 10) {
            return String.format(Locale.ROOT, "%.1f GiB", mib / 1024.0);
        }
        return String.format(Locale.ROOT, "%,d MiB", mib);
    }

    static String gib(Long mib) {
        return mib == null ? "" : String.format(Locale.ROOT, "%.1f", mib / 1024.0);
    }

    /** A file's size: "812 KB", "3.4 MB" (base 10, as file managers show them). */
    static String bytes(long n) {
        if (n >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
        }
        return String.format(Locale.ROOT, "%,d KB", (n + 999) / 1000);
    }
}
