-- The matter catalog (事项目录 / 实施清单) as imported from the platform's
-- catalog document (docs/catalog-format.md). Every matter version is kept:
-- an open case refers to the version it was accepted under.

CREATE TABLE catalog_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    catalog_version INTEGER NOT NULL,
    region_code     TEXT NOT NULL,
    region_name     TEXT NOT NULL,
    published_at    TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);

CREATE TABLE catalog_import (
    id              INTEGER PRIMARY KEY,
    imported_at     TEXT NOT NULL,
    source          TEXT NOT NULL,
    catalog_version INTEGER NOT NULL,
    added           INTEGER NOT NULL,
    unchanged       INTEGER NOT NULL,
    skipped         INTEGER NOT NULL,
    report          TEXT NOT NULL DEFAULT ''
);

CREATE TABLE department (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    credit_code TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE matter (
    id                  INTEGER PRIMARY KEY,
    task_code           TEXT NOT NULL,
    version             INTEGER NOT NULL CHECK (version >= 1),
    is_current          INTEGER NOT NULL CHECK (is_current IN (0, 1)),
    catalog_version     INTEGER NOT NULL,
    content_hash        TEXT NOT NULL,
    catalog_code        TEXT NOT NULL DEFAULT '',
    task_handle_item    TEXT NOT NULL DEFAULT '',
    state               TEXT NOT NULL CHECK (state IN ('active', 'suspended', 'withdrawn')),
    name                TEXT NOT NULL,
    department_code     TEXT NOT NULL REFERENCES department(code),
    matter_type         TEXT NOT NULL,
    exercise_level      TEXT NOT NULL DEFAULT '4',
    service_objects     TEXT NOT NULL,
    handle_forms        TEXT NOT NULL DEFAULT '',
    project_kind        TEXT NOT NULL CHECK (project_kind IN ('instant', 'commitment', 'other')),
    legal_limit_value   INTEGER NOT NULL,
    legal_limit_unit    TEXT NOT NULL CHECK (legal_limit_unit IN ('workday', 'day', 'month', 'year')),
    promise_limit_value INTEGER NOT NULL,
    promise_limit_unit  TEXT NOT NULL CHECK (promise_limit_unit IN ('workday', 'day', 'month', 'year')),
    onsite_visits       INTEGER NOT NULL,
    keywords            TEXT NOT NULL DEFAULT '',
    legal_basis         TEXT NOT NULL DEFAULT '',
    accept_conditions   TEXT NOT NULL DEFAULT '',
    handling_address    TEXT NOT NULL DEFAULT '',
    handling_hours      TEXT NOT NULL DEFAULT '',
    consult_phone       TEXT NOT NULL DEFAULT '',
    complaint_phone     TEXT NOT NULL DEFAULT '',
    result_type         TEXT NOT NULL CHECK (result_type IN ('certificate', 'approval', 'other', 'none')),
    result_name         TEXT NOT NULL DEFAULT '',
    online              INTEGER NOT NULL DEFAULT 0,
    supports_booking    INTEGER NOT NULL DEFAULT 0,
    supports_express    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (task_code, version)
);
CREATE UNIQUE INDEX matter_one_current ON matter(task_code) WHERE is_current = 1;
CREATE INDEX matter_department ON matter(department_code);

CREATE TABLE matter_material (
    id            INTEGER PRIMARY KEY,
    matter_id     INTEGER NOT NULL REFERENCES matter(id) ON DELETE CASCADE,
    code          TEXT NOT NULL,
    sort_no       INTEGER NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('original', 'copy', 'original_or_copy', 'original_and_copy')),
    form          TEXT NOT NULL CHECK (form IN ('paper', 'electronic', 'paper_or_electronic',
                                                'paper_and_electronic')),
    copies        INTEGER NOT NULL,
    necessity     TEXT NOT NULL CHECK (necessity IN ('required', 'optional', 'deferrable')),
    source        TEXT NOT NULL CHECK (source IN ('applicant', 'government', 'intermediary', 'other')),
    issuing_org   TEXT NOT NULL DEFAULT '',
    spec          TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    licence       TEXT NOT NULL DEFAULT '',
    UNIQUE (matter_id, code)
);

CREATE TABLE matter_fee (
    id        INTEGER PRIMARY KEY,
    matter_id INTEGER NOT NULL REFERENCES matter(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    standard  TEXT NOT NULL DEFAULT '',
    basis     TEXT NOT NULL DEFAULT '',
    reducible INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX matter_fee_matter ON matter_fee(matter_id);

-- Colloquial words citizens use, mapped to official names (开公司 -> 企业设立登记).
CREATE TABLE matter_synonym (
    term   TEXT NOT NULL,
    target TEXT NOT NULL,
    PRIMARY KEY (term, target)
) WITHOUT ROWID;
