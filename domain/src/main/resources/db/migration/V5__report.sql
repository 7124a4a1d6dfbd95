-- Schema 5: what the client-ready report needs that settings cannot hold.
-- The consulting firm's logo, stored in the project so the report looks the same on any laptop.
CREATE TABLE project_logo (
    id          INT PRIMARY KEY CHECK (id = 1),   -- one logo a project
    media_type  VARCHAR(50) NOT NULL,             -- image/png or image/jpeg
    file_name   VARCHAR(1000) NOT NULL,           -- the file it was read from, for the record
    content     BLOB NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
