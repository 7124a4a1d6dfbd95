package com.migrationhub.samples;

/**
 * What a server does for its application; it drives the name (…SQL0042), the size, the number of
 * disks and the load.
 */
enum Role {
    WEB, APP, DATABASE, INFRASTRUCTURE;

    /** The role an application's role code ("DB", "WEB", "DC"…) stands for. */
    static Role of(String roleCode) {
        return switch (roleCode) {
            case "DB" -> DATABASE;
            case "WEB" -> WEB;
            case "DC", "FS", "PRX" -> INFRASTRUCTURE;
            default -> APP;
        };
    }
}
