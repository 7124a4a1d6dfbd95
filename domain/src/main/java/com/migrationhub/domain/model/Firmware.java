package com.migrationhub.domain.model;

import java.util.Locale;

public enum Firmware {
    BIOS, UEFI, UNKNOWN;

    public static Firmware parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("bios") || t.equals("legacy")) {
            return BIOS;
        }
        if (t.equals("efi") || t.equals("uefi") || t.contains("efi")) {
            return UEFI;
        }
        return UNKNOWN;
    }
}
