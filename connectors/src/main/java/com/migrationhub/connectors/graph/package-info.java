/**
 * Exports of the dependency map for other tools: a neutral {@link
 * com.migrationhub.connectors.graph.ExportGraph} (nodes and edges with typed attributes and
 * optional positions) and writers that stream it as GraphML (yEd, Gephi, Cytoscape), Graphviz DOT
 * and a spreadsheet-safe CSV edge list.
 */
package com.migrationhub.connectors.graph;

import com.migrationhub.domain.dependency.export.ExportGraph;
