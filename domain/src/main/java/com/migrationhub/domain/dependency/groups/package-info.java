/**
 * Move groups: the servers that must migrate together, computed from the applications the
 * inventory names and the hard edges of the dependency graph
 * ({@link com.migrationhub.domain.dependency.groups.SeededLabelPropagationGrouping}), with the
 * user's pins applied first. Depends on {@code ..graph}; the wave plan ({@code ..waves}) depends
 * on this package.
 */
package com.migrationhub.domain.dependency.groups;
