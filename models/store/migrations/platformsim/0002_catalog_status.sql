-- The simulator's catalog (every published matter version, with the
-- catalog version that published it), its status feed (what the back
-- office did, read by the client from a cursor) and the 办结 it will do
-- on its own (--finish-after).
CREATE TABLE catalog_matter (
    task_code       TEXT NOT NULL,
    version         INTEGER NOT NULL,
    catalog_version INTEGER NOT NULL,
    body            TEXT NOT NULL CHECK (json_valid(body)),
    PRIMARY KEY (task_code, version)
) WITHOUT ROWID;
CREATE INDEX catalog_matter_published ON catalog_matter(catalog_version);

CREATE TABLE catalog_department (
    code TEXT PRIMARY KEY,
    body TEXT NOT NULL CHECK (json_valid(body))
) WITHOUT ROWID;

CREATE TABLE catalog_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE status_change (
    cursor      INTEGER PRIMARY KEY,
    case_key    TEXT NOT NULL,
    project_no  TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('finished', 'returned')),
    occurred_at TEXT NOT NULL,
    data        TEXT NOT NULL CHECK (json_valid(data))
);
CREATE UNIQUE INDEX status_change_once ON status_change(case_key, status);

CREATE TABLE scheduled_finish (
    case_key   TEXT PRIMARY KEY,
    project_no TEXT NOT NULL,
    due_at     TEXT NOT NULL
) WITHOUT ROWID;
