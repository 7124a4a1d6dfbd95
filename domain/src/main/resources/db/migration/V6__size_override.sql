-- Schema 6: the consultant's own size for a server on a cloud. Like the 7R override it survives
-- re-imports and every re-assessment, and applies when a scenario is next run: the size is priced
-- from the catalog in the scenario's region, or the engine's own choice is kept where that region
-- does not offer it.
CREATE TABLE size_override (
    server_id   BIGINT NOT NULL,
    cloud       VARCHAR(8) NOT NULL,            -- aws, azure or gcp
    size        VARCHAR(100) NOT NULL,          -- the cloud's size name, as its catalog spells it
    note        VARCHAR(4000),
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_size_override PRIMARY KEY (server_id, cloud)
);
