/**
 * Wave planning: move groups scheduled into dated waves in dependency order, within capacity,
 * around blackouts, with an optional pilot wave and the user's pins
 * ({@link com.migrationhub.domain.dependency.waves.GreedyWavePlanning}); and the validation of a
 * plan (dependencies across waves, order violations, capacity overruns). Depends on
 * {@code ..groups} and {@code ..graph}.
 */
package com.migrationhub.domain.dependency.waves;
