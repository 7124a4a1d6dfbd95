package com.migrationhub.domain.dependency.waves;

import com.migrationhub.domain.dependency.groups.MoveGroups;
import com.migrationhub.domain.task.ProgressMonitor;

/** Schedules move groups into waves, and checks a plan. */
public interface WavePlanning {

    /**
     * Places every group in exactly one wave.
     *
     * @throws com.migrationhub.domain.task.CancelledException when the monitor is cancelled
     */
    WavePlan plan(MoveGroups groups, WaveOptions options, ProgressMonitor monitor);

    /** Every hard dependency across waves (order violations apart from plain splits) and every capacity overrun. */
    WavePlanValidation validate(WavePlan plan);
}
