/**
 * Dependencies: the connections seen between servers, the dependency graph built from them (hard
 * and soft dependencies), the move groups of servers that must migrate together, and the wave
 * plan that schedules those groups. Importers of dependency data implement
 * {@link com.migrationhub.domain.dependency.DependencyImporter} in {@code connectors}.
 */
package com.migrationhub.domain.dependency;
