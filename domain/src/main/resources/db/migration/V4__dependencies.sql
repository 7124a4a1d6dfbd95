-- Schema 4: dependencies, move groups and waves.
-- A dependency import keeps the file's connections aggregated (one row per endpoints, port,
-- protocol and processes); which inventory server an endpoint is gets worked out when the graph
-- is built, so an inventory imported later still resolves them. Importing the same file again
-- (same SHA-256) replaces its rows. The consultant's choices (hard/soft overrides, group pins,
-- wave pins) are kept apart from what is computed, and survive every re-computation.

CREATE TABLE dependency_import (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name     VARCHAR(1000) NOT NULL,
    file_path     VARCHAR(4000),
    sha256        CHAR(64) NOT NULL,
    format        VARCHAR(40) NOT NULL,
    capture_host  VARCHAR(1000),
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_read     BIGINT NOT NULL,
    rows_skipped  BIGINT NOT NULL,
    connections   BIGINT NOT NULL
);

-- the first reasons rows were skipped for (the count is in dependency_import.rows_skipped)
CREATE TABLE dependency_skip (
    import_id     BIGINT NOT NULL,
    source_row    BIGINT NOT NULL,
    reason        VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_dependency_skip FOREIGN KEY (import_id) REFERENCES dependency_import (id) ON DELETE CASCADE
);

CREATE TABLE observed_connection (
    import_id     BIGINT NOT NULL,
    src_name      VARCHAR(1000),
    src_ip        VARCHAR(64),
    src_app       VARCHAR(1000),
    src_process   VARCHAR(1000),
    dst_name      VARCHAR(1000),
    dst_ip        VARCHAR(64),
    dst_app       VARCHAR(1000),
    dst_process   VARCHAR(1000),
    port          INT NOT NULL,
    protocol      VARCHAR(8),
    connections   BIGINT NOT NULL,
    slots         BIGINT NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE,
    last_seen     TIMESTAMP WITH TIME ZONE,
    first_row     BIGINT NOT NULL,
    CONSTRAINT fk_observed_connection FOREIGN KEY (import_id) REFERENCES dependency_import (id) ON DELETE CASCADE
);

-- an IP address plan: address to host name; a later import of the same address replaces it
CREATE TABLE ipam_entry (
    ip            VARCHAR(64) PRIMARY KEY,
    host_name     VARCHAR(1000) NOT NULL,
    file_name     VARCHAR(1000),
    source_row    BIGINT
);

-- the consultant's hard/soft decisions: kind 'edge' (subject "source key -> destination key") or
-- 'server' (subject the server id)
CREATE TABLE dependency_override (
    kind          VARCHAR(8) NOT NULL,
    subject       VARCHAR(2100) NOT NULL,
    strength      VARCHAR(8) NOT NULL,
    note          VARCHAR(4000),
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dependency_override PRIMARY KEY (kind, subject)
);

-- servers the consultant placed in a named group (create, merge, split and rename are pins)
CREATE TABLE group_pin (
    server_id     BIGINT PRIMARY KEY,
    group_name    VARCHAR(200) NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- the move groups last computed
CREATE TABLE move_group (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    origin        VARCHAR(16) NOT NULL,
    reason        VARCHAR(4000),
    servers       INT NOT NULL,
    vcpus         BIGINT NOT NULL,
    depends_on    CLOB,                     -- group names, one a line
    CONSTRAINT uq_move_group_name UNIQUE (name)
);

CREATE TABLE move_group_member (
    group_id      BIGINT NOT NULL,
    server_id     BIGINT NOT NULL,
    CONSTRAINT pk_move_group_member PRIMARY KEY (group_id, server_id),
    CONSTRAINT fk_move_group_member FOREIGN KEY (group_id) REFERENCES move_group (id) ON DELETE CASCADE
);
CREATE INDEX ix_move_group_member_server ON move_group_member (server_id);

-- the wave plan last made: its options, then its waves
CREATE TABLE wave_plan (
    id            INT PRIMARY KEY,
    options       CLOB NOT NULL,            -- key=value lines, sorted
    planned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    warnings      CLOB
);

CREATE TABLE wave (
    number        INT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    starts_on     DATE NOT NULL,
    ends_on       DATE NOT NULL,
    explanation   VARCHAR(4000)
);

CREATE TABLE wave_group (
    group_name    VARCHAR(200) PRIMARY KEY,
    wave_number   INT NOT NULL,
    CONSTRAINT fk_wave_group FOREIGN KEY (wave_number) REFERENCES wave (number) ON DELETE CASCADE
);

-- groups the consultant moved to a wave
CREATE TABLE wave_pin (
    group_name    VARCHAR(200) PRIMARY KEY,
    wave_number   INT NOT NULL,
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
