-- Schema 2: the edit history is read per server (undo, the detail view).
-- Servers are looked up case-insensitively by name, host name or UUID (`mhub inventory show`),
-- which an index on the plain columns would not serve; a full scan of 100,000 rows is a few
-- milliseconds, while every index costs each imported row.

CREATE INDEX ix_server_edit_server ON server_edit (server_id);
