/**
 * The dependency graph as other tools read it: a neutral model of nodes and edges with typed
 * attributes ({@link com.migrationhub.domain.dependency.export.ExportGraph}) and the port its
 * writers (GraphML, DOT, CSV, in {@code connectors}) implement.
 */
package com.migrationhub.domain.dependency.export;
