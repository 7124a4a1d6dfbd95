-- Schema 2: indexes for finding a server by the names and keys a consultant types
-- (`mhub inventory show NAME`, the workbench's search), and an import's issues.

CREATE INDEX ix_server_name ON server (name);
CREATE INDEX ix_server_host_name ON server (host_name);
CREATE INDEX ix_server_vm_uuid ON server (vm_uuid);
CREATE INDEX ix_server_edit_server ON server_edit (server_id);
