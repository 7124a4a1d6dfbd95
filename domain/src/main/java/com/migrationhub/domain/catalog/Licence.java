package com.migrationhub.domain.catalog;

/**
 * A software licence a cloud charges for on top of the bare compute price (which is the Linux
 * price everywhere). SQL Server editions come on top of the operating system's licence.
 */
public enum Licence {
    WINDOWS("windows"),
    RHEL("rhel"),
    SLES("sles"),
    SQL_WEB("sql-web"),
    SQL_STANDARD("sql-standard"),
    SQL_ENTERPRISE("sql-enterprise");

    private final String id;

    Licence(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Licence parse(String text) {
        for (Licence l : values()) {
            if (l.id.equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown licence '" + text + "'");
    }
}
