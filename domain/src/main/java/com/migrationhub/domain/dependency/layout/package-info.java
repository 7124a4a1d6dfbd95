/**
 * Layout of the dependency map: seeded, deterministic placement of servers in the plane so that
 * move groups stay visually together. The engines are plain Java (no JavaFX), take a
 * {@link com.migrationhub.domain.task.ProgressMonitor} and return immutable results; the workbench
 * runs them as background tasks and draws the result on a canvas.
 */
package com.migrationhub.domain.dependency.layout;
