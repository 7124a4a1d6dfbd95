package com.migrationhub.domain.dependency.groups;

/**
 * One hard edge between servers of two different groups.
 *
 * @param edge           the edge's index in the dependency graph
 * @param sourceServerId the caller
 * @param targetServerId the callee
 * @param sourceGroup    the caller's group
 * @param targetGroup    the callee's group
 */
public record GroupLink(int edge, long sourceServerId, long targetServerId, String sourceGroup, String targetGroup) {
}
