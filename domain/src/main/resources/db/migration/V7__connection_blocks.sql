-- Schema 7: a dependency import's connections are stored in blocks of up to 4,096 rows, each block
-- one binary value (its own string table, then the rows; the layout is ConnectionBlocks's). A
-- file's 50,000 connections are a dozen values instead of 50,000 rows of 16 columns: storing them
-- was most of an import's time, and reading them back most of a report's. Only DependencyStore
-- reads and writes them; every connection still names its import and the file row it came from.
-- Schema 8 moves the rows of observed_connection into blocks; schema 9 drops that table.
CREATE TABLE observed_connection_block (
    import_id     BIGINT NOT NULL,
    block_no      INT NOT NULL,                  -- 0, 1, ... in the order the rows were given
    row_count     INT NOT NULL,
    data          BLOB NOT NULL,
    CONSTRAINT pk_observed_connection_block PRIMARY KEY (import_id, block_no),
    CONSTRAINT fk_observed_connection_block FOREIGN KEY (import_id) REFERENCES dependency_import (id) ON DELETE CASCADE
);
