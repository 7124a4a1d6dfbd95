package com.migrationhub.domain.model;

public enum OsFamily {
    WINDOWS, LINUX, UNIX, OTHER, UNKNOWN
}
