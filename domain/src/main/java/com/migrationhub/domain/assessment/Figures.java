package com.migrationhub.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Figures as the assessment texts show them: sizes in GiB with thousands separators and, from one
 * TiB up, the TiB figure too ("40,960 GiB (40 TiB)"); never rounded in a way that hides a limit
 * being crossed (a figure is shown to one decimal where it is not whole).
 */
public final class Figures {
    private Figures() {
    }

    /** A size given in MiB: "512 GiB", "40,960 GiB (40 TiB)", "1,536.5 GiB (1.5 TiB)". */
    public static String mib(long mib) {
        String gib;
        if (mib % 1024 == 0) {
            gib = grouped(mib / 1024);
        } else {
            long tenths = (mib * 10 + 512) / 1024;
            gib = grouped(tenths / 10) + "." + tenths % 10;
        }
        return mib >= 1024L * 1024 ? gib + " GiB (" + tib(mib) + " TiB)" : gib + " GiB";
    }

    /** A size given in GiB: "32,767 GiB", shown the same way as {@link #mib(long)}. */
    public static String gib(long gib) {
        return mib(gib * 1024);
    }

    /** A whole number with thousands separators: 12,345. */
    public static String grouped(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder b = new StringBuilder(digits.length() + 4);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return n < 0 ? "-" + b : b.toString();
    }

    /** A decimal with at most the given digits after the point, trailing zeros dropped: 0.8, 12, 1.25. */
    public static String decimal(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** TiB to at most two decimals, trailing zeros dropped. */
    private static String tib(long mib) {
        long hundredths = (mib * 100 + 512 * 1024) / (1024L * 1024);
        long whole = hundredths / 100;
        int frac = (int) (hundredths % 100);
        if (frac == 0) {
            return Long.toString(whole);
        }
        return frac % 10 == 0 ? whole + "." + frac / 10 : whole + "." + (frac < 10 ? "0" : "") + frac;
    }
}
