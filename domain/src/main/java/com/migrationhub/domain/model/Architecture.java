package com.migrationhub.domain.model;

public enum Architecture {
    X86_64, X86, ARM64, UNKNOWN
}
