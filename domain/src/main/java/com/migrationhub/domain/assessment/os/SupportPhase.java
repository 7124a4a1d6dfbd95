package com.migrationhub.domain.assessment.os;

/** Where an operating-system release stands on a given date. */
public enum SupportPhase {
    /** Before the end of mainstream / active support (or no such date is published). */
    ACTIVE,
    /** Past mainstream support, before end of life: security fixes still come (Windows "extended support"). */
    MAINTENANCE,
    /** Past end of life, within paid or limited extended support (ESU, ELS, LTSS, ESM). */
    EXTENDED,
    /** Past end of life and of any extended support. */
    ENDED,
    /** The OS, its version or its lifecycle dates are not known. */
    UNKNOWN
}
