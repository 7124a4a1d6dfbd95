package com.migrationhub.domain.model;

public enum ServerKind {
    VIRTUAL, PHYSICAL, CLOUD, UNKNOWN
}
