package com.migrationhub.domain.dependency.groups;

import java.util.Map;
import java.util.TreeMap;

/**
 * Options of the move-group computation.
 *
 * @param maxGroupSize           a set of connected servers larger than this is split by community
 *                               detection (default {@value #DEFAULT_MAX_GROUP_SIZE})
 * @param splitLargeApplications whether a named application larger than that is split too
 *                               (default false: kept whole, with a warning)
 * @param pins                   the user's choices: server id to group name. A pinned server is in
 *                               that group whatever else is computed; a name no application has
 *                               makes a USER group (create, split, rename), an application's name
 *                               adds to it (merge). Names compare case-insensitively.
 */
public record GroupingOptions(int maxGroupSize, boolean splitLargeApplications, Map<Long, String> pins) {
    public static final int DEFAULT_MAX_GROUP_SIZE = 50;
    public static final GroupingOptions DEFAULTS = new GroupingOptions(DEFAULT_MAX_GROUP_SIZE, false, Map.of());

    public GroupingOptions {
        if (maxGroupSize < 2) {
            throw new IllegalArgumentException("the largest group size must be at least 2, not " + maxGroupSize);
        }
        pins = pins == null ? Map.of() : new TreeMap<>(pins);
    }

    public GroupingOptions withPins(Map<Long, String> p) {
        return new GroupingOptions(maxGroupSize, splitLargeApplications, p);
    }

    public GroupingOptions withMaxGroupSize(int max) {
        return new GroupingOptions(max, splitLargeApplications, pins);
    }

    public GroupingOptions withSplitLargeApplications(boolean split) {
        return new GroupingOptions(maxGroupSize, split, pins);
    }
}
