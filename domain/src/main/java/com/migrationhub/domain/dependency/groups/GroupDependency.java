package com.migrationhub.domain.dependency.groups;

/**
 * A group's hard dependency on another: servers of {@code consumer} call servers of
 * {@code provider} over hard edges.
 *
 * @param consumer the calling group's name
 * @param provider the called group's name
 * @param edges    how many hard server-to-server edges go from one to the other
 */
public record GroupDependency(String consumer, String provider, int edges) {
}
