-- MigrationHub project file, schema 1: the imported inventory and its provenance.
-- Sizes are MiB (base 2). Every imported row names its import, sheet and 1-based row.

CREATE TABLE project_setting (
    setting_name  VARCHAR(200) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000)
);

CREATE TABLE import_run (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    file_name     VARCHAR(1000) NOT NULL,
    file_path     VARCHAR(4000),
    sha256        CHAR(64) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    format        VARCHAR(40) NOT NULL,
    tool          VARCHAR(200),
    tool_version  VARCHAR(100),
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    added         INT DEFAULT 0 NOT NULL,
    updated       INT DEFAULT 0 NOT NULL,
    unchanged     INT DEFAULT 0 NOT NULL,
    skipped       INT DEFAULT 0 NOT NULL,
    warnings      INT DEFAULT 0 NOT NULL,
    templates     INT DEFAULT 0 NOT NULL,
    rows_read     BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE import_issue (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id  BIGINT NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    sheet      VARCHAR(200),
    row_num    BIGINT,
    col        VARCHAR(200),
    message    VARCHAR(4000) NOT NULL,
    CONSTRAINT fk_import_issue_run FOREIGN KEY (import_id) REFERENCES import_run (id) ON DELETE CASCADE
);

CREATE TABLE server (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(1000),
    vm_uuid          VARCHAR(100),
    bios_uuid        VARCHAR(100),
    mo_ref           VARCHAR(100),
    vcenter          VARCHAR(1000),
    instance_id      VARCHAR(200),
    external_id      VARCHAR(1000),
    host_name        VARCHAR(1000),
    ips              VARCHAR(4000),
    kind             VARCHAR(20) NOT NULL,
    power_state      VARCHAR(20) NOT NULL,
    template         BOOLEAN DEFAULT FALSE NOT NULL,
    os_raw           VARCHAR(1000),
    os_family        VARCHAR(20) NOT NULL,
    os_distribution  VARCHAR(200),
    os_version       VARCHAR(100),
    os_arch          VARCHAR(20) NOT NULL,
    os_tools         VARCHAR(1000),
    firmware         VARCHAR(20) NOT NULL,
    vcpus            INT,
    sockets          INT,
    cores_per_socket INT,
    memory_mib       BIGINT,
    provisioned_mib  BIGINT,
    in_use_mib       BIGINT,
    datacenter       VARCHAR(1000),
    cluster          VARCHAR(1000),
    host             VARCHAR(1000),
    folder           VARCHAR(4000),
    annotation       VARCHAR(1000000),
    environment      VARCHAR(1000),
    owner            VARCHAR(1000),
    application      VARCHAR(4000),
    hypervisor       VARCHAR(200),
    tools_status     VARCHAR(200),
    tools_version    VARCHAR(200),
    hw_version       VARCHAR(100),
    snapshot_count   INT,
    snapshot_mib     BIGINT,
    tags             VARCHAR(1000000),
    import_id        BIGINT,
    source_format    VARCHAR(40),
    source_sheet     VARCHAR(200),
    source_row       BIGINT,
    other_sources    VARCHAR(4000),
    edited_fields    VARCHAR(4000),
    deleted          BOOLEAN DEFAULT FALSE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE disk (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    server_id     BIGINT NOT NULL,
    label         VARCHAR(1000),
    capacity_mib  BIGINT,
    used_mib      BIGINT,
    thin          BOOLEAN,
    controller    VARCHAR(200),
    datastore     VARCHAR(1000),
    storage_type  VARCHAR(100),
    sharing       VARCHAR(100),
    raw           BOOLEAN,
    disk_mode     VARCHAR(100),
    read_iops     DOUBLE PRECISION,
    write_iops    DOUBLE PRECISION,
    read_mbps     DOUBLE PRECISION,
    write_mbps    DOUBLE PRECISION,
    import_id     BIGINT,
    source_sheet  VARCHAR(200),
    source_row    BIGINT
);
CREATE INDEX ix_disk_server ON disk (server_id);

CREATE TABLE nic (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    server_id     BIGINT NOT NULL,
    label         VARCHAR(1000),
    mac           VARCHAR(100),
    ipv4          VARCHAR(4000),
    ipv6          VARCHAR(4000),
    network       VARCHAR(1000),
    adapter_type  VARCHAR(100),
    connected     BOOLEAN,
    import_id     BIGINT,
    source_sheet  VARCHAR(200),
    source_row    BIGINT
);
CREATE INDEX ix_nic_server ON nic (server_id);

CREATE TABLE partition (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    server_id     BIGINT NOT NULL,
    path          VARCHAR(1000),
    capacity_mib  BIGINT,
    consumed_mib  BIGINT,
    free_mib      BIGINT,
    import_id     BIGINT,
    source_sheet  VARCHAR(200),
    source_row    BIGINT
);
CREATE INDEX ix_partition_server ON partition (server_id);

CREATE TABLE utilization (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    server_id     BIGINT NOT NULL,
    metric        VARCHAR(40) NOT NULL,
    average       DOUBLE PRECISION,
    p95           DOUBLE PRECISION,
    maximum       DOUBLE PRECISION,
    samples       BIGINT NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE,
    window_end    TIMESTAMP WITH TIME ZONE,
    import_id     BIGINT,
    source_sheet  VARCHAR(200),
    source_row    BIGINT
);
CREATE INDEX ix_utilization_server ON utilization (server_id);

CREATE TABLE host (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(1000) NOT NULL,
    vcenter          VARCHAR(1000),
    datacenter       VARCHAR(1000),
    cluster          VARCHAR(1000),
    cpu_model        VARCHAR(1000),
    sockets          INT,
    cores            INT,
    threads          INT,
    memory_mib       BIGINT,
    cpu_usage_pct    DOUBLE PRECISION,
    memory_usage_pct DOUBLE PRECISION,
    vm_count         INT,
    vendor           VARCHAR(1000),
    model            VARCHAR(1000),
    hypervisor_version VARCHAR(1000),
    import_id        BIGINT,
    source_sheet     VARCHAR(200),
    source_row       BIGINT
);

CREATE TABLE cluster (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(1000) NOT NULL,
    vcenter          VARCHAR(1000),
    datacenter       VARCHAR(1000),
    host_count       INT,
    cores            INT,
    memory_mib       BIGINT,
    cpu_usage_pct    DOUBLE PRECISION,
    memory_usage_pct DOUBLE PRECISION,
    ha_enabled       BOOLEAN,
    drs_enabled      BOOLEAN,
    import_id        BIGINT,
    source_sheet     VARCHAR(200),
    source_row       BIGINT
);

CREATE TABLE datastore (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(1000) NOT NULL,
    vcenter          VARCHAR(1000),
    type             VARCHAR(100),
    capacity_mib     BIGINT,
    provisioned_mib  BIGINT,
    in_use_mib       BIGINT,
    free_mib         BIGINT,
    host_count       INT,
    cluster_name     VARCHAR(1000),
    import_id        BIGINT,
    source_sheet     VARCHAR(200),
    source_row       BIGINT
);

CREATE TABLE server_edit (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    server_id  BIGINT NOT NULL,
    field      VARCHAR(100) NOT NULL,
    old_value  VARCHAR(1000000),
    new_value  VARCHAR(1000000),
    edited_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
