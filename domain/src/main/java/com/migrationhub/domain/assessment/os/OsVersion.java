package com.migrationhub.domain.assessment.os;

/**
 * Operating-system versions compared by their numbers: "2008 R2" reads as 2008.2, "7.9" as 7.9,
 * "22.04" as 22.4, so 2008 &lt; 2008 R2 &lt; 2012 and 6.10 &lt; 7. Text without digits has no parts.
 */
public final class OsVersion {
    private OsVersion() {
    }

    /** The digit groups of a version, in order; empty for null or text without digits. */
    public static int[] parts(String version) {
        if (version == null) {
            return new int[0];
        }
        int[] out = new int[4];
        int n = 0;
        int value = -1;
        for (int i = 0; i <= version.length(); i++) {
            char c = i < version.length() ? version.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 1_000_000) {
                    value = 1_000_000;
                }
            } else if (value >= 0) {
                if (n == out.length) {
                    int[] bigger = new int[n * 2];
                    System.arraycopy(out, 0, bigger, 0, n);
                    out = bigger;
                }
                out[n++] = value;
                value = -1;
            }
        }
        int[] result = new int[n];
        System.arraycopy(out, 0, result, 0, n);
        return result;
    }

    /** Compares part by part; when one is a prefix of the other, the shorter is the lower (2008 &lt; 2008 R2). */
    public static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
