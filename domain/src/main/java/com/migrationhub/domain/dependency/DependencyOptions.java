package com.migrationhub.domain.dependency;

/**
 * Options of a dependency import.
 *
 * @param captureHost for a socket capture ({@code ss}, {@code netstat}): the name of the server
 *                    it was taken on; null to take it from the file (a header line, or the file
 *                    name up to its first dot: {@code app01.ss.txt} was taken on {@code app01})
 */
public record DependencyOptions(String captureHost) {
    public static final DependencyOptions NONE = new DependencyOptions(null);
}
