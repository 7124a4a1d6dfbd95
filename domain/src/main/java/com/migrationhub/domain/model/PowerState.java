package com.migrationhub.domain.model;

import java.util.Locale;

public enum PowerState {
    POWERED_ON, POWERED_OFF, SUSPENDED, UNKNOWN;

    /** Reads the spellings the supported tools use ("poweredOn", "Running", "off", ...). */
    public static PowerState parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        switch (t) {
            case "poweredon": case "on": case "running": case "active": case "up": case "true":
                return POWERED_ON;
            case "poweredoff": case "off": case "stopped": case "deallocated": case "terminated":
            case "false": case "down":
                return POWERED_OFF;
            case "suspended": case "paused":
                return SUSPENDED;
            default:
                return UNKNOWN;
        }
    }
}
