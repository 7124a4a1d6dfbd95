package com.migrationhub.domain.assessment.risk;

import com.migrationhub.domain.assessment.Environment;
import com.migrationhub.domain.assessment.Figures;
import com.migrationhub.domain.assessment.ServerTraits;
import com.migrationhub.domain.assessment.os.OsLifecycleMatcher;
import com.migrationhub.domain.assessment.os.OsProducts;
import com.migrationhub.domain.assessment.os.OsSupport;
import com.migrationhub.domain.assessment.readiness.Readiness;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.catalog.OsLifecycle;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Migration risk as a weighted sum: each {@link RiskFactor} present adds its weight
 * ({@link RiskWeights}), the score is the sum capped at 100, and the level is the score's band
 * ({@link Risk.Level}). Factors:
 * <ul>
 * <li>OS lifecycle on the assessment date: out of support, extended support only, support (or
 * extended support) ending within {@link RiskThresholds#eolWarningMonths()} months, OS not
 * recognized;</li>
 * <li>readiness: of the readiness results given (one per cloud in scope), the best counts:
 * ready with conditions, or not ready anywhere;</li>
 * <li>size: vCPUs, memory or total disk at or above the thresholds;</li>
 * <li>utilization: none (no CPU or memory figure), or partial (one of them missing, or a window
 * shorter than the minimum);</li>
 * <li>inputs not in the inventory: dependency count, sensitive data;</li>
 * <li>production environment, business critical (the consultant's say, else the tags).</li>
 * </ul>
 * Out of support and extended support only exclude each other, as do ready with conditions and
 * not ready; an out-of-support OS on a server that is not ready for that reason counts under both,
 * since they are two risks (no fixes; no move as is).
 *
 * <p>Cost: O(disks + tags + utilization rows) per server, a cached OS lookup; texts are built only
 * for the factors present. Immutable and thread-safe.
 */
public final class WeightedRiskScoring implements RiskScoring {
    private final RiskWeights weights;
    private final OsLifecycleMatcher lifecycles;
    private final LocalDate assessmentDate;
    private final RiskThresholds thresholds;

    public WeightedRiskScoring(RiskWeights weights, OsLifecycleMatcher lifecycles, LocalDate assessmentDate,
            RiskThresholds thresholds) {
        this.weights = Objects.requireNonNull(weights);
        this.lifecycles = Objects.requireNonNull(lifecycles);
        this.assessmentDate = Objects.requireNonNull(assessmentDate, "the assessment date");
        this.thresholds = Objects.requireNonNull(thresholds);
    }

    /**
     * With the shipped weights (and a project's overrides, by factor id), the shipped OS products,
     * the catalog's lifecycle rows and the default thresholds.
     */
    public static WeightedRiskScoring shipped(Collection<OsLifecycle> lifecycleRows, LocalDate assessmentDate,
            Map<String, Integer> weightOverrides) {
        return new WeightedRiskScoring(RiskWeights.readShipped().withOverrides(weightOverrides),
                new OsLifecycleMatcher(OsProducts.readShipped(), lifecycleRows), assessmentDate, RiskThresholds.DEFAULTS);
    }

    public RiskWeights weights() {
        return weights;
    }

    @Override
    public Risk score(Server server, RiskInputs inputs) {
        List<Risk.Factor> present = new ArrayList<>(4);
        OsSupport os = lifecycles.support(server.os, assessmentDate);
        if (!os.recognized()) {
            add(present, RiskFactor.OS_UNKNOWN, os::describe);
        } else if (os.outOfSupport()) {
            add(present, RiskFactor.OS_OUT_OF_SUPPORT, os::describe);
        } else if (os.extendedOnly()) {
            add(present, RiskFactor.OS_EXTENDED_SUPPORT_ONLY, os::describe);
        }
        LocalDate end = os.nextEnd();
        if (end != null && !end.isAfter(assessmentDate.plusMonths(thresholds.eolWarningMonths()))) {
            add(present, RiskFactor.OS_EOL_WITHIN_12_MONTHS, () -> os.label() + (os.extendedOnly()
                    ? ": extended support ends on " : ": support ends on ") + end + ", within "
                    + thresholds.eolWarningMonths() + " months of " + assessmentDate);
        }
        readiness(inputs.readiness(), present);
        size(server, present);
        utilization(server, present);
        if (inputs.dependencyCount() != null && inputs.dependencyCount() >= thresholds.manyDependencies()) {
            add(present, RiskFactor.MANY_DEPENDENCIES, () -> inputs.dependencyCount() + " dependencies (from "
                    + thresholds.manyDependencies() + " on)");
        }
        if (Boolean.TRUE.equals(inputs.sensitiveData())) {
            add(present, RiskFactor.SENSITIVE_DATA, () -> "marked as holding sensitive data");
        }
        if (ServerTraits.environment(server) == Environment.PROD) {
            add(present, RiskFactor.PRODUCTION, () -> "serves production"
                    + (Environment.parse(server.environment) == Environment.PROD
                    ? " (environment \"" + server.environment + "\")" : " (environment tag)"));
        }
        if (inputs.businessCritical() != null) {
            if (inputs.businessCritical()) {
                add(present, RiskFactor.BUSINESS_CRITICAL, () -> "marked business critical by the consultant");
            }
        } else {
            String evidence = ServerTraits.businessCriticalEvidence(server);
            if (evidence != null) {
                add(present, RiskFactor.BUSINESS_CRITICAL, () -> "business critical: " + evidence);
            }
        }
        present.sort((a, b) -> a.factor().compareTo(b.factor()));
        int total = 0;
        for (Risk.Factor f : present) {
            total += f.points();
        }
        int score = Math.min(100, total);
        return new Risk(score, total, Risk.Level.of(score), present);
    }

    private void add(List<Risk.Factor> present, RiskFactor factor, java.util.function.Supplier<String> text) {
        int w = weights.weight(factor);
        if (w > 0) {
            present.add(new Risk.Factor(factor, w, w, text.get()));
        }
    }

    private void readiness(Map<Cloud, Readiness> all, List<Risk.Factor> present) {
        Cloud best = null;
        Readiness bestReadiness = null;
        for (Map.Entry<Cloud, Readiness> e : all.entrySet()) {
            if (bestReadiness == null || rank(e.getValue().status()) < rank(bestReadiness.status())) {
                best = e.getKey();
                bestReadiness = e.getValue();
            }
        }
        if (bestReadiness == null) {
            return;
        }
        Cloud cloud = best;
        Readiness r = bestReadiness;
        if (r.status() == Readiness.Status.NOT_READY) {
            add(present, RiskFactor.NOT_READY, () -> {
                List<Readiness.Reason> blockers = r.blockers();
                return "not ready for " + clouds(all.keySet()) + "; on " + cloud.label() + ": " + blockers.get(0).text()
                        + (blockers.size() > 1 ? " (and " + (blockers.size() - 1) + " more)" : "");
            });
        } else if (r.status() == Readiness.Status.READY_WITH_CONDITIONS) {
            add(present, RiskFactor.READINESS_CONDITIONS, () -> {
                List<Readiness.Reason> conditions = r.conditions();
                return "at best ready with conditions (" + cloud.label() + "): " + conditions.get(0).text()
                        + (conditions.size() > 1 ? " (and " + (conditions.size() - 1) + " more)" : "");
            });
        }
    }

    /** Lower is better: ready, with conditions, unknown, not ready. */
    private static int rank(Readiness.Status s) {
        return switch (s) {
            case READY -> 0;
            case READY_WITH_CONDITIONS -> 1;
            case UNKNOWN -> 2;
            case NOT_READY -> 3;
        };
    }

    private static String clouds(Collection<Cloud> clouds) {
        StringBuilder b = new StringBuilder();
        for (Cloud c : clouds) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(c.label());
        }
        return b.toString();
    }

    private void size(Server server, List<Risk.Factor> present) {
        long storageMiB = 0;
        for (Disk d : server.disks) {
            if (d.capacityMiB != null) {
                storageMiB += d.capacityMiB;
            }
        }
        if (storageMiB == 0 && server.provisionedMiB != null) {
            storageMiB = server.provisionedMiB;
        }
        boolean cpu = server.vcpus != null && server.vcpus >= thresholds.extremeVcpus();
        boolean memory = server.memoryMiB != null && server.memoryMiB >= thresholds.extremeMemoryGiB() * 1024;
        boolean storage = storageMiB >= thresholds.extremeStorageGiB() * 1024;
        if (cpu || memory || storage) {
            long disk = storageMiB;
            add(present, RiskFactor.SIZE_EXTREME, () -> {
                List<String> parts = new ArrayList<>(3);
                if (cpu) {
                    parts.add(server.vcpus + " vCPUs (from " + thresholds.extremeVcpus() + " on)");
                }
                if (memory) {
                    parts.add(Figures.mib(server.memoryMiB) + " memory (from " + Figures.gib(thresholds.extremeMemoryGiB())
                            + " on)");
                }
                if (storage) {
                    parts.add(Figures.mib(disk) + " of disks (from " + Figures.gib(thresholds.extremeStorageGiB()) + " on)");
                }
                return String.join(", ", parts);
            });
        }
    }

    private void utilization(Server server, List<Risk.Factor> present) {
        UtilizationStat cpu = ServerTraits.stat(server, Metric.CPU_PERCENT);
        UtilizationStat memory = ServerTraits.stat(server, Metric.MEMORY_PERCENT);
        if (memory == null) {
            memory = ServerTraits.stat(server, Metric.MEMORY_USED_MIB);
        }
        boolean hasCpu = ServerTraits.typical(cpu) != null;
        boolean hasMemory = ServerTraits.typical(memory) != null;
        if (!hasCpu && !hasMemory) {
            add(present, RiskFactor.NO_UTILIZATION_DATA, () -> "no CPU or memory utilization: sizing falls back to the allocation");
            return;
        }
        String missing = !hasCpu ? "no CPU utilization" : !hasMemory ? "no memory utilization" : null;
        UtilizationStat windowed = hasCpu ? cpu : memory;
        long days = -1;
        if (windowed.windowStart() != null && windowed.windowEnd() != null) {
            days = Duration.between(windowed.windowStart(), windowed.windowEnd()).toDays();
        }
        boolean shortWindow = days >= 0 && days < thresholds.minUtilizationDays();
        if (missing != null || shortWindow) {
            long d = days;
            add(present, RiskFactor.PARTIAL_UTILIZATION_DATA, () -> {
                String window = shortWindow ? "measured over " + d + (d == 1 ? " day" : " days") + ", less than "
                        + thresholds.minUtilizationDays() : null;
                return missing == null ? window : window == null ? missing : missing + "; " + window;
            });
        }
    }
}
