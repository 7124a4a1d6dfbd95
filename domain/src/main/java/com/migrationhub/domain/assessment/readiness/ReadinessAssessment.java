package com.migrationhub.domain.assessment.readiness;

import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.model.Server;
import java.util.EnumMap;
import java.util.Map;

/**
 * The readiness problem: can a server move to a cloud as it is (rehost), and what stands in the
 * way. Implementations are immutable and thread-safe; the assessment date is fixed when they are
 * built, never read from the clock.
 */
public interface ReadinessAssessment {

    /** The readiness of one server for one cloud. */
    Readiness assess(Server server, Cloud cloud);

    /** The readiness of one server for each cloud, in the order of {@link Cloud}. */
    default Map<Cloud, Readiness> assessAll(Server server) {
        Map<Cloud, Readiness> all = new EnumMap<>(Cloud.class);
        for (Cloud c : Cloud.values()) {
            all.put(c, assess(server, c));
        }
        return all;
    }
}
