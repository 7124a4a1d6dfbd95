package com.migrationhub.domain.catalog;

/** A size's processor architecture. */
public enum Arch {
    X86_64("x86_64"),
    ARM64("arm64");

    private final String id;

    Arch(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Arch parse(String text) {
        for (Arch a : values()) {
            if (a.id.equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture '" + text + "': use x86_64 or arm64");
    }
}
