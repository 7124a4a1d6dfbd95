package com.migrationhub.reports.pdf;

import java.awt.Color;
import java.util.List;

/**
 * The report's colours. Every series palette steps through lightness, not only hue, so a chart
 * printed in greyscale still tells its series apart; a cloud keeps its colour in every chart.
 */
final class Palette {
    static final Color INK = new Color(0x1F, 0x26, 0x33);
    static final Color MUTED = new Color(0x5E, 0x67, 0x75);
    static final Color NAVY = new Color(0x15, 0x33, 0x5A);
    static final Color ACCENT = new Color(0x2B, 0x7B, 0xB9);
    static final Color RULE = new Color(0xD5, 0xDB, 0xE3);
    static final Color ZEBRA = new Color(0xF3, 0xF5, 0xF8);
    static final Color TINT = new Color(0xE6, 0xEE, 0xF7);
    static final Color WHITE = Color.WHITE;
    static final Color WARN = new Color(0x9C, 0x3D, 0x12);

    /** AWS, Azure, Google Cloud: dark, middle and light blue (CIE L* about 22, 52 and 78). */
    static final Color AWS = new Color(0x15, 0x33, 0x5A);
    static final Color AZURE = new Color(0x3A, 0x7F, 0xC1);
    static final Color GCP = new Color(0x9F, 0xC8, 0xEA);
    static final Color OTHER_CLOUD = new Color(0x8A, 0x94, 0xA3);
    /** Staying on premises: warm orange, drawn dashed. */
    static final Color ON_PREMISES = new Color(0xD9, 0x82, 0x2B);

    /** Not ready, ready, with conditions, unknown: L* about 25, 45, 68 and 88. */
    static final Color NOT_READY = new Color(0x7E, 0x1F, 0x23);
    static final Color READY = new Color(0x2E, 0x7A, 0x55);
    static final Color CONDITIONS = new Color(0xCB, 0xA3, 0x2C);
    static final Color UNKNOWN = new Color(0xDA, 0xDE, 0xE4);

    /** Low to critical, light to dark. */
    static final List<Color> RISK = List.of(new Color(0xF2, 0xE2, 0xBF), new Color(0xE5, 0xA9, 0x4A),
            new Color(0xC2, 0x5B, 0x2A), new Color(0x7E, 0x1F, 0x23));

    private Palette() {
    }

    static Color cloud(String cloud) {
        return switch (cloud) {
            case "aws" -> AWS;
            case "azure" -> AZURE;
            case "gcp" -> GCP;
            default -> OTHER_CLOUD;
        };
    }

    static Color readiness(String readiness) {
        return switch (readiness) {
            case "READY" -> READY;
            case "READY_WITH_CONDITIONS" -> CONDITIONS;
            case "NOT_READY" -> NOT_READY;
            default -> UNKNOWN;
        };
    }

    static Color risk(String level) {
        return switch (level) {
            case "LOW" -> RISK.get(0);
            case "MEDIUM" -> RISK.get(1);
            case "HIGH" -> RISK.get(2);
            case "CRITICAL" -> RISK.get(3);
            default -> UNKNOWN;
        };
    }

    /** A shade of the heat map: white at 0, the darkest risk colour at {@code share} 1. */
    static Color heat(double share) {
        double s = Math.max(0, Math.min(1, share));
        Color to = new Color(0xB0, 0x45, 0x25);
        return new Color(mix(255, to.getRed(), s), mix(255, to.getGreen(), s), mix(255, to.getBlue(), s));
    }

    private static int mix(int from, int to, double s) {
        return (int) Math.round(from + (to - from) * s);
    }

    /** White or ink, whichever reads on {@code background}. */
    static Color textOn(Color background) {
        return lightness(background) < 58 ? WHITE : INK;
    }

    /** CIE L* (0 black to 100 white) of an sRGB colour: what a greyscale print keeps. */
    static double lightness(Color c) {
        double y = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389.0 / 27;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
