package com.migrationhub.domain.assessment.cost;

/** The lines of a server's monthly cost. */
public enum CostKind {
    COMPUTE("compute"),
    OS_LICENCE("operating-system licence"),
    SQL_LICENCE("SQL Server licence"),
    STORAGE("storage"),
    NETWORK("network");

    private final String label;

    CostKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
