/**
 * The dependency graph: connections resolved to inventory servers (or kept as external
 * endpoints), aggregated into one edge per caller and callee, each edge classified HARD or SOFT
 * with the reason. Built by {@link com.migrationhub.domain.dependency.graph.DependencyGraphBuilder}
 * from {@link com.migrationhub.domain.dependency.graph.DependencyRules} ({@code dependency-rules.tsv}).
 * Used by the move groups ({@code ..groups}) and the wave plan ({@code ..waves}); depends on
 * neither.
 */
package com.migrationhub.domain.dependency.graph;
