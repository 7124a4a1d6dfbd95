package com.migrationhub.domain.assessment.risk;

/** The factors a migration risk score adds up; their weights come from {@link RiskWeights}. */
public enum RiskFactor {
    OS_OUT_OF_SUPPORT("os-out-of-support"),
    OS_EXTENDED_SUPPORT_ONLY("os-extended-support-only"),
    OS_EOL_WITHIN_12_MONTHS("os-eol-within-12-months"),
    OS_UNKNOWN("os-unknown"),
    READINESS_CONDITIONS("readiness-conditions"),
    NOT_READY("not-ready"),
    SIZE_EXTREME("size-extreme"),
    NO_UTILIZATION_DATA("no-utilization-data"),
    PARTIAL_UTILIZATION_DATA("partial-utilization-data"),
    MANY_DEPENDENCIES("many-dependencies"),
    SENSITIVE_DATA("sensitive-data"),
    PRODUCTION("production"),
    BUSINESS_CRITICAL("business-critical");

    private final String id;

    RiskFactor(String id) {
        this.id = id;
    }

    /** The name used in the weights file and in overrides. */
    public String id() {
        return id;
    }

    public static RiskFactor byId(String id) {
        for (RiskFactor f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        return null;
    }
}
