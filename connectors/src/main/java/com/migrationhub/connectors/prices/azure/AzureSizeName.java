package com.migrationhub.connectors.prices.azure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an Azure VM size name says by Azure's naming convention
 * ({@code [Standard_]<family letters><vCPUs>[-<active vCPUs>]<additive letters>[_<accelerator>][_v<version>]}):
 * the family as Azure writes it (Dsv5, Easv5, NCadsA100v4), the category, and whether the size
 * belongs to a previous generation.
 */
record AzureSizeName(String name, String prefix, String additive, String extras, int version, boolean promo,
        boolean basic) {

    private static final Pattern FIRST = Pattern.compile("([A-Z]+)(\\d+)(?:-\\d+)?([a-z]*)(.*)");
    private static final Pattern VERSION = Pattern.compile("[vV](\\d+)");

    /** Parses a size name; a name outside the convention keeps its whole text as the family. */
    static AzureSizeName parse(String name) {
        boolean basic = name.startsWith("Basic_");
        String core = name.replaceFirst("^(Standard|Basic)_", "");
        boolean promo = core.endsWith("_Promo");
        if (promo) {
            core = core.substring(0, core.length() - "_Promo".length());
        }
        String[] tokens = core.split("_");
        Matcher m = FIRST.matcher(tokens[0]);
        if (!m.matches()) {
            return new AzureSizeName(name, core, "", "", 0, promo, basic);
        }
        StringBuilder extras = new StringBuilder(m.group(4));
        int version = 0;
        for (int i = 1; i < tokens.length; i++) {
            Matcher v = VERSION.matcher(tokens[i]);
            if (i == tokens.length - 1 && v.matches()) {
                version = Integer.parseInt(v.group(1));
            } else if (!tokens[i].chars().allMatch(Character::isDigit)) {
                // accelerator or variant (A100, T4, cc, xl); a bare number is a memory variant (M416s_8_v2)
                extras.append(tokens[i]);
            }
        }
        return new AzureSizeName(name, m.group(1), m.group(3), extras.toString(), version, promo, basic);
    }

    /** The family as Azure writes it: Dsv5 for Standard_D4s_v5, Easv5 for Standard_E4-2as_v5. */
    String family() {
        return prefix + additive + extras + (version > 0 ? "v" + version : "");
    }

    boolean burstable() {
        return prefix.equals("B");
    }

    /** The category Azure's size documentation files the size under. */
    String category() {
        if (basic || prefix.equals("A") || prefix.equals("D") || prefix.equals("DS") || prefix.equals("DC")) {
            return "general purpose";
        }
        if (prefix.equals("B")) {
            return "burstable";
        }
        if (prefix.equals("F") || prefix.equals("FX")) {
            return "compute optimized";
        }
        if (prefix.startsWith("E") || prefix.startsWith("M") || prefix.startsWith("G")) {
            return "memory optimized";
        }
        if (prefix.startsWith("L")) {
            return "storage optimized";
        }
        if (prefix.startsWith("N")) {
            return "GPU";
        }
        if (prefix.startsWith("H")) {
            return "high performance compute";
        }
        return "general purpose";
    }

    /**
     * False for promotional and Basic sizes and for the series Microsoft has retired or announced
     * for retirement: A v1, Av2/Amv2, B v1, D/DS v1 and v2, F/Fs v1 and Fsv2, G/GS, Ls/Lsv2, H v1,
     * HB v1, HC, NC v1 to v3 (without an accelerator suffix), ND v1, NDs v2, NV v1 to v3. Dv3/Ev3
     * and later stay current.
     */
    boolean current() {
        if (promo || basic) {
            return false;
        }
        boolean plain = extras.isEmpty();
        return switch (prefix) {
            case "A", "D", "DS", "F", "L" -> version > 2;
            case "B", "H" -> version > 0;
            case "G", "GS", "HC" -> false;
            case "HB" -> version > 1;
            case "NC" -> !(plain && version <= 3);
            case "ND" -> !(plain && version <= 2);
            case "NV" -> !(plain && version <= 3);
            default -> true;
        };
    }

    /** The name reduced for matching meter names: no prefix, no blanks, no underscores, lower case. */
    static String matchKey(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replaceFirst("^(standard|basic)_", "");
        return t.replace("_", "").replace(" ", "");
    }
}
