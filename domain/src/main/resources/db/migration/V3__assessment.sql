-- Schema 3: assessments. A scenario is a named set of assumptions and its results, one row per
-- server, cloud and region; re-running a scenario replaces its rows in one transaction.
-- Money is in nano-dollars (BIGINT): exact, and the same bits on every run.

CREATE TABLE scenario (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    assumptions   CLOB NOT NULL,            -- key=value lines, sorted: every setting the run used
    catalog       CLOB NOT NULL,            -- the catalog's sources and data dates the run priced with
    assessed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    servers       INT NOT NULL,
    CONSTRAINT uq_scenario_name UNIQUE (name)
);

CREATE TABLE scenario_result (
    scenario_id      BIGINT NOT NULL,
    server_id        BIGINT NOT NULL,
    server_name      VARCHAR(1000),
    cloud            VARCHAR(8) NOT NULL,
    region           VARCHAR(40) NOT NULL,
    readiness        VARCHAR(24) NOT NULL,
    readiness_reasons CLOB,                 -- one reason a line: code, tab, text
    strategy         VARCHAR(16) NOT NULL,
    strategy_rule    VARCHAR(100),
    strategy_suggested VARCHAR(16),         -- the rules' own decision when the consultant overrode it
    rationale        VARCHAR(4000),
    strategy_targets VARCHAR(1000),
    size             VARCHAR(100),
    vcpus            INT,
    memory_mib       BIGINT,
    sizing_basis     VARCHAR(32),
    stars            INT,
    demand_vcpus     VARCHAR(32),
    demand_memory_mib BIGINT,
    compute_nanos    BIGINT NOT NULL,
    licence_nanos    BIGINT NOT NULL,
    storage_nanos    BIGINT NOT NULL,
    network_nanos    BIGINT NOT NULL,
    price_basis      VARCHAR(2000),         -- sources and derivations of the prices used
    risk_score       INT NOT NULL,
    risk_level       VARCHAR(16) NOT NULL,
    risk_factors     CLOB,                  -- one factor a line: id, tab, points, tab, text
    explanation      CLOB,                  -- the sizing's steps, one a line
    CONSTRAINT pk_scenario_result PRIMARY KEY (scenario_id, server_id, cloud, region),
    CONSTRAINT fk_scenario_result FOREIGN KEY (scenario_id) REFERENCES scenario (id) ON DELETE CASCADE
);

-- The consultant's own 7R decisions; they survive re-imports and every re-assessment.
CREATE TABLE strategy_override (
    server_id   BIGINT PRIMARY KEY,
    strategy    VARCHAR(16) NOT NULL,
    note        VARCHAR(4000),
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
